"""The workbench's text: count first, clean copyable labels, every citation kind resolvable."""

from __future__ import annotations

from ui.render import answer_text, detail_markdown, section_id, table_rows


def test_count_comes_first_and_the_reading_once() -> None:
    result = {"answer": "筛选条件：牵头单位=市税务局\n\n共2条：\n【第6条】甲\n【第98条】乙", "count": 2}
    text = answer_text(result)
    assert text.splitlines()[:2] == ["共2条", "筛选条件：牵头单位=市税务局"]
    assert text.count("共2条") == 1 and "](#" not in text  # plain 【第N条】 labels: copying gives clean text


def test_plain_answers_keep_their_reading_first() -> None:
    text = answer_text({"answer": "理解为：一般问题。\n\n【第70条】「……」", "count": None})
    assert text.startswith("理解为：一般问题。") and "【第70条】" in text


def test_every_citation_kind_opens_a_record(corpus) -> None:  # type: ignore[no-untyped-def]
    assert section_id("行动三") == "action-3" and section_id("注4") == "note-4" and section_id("总体目标") == "preamble"
    assert "实施服务时间提速行动" in detail_markdown(corpus, "s:行动三")
    assert "◎" in detail_markdown(corpus, "s:注4")
    assert "【第96条】" in detail_markdown(corpus, "m96")
    assert detail_markdown(corpus, "m999") == "没有这条举措。" and detail_markdown(corpus, "s:行动十一") == "没有这一部分。"


def test_table_rows_follow_the_records(corpus) -> None:  # type: ignore[no-untyped-def]
    rows = table_rows(corpus, [96, 9999, 245])
    assert [r[0] for r in rows] == [96, 245]
    assert rows[0][1:5] == ["纳税", "纳税次数", "市税务局", "2021年8月并持续推进"] and "●" in rows[1][5]
