"""Classes found on blind27-structured after its held-out score and on the ninth operator trial (phrasings here
are our own and generated): months listed with 月 said once (7、8、9月, 七八九月) and a quarter restated by them;
markers printed on the measures only (不算指标名上的符号); the fewest measures; the indicators carrying a marker
(带★的是哪些指标) vs the measures under them (★指标下面一共多少条举措); what a marker means (the legend's 注1—注8);
an action asked by its place among the ten (十大行动里第九个). Expected answers computed from the records."""

from __future__ import annotations

import pytest

from assistant.answer import ask
from assistant.understanding import understand
from assistant.understanding.deadlines import parse_deadline
from assistant.understanding.typed_dates import cn_months_to_digits

CN = "一二三四五六七八九十"


RUNS = [(list(range(first, first + size)), form) for size in (2, 3) for first in range(1, 14 - size)
        for form in ("digits", "characters") if form == "digits" or first + size - 1 <= 9]


@pytest.mark.parametrize(("months", "form"), RUNS)
def test_months_listed_with_month_said_once(months: list[int], form: str) -> None:
    said = "、".join(map(str, months)) if form == "digits" else "".join(CN[n - 1] for n in months)
    condition, _ = parse_deadline(cn_months_to_digits(f"{said}月到期的举措有多少条"))
    assert condition is not None and (condition.first_month, condition.last_month) == (months[0], months[-1])


def test_a_quarter_restated_by_its_months_is_read_once(corpus) -> None:  # type: ignore[no-untyped-def]
    q = understand("三季度，也就是7、8、9月到期的有多少条？", corpus)
    assert q.deadline is not None and (q.deadline.first_month, q.deadline.last_month) == (7, 9)
    assert not {"三季度", "就是"} & set(q.unused)


@pytest.mark.parametrize("question", ["印了任一标记符号的举措有多少条？不算指标名上的符号",
                                      "标了符号的举措一共几条，指标标题上的标记不算"])
def test_markers_printed_on_the_measures_only(runtime, corpus, question: str) -> None:  # type: ignore[no-untyped-def]
    expected = sum(1 for m in corpus.measures if any(k.source == "measure" for k in m.markers))
    assert ask(runtime, question).count == expected


@pytest.mark.parametrize("level", [1, 2])
def test_the_fewest_measures_said_before_the_indicator(runtime, corpus, level: int) -> None:  # type: ignore[no-untyped-def]
    rows = [i for i in corpus.indicators if i.level == level and i.measures]
    fewest = min(len(i.measures) for i in rows)
    a = ask(runtime, f"举措条数最少的{'一' if level == 1 else '二'}级指标是哪个？")
    first = a.answer.split("前五位")[0]
    assert all(i.name in first for i in rows if len(i.measures) == fewest)


def test_indicators_carrying_a_marker_vs_the_measures_under_them(runtime, corpus) -> None:  # type: ignore[no-untyped-def]
    marked = [i for i in corpus.indicators if "★" in i.markers]
    a = ask(runtime, "带★的是哪些指标？")
    assert all(f"“{i.name}”" in a.answer for i in marked) and f"共{len(marked)}个" in a.answer
    under = ask(runtime, "★指标下面（含带★的二级指标）一共有多少条举措？")
    assert under.count == sum(1 for m in corpus.measures if "★" in m.marker_symbols)


def test_level2_indicators_with_no_measure_arranged(runtime, corpus) -> None:  # type: ignore[no-untyped-def]
    empty = [i for i in corpus.level2() if not i.measures]
    a = ask(runtime, "有没有二级指标下面没安排具体举措的？")
    assert f"共{len(empty)}个" in a.answer and all(i.name in a.answer for i in empty)


@pytest.mark.parametrize("template", ["{s}是什么意思", "{s}这个符号代表什么", "{s}标记的含义是什么"])
def test_what_a_marker_means_is_the_legends_note(runtime, corpus, template: str) -> None:  # type: ignore[no-untyped-def]
    for symbol in corpus.legend:
        a = ask(runtime, template.format(s=symbol))
        note = next(s for s in corpus.sections if s.id.startswith("note-") and symbol in s.title)
        assert note.text.rstrip("；;。") in a.answer and a.count is None, (symbol, a.answer[:80])


def test_a_set_and_its_markers_meaning_asked_together(runtime, corpus) -> None:  # type: ignore[no-untyped-def]
    a = ask(runtime, "标了▲的举措是哪些？▲代表什么")
    assert list(a.citations) == [m.number for m in corpus.measures if "▲" in m.marker_symbols]
    assert "统筹兼顾法治政府建设工作任务" in a.answer


@pytest.mark.parametrize("n", range(1, 11))
def test_an_action_asked_by_its_place_among_the_ten(runtime, n: int) -> None:  # type: ignore[no-untyped-def]
    for template in ("十大行动里第{c}个是什么行动", "十大行动的第{c}项是什么"):
        a = ask(runtime, template.format(c=CN[n - 1]))
        assert a.answer.splitlines()[2].startswith(f"【行动{CN[n - 1]}】"), a.answer[:80]


def test_a_marker_set_says_when_the_table_and_the_legend_differ(runtime, corpus) -> None:  # type: ignore[no-untyped-def]
    for symbol in corpus.legend:
        carried = sum(1 for m in corpus.measures if symbol in m.marker_symbols)
        a = ask(runtime, f"带{symbol}的举措有几条")
        assert a.count == carried
        gap = f"图例称{corpus.legend_counts[symbol]}项" in a.answer
        assert gap is (carried != corpus.legend_counts[symbol]), (symbol, a.answer[:120])


@pytest.mark.parametrize("template", ["附件注释里说{s}有几项", "图例里{s}是多少项"])
def test_the_legends_own_count_is_answered_from_its_note(runtime, corpus, template: str) -> None:  # type: ignore[no-untyped-def]
    for symbol in corpus.legend:
        a = ask(runtime, template.format(s=symbol))
        assert f"图例称{corpus.legend_counts[symbol]}项" in a.answer and a.count is None, (symbol, a.answer[:80])
