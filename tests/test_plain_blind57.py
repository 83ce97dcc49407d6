"""Classes learnt in the twenty-fifth session from blind57's misses (read after its held-out score: R@5 0.975,
MRR@10 0.983, OOD 39/40, first 30/30, quoted 29/30). Phrasings are our own, generated from forms × words:

* 好几道手续 / 好几个环节 / 好几步 say there are several, as 好几万 does for an amount: asked, not demanded, so a
  question whose first passages state no number of steps is answered (第44条's 2个环节), not refused;
* a sum named after 多少 (多少注册资金, 好多资本金) is demanded: the plan states no registered capital, so the
  question is refused instead of citing 开办企业's free mailing (第5条);
* a line run to the premises from outside (从外头拉线) is the plan's 外线工程 (第45、46条).
"""

from __future__ import annotations

import itertools

import pytest
from conftest import with_known_misses

from assistant.answer import ask
from assistant.plain.callers import expand
from assistant.plain.figures import demanded_kind


@pytest.mark.parametrize(("asked", "kind"), [
    ("接电要跑几道手续", "steps"), ("接电要几个环节", "steps"), ("开公司要几步", "steps"),
    ("接电要跑好几道手续哦", None), ("接电是不是要走好几个环节", None), ("开公司要弄好几步哦", None),
    ("注册个公司最少要多少注册资金", "amount"), ("有限公司要多少资本金", "amount"), ("注册资金最低是多少", "amount"),
    ("注册公司要多少天", "duration"),
])
def test_several_is_asked_and_a_named_sum_is_demanded(asked: str, kind: str | None) -> None:
    assert demanded_kind(asked) == kind


# retraining flips, strict so a fix shows
# answered again since blind68 joined the model's training: 新开个门面要接电要弄好几步哦 (第45条 and 第53条 before 第44条
# while blind66 and blind67 were the newest sets, and from blind62's joining to blind63's)
_FLIPPED: dict[tuple[str, str], str] = {
    ("新开个门面要接电", "要弄好几步哦？"): "第45条 and 第53条 before 第44条 again: " + "a retraining flip (blind102–blind104 joined, fortieth session)"}


@pytest.mark.parametrize(("subject", "several"), with_known_misses(list(itertools.product(
    ["新开个门面要接电", "小卖部要装个电表，", "开个小作坊要通电"],
    ["要跑好几道手续哦？", "是不是要走好几个环节？", "要弄好几步哦？"])), _FLIPPED))
def test_several_steps_are_answered_with_the_steps(runtime, subject: str, several: str) -> None:  # type: ignore[no-untyped-def]
    answer = ask(runtime, subject + several)
    assert 44 in answer.citations[:2], (answer.citations, answer.answer[:300])


@pytest.mark.parametrize(("firm", "capital"), list(itertools.product(
    ["注册个有限公司", "在资阳开个公司", "开家小公司"],
    ["最少要好多注册资金？", "注册资金最低要多少？", "要准备多少资本金？"])))
def test_registered_capital_is_refused(runtime, firm: str, capital: str) -> None:  # type: ignore[no-untyped-def]
    answer = ask(runtime, firm + capital)
    assert answer.citations == (), (answer.citations, answer.answer[:300])
    assert "方案中没有写明所问的金额" in answer.answer


@pytest.mark.parametrize("said", ["要从外头拉线过来", "电要从外面拉电线进来", "还得拉外线"])
def test_a_line_from_outside_is_the_plans_outside_works(said: str) -> None:
    assert "外线工程" in expand(said)[1], expand(said)


@pytest.mark.parametrize("said", ["线上办理要几天", "外地企业来资阳投资", "拉货的车"])
def test_other_lines_are_not_outside_works(said: str) -> None:
    assert "外线工程" not in expand(said)[1], expand(said)
