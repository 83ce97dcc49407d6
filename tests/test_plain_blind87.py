"""Classes learnt in the thirty-fifth session from blind87's misses (read after its held-out score at de76ae9:
R@5 0.950, MRR@10 0.945, OOD 39/40, first 30/30, quoted 30/30). Phrasings are our own, generated from forms × words:

* a plan word jieba's dictionary lacks is cut whole in a caller's sentence too (算小文旅企业: 算小文|旅 before
  corpus/data/words.toml), so a small tourism firm asking about 融资 finds 第353条's 中小微文旅企业 instead of being
  refused (tests/test_plan_words.py holds the tokenizer's side);
* a workshop a caller set up in a village to employ the people living there is the plan's “扶贫车间” (第221条: its
  奖补 and 劳动力就近就地就业), not a question the plan leaves open;
* a site surveyed again and again (测了好几回, 只测一次行不行) asks for 多测合一 (第80条, 第81条).

Not yet: 房贷还清了去把抵押注销掉要几天 puts 第183条's 抵押登记 2个工作日 before 第69条's 注销登记即时办结 (both state a
duration; 抵押 is the rarer word), and a second relevant measure for 评估费 (第170条's 减费让利) stays out of the first five.
"""

from __future__ import annotations

import itertools

import pytest
from conftest import answered_first, refused_whole

from assistant.answer import ask


@pytest.mark.parametrize(("who", "firm", "need"), list(itertools.product(
    ["我在老家开了个民宿", "我们在乡下搞乡村旅游", "我家开农家乐"],
    ["算小文旅企业吧", "也算本土的文旅企业"],
    ["想融资", "想去挂牌上市，政府支不支持"])))
def test_a_small_tourism_firm_finds_the_plans_culture_and_tourism_firms(runtime, who: str, firm: str, need: str) -> None:  # type: ignore[no-untyped-def]
    answered_first(runtime, f"{who}，{firm}，{need}？", 353)


@pytest.mark.parametrize(("where", "what", "whom"), list(itertools.product(
    ["在村头", "在我们村里", "在乡下老家的村上"],
    ["编竹篮的小作坊", "做布鞋的小厂", "缝衣服的小车间"],
    ["本村留守的妇女", "村里的贫困户"])))
def test_a_village_workshop_employing_villagers_is_a_poverty_workshop(runtime, where: str, what: str, whom: str) -> None:  # type: ignore[no-untyped-def]
    answered_first(runtime, f"我{where}办了个{what}，招的都是{whom}，政府有没有啥子奖补？", 221)


@pytest.mark.parametrize("question", ["村里的留守儿童营养午餐补助一个月好多钱？", "农村留守老人每个月能领好多养老金？"])
def test_villagers_benefits_the_plan_never_states_stay_refused(runtime, question: str) -> None:  # type: ignore[no-untyped-def]
    refused_whole(runtime, question)


@pytest.mark.parametrize(("stage", "again", "once"), list(itertools.product(
    ["项目报建的时候", "厂房规划和验收的时候"],
    ["测绘单位来了一拨又一拨", "同一块地测了好几回", "前前后后测了好几遍"],
    ["能不能只测一次就完事", "测一次行不行"])))
def test_a_site_surveyed_again_and_again_asks_for_one_survey(runtime, stage: str, again: str, once: str) -> None:  # type: ignore[no-untyped-def]
    answer = ask(runtime, f"{stage}，{again}，{once}？")
    assert {80, 81} & set(answer.citations[:2]), (answer.citations, answer.answer[:300])
