"""A scope rule reads a question, not a statement in the caller's story: someone's working hours described
(上班时间不固定) ask for no office's hours, an age stated (七十几岁了) asks for no one's particulars. Both were
in-domain tuning questions refused by the rule (blind34 h40, h49); phrasings here are written for these tests."""

from __future__ import annotations

import pytest

from assistant.answer import ask
from assistant.plain import out_of_scope

HOURS = "方案写的是改革举措，不含办事机构或热线的上班、开放或接听时间"
PERSON = "方案只列各条举措的牵头领导、责任领导姓名，不含个人信息"


@pytest.mark.parametrize("question", [
    # working hours described
    "我们厂工人上班时间不固定，能不能搞综合计算工时",
    "搞运输的，驾驶员上班时间不规律，不定时工作制找哪个批",
    "店里营业时间长，员工能不能申请特殊工时",
    # an age stated
    "我爸八十几岁了，不会用智能手机，办事咋个整",
    "屋头老人家七十几岁，出门没有健康码进不去",
    "我们老两口六十几岁了，网上办不来，有没有窗口",
])
def test_a_statement_in_the_story_is_not_out_of_scope(question: str) -> None:
    assert out_of_scope(question) is None, question


@pytest.mark.parametrize(("question", "reason"), [
    ("政务服务中心上班时间是几点", HOURS), ("税务局办公时间？", HOURS), ("12345热线接听时间到几点", HOURS),
    ("张建红几岁", PERSON), ("刘延安今年几岁了", PERSON), ("王琪多少岁", PERSON),
])
def test_the_same_asked_stays_refused(question: str, reason: str) -> None:
    assert out_of_scope(question) == reason, question


@pytest.mark.parametrize(("question", "measure"), [
    ("我们厂工人上班时间不固定，想申请综合计算工时，找哪个部门批", 202),
    ("我爸八十几岁了，没有智能手机，出门办事没得健康码咋个整", 272),
])
def test_such_stories_are_answered(runtime, question: str, measure: int) -> None:  # type: ignore[no-untyped-def]
    assert measure in ask(runtime, question).citations[:5], question


LOST = "方案不含证照、卡证遗失后的挂失、补办手续和收费"
SEAL = "方案只写为新开办企业免费刻制一套印章（第4条）和推广电子印章，不含印章遗失补刻、更换的收费或手续"


@pytest.mark.parametrize(("document", "lost", "ask_"), [
    (d, lost, ask_) for d in ("房产证", "不动产权证书", "营业执照副本", "社保卡", "结婚证", "驾驶证")
    for lost, ask_ in (("搞丢了", "，补办要带啥子"), ("弄丢了", "咋个补办"), ("掉了", "，要多久才能补好"), ("遗失了", "，挂失找哪个部门"))])
def test_a_lost_document_replaced_is_out_of_scope(document: str, lost: str, ask_: str) -> None:
    """A certificate or card lost and replaced: the plan never writes 补办, 挂失 or 遗失 (blind45 q07, read after its
    held-out score, was answered with a registration measure); generated documents × ways of losing × asks."""
    assert out_of_scope(f"我的{document}{lost}{ask_}") == LOST


@pytest.mark.parametrize("question", ["新公司免费刻的章就一套，我想多刻个财务章要好多钱", "另刻一个发票专用章收费不",
                                      "免费那套不够用，加刻两枚要多少钱"])
def test_seals_beyond_the_free_set_are_out_of_scope(question: str) -> None:
    assert out_of_scope(question) == SEAL


@pytest.mark.parametrize(("question", "measure"), [
    ("包工头拖了三个月工资，能不能帮我要回来补发", 197), ("新开办的企业刻公章要钱不", 4), ("二手房过户要几天", 70)])
def test_look_alikes_of_lost_documents_are_answered(runtime, question: str, measure: int) -> None:  # type: ignore[no-untyped-def]
    a = ask(runtime, question)
    assert measure in a.citations[:5], (question, a.citations, a.answer[:120])
