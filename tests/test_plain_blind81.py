"""Classes learnt in the thirty-third session from blind81's misses (read after its held-out score: R@5 0.950,
MRR@10 0.942, OOD 37/40, first 30/30, quoted 30/30). Phrasings are our own, generated from forms × words, answers
from the records:

* where the caller lives or works (我人在成都上班) is no other city's rules asked;
* greeting the assessors 在…那里 / 向… as a favour asked is wrongdoing, as 跟… was;
* any paper written for the caller as a favour (帮我写一份…承诺书) is a writing task; a paper asked about stays;
* a compound's head (居留许可's 许可) names the subject only beside its modifier, so another 许可's days do not
  answer; a common word before a rarer one (税务局核定) is no compound;
* 好久建得成 asks when, as 好久建成 did;
* caller words: an electricity bill overcharged said apart, a power cut at will, foreign firms shut out said apart, a
  job not yet found or a post recommended, the public's cultural events, several taxes filed together.
"""

from __future__ import annotations

import itertools

import pytest
from conftest import answered_first, refused_whole, scope_refuses

from assistant.answer import ask
from assistant.plain.callers import expand, out_of_scope
from assistant.understanding.dialect import to_mandarin


@pytest.mark.parametrize(("lives", "asked"), list(itertools.product(
    ["我人在成都上班", "我现在在重庆打工", "老板长期在上海出差", "娃儿在绵阳读书"],
    ["营业执照能不能给我寄过来", "公司注销能不能网上办", "个体户年报咋个弄"])))
def test_where_the_caller_lives_is_no_other_citys_rules(lives: str, asked: str) -> None:
    assert out_of_scope(f"{lives}，{asked}？") is None


@pytest.mark.parametrize("there", ["在成都开公司要几天", "成都的公积金贷款能贷多少", "重庆那边注册公司要好久"])
def test_another_citys_own_service_is_still_refused(there: str) -> None:
    scope_refuses(there, "资阳市")


def test_a_licence_sent_to_the_city_the_caller_works_in_cites_mailing(runtime) -> None:  # type: ignore[no-untyped-def]
    answered_first(runtime, "章子和执照都办好了，我人在成都上班，能不能直接寄给我，邮费要我出不？", 5)


@pytest.mark.parametrize(("asks", "where"), list(itertools.product(
    ["帮我", "你能不能帮我", "麻烦你帮我们"], ["在评标专家那里", "向评委", "找评审"])))
def test_greeting_the_assessors_anywhere_is_wrongdoing(asks: str, where: str) -> None:
    scope_refuses(f"项目快开标了，{asks}{where}打个招呼，这个标一定要拿到", "疏通关系")


@pytest.mark.parametrize("told", ["有人说能在评标专家那里打个招呼，这算不算违规", "听说中介向评委打招呼，在哪儿举报"])
def test_greeting_told_of_others_is_no_request(told: str) -> None:
    assert out_of_scope(told) is None


@pytest.mark.parametrize(("asks", "paper"), list(itertools.product(
    ["帮我写一份", "麻烦帮我们起草一个", "替我拟一份"], ["质量安全承诺书", "授权委托书", "情况说明", "开工申请材料"])))
def test_a_paper_written_for_the_caller_is_a_writing_task(asks: str, paper: str) -> None:
    scope_refuses(f"{asks}{paper}，内容写得好看点", "写作任务")


@pytest.mark.parametrize("about", ["质量安全承诺书怎么写", "是不是写一份承诺书就能开工", "告知承诺书要写些什么内容"])
def test_a_paper_asked_about_stays(about: str) -> None:
    assert out_of_scope(about) is None


@pytest.mark.parametrize(("who", "permit"), list(itertools.product(
    ["外籍技术人员", "公司请的外国工程师", "外国专家"], ["办工作类居留许可", "办居留许可"])))
def test_another_permits_days_do_not_answer_a_residence_permit(runtime, who: str, permit: str) -> None:  # type: ignore[no-untyped-def]
    refused_whole(runtime, f"{who}{permit}，要几个工作日？")


@pytest.mark.parametrize("said", ["新开的公司去税务局核定票种，要等多久？", "刚开的公司去税务局核定票种要几个小时"])
def test_a_common_word_before_a_rarer_one_is_no_compound(runtime, said: str) -> None:  # type: ignore[no-untyped-def]
    answered_first(runtime, said, 118, "1小时")


@pytest.mark.parametrize("built", ["好久建得成", "好久修得好", "好久建得好", "好久修得成"])
def test_a_completion_with_de_asks_when(built: str) -> None:
    assert "什么时候" in to_mandarin(f"保税物流中心{built}？")[0]


def test_a_projects_completion_cites_its_measure(runtime) -> None:  # type: ignore[no-untyped-def]
    answered_first(runtime, "保税物流中心听说要搞，大概好久建得成？", 146)


@pytest.mark.parametrize(("said", "plan"), [
    *[(f"上个月{cut}，{bill}", "过量计费") for cut, bill in itertools.product(
        ["突然停电", "供电那边说停就停"], ["电费感觉多收了", "电费好像收多了", "电费也算多了"])],
    *[(f"供电那边{cut}，冰柜里的东西全坏了", "停电") for cut in ["说停就停", "电说停就停"]],
    *[(f"招标文件{shut}，能不能反映", "不合理限制和壁垒") for shut in
      ["把外地企业排除在外", "明摆着把外地企业挡在外面", "设了条件排除掉外地企业"]],
    *[(f"娃儿毕业回来{job}", "岗位推荐") for job in
      ["工作都还没着落", "工作一直没有着落", "想请政府推荐个岗位", "能不能帮忙推荐点工作"]],
    *[(f"社区搞的{event}不好看，想提点意见", "群众文化活动") for event in ["文艺活动", "文艺演出", "文娱活动"]],
    *[(f"听说{taxes}，是真的不", "十税合一") for taxes in
      ["好几个税可以合到一张表报", "几种税能一起申报", "多个税合并申报了", "税可以合成一张表"]],
])
def test_caller_words_reach_the_plans(said: str, plan: str) -> None:
    assert plan in expand(said)[1], (said, expand(said)[1])


@pytest.mark.parametrize(("said", "first"), [
    ("上个礼拜供电说停就停，冻库的货全坏了，电费还感觉多收了，政府管不管", 49),
    ("社区里办的那些文艺演出都不对老百姓的胃口，哪里可以提意见", 353),
    ("听说好几个税可以合到一张表上报，是哪几个税", 96),
])
def test_caller_words_put_the_answering_measure_first(runtime, said: str, first: int) -> None:  # type: ignore[no-untyped-def]
    assert ask(runtime, said).citations[:1] == (first,)
