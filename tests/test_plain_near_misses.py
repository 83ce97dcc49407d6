"""Near misses and near answers among plain questions, found on blind22's and blind24's questions after their
held-out scores (phrasings here are our own): a question's A-not-A form (是不是, 有没有) is grammar, not a word the
plan lacks; a monthly charge is not answered by the plan's one-off 免费; a subsidy named as the plan names one
(从业补贴) is stated only by a sentence naming it; a named tax followed by 多少 asks for its rate; a threshold
(起征点) is an amount; a fee is named as the plan writes fees (安装费 = 安装收费)."""

from __future__ import annotations

import pytest
from conftest import first_cited

from assistant.answer import ask
from assistant.plain.figures import _names, demanded, demanded_kind


@pytest.mark.parametrize(("word", "topic"), [
    ("是不是", False), ("有没有", False), ("管不管", False), ("可不可以", False), ("能不能", False),
    ("补贴", True), ("不动产", True), ("个体户", True),
])
def test_a_not_a_forms_are_grammar_not_topics(runtime, word: str, topic: bool) -> None:  # type: ignore[no-untyped-def]
    assert runtime.retriever.tokenizer.is_topic_word(word) is topic


def test_a_yes_no_question_in_the_plans_domain_is_answered(runtime) -> None:  # type: ignore[no-untyped-def]
    a = ask(runtime, "听说个体户的增值税能按年来报了，是不是真的")
    assert first_cited(a.answer).startswith("【第123条】") and "按年申报" in first_cited(a.answer)


@pytest.mark.parametrize("question", [
    "我爸想住养老院，每个月大概要交多少钱",
    "长期照护险每月缴多少",
    "老人进公办养老机构一个月收多少钱",
])
def test_a_monthly_charge_is_not_answered_by_a_one_off_free_service(runtime, question: str) -> None:  # type: ignore[no-untyped-def]
    a = ask(runtime, question)  # 第346条: 从业人员免费进行护理员培训, subsidies paid to the home
    assert not a.citations and "没有写明所问的" in a.answer, a.answer[:80]


def test_a_subsidy_named_as_the_plan_names_one_binds_the_sentence(runtime) -> None:  # type: ignore[no-untyped-def]
    refused = ask(runtime, "养老护理员每月的从业补贴能拿多少")  # 第347条 names it without an amount
    assert not refused.citations and "没有写明所问的金额" in refused.answer
    stated = ask(runtime, "社会力量办养老机构，运营补贴每人每月多少")
    assert first_cited(stated.answer).startswith("【第346条】") and "50—200元/月/人" in first_cited(stated.answer)
    government = ask(runtime, "民办养老院一张床位政府补贴多少钱")  # 政府补贴: not a name the plan uses
    assert first_cited(government.answer).startswith("【第346条】") and "1.1万元/张" in first_cited(government.answer)


def test_a_named_tax_followed_by_how_much_asks_for_its_rate(runtime) -> None:  # type: ignore[no-untyped-def]
    for question in ("买第三套住房契税是多少", "增值税起征点是多少"):
        a = ask(runtime, question)
        assert not a.citations and "没有写明所问的" in a.answer, a.answer[:80]
    assert demanded_kind("契税是多少") == "rate"
    assert demanded("增值税留抵退税要几天") is not None and demanded("增值税留抵退税要几天")[0].name == "duration"
    stated = ask(runtime, "唯一住房100平契税是多少")
    assert first_cited(stated.answer).startswith("【第73条】") and "1.5%" in first_cited(stated.answer)


@pytest.mark.parametrize(("sentence", "named", "names"), [
    ("用气方面严格按照《四川省燃气工程安装收费指南》要求", "安装费", True),
    ("降低企业施工图审查费用", "审查费", True),
    ("分类减免部分建设项目施工期间城市道路占用费、挖掘修复费", "挖掘修复费", True),
    ("降低企业施工图审查费用", "保教费", False),
    ("免费刻制印章", "刻章费", False),
])
def test_a_fee_is_named_as_the_plan_writes_fees(sentence: str, named: str, names: bool) -> None:
    assert _names(sentence, named) is names


@pytest.mark.parametrize("question", [
    "厂子被认定为高新技术企业了，市上奖励多少钱",
    "我们评为“瞪羚企业”以后，政府给多少奖励",
    "专精特新企业认定下来，能拿多少奖励",
])
def test_a_reward_for_a_title_won_is_stated_only_for_that_title(runtime, question: str) -> None:  # type: ignore[no-untyped-def]
    a = ask(runtime, question)  # 第374/375条 reward 个转企, 企升规, 首次突破1亿元; no title's reward is stated
    assert not a.citations and "没有写明所问的金额" in a.answer, a.answer[:80]


def test_a_reward_without_a_title_still_finds_its_measure(runtime) -> None:  # type: ignore[no-untyped-def]
    a = ask(runtime, "个体户转成公司，市里给多少奖励")
    assert first_cited(a.answer).startswith("【第374条】") and "0.6万元" in first_cited(a.answer)


@pytest.mark.parametrize("question", ["人才公寓的租金一个月多少", "园区标准厂房房租每年多少钱"])
def test_a_rent_per_period_is_an_amount_the_sentence_must_name(runtime, question: str) -> None:  # type: ignore[no-untyped-def]
    a = ask(runtime, question)  # 第330条 builds 人才公寓 and names no rent
    assert not a.citations and "没有写明所问的金额" in a.answer, a.answer[:80]


@pytest.mark.parametrize("question", ["开个有限责任公司，注册资本起码要多少钱", "公积金贷款个人最多能贷多少万"])
def test_a_named_amount_the_plan_never_states_is_not_a_programmes_total(runtime, question: str) -> None:  # type: ignore[no-untyped-def]
    a = ask(runtime, question)  # 注册资本 is named by no sentence with an amount; 公积金贷款 (第107条) by a rate only
    assert not a.citations and "没有写明所问的金额" in a.answer, a.answer[:80]


def test_travelling_to_another_city_is_asking_whether_it_is_done_here(runtime) -> None:  # type: ignore[no-untyped-def]
    a = ask(runtime, "办商标注册要不要跑到成都去")  # 第289条: 成都商标受理窗口's services extended to Ziyang
    assert first_cited(a.answer).startswith("【第289条】")
    there = ask(runtime, "在成都注册商标要多久")  # doing it there: another city's rules
    assert not there.citations and "不含其他地区" in there.answer


def test_a_graduate_is_the_plans_gaoxiao_biyesheng(runtime) -> None:  # type: ignore[no-untyped-def]
    a = ask(runtime, "孩子刚毕业还没找到工作，有什么就业帮扶")
    assert set(a.citations[:3]) & {216, 217, 221}, a.citations


@pytest.mark.parametrize("question", ["民办幼儿园保教费一个月多少，什么时候报名", "晚上十点以后打12345还有人工接听没有",
                                      "2022年开办企业是不是已经压到2小时了"])
def test_a_fee_per_period_an_hour_of_service_and_another_year_are_not_stated(runtime, question: str) -> None:  # type: ignore[no-untyped-def]
    a = ask(runtime, question)
    assert not a.citations and "没有" in a.answer, a.answer[:80]


def test_the_plans_own_2022_deadline_is_still_asked(runtime, corpus) -> None:  # type: ignore[no-untyped-def]
    for question in ("2022年到期的举措有哪些", "完成时限拖到2022年的是哪条"):
        a = ask(runtime, question)
        assert list(a.citations) == [m.number for m in corpus.measures if m.deadline.year == 2022], question
