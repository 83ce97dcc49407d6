"""Classes learnt in the twenty-seventh session from blind62's misses (read after its held-out score: R@5 0.867,
MRR@10 0.875, OOD 40/40, first 29/30, quoted 28/30). Phrasings are our own, generated from forms × words, answers
from the records:

* a 新房子 is the premises a service is brought to as often as a home bought: read as 新建商品房 only when bought or
  registered, and a demanded figure is looked for in the model's best passage too (新房子要通电，报装几道手续: 第44条);
* a fee or deposit abolished (取消投标保证金, 不再收取履约保证金) answers 交多少; 多大投资 asks an amount;
* callers' words: a power worker for their area (供电师傅: 台区客户经理, 电管家), a breaker tripping (跳闸: 停电), the
  fees' 户头 moved with a home (同步过户), no smartphone (离线码, 无码通道), a bad-credit record taken off (信用修复),
  threatening trouble unless a firm takes their service (涉黑涉恶).
"""

from __future__ import annotations

import itertools

import pytest
from conftest import answered_first, refused_whole

from assistant.plain.callers import expand
from assistant.plain.figures import figure_kind, unstated_figure
from index.search import Hit

_SIGN = "全面取消投标保证金，原则上不再收取履约保证金。"


@pytest.mark.parametrize(("said", "plan"), [
    ("我们那一片三天两头跳闸", "停电"), ("有没有专门负责我们这一片的供电师傅", "台区客户经理"),
    ("供电所的师傅来不来", "电管家"), ("水费、电费的户头还挂在我名下", "同步过户"), ("燃气费的户头要改", "同步过户"),
    ("我老汉没得智能手机", "离线码"), ("我妈用的老人机", "无码通道"), ("公司上了失信名单", "信用修复"),
    ("咋个才能把这个记录撤了", "信用修复"), ("想把失信记录删掉", "信用修复"),
    ("说这片只能他们拉，不然就天天来闹", "涉黑涉恶"), ("不然就来找麻烦", "涉黑涉恶"),
    ("全款买的新房子办分户登记", "新建商品房"), ("买的新房要办房产证", "新建商品房"), ("商品房网签", "新建商品房"),
])
def test_callers_words_read_as_the_plans(said: str, plan: str) -> None:
    assert plan in expand(said)[1], expand(said)


@pytest.mark.parametrize(("said", "plan"), [
    ("新房子要通电，报装要走几道手续", "新建商品房"), ("新房子开通天然气要好多钱", "新建商品房"),
    ("新房子接自来水", "新建商品房"), ("行车记录仪坏了", "信用修复"), ("合伙人闹翻了", "涉黑涉恶"),
])
def test_words_alike_are_not_read_so(said: str, plan: str) -> None:
    assert plan not in expand(said)[1], expand(said)


@pytest.mark.parametrize(("fee", "ask_"), list(itertools.product(
    ["投标保证金", "履约保证金"], ["要交好多", "要交多少", "收多少"])))
def test_a_deposit_abolished_states_the_amount(fee: str, ask_: str) -> None:
    question = f"参加政府采购，{fee}{ask_}？".replace("好多", "多少")
    assert figure_kind(question) is not None and figure_kind(question).search(_SIGN), question  # type: ignore[union-attr]


@pytest.mark.parametrize("question", ["多大投资的项目鼓励用评定分离？", "投资额要多大才行？", "项目投资多大算小型工程？"])
def test_how_large_an_investment_asks_an_amount(question: str) -> None:
    kind = figure_kind(question)
    assert kind is not None and kind.search("总投资3000万以下"), question


@pytest.mark.parametrize("question", ["厂房面积多大？", "风险有多大？"])
def test_other_sizes_ask_no_amount(question: str) -> None:
    kind = figure_kind(question)
    assert kind is None or not kind.search("总投资3000万以下"), question


def _hit(measure: int, text: str) -> Hit:
    return Hit(rank=1, chunk_id=f"m{measure}", measure=measure, label=f"第{measure}条", score=1.0, text=text,
               retrievers=("dense",))


@pytest.mark.parametrize("question", ["履约保证金要交多少？", "投标保证金收多少钱？"])
def test_nothing_charged_is_no_amount_left_unstated(question: str) -> None:
    assert unstated_figure(question, [_hit(244, _SIGN)]) is None
    assert unstated_figure(question, [_hit(15, "严格控制审批时间。")]) is not None


@pytest.mark.parametrize(("said", "first", "figure"), [
    ("屋头新房子要通电，找供电公司报装要走几道手续？", 44, "2个环节"),
    ("新房子要装电，报装一共几个环节？", 44, "2个环节"),
    ("第一次投政府采购的标，投标保证金和履约保证金要交好多？", 244, "取消投标保证金"),
    ("我们那一片老是跳闸，有没有专门管我们这一片的供电师傅？", 54, None),
    ("房子卖了，电费和水费的户头还是我的名字，要一家一家去改吗？", 92, None),
    ("我妈七十多了没得智能手机，出门到处要扫码，咋个办？", 272, None),
])
def test_the_answering_measure_is_first(runtime, said: str, first: int, figure: str | None) -> None:  # type: ignore[no-untyped-def]
    answered_first(runtime, said, first, figure)


@pytest.mark.parametrize("question", ["资阳最低工资标准是好多钱一个月？", "新房子的物业费一个月收好多？"])
def test_a_figure_the_plan_does_not_state_is_still_refused(runtime, question: str) -> None:  # type: ignore[no-untyped-def]
    refused_whole(runtime, question)
