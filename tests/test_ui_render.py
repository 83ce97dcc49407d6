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


def test_table_filters_are_one_measure_filter_over_the_answer(runtime, real_settings, corpus) -> None:  # type: ignore[no-untyped-def]
    from ui.app import narrow
    from ui.render import ALL

    every = [m.number for m in corpus.measures]
    housing = "市住房城乡建设局"
    assert narrow(real_settings, every, housing, "参与但不牵头", ALL, ALL, ALL) == [
        m.number for m in corpus.measures if housing in m.units and m.lead_unit != housing]
    assert narrow(real_settings, every, ALL, "参与", "仅持续推进", ALL, ALL) == [
        m.number for m in corpus.measures if m.deadline.ongoing and m.deadline.month is None]
    assert narrow(real_settings, every, housing, "牵头", "8月", "登记财产", ALL) == [
        m.number for m in corpus.measures if m.lead_unit == housing and m.deadline.month == 8 and m.level1.number == 5]
    assert narrow(real_settings, [1, 2, 3, 400], ALL, "参与", ALL, ALL, "● 坚持以重点领域突出问题系统治理为重要支撑") == []
