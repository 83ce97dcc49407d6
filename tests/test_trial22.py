"""Classes from the twenty-second operator trial (thirty-second session; a helper ran only `policyqa ask`, 81
questions; phrasings here are our own, answers computed from the records): 它 after a plain answer is the measure
answering it (它好久完成 and 它的完成时限呢 were refused as questions of their own), and a role swapped with its count
asked after it (那参与的呢，有几条) counts the unit in that role, not the last set."""

from __future__ import annotations

import itertools

import pytest

from assistant.answer import ask
from corpus.models import Corpus

PLAIN = ("办施工许可证要几天", "二手房过户要几天", "开办企业要几天", "出口退税好久能到账")
ABOUT_IT = ("它好久完成", "它的完成时限呢", "那它是哪个单位负责的，好久完成", "这条是哪个单位牵头的")


@pytest.mark.parametrize(("plain", "about"), list(itertools.product(PLAIN, ABOUT_IT)))
def test_it_after_a_plain_answer_is_the_measure_answering_it(runtime, plain: str, about: str) -> None:  # type: ignore[no-untyped-def]
    first = ask(runtime, plain)
    answering = first.citations[0]
    measure = runtime.corpus.measure(answering)
    a = ask(runtime, about, first.state)
    assert a.citations == (answering,), a.answer[:200]
    assert measure.lead_unit in a.answer and (measure.deadline.raw or "未列明") in a.answer, a.answer[:400]
    assert f"第{answering}条" in a.answer.split("\n\n", 1)[0]  # the reading is said


@pytest.mark.parametrize("plain", PLAIN[:2])
def test_they_after_a_plain_answer_are_its_rows(runtime, plain: str) -> None:  # type: ignore[no-untyped-def]
    first = ask(runtime, plain)
    a = ask(runtime, "它们的牵头单位是谁", first.state)
    assert set(a.citations) == set(first.citations), a.answer[:200]


def test_it_after_a_list_names_no_one_row(runtime) -> None:  # type: ignore[no-untyped-def]
    listed = ask(runtime, "市税务局牵头的举措有哪些")
    assert len(ask(runtime, "它的完成时限呢", listed.state).citations) != 1


def _in(corpus: Corpus, unit: str) -> set[int]:
    return {m.number for m in corpus.measures if unit in m.units}


@pytest.mark.parametrize(("unit", "counted"), list(itertools.product(
    ("市税务局", "市商务局", "市人力资源社会保障局"), ("那参与的呢，有几条", "那参与的呢，一共多少条", "那参与的呢？总共几条"))))
def test_a_role_swapped_and_counted_counts_the_unit_in_that_role(runtime, unit: str, counted: str) -> None:  # type: ignore[no-untyped-def]
    led = ask(runtime, f"{unit}牵头的举措有哪些")
    a = ask(runtime, counted, led.state)
    assert a.count == len(_in(runtime.corpus, unit)), a.answer[:160]


def test_a_bare_count_still_counts_the_last_set(runtime) -> None:  # type: ignore[no-untyped-def]
    led = ask(runtime, "市税务局牵头的举措有哪些")
    assert ask(runtime, "有几条", led.state).count == len(led.citations)


@pytest.mark.parametrize(("lookup", "asked"), list(itertools.product(
    ("第15条", "第45条", "第200条"), ("是哪个单位牵头，好久要完成", "的牵头领导是谁", "什么时候到期"))))
def test_a_rows_fields_asked_are_answered_by_the_row(runtime, lookup: str, asked: str) -> None:  # type: ignore[no-untyped-def]
    a = ask(runtime, f"{lookup}{asked}")
    assert "未用作条件的词" not in a.answer.split("\n\n", 1)[0], a.answer[:200]


def test_a_reason_asked_of_a_row_stays_unused(runtime) -> None:  # type: ignore[no-untyped-def]
    assert "为什么" in ask(runtime, "第20条为什么要这样做").understood["unused"]


@pytest.mark.parametrize(("who", "letter"), list(itertools.product(
    ("帮我写一篇", "给我写一封", "请起草一份"), ("表扬政务大厅窗口工作人员的感谢信", "给领导的请假条", "企业入驻的申请书"))))
def test_a_letter_written_for_the_caller_is_a_writing_task(who: str, letter: str) -> None:
    from assistant.plain.callers import out_of_scope
    why = out_of_scope(f"{who}{letter}")
    assert why is not None and "写作" in why, why


def test_the_callers_own_letter_is_no_writing_task() -> None:
    from assistant.plain.callers import out_of_scope
    why = out_of_scope("我想写一封信反映窗口服务的问题，该寄给哪个部门")
    assert why is None or "写作" not in why, why


@pytest.mark.parametrize("hall", ("办税大厅周末上不上班，几点下班", "办税服务厅几点开门", "税务局办税大厅星期六开不开门"))
def test_a_tax_halls_hours_are_refused(hall: str) -> None:
    from assistant.plain.callers import out_of_scope
    assert out_of_scope(hall) is not None


def test_round_the_clock_self_service_tax_stays(runtime) -> None:  # type: ignore[no-untyped-def]
    from assistant.plain.callers import out_of_scope
    assert out_of_scope("24小时自助办税厅晚上几点关门") is None


def _ranked(sizes: dict[str, int]) -> list[tuple[str, int]]:
    return sorted(sizes.items(), key=lambda kv: (-kv[1], kv[0]))


def _tied_with_fifth(ranked: list[tuple[str, int]]) -> list[str]:
    return [name for name, n in ranked if n >= ranked[4][1]]


@pytest.mark.parametrize("asked", ("哪个单位牵头的举措最多", "牵头举措最多的是哪个单位"))
def test_a_top_five_of_lead_units_carries_on_through_a_tie(runtime, asked: str) -> None:  # type: ignore[no-untyped-def]
    led: dict[str, int] = {}
    for m in runtime.corpus.measures:
        led[m.lead_unit] = led.get(m.lead_unit, 0) + 1
    ranked = _ranked(led)
    answer = ask(runtime, asked).answer
    assert all(name in answer for name in _tied_with_fifth(ranked)), answer[:400]


@pytest.mark.parametrize(("level", "most"), list(itertools.product((1, 2), ("最多", "最少"))))
def test_a_top_five_of_indicators_carries_on_through_a_tie(runtime, level: int, most: str) -> None:  # type: ignore[no-untyped-def]
    corpus = runtime.corpus
    sizes = {i.name: len(i.measures) for i in corpus.indicators if i.level == level and i.measures}
    ranked = _ranked(sizes) if most == "最多" else sorted(sizes.items(), key=lambda kv: (kv[1], kv[0]))
    answer = ask(runtime, f"哪个{'一' if level == 1 else '二'}级指标的举措{most}").answer
    assert all(name in answer for name, n in ranked if n == ranked[4][1] or n == ranked[0][1]), answer[:300]
    assert answer.count("前五位") <= 1


@pytest.mark.parametrize(("typed", "meant"), (("公司注消要几天", "注消→注销"), ("公基金贷款咋个办", "公基金→公积金"),
                                              ("营叶执照丢了", "营叶执照→营业执照")))
def test_a_typing_slip_is_said_as_such_not_as_dialect(corpus, typed: str, meant: str) -> None:  # type: ignore[no-untyped-def]
    from assistant.understanding.parse import understand
    notes = understand(typed, corpus).notes
    assert any(n.startswith("错字") and meant in n for n in notes), notes
    assert not any(n.startswith("方言") and meant in n for n in notes), notes


def test_a_dialect_word_is_still_said_as_dialect(corpus) -> None:  # type: ignore[no-untyped-def]
    from assistant.understanding.parse import understand
    assert any(n.startswith("方言") and "咋个→怎么" in n for n in understand("公基金贷款咋个办", corpus).notes)


@pytest.mark.parametrize(("unit", "said"), list(itertools.product(
    ("市税务局", "市商务局", "市人力资源社会保障局"), ("那配合的呢", "那配合的呢，有几条"))))
def test_support_said_against_the_lead_role_is_the_other_role(runtime, unit: str, said: str) -> None:  # type: ignore[no-untyped-def]
    supporting = {m.number for m in runtime.corpus.measures if unit in m.units and m.lead_unit != unit}
    a = ask(runtime, said, ask(runtime, f"{unit}牵头的举措有哪些").state)
    assert a.count == len(supporting), a.answer[:160]
    assert "有几条" in said or set(a.citations) == supporting


def test_support_alone_still_reads_as_taking_part(runtime) -> None:  # type: ignore[no-untyped-def]
    assert ask(runtime, "市税务局配合的举措有几条").count == len(_in(runtime.corpus, "市税务局"))
