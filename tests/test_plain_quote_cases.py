"""Which sentence of the answering measure is quoted, found on the tuning sets' caller questions (each set left out
of the memory): a question asking for a figure quotes a sentence stating one when the measure has any; a caller
saying the case plainly (要拉外线，要施工) gets that case, not the one the plan names by a negation; and a size said
as more or less than a number (超过90个平方, 一百二十几平, 不到90平) picks the case it falls in. The sizes below are
generated, each expected case computed from the bound, not from the code."""

from __future__ import annotations

import random
import re

import pytest

from assistant.answer import ask
from assistant.plain.cases import _affirmed_case, _given, callers_subject_case, case_quote, polarity_case
from index.sentences import best_sentence

DURATION = re.compile(r"\d+个工作日")


def _first_quote(runtime, question: str) -> str:  # type: ignore[no-untyped-def]
    return ask(runtime, question).answer.split("\n\n", 1)[1].splitlines()[0]


def _quote_of(runtime, question: str, number: int) -> str:  # type: ignore[no-untyped-def]
    lines = ask(runtime, question).answer.splitlines()
    return next((line for line in lines if line.startswith(f"【第{number}条】")), f"第{number}条 not cited: {lines}")


def test_only_sentences_stating_the_figure_compete_when_the_passage_has_one() -> None:
    rows = ((0, "将特殊工时制申请提交材料从3项压缩到1项；"), (0, "办理时限由20个工作日压缩到5个工作日。"), (1, "优化审批。"))
    by_chunk = {0: [0, 1], 1: [2]}
    tokens = ["特殊", "工时", "申请", "工作日"]
    # the first sentence shares more of the question's words; the second states the figure asked for
    assert best_sentence(rows, None, by_chunk, 0, None, tokens, DURATION, "特殊工时制申请")[0] == rows[0][1]
    assert best_sentence(rows, None, by_chunk, 0, None, tokens, DURATION, "特殊工时制申请", stating=True)[0] == rows[1][1]
    # a passage stating none: every sentence competes, as before
    assert best_sentence(rows, None, by_chunk, 1, None, tokens, DURATION, stating=True)[0] == "优化审批。"


@pytest.mark.parametrize(("question", "stated"), [
    ("特殊工时制度的审批时限现在是几个工作日", "5个工作日"),
    ("厂里搞特殊工时，报上去好多天能批下来", "5个工作日"),
    ("评定分离适用于总投资多少以下的项目", "3000万以下"),
    ("低压接电的外线工程，长度多少米以内不用办规划许可", "150米"),
])
def test_the_quote_states_the_figure_asked_for(runtime, question: str, stated: str) -> None:  # type: ignore[no-untyped-def]
    quote = _first_quote(runtime, question)
    assert stated in quote, quote


def test_a_case_said_plainly_unit_tests() -> None:
    cases = ["申请受理完成后，对于不涉及外线施工的，接电时间不超过2个工作日；", "对于涉及外线工程施工的，总时间不超过6个工作日。",
             "对用户自行组织设计、施工的外线工程，加强用户受电工程市场管理。"]
    for asked in ("要从路边拉根外线过来，要施工，接电要几个工作日", "我这边要施工拉线，几个工作日能接电"):
        assert _affirmed_case(cases[0], cases, asked, DURATION) == cases[1]
        assert polarity_case(cases[0], cases, asked, DURATION) == cases[1]
    for asked in ("不用拉外线的那种，几个工作日能接电", "没有外线施工，几个工作日接电", "受理以后几个工作日接电"):
        assert polarity_case(cases[0], cases, asked, DURATION) == cases[0]
    # a bound said with 不 (不超过) is no case: 超过 said plainly does not move the quote
    bound = ["面积不超过90平方米，减按1%；", "面积为90平方米以上的，减按1.5%。"]
    assert _affirmed_case(bound[0], bound, "超过90平方契税多少", None) == bound[0]


def test_a_negation_covers_its_clause_and_the_lexicons_words_unit_tests() -> None:
    cases = ["申请受理完成后，对于不涉及外线施工的，接电时间不超过2个工作日；", "对于涉及外线工程施工的，总时间不超过6个工作日。"]
    # the negation's words reach past the two characters after it (blind58 c06: 不用在外头牵线施工的话)
    for asked in ("不用在外头牵线施工的话，受理了好久能通电", "没有啥子外线要施工，几天能接电"):
        assert polarity_case(cases[1], cases, asked, DURATION) == cases[0]
    # the caller's own words, read by the lexicon (外头拉线 -> 外线工程), said plainly or negated (blind57 c05)
    assert polarity_case(cases[0], cases, "要从外头拉线过来，好久能通电", DURATION, affirmed=("外线工程",)) == cases[1]
    assert polarity_case(cases[1], cases, "不用从外头拉线，好久能通电", DURATION, negated=("外线工程",)) == cases[0]
    # a plan word carrying its own negation affirms nothing: 不动产登记 is no 登记 said plainly
    registry = ["对于不动产登记的申请，当日受理；", "登记3个工作日办结。"]
    assert polarity_case(registry[0], registry, "二手房几天能办完", DURATION, affirmed=("不动产登记",)) == registry[0]
    # a negation word inside a plan word opens no case (不动产): only a verb of negation does
    assert polarity_case(registry[1], registry, "不动产登记要几天", DURATION) == registry[1]


@pytest.mark.parametrize("asked", ["我们要从路边拉外线过来，供电那边说要施工，接电最多几个工作日",
                                   "厂子通电要拉外线、要施工，受理以后几个工作日能接上"])
def test_a_case_said_plainly_picks_the_passages_case(runtime, asked: str) -> None:  # type: ignore[no-untyped-def]
    quote = _first_quote(runtime, asked)
    assert quote.startswith("【第45条】") and "6个工作日" in quote and "不涉及外线" not in quote, quote


CASES = ["对A类，面积为90平方米及以下的，减按1%；", "面积为90平方米以上的，减按1.5%。"]
NUMBERS = {60: "六十", 85: "八十五", 90: "九十", 100: "一百", 120: "一百二十", 135: "一百三十五"}


def _said_sizes(rng: random.Random) -> list[tuple[str, float]]:
    """(how a caller says a size, the size it means): exact, a little more (多/几), more or less than a number."""
    out = []
    for n, words in NUMBERS.items():
        number = rng.choice([str(n), words])
        unit = rng.choice(["平", "平方", "个平方", "平米", "平方米"])
        out += [(f"{number}{unit}", n), (f"{number}多{unit}", n + 0.5), (f"超过{number}{unit}", n + 0.5),
                (f"{number}{unit}以上", n + 0.5), (f"不到{number}{unit}", n - 0.5), (f"大于{number}{unit}", n + 0.5)]
    return out + [(f"{words}几个平方", n + 0.5) for n, words in NUMBERS.items()]  # 一百二十几个平方


@pytest.mark.parametrize("seed", range(3))
def test_generated_sizes_pick_the_case_they_fall_in(seed: int) -> None:
    rng = random.Random(seed)
    for said, size in _said_sizes(rng):
        question = rng.choice(["A类，面积{}，契税按几个点收", "A类房子{}，契税百分之几", "我买的A类，{}的，税率多少"]).format(said)
        assert _given(question) == {"平方米": size}, question
        want = CASES[0] if size <= 90 else CASES[0] + CASES[1]
        assert case_quote(CASES, question, {"A类"}) == want, question


@pytest.mark.parametrize(("question", "present", "absent"), [
    ("买第二套改善住房，面积超过九十个平方，契税几个点", "减按2%的税率", "唯一住房"),
    ("屋头唯一一套房子，一百一十几个平方，契税按百分之几", "减按1.5%的税率", "第二套"),
    ("唯一一套住房，不到90平的，契税百分之几", "减按1%的税率", "第二套"),
])
def test_a_size_said_loosely_picks_the_plans_case(runtime, question: str, present: str, absent: str) -> None:  # type: ignore[no-untyped-def]
    quote = _first_quote(runtime, question)
    assert quote.startswith("【第73条】") and present in quote and absent not in quote, quote


def test_the_whole_of_a_process_asked_quotes_the_whole_unit_tests() -> None:
    from assistant.plain.quotes import _whole
    step = "将企业设立登记时间从3个工作日内压减到2个工作日内；"
    whole = "印章刻制和首次申领发票并联办理在2个工作日内办结，实现开办企业“4小时办结”。"
    words = {"企业", "开办企业"}
    for asked in ("开公司从头到尾要多久", "前前后后要几天", "全部办完要多久", "整个流程下来几个小时"):
        assert _whole(step, [step, whole], asked, DURATION_OR_HOURS, words) == whole, asked
    for asked in ("设立登记要几个工作日", "开公司要多久"):  # a step, or nothing said of the whole
        assert _whole(step, [step, whole], asked, DURATION_OR_HOURS, words) == step, asked


DURATION_OR_HOURS = re.compile(r"\d+个工作日|\d+小时")


# forms of asking the whole of opening a firm (our own phrasings) × how long: 第3条's 开办企业“4小时办结”
@pytest.mark.parametrize(("whole", "how_long"), [
    ("开个小公司，从头到尾", "要多久"), ("注册公司前前后后", "要好久"), ("开公司整套手续办下来", "要几个小时"),
    ("开个公司执照公章发票全部办完", "要多长时间"), ("新开个公司，整个流程走完", "要多久")])
def test_the_whole_of_opening_a_firm_quotes_its_four_hours(runtime, whole: str, how_long: str) -> None:  # type: ignore[no-untyped-def]
    quote = _first_quote(runtime, f"{whole}{how_long}")
    assert quote.startswith("【第3条】") and "4小时办结" in quote, quote


def test_words_the_caller_said_outweigh_words_the_lexicon_added() -> None:
    rows = ((0, "将企业设立登记时间压减到2个工作日内；"), (0, "并联办理在2个工作日内办结，实现开办企业“4小时办结”。"))
    by_chunk = {0: [0, 1]}
    # 设立登记 said by the caller; 开办 / 开办企业 / 办结 added by the lexicon for 开个小公司: counted alike, the
    # second sentence would hold more of them
    tokens = ["设立", "设立登记", "开办", "开办企业", "办结", "工作日"]
    assert best_sentence(rows, None, by_chunk, 0, None, tokens, DURATION, "开个小公司，设立登记要几个工作日",
                         stating=True)[0] == rows[0][1]
    # the caller naming 开办企业 and 办结 themselves: that sentence
    assert best_sentence(rows, None, by_chunk, 0, None, tokens, DURATION, "开办企业要几个工作日办结",
                         stating=True)[0] == rows[1][1]


@pytest.mark.parametrize("firm", ["开个小公司", "开个新公司", "开了家装修公司"])
def test_a_step_named_by_the_caller_is_quoted_whatever_the_firm(runtime, firm: str) -> None:  # type: ignore[no-untyped-def]
    quote = _first_quote(runtime, f"我想{firm}，那个设立登记现在几个工作日能办下来")
    assert quote.startswith("【第3条】") and "设立登记" in quote and "4小时" not in quote, quote


def test_asked_with_no_size_every_case_is_quoted_unit_tests() -> None:
    from assistant.plain.cases import every_case
    passage = ["（一）对A类，面积为90平方米及以下的，减按1%；", "面积为90平方米以上的，减按1.5%。",
               "（二）对B类，面积为90平方米及以下的，减按1%；", "面积为90平方米以上的，减按2%。", "优化服务。"]
    both_b = passage[2] + passage[3]
    assert every_case(passage[2], passage, "B类税率是多少") == both_b
    assert every_case(passage[3], passage, "B类怎么算") == both_b  # a continuing case alone: back to its heading
    assert every_case(passage[0], passage, "A类多少") == passage[0] + passage[1]
    assert every_case(passage[2], passage, "B类120平多少") == passage[2]  # a size given: case_quote's business
    assert every_case(passage[4], passage, "服务怎么样") == passage[4]  # no bound: as chosen


@pytest.mark.parametrize("asked", ["买二套房契税税率是多少", "第二套改善性住房契税按几个点交"])
def test_a_deed_tax_asked_without_the_size_quotes_both_cases(runtime, asked: str) -> None:  # type: ignore[no-untyped-def]
    """The eighteenth operator trial: 买二套房契税税率是多少 quoted the 90平方米及以下 case alone (1%), not the 2% above."""
    quote = _first_quote(runtime, asked)
    assert quote.startswith("【第73条】") and "1%" in quote and "2%" in quote, quote


def test_a_part_named_by_the_caller_is_quoted_from_under_its_sub_heading() -> None:
    rows = ((0, "压缩低压用户办电流程：推行“零上门”服务。"), (0, "办电申请材料精简为用户有效身份证明等2项；"),
            (0, "压缩高压用户办电流程：推行“省力”服务。"), (0, "申请材料精简为用户主体资格证明等2项；"))
    by_chunk = {0: [0, 1, 2, 3]}
    items = re.compile(r"\d+项")
    tokens = ["高压", "用电", "申请", "材料", "办电"]
    # 办电 (in the low-voltage sentence only) outweighs without the sub-headings; 高压 stands only in the heading
    assert best_sentence(rows, None, by_chunk, 0, None, tokens, items, "高压用电申请材料要几项", stating=True)[0] == rows[3][1]
    assert best_sentence(rows, None, by_chunk, 0, None, ["低压", *tokens[1:]], items, "低压用电申请材料要几项",
                         stating=True)[0] == rows[1][1]
    # 低压 added by the lexicon, not said: no part is chosen for it
    assert best_sentence(rows, None, by_chunk, 0, None, ["低压", *tokens[1:]], items, "用电申请材料要几项",
                         stating=True)[0] == rows[1][1]
    # the words every sub-heading holds (办电流程) tell no part
    assert best_sentence(rows, None, by_chunk, 0, None, ["办电", "流程", "申请", "材料"], items, "办电流程申请材料要几项",
                         stating=True)[0] == rows[1][1]


@pytest.mark.parametrize("who", ["厂里要装高压电", "我们是高压用户", "高压用电报装", "10千伏的高压用户办电", "新厂房接高压电"])
@pytest.mark.parametrize("ask_papers", ["申请材料要交几样", "要准备几项申请材料", "申请材料有几项"])
def test_high_voltage_papers_quote_the_high_voltage_sentence(runtime, who: str, ask_papers: str) -> None:  # type: ignore[no-untyped-def]
    # 第45条's line, wherever it is cited (高压用电报装，申请材料有几项 puts 第44条's 4个环节 first)
    quote = _quote_of(runtime, f"{who}，{ask_papers}", 45)
    assert "用户主体资格证明" in quote and "有效身份证明" not in quote, quote


@pytest.mark.parametrize("who", ["小门市低压用电", "低压用户办电", "居民低压接电"])
def test_low_voltage_papers_quote_the_low_voltage_sentence(runtime, who: str) -> None:  # type: ignore[no-untyped-def]
    quote = _quote_of(runtime, f"{who}，申请材料要交几样", 45)
    assert "有效身份证明" in quote and "用户主体资格证明" not in quote, quote


# 第70条's sentences, as the index splits them
_MEASURE_70 = ["增加审查、审定登簿后台人员4名，实现一般抵押登记压缩至2个工作日办结，延伸至银行受理窗口的最快1小时办结，最迟1个工作日办结；",
               "一般存量房转移登记2个工作日办结；", "个人全款购买新建商品房（开发商批量件除外）分户登记3个工作日办结。"]


def test_the_sentence_holding_the_plans_words_for_the_callers_is_quoted() -> None:
    from assistant.plain.callers import expand

    new_house, asked = _MEASURE_70[2], "我在资阳买的二手房，过户登记要几天"
    resale = expand(asked)[1]
    assert {"存量房", "转移登记"} <= set(resale)
    words = {"二手房", "过户", "登记", "几天"}  # the question's words, as the index splits them
    assert callers_subject_case(new_house, _MEASURE_70, DURATION, resale, words) == _MEASURE_70[1]
    # a new house said so (nothing the lexicon adds), or no figure asked: the chosen sentence stays
    assert callers_subject_case(new_house, _MEASURE_70, DURATION, (), {"新房", "登记"}) == new_house
    assert callers_subject_case(new_house, _MEASURE_70, None, resale, words) == new_house


def test_the_callers_own_plan_word_keeps_its_sentence() -> None:
    """第3条: 设立登记, said by the caller, against 开办企业, which the lexicon adds for 开个小公司."""
    from assistant.plain.callers import expand

    measure_3 = ["从2021年6月1日起，将企业设立登记（含社保登记和缴存住房公积金开户登记）时间从3个工作日内压减到2个工作日内；",
                 "印章刻制和首次申领发票（根据税法规定，需要实地查验的除外）并联办理在2个工作日内办结，实现开办企业“4小时办结”。"]
    asked = "我想开个小公司，营业执照那个设立登记现在几个工作日能办下来？"
    added = expand(asked)[1]
    assert "开办企业" in added
    said = {"开个", "公司", "营业执照", "设立登记", "现在", "工作日", "下来"}
    assert callers_subject_case(measure_3[0], measure_3, DURATION, added, said) == measure_3[0]


@pytest.mark.parametrize(("bought", "asked"), [
    (b, a) for b in ("我在资阳买的二手房", "买了套二手房", "刚买了个旧房子")
    for a in ("过户登记要几天", "办过户要好久", "过户要几个工作日")])
def test_a_resale_home_bought_quotes_the_resale_days(runtime, bought: str, asked: str) -> None:  # type: ignore[no-untyped-def]
    quote = _quote_of(runtime, f"{bought}，{asked}？", 70)
    assert "存量房转移登记2个工作日" in quote and "新建商品房" not in quote, quote


def test_the_sentence_naming_the_callers_project_is_quoted() -> None:
    """第19条: a park's industrial buildings and warehouses (blind60 c03, read after its held-out score) are its
    园区内工业、仓储及生产配套设施项目 (50个工作日), not the list of project kinds the embedding reads nearer."""
    measure_19 = ["严格控制审批时间。",
                  "按照项目类别区分，将一般政府投资项目审批总用时控制在80个工作日以内，一般社会投资项目控制在70个工作日以内，"
                  "带方案出让土地项目控制在30个工作日以内，小型社会投资项目控制在60个工作日以内，",
                  "园区内工业、仓储及生产配套设施项目控制在50个工作日以内，既有建筑改造工程项目控制在25个工作日以内，"
                  "社会投资小型低风险仓库、厂房等工业类建筑工程项目控制在20个工作日以内。"]
    said = {"高新区", "园区", "工业", "厂房", "配套", "仓库", "规模", "项目", "审批"}
    assert callers_subject_case(measure_19[1], measure_19, DURATION, (), said) == measure_19[2]
    # asked about the project kinds the list names, it stays
    kinds = {"政府投资", "项目", "审批", "总用时"}
    assert callers_subject_case(measure_19[1], measure_19, DURATION, (), kinds) == measure_19[1]


@pytest.mark.parametrize(("where", "what"), [
    (w, b) for w in ("我们在高新区园区里头", "公司在工业园区里") for b in ("修工业厂房和配套仓库", "建生产配套设施和仓库")])
def test_a_park_project_quotes_its_days(runtime, where: str, what: str) -> None:  # type: ignore[no-untyped-def]
    quote = _quote_of(runtime, f"{where}{what}，项目审批全部走完最多要好久？", 19)
    assert "50个工作日" in quote, quote
