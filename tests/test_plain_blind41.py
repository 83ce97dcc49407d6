"""Classes read from blind41 after its held-out score: making a call is no phone number asked, the caller's own
mobile number is no person's particulars, and an errand on the caller's case is refused as such.
Phrasings written for these tests, apart from every gold file."""

from __future__ import annotations

import pytest

from assistant.answer import ask
from assistant.plain import out_of_scope
from assistant.plain.figures import demanded, demanded_kind

CASE = "不含某个人或某家企业的办件进度"


@pytest.mark.parametrize("question", [
    "政府采购的货款拖着不给，打电话过去都推来推去，找哪个部门",
    "我们给区上一个单位供了一批电脑，验收完半年了钱还不付，电话也打了好多次，这种咋办",
    "手机号码携号转网好不好办",
])
def test_a_call_made_or_the_callers_own_number_demands_no_phone_number(question: str) -> None:
    found = demanded(question)
    assert found is None or found[0].name != "phone", question


@pytest.mark.parametrize("question", ["不动产登记中心的投诉电话号码是多少", "12345热线电话是多少", "打哪个电话投诉"])
def test_a_number_asked_still_demands_one(question: str) -> None:
    assert demanded_kind(question) == "phone", question


@pytest.mark.parametrize(("question", "measures"), [
    ("政府采购的货款拖着不给，打电话过去都推来推去，找哪个部门", {239, 309}),
    ("我们给区上一个单位供了一批电脑，验收完半年了钱还不付，电话也打了好多次，这种咋办", {243}),
    ("手机号码携号转网好不好办", {373}),
])
def test_such_stories_are_answered(runtime, question: str, measures: set[int]) -> None:  # type: ignore[no-untyped-def]
    assert measures <= set(ask(runtime, question).citations[:5]), question


@pytest.mark.parametrize("question", ["我的手机号想携号转网", "我们的手机号能不能携号转网", "自己的手机号换运营商能办不"])
def test_the_callers_own_mobile_number_is_no_persons_particulars(question: str) -> None:
    assert out_of_scope(question) is None, question


@pytest.mark.parametrize("question", ["市长的手机号是多少", "他的微信号是多少", "手机号码是多少"])
def test_someones_mobile_number_stays_refused(question: str) -> None:
    assert out_of_scope(question) == "方案只列各条举措的牵头领导、责任领导姓名，不含个人信息", question


@pytest.mark.parametrize("question", [
    "你们能不能帮我给开发商打个电话催一下",
    "能不能替我们去跟物业协调一下停车的事",
    "老板欠了我三个月工资，你们帮我去找老板说一下嘛",
])
def test_an_errand_on_the_callers_case_is_refused_as_such(runtime, question: str) -> None:  # type: ignore[no-untyped-def]
    a = ask(runtime, question)
    assert not a.citations and CASE in a.answer, a.answer


@pytest.mark.parametrize("question", ["我们小区要集体报装自来水，有没有人帮我们代办", "帮我查一下公安局牵头的举措"])
def test_help_asked_of_the_plan_is_no_errand(question: str) -> None:
    assert out_of_scope(question) is None, question
