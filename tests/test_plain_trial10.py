"""Plain-question classes found by the tenth operator trial (phrasings here are our own): "什么时候" asks when, it
is no word the plan lacks; Sichuan 屋头 / 别个; callers' verbs and nouns as the plan writes them (寄到 = 寄递, 降到 =
降低至, 第一次 = 首次, 营收 = 主营业务收入, 光纤 = 光纤宽带); a date (2016年8月29日之前) states no duration; a person's
particulars are out of scope, a size asked with 多大 is not."""

from __future__ import annotations

import pytest
from conftest import first_cited

from assistant.answer import ask


@pytest.mark.parametrize(("question", "label", "quoted"), [  # each refused or answered otherwise before
    ("我们村上啥时候能通光纤哦", "【第373条】", "光纤宽带"),
    ("村里啥时候通4G信号", "【第373条】", "4G网络"),
    ("执照能不能直接寄到屋头来", "【第5条】", "寄递"),
    ("发票能寄到家里不", "【第5条】", "寄递"),
    ("营收头一回过了十个亿，政府奖好多", "【第375条】", "10亿元"),
    ("厂子营收第一次过20个亿，奖励好多", "【第375条】", "20亿元"),
    ("总税收和缴费率要降到百分之多少以下", "【行动四】", "50%"),
    ("卖房子过户，不动产登记几天能拿证", "【第70条】", "存量房"),
])
def test_callers_words_as_the_plan_writes_them(runtime, question: str, label: str, quoted: str) -> None:  # type: ignore[no-untyped-def]
    first = first_cited(ask(runtime, question).answer)
    assert first.startswith(label) and quoted in first, (question, first[:80])


@pytest.mark.parametrize(("question", "measure"), [
    ("多大面积以下的小工程可以不办施工许可证", 15),
    ("评定分离适用于投资额多大以下的项目", 249),
])
def test_a_size_asked_with_duoda_is_no_persons_age(runtime, question: str, measure: int) -> None:  # type: ignore[no-untyped-def]
    assert measure in ask(runtime, question).citations[:3], question


def test_a_duration_asked_in_hours_is_answered_in_hours(runtime) -> None:  # type: ignore[no-untyped-def]
    first = first_cited(ask(runtime, "一年下来纳税时间要控制在几个小时以内").answer)
    assert first.startswith("【行动三】") and "100个小时" in first, first[:80]


def test_when_another_rule_comes_out_is_no_question_about_the_plans_own_date(runtime) -> None:  # type: ignore[no-untyped-def]
    got = ask(runtime, "城市道路占用、挖掘修复这些费用的减免办法什么时候出台")
    assert "印发日期" not in got.answer and "12月底前出台" in got.answer
    assert "印发日期" in ask(runtime, "这个方案是什么时候印发的").answer


@pytest.mark.parametrize("question", ["办施工许可证要交多少费用", "施工许可证的费用是多少"])
def test_a_fee_is_not_answered_by_a_bound_on_a_projects_size(runtime, question: str) -> None:  # type: ignore[no-untyped-def]
    got = ask(runtime, question)  # 第15条: 工程投资额在100万元以下（含100万元）…可以不申请办理施工许可证
    assert not got.citations and "没有写明所问的金额" in got.answer, got.answer[:80]
    assert 15 in ask(runtime, "投资额多少以下的工程可以不办施工许可证").citations[:2]
