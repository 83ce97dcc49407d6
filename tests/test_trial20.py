"""Classes the twentieth operator trial found (58/60 right): two deadlines named apart (9月到期的和10月到期的) were
read as the first alone — compared, neither was counted — and 好久 before a rollout with a potential complement
(好久才通得到光纤) was read as how long. And words it listed as unused though they were read: a demonstrative or a
place word beside a condition (◎这个符号, 获得通信那一块, 获得电力下面), 是哪位 asking for a leader, 作为配合单位,
哪家…多些 asking for a comparison. Expected sets computed from the records; phrasings generated."""

from __future__ import annotations

import itertools

import pytest

from assistant.answer import ask
from assistant.understanding import understand
from assistant.understanding.dialect import to_mandarin
from corpus.models import Corpus

MONTHS = [(5, 6), (6, 8), (9, 10), (8, 12)]


def _month(corpus: Corpus, month: int) -> set[int]:
    return {m.number for m in corpus.measures if m.deadline.year == 2021 and m.deadline.month == month}


@pytest.mark.parametrize(("months", "form"), list(itertools.product(MONTHS, [
    "{a}月到期的和{b}月到期的举措，分别有多少条？哪个月多？", "{a}月到期的比{b}月到期的多几条", "{a}月完成的跟{b}月完成的比，哪个月的多些"])))
def test_two_deadlines_compared_are_each_counted(runtime, corpus: Corpus, months: tuple[int, int], form: str) -> None:  # type: ignore[no-untyped-def]
    a, b = months
    answer = ask(runtime, form.format(a=a, b=b))
    first, second = _month(corpus, a), _month(corpus, b)
    assert f"完成时限={a}月：{len(first)}条" in answer.answer and f"完成时限={b}月：{len(second)}条" in answer.answer
    assert set(answer.citations) == first | second and not answer.understood["unused"], answer.answer[:200]


@pytest.mark.parametrize(("months", "form"), list(itertools.product(MONTHS, ["{a}月到期的和{b}月到期的举措有哪些", "列一下{a}月到期的，还有{b}月到期的"])))
def test_two_deadlines_named_apart_are_either(runtime, corpus: Corpus, months: tuple[int, int], form: str) -> None:  # type: ignore[no-untyped-def]
    a, b = months
    assert set(ask(runtime, form.format(a=a, b=b)).citations) == _month(corpus, a) | _month(corpus, b)


@pytest.mark.parametrize("months", MONTHS)
def test_two_deadlines_ruled_out_are_both_ruled_out(runtime, corpus: Corpus, months: tuple[int, int]) -> None:  # type: ignore[no-untyped-def]
    a, b = months
    answer = ask(runtime, f"不是{a}月的，也不是{b}月到期的举措有多少条")
    assert answer.count == len(corpus.measures) - len(_month(corpus, a)) - len(_month(corpus, b)), answer.answer[:120]


@pytest.mark.parametrize("question", [
    "完成时限在2021年12月的举措有多少条？12月底前、12月并持续推进的也算上。", "经信局牵头、年底（12月）完成的",
    "人社局牵头、2021年5月开始要求完成的（5月的）有哪些", "司法局牵头 7月以后(8月起)才到期的有哪些",
])
def test_a_deadline_restated_is_not_a_second_one(corpus: Corpus, question: str) -> None:
    q = understand(question, corpus)
    assert q.deadline is not None and q.deadline.kind not in ("either", "all"), q.deadline


@pytest.mark.parametrize(("modal", "rollout"), list(itertools.product(
    ["才", "才能", "才会", "能"], ["通得到光纤", "通得上宽带", "通上光纤", "轮得到我们"])))
def test_haojiu_before_a_rollout_with_a_complement_asks_when(modal: str, rollout: str) -> None:
    assert to_mandarin(f"我们村好久{modal}{rollout}哦")[0] == f"我们村什么时候{modal}{rollout}哦"


def test_a_village_asking_when_fibre_comes_is_answered_with_the_deadline(runtime) -> None:  # type: ignore[no-untyped-def]
    a = ask(runtime, "我们村好久才通得到光纤哦")
    assert a.citations[:1] == (373,) and "完成时限" in a.answer, a.answer[:200]


@pytest.mark.parametrize("question", [
    "获得通信那一块的牵头领导是哪位？", "获得电力这个指标的牵头领导是哪位", "获得电力下面有哪些举措", "纳税底下有几条举措",
    "打了◎这个符号的是哪几条", "登记财产这一块有多少条", "人防办作为配合单位参与的举措，帮我列出来", "财政局跟税务局比，哪家牵头的举措多些？",
])
def test_words_read_with_a_condition_are_not_listed_unused(runtime, question: str) -> None:  # type: ignore[no-untyped-def]
    a = ask(runtime, question)
    assert not a.understood["unused"] and a.understood["intent"] in ("list", "count", "leader"), (question, a.understood["unused"])


@pytest.mark.parametrize("question", ["这个公司一块办营业执照要几天", "那个下面的人说要跑好几趟"])
def test_pointing_words_away_from_a_condition_stay_the_questions(corpus: Corpus, question: str) -> None:
    assert understand(question, corpus).intent == "topical"


@pytest.mark.parametrize(("unit", "name"), [("公积金中心", "市住房公积金管理中心"), ("人防办", "市人防办"), ("市司法局", "市司法局")])
def test_a_whole_set_asked_before_its_subset_is_named_and_the_subset_cited(runtime, corpus: Corpus, unit: str, name: str) -> None:  # type: ignore[no-untyped-def]
    a = ask(runtime, f"{unit}参与了哪些举措？其中它牵头的有哪些")
    whole = [m.number for m in corpus.measures if name in m.units]
    led = [m.number for m in corpus.measures if m.lead_unit == name]
    assert sorted(a.citations) == led and f"共{len(whole)}条：第" in a.answer and "其中" not in a.understood["unused"]
    assert all(f"{n}" in a.answer.split("；其中")[0] for n in whole[:1] + whole[-1:]), a.answer[:200]
