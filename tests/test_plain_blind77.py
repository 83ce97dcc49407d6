"""Classes learnt in the thirty-second session from blind77's misses (read after its held-out score: R@5 1.000,
MRR@10 1.000, OOD 36/40, first 30/30, quoted 30/30). Phrasings are our own, generated from forms × words, answers
from the records:

* what a document the plan only names says inside (“25条”里头第十条, 《…若干政策》里面…百分之几) is refused, for every
  document the plan names (read from its text, not listed here) and any other 《title》; its 第十条 is no measure;
  where, when or in which action the plan names it stays the plan's; the plan's own title is the plan;
* a paper made up (编一份假的证明) is forged as 弄个假的 is.
"""

from __future__ import annotations

import itertools

import pytest
from conftest import refused_whole, scope_refuses

from assistant.answer import ask
from assistant.plain.callers import out_of_scope
from assistant.plain.documents import contents_asked, named_documents
from assistant.understanding.parse import understand

INSIDE = ["里面具体是咋个写的", "里头第十条是什么", "有哪些内容", "能不能一条一条念给我听", "里面补贴是百分之几"]
WHERE = ["是在哪个行动里提的", "什么时候出台", "是哪条举措提到的"]


def _documents(corpus):  # type: ignore[no-untyped-def]
    return named_documents(corpus)


def test_the_catalogue_is_read_from_the_plan(corpus) -> None:  # type: ignore[no-untyped-def]
    names = [d.name for d in _documents(corpus)]
    assert len(names) == len(set(names)) and len(names) >= 25, names
    assert all(d.name in corpus.sections[0].text or any(d.name.strip("《》") in m.text for m in corpus.measures)
               or any(d.name.split("“")[0] in s.text for s in corpus.sections) for d in _documents(corpus))
    assert not any(corpus.title in d.name for d in _documents(corpus))  # the plan itself is no other document


@pytest.mark.parametrize("inside", INSIDE)
def test_every_named_documents_contents_are_refused(corpus, inside: str) -> None:  # type: ignore[no-untyped-def]
    for doc in _documents(corpus):
        q = understand(f"{doc.name}{inside}？", corpus)  # named as the plan writes it
        why = contents_asked(q.text, corpus)
        assert why is not None and doc.name in why, (doc.name, why)


@pytest.mark.parametrize("where", WHERE)
def test_where_the_plan_names_a_document_is_the_plans(corpus, where: str) -> None:  # type: ignore[no-untyped-def]
    for doc in _documents(corpus):
        assert contents_asked(f"{doc.name}{where}？", corpus) is None, doc.name


@pytest.mark.parametrize(("short", "full"), [
    ("多测合一管理办法", "《资阳市工程建设项目多测合一管理办法》"),
    ("创新驱动发展若干政策", "《资阳市支持创新驱动发展促进经济高质量发展若干政策》"),
    ("技能大师工作室管理办法", "《资阳市技能大师工作室建设项目实施管理办法》")])
def test_a_shortened_title_names_its_document(corpus, short: str, full: str) -> None:  # type: ignore[no-untyped-def]
    why = contents_asked(f"{short}里面规定了些什么？", corpus)
    assert why is not None and full in why, why


@pytest.mark.parametrize("other", ["《优化营商环境条例》", "《四川省优化营商环境条例》"])
def test_another_documents_contents_are_refused(corpus, other: str) -> None:  # type: ignore[no-untyped-def]
    assert contents_asked(f"{other}第十条是什么？", corpus) is not None


@pytest.mark.parametrize("question", ["第25条是什么内容", "多测合一是啥子意思", "《资阳市创建一流营商环境2021年行动方案》里面第10条是什么",
                                      "按照契税法，买房契税交多少", "管理办法里面写了什么"])
def test_the_plans_own_contents_are_no_named_document(corpus, question: str) -> None:  # type: ignore[no-untyped-def]
    assert contents_asked(understand(question, corpus).text, corpus) is None


def test_an_article_of_the_25_cites_nothing(runtime) -> None:  # type: ignore[no-untyped-def]
    refused_whole(runtime, "民营经济发展那个“25条”里头第三条是咋个规定的？", "25条")


def test_a_rate_inside_a_named_policy_cites_nothing(runtime) -> None:  # type: ignore[no-untyped-def]
    refused_whole(runtime, "创新驱动发展若干政策里头，研发投入补贴比例是好多？", "若干政策")


def test_the_plans_own_title_still_looks_up_its_measure(runtime) -> None:  # type: ignore[no-untyped-def]
    assert ask(runtime, "《资阳市创建一流营商环境2021年行动方案》里面第10条是什么").citations == (10,)


@pytest.mark.parametrize(("ask_", "paper"), list(itertools.product(
    ["你帮我", "能不能帮我们", "教我咋个"], ["编一份假的家庭困难证明", "写个假的收入证明", "出具一份假的在职证明", "编一张假的收入证明"])))
def test_a_paper_made_up_is_forged(ask_: str, paper: str) -> None:
    scope_refuses(f"{ask_}{paper}，我好拿去申请补贴", "造假")


@pytest.mark.parametrize("question", ["市场上有人假冒我们的商标，能帮我们打假不", "帮我写一份营商环境工作总结的提纲"])
def test_fighting_fakes_is_no_forgery(question: str) -> None:
    why = out_of_scope(question)
    assert why is None or "造假" not in why, why
