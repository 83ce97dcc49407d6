"""Classes learnt in the twenty-third session from blind54's misses (read after its held-out score). Phrasings are
our own, generated from forms × words:

* 没得 is 没有 (有没得 asks yes / no as 有没有 does): a question asking whether there is an office beside a figure the
  plan does not state is answered for the office, the figure said missing;
* nothing charged (零费用) states what is paid (收不收钱？收好多);
* a named rate asked how high (覆盖率要达到好多, 应用率要达到多少) puts the measure stating the share first;
* a unit said missing in a question asking no set (资阳本地没有海关，报关只能跑内江吗) is the caller's story, not a
  filter excluding the unit (read so, the 365 measures without 内江海关 were listed, once 没得 read as 没有).
"""

from __future__ import annotations

import itertools

import pytest
from conftest import figure_kind_named

from assistant.answer import ask
from assistant.plain.figures import figure_kind
from assistant.understanding import understand
from assistant.understanding.dialect import to_mandarin
from corpus.models import Corpus


@pytest.mark.parametrize("said", ["有没得专门的部门", "这种有没得人管", "资阳没得海关", "屋头老人没得智能手机"])
def test_mei_de_reads_as_mei_you(said: str) -> None:
    read = to_mandarin(said)[0]
    assert "没得" not in read and "没有" in read, read


@pytest.mark.parametrize(("who", "office"), list(itertools.product(
    ["我们公司请了个外国技术员", "厂里来了个外国专家"],
    ["有没得专门的部门服务外国人？", "有没得专门的部门对接？"])))
def test_an_office_asked_beside_an_unstated_duration_is_answered(runtime, who: str, office: str) -> None:  # type: ignore[no-untyped-def]
    answer = ask(runtime, f"{who}，办居留要好久？{office}")
    assert 334 in answer.citations[:2] and "没有写明" in answer.answer, answer.answer[:400]


@pytest.mark.parametrize("form", ["收不收钱？收好多？", "要不要交钱，交好多", "收好多钱"])
def test_nothing_charged_answers_what_is_paid(runtime, form: str) -> None:  # type: ignore[no-untyped-def]
    answer = ask(runtime, "货物到港到海关放行，这个审核环节" + form)
    assert answer.citations[:1] in ((130,), (137,)) and "零费用" in answer.answer, answer.answer[:300]


@pytest.mark.parametrize("form", ["要达到好多", "要达到多少", "是好多", "目标是多少"])
def test_a_named_rate_asked_how_high_asks_a_share(form: str) -> None:
    rate = figure_kind_named("rate")
    for subject in ["覆盖率", "应用率", "公示率", "普及率"]:
        question = to_mandarin(subject + form)[0]
        assert figure_kind(question) == rate.answers, question


@pytest.mark.parametrize("question", ["效率有多少提高", "频率是多少"])
def test_efficiency_and_frequency_are_no_share(question: str) -> None:
    rate = figure_kind_named("rate")
    assert figure_kind(question) != rate.answers, question


@pytest.mark.parametrize(("question", "measure"), [
    ("双随机抽查的事项，覆盖率要达到好多？", 297),
    ("双随机监管的结果公示率要达到多少", 297),
    ("国际贸易单一窗口主要业务应用率要达到好多", 135),
])
def test_the_measure_stating_the_rate_goes_first(runtime, question: str, measure: int) -> None:  # type: ignore[no-untyped-def]
    answer = ask(runtime, question)
    assert answer.citations[:1] == (measure,) and "100%" in answer.answer.split("\n【")[1], answer.answer[:300]


@pytest.mark.parametrize(("unit", "story"), list(itertools.product(
    ["海关", "税务局", "公安局"],
    ["，报关遇到问题只能跑内江吗？", "，以后会不会派人过来？", "，办事都要跑成都，能不能在本地办？"])))
def test_a_unit_said_missing_is_the_callers_story(corpus: Corpus, unit: str, story: str) -> None:
    for missing in ["没有", "没得"]:
        query = understand(f"资阳本地{missing}{unit}{story}", corpus)
        assert query.intent == "topical" and not query.units, query


@pytest.mark.parametrize(("unit", "form"), list(itertools.product(
    ["海关", "税务局", "公安局"], ["没有{}参与的举措有哪些", "不需要{}参与的有多少条", "没有{}的举措"])))
def test_a_unit_excluded_from_a_set_asked_is_still_a_filter(corpus: Corpus, unit: str, form: str) -> None:
    query = understand(form.format(unit), corpus)
    assert query.intent in ("list", "count") and [c.negated for c in query.units] == [True], query
