"""The ten actions named by their titles, found on blind35-structured after its first score (phrasings here are
our own, generated from the body's titles): "服务时间提速行动里…", "区域一体共建方面…" name 行动三 / 行动九 as
"行动三" does; each thing asked of a named action is quoted by its own sentence."""

from __future__ import annotations

import pytest

from assistant.answer import ask
from assistant.compose import covering_sentences
from assistant.understanding import understand
from assistant.understanding.numbers import action_names
from corpus.models import Corpus

FORMS = ["{name}行动里讲了什么", "{name}方面有哪些要求？", "请问{name}行动提出了哪些目标", "关于{name}这一块，方案怎么说"]


def test_every_action_has_its_name(corpus: Corpus) -> None:
    names = dict(action_names(corpus))
    assert sorted(names.values()) == list(range(1, 11))
    assert names["服务时间提速"] == 3 and names["区域一体共建"] == 9 and names["诚信政府塑造"] == 10


@pytest.mark.parametrize("form", FORMS)
def test_an_action_named_by_its_title_is_that_action(corpus: Corpus, form: str) -> None:
    for name, number in action_names(corpus):
        q = understand(form.format(name=name), corpus)
        assert q.action == number and q.intent == "body", (name, q.intent, q.action)


def test_sentences_covering_each_word_in_the_texts_order() -> None:
    text = ("压减开办企业时间，6月起实现开办企业4个工作小时办结。压减项目审批时间，按不同项目类别，年内实现审批时长"
            "控制在20个至80个工作日内。压减税收办理时间，全年纳税时间控制在100个小时以内。")
    got = covering_sentences(text, ["项目审批", "开办企业"])
    assert got == ["压减开办企业时间，6月起实现开办企业4个工作小时办结。",
                   "压减项目审批时间，按不同项目类别，年内实现审批时长控制在20个至80个工作日内。"]
    assert covering_sentences(text, ["不动产"]) == []
    assert covering_sentences(text, ["双随机一公开"]) == []


@pytest.mark.parametrize(("question", "figures"), [
    ("服务时间提速行动中，开办企业、项目审批的时间目标各是多少", ["4个工作小时", "80个工作日"]),
    ("减税降费直达行动对总税收和缴费率、再贷款余额各定了什么目标", ["50%", "17亿元"]),
    ("区域一体共建行动里，第二批川渝通办事项和12345热线各有什么时间要求", ["10月底前", "一号响应"]),
    ("监管水平提升行动要和国家哪个系统共享数据，双随机一公开的覆盖率要到多少", ["互联网+监管", "100%"]),
])
def test_each_thing_asked_of_a_named_action_is_quoted(runtime, question: str, figures: list[str]) -> None:  # type: ignore[no-untyped-def]
    a = ask(runtime, question)
    body = "".join(line for line in a.answer.splitlines() if line.startswith("【行动"))
    assert all(f in body.replace(" ", "") for f in figures), a.answer[:300]
