"""Follow-ups found on the ninth operator trial (phrasings our own): a role said of the last question's unit by
a pronoun (其中哪些是它牵头的), and an elliptical hotline follow-up read with the last question's subject (高压的呢,
那要花钱不), while a question of its own is not (天气怎么样呢). Expected sets computed from the records."""

from __future__ import annotations

import pytest
from conftest import first_cited

from assistant.answer import ask

UNITS = ["市人防办", "市税务局", "市人力资源社会保障局"]
SAID = {"市人防办": "人防办", "市税务局": "税务局", "市人力资源社会保障局": "人社局"}


@pytest.mark.parametrize("unit", UNITS)
def test_a_role_said_of_the_last_unit_by_a_pronoun(runtime, corpus, unit: str) -> None:  # type: ignore[no-untyped-def]
    first = ask(runtime, f"{SAID[unit]}参与的举措有哪些")
    taking_part = [m.number for m in corpus.measures if unit in m.units]
    assert list(first.citations) == taking_part
    led = ask(runtime, "其中哪些是它牵头的", state=first.state)
    assert list(led.citations) == [n for n in taking_part if corpus.measures[n - 1].lead_unit == unit]
    not_led = ask(runtime, "其中不是它牵头的有几条", state=first.state)
    assert not_led.count == sum(1 for n in taking_part if corpus.measures[n - 1].lead_unit != unit)
    assert "按上一问" in not_led.answer


def test_an_elliptical_hotline_follow_up_takes_the_last_subject(runtime) -> None:  # type: ignore[no-untyped-def]
    first = ask(runtime, "低压居民用户办电要几个环节")
    high = ask(runtime, "高压的呢", state=first.state)
    assert first_cited(high.answer).startswith("【第44条】") and "4个环节" in first_cited(high.answer)
    assert "接上一问" in high.answer
    opening = ask(runtime, "开办企业要几天")
    fee = ask(runtime, "那要花钱不", state=opening.state)
    assert fee.citations and fee.citations[0] in (4, 5, 6) and "免费" in first_cited(fee.answer)


@pytest.mark.parametrize("question", ["天气怎么样呢", "今天星期几呢"])
def test_a_question_of_its_own_is_not_joined_to_the_last(runtime, question: str) -> None:  # type: ignore[no-untyped-def]
    first = ask(runtime, "低压居民用户办电要几个环节")
    a = ask(runtime, question, state=first.state)
    assert not a.citations and "接上一问" not in a.answer
