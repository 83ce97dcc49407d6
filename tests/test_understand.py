"""Table-driven: ≥80 phrasings -> the Query fields understand() must produce."""

from __future__ import annotations

import pytest

from assistant.understanding import understand
from corpus.models import Corpus

TAX, HR, HOUSING = "市税务局", "市人力资源社会保障局", "市住房城乡建设局"

# question -> expected fields (only the fields named are checked)
CASES: list[tuple[str, dict]] = [
    # units and roles
    ("哪些举措由市税务局牵头且6月到期", {"units": [(TAX, "lead")], "month": 6, "intent": "list"}),
    ("税务局牵头的举措", {"units": [(TAX, "lead")]}),
    ("牵头单位是税务局的举措有哪些", {"units": [(TAX, "lead")]}),
    ("税务局主责的举措", {"units": [(TAX, "lead")]}),
    ("人社局参与了多少条举措", {"units": [(HR, "any")], "intent": "count"}),
    ("人社局负责哪些举措", {"units": [(HR, "any")], "intent": "list"}),
    ("涉及住建局的举措", {"units": [(HOUSING, "any")]}),
    ("住建局配合的举措有哪些", {"units": [(HOUSING, "any")]}),
    ("发改委有关的举措", {"units": [("市发展改革委", "any")]}),
    ("经信局参与的举措", {"units": [("市经济和信息化局", "any")]}),
    ("自规局牵头的举措", {"units": [("市自然资源规划局", "lead")]}),
    ("市自然资源局牵头的举措", {"units": [("市自然资源规划局", "lead")]}),
    ("大数据局牵头哪些举措", {"units": [("市政务服务大数据管理局", "lead")]}),
    ("人行参与的举措", {"units": [("人行资阳市中心支行", "any")]}),
    ("人民银行资阳中心支行参与的举措", {"units": [("人行资阳市中心支行", "any")]}),
    ("银保监参与的举措有哪些", {"units": [("资阳银保监分局", "any")]}),
    ("法院牵头的举措", {"units": [("市中级人民法院", "lead")]}),
    ("中院参与多少条", {"units": [("市中级人民法院", "any")], "intent": "count"}),
    ("公积金中心参与的举措", {"units": [("市住房公积金管理中心", "any")]}),
    ("海关参与的举措有哪些", {"units": [("内江海关", "any")]}),
    ("供电公司参与的举措", {"units": [("国网资阳供电公司", "any")]}),
    ("国网牵头的举措", {"units": [("国网资阳供电公司", "lead")]}),
    ("各县区参与的举措有多少", {"units": [("各县（区）人民政府", "any")], "intent": "count"}),
    ("市场监管局牵头的举措", {"units": [("市市场监管局", "lead")]}),
    ("人社局和税务局都参与的举措", {"units": [(HR, "any"), (TAX, "any")], "logic": "and"}),
    ("人社局或税务局参与的举措", {"units": [(HR, "any"), (TAX, "any")], "logic": "or"}),
    ("税务局和财政局牵头的举措", {"units": [(TAX, "lead"), ("市财政局", "lead")], "logic": "or"}),
    ("人社局且住建局参与的举措有几条", {"units": [(HR, "any"), (HOUSING, "any")], "logic": "and", "intent": "count"}),
    # leaders
    ("张建红牵头的举措有哪些", {"leaders": ("张建红",), "intent": "list"}),
    ("吴勇负责的举措", {"leaders": ("吴勇",)}),
    ("常务副市长牵头多少条举措", {"leaders": ("常务副市长",), "intent": "count"}),
    ("刘华彬负责的举措有哪些", {"leaders": ("刘华彬",)}),
    # deadlines
    ("6月到期的举措", {"month": 6}),
    ("六月到期的举措", {"month": 6}),
    ("６月到期的举措", {"month": 6}),
    ("2021年6月完成的举措", {"month": 6, "year": 2021}),
    ("6月份到期的举措", {"month": 6}),
    ("截止时间是8月的举措", {"month": 8}),
    ("十二月完成的有哪些", {"month": 12}),
    ("十一月到期的举措", {"month": 11}),
    ("6月底前要完成的举措", {"deadline_kind": "by", "last_month": 6}),
    ("6月前完成的举措", {"deadline_kind": "by", "last_month": 6}),
    ("6月以前完成的举措", {"deadline_kind": "by", "last_month": 6}),
    ("上半年要完成哪些", {"deadline_kind": "range", "first_month": 1, "last_month": 6}),
    ("下半年到期的举措", {"deadline_kind": "range", "first_month": 7, "last_month": 12}),
    ("第三季度到期的举措", {"deadline_kind": "range", "first_month": 7, "last_month": 9}),
    ("第1季度完成的", {"deadline_kind": "range", "first_month": 1, "last_month": 3}),
    ("年底前要完成的举措", {"deadline_kind": "by", "last_month": 12}),
    ("今年年底要完成的举措", {"deadline_kind": "by", "last_month": 12}),
    ("12月底前完成的举措", {"deadline_kind": "by", "last_month": 12}),
    ("2022年到期的举措", {"deadline_kind": "year", "year": 2022}),
    ("持续推进的举措有多少条", {"deadline_kind": "ongoing", "intent": "count"}),
    ("长期推进的举措", {"deadline_kind": "ongoing"}),
    ("完成时限是2021年10月的举措", {"month": 10, "year": 2021}),
    # indicators
    ("获得信贷有哪些举措", {"indicators": ((1, 9),), "intent": "list"}),
    ("信贷有哪些举措", {"indicators": ((1, 9),)}),
    ("融资便利度相关举措有哪些", {"indicators": ((2, 50),)}),
    ("企业融资便利度有哪些举措", {"indicators": ((2, 50),)}),
    ("征信机构覆盖面有哪些举措", {"indicators": ((2, 49),)}),
    ("开办企业有几条举措", {"indicators": ((1, 1),), "intent": "count"}),
    ("政府采购的举措有哪些", {"indicators": ((1, 13),)}),
    ("办理建筑许可有哪些举措", {"indicators": ((1, 2),)}),
    ("纳税时间方面有哪些举措", {"indicators": ((2, 29),)}),
    ("获得用水用气有哪些举措", {"indicators": ((1, 4),)}),
    ("知识产权有多少条举措", {"indicators": ((1, 16),), "intent": "count"}),
    ("获得信贷", {"indicators": ((1, 9),), "intent": "list"}),
    # markers
    ("★标记的举措有哪些", {"markers": ("★",)}),
    ("有哪些创新举措", {"markers": ("☆",)}),
    ("创新突破类的举措有哪些", {"markers": ("☆",)}),
    ("川渝相关的举措有哪些", {"markers": ("◎",)}),
    ("成渝双城相关举措有多少", {"markers": ("◎",), "intent": "count"}),
    ("成都都市圈同城化举措", {"markers": ("○",)}),
    ("系统治理类举措有哪些", {"markers": ("●",)}),
    ("法治政府方面的举措有哪些", {"markers": ("▲",)}),
    ("对外开放相关举措", {"markers": ("△",)}),
    ("根据座谈意见优化调整的举措有哪些", {"markers": ("⊙",)}),
    ("主动增加的举措有哪些", {"markers": ("★",)}),
    # numbers
    ("第96条", {"numbers": (96,), "intent": "lookup"}),
    ("第87条谁负责", {"numbers": (87,), "intent": "lookup"}),
    ("举措96是什么", {"numbers": (96,)}),
    ("96号举措", {"numbers": (96,)}),
    ("第九十六条", {"numbers": (96,)}),
    ("第三条", {"numbers": (3,)}),
    ("第90到95条", {"numbers": (90, 91, 92, 93, 94, 95)}),
    ("第90-92条", {"numbers": (90, 91, 92)}),
    ("第１００条", {"numbers": (100,)}),
    # intents: body and topical
    ("总体目标是什么", {"intent": "body"}),
    ("行动三讲了什么", {"intent": "fact"}),  # the action's whole text (facts.py)
    ("哪些指标要进入全省前10位", {"intent": "body"}),
    ("低压用户办电要跑几个环节？", {"intent": "topical", "units": []}),
    ("中介服务超市是干什么的", {"intent": "topical"}),
    ("移动微法院是什么", {"intent": "topical", "units": []}),
    ("其中哪些和纳税人有关", {"indicators": ()}),
    # normalisation: traditional characters, full-width, whitespace
    ("稅務局牽頭的舉措有哪些", {"units": [(TAX, "lead")]}),
    ("人社局　參與　多少條", {"units": [(HR, "any")], "intent": "count"}),
    ("ＡＰＰ推广有哪些举措", {"intent": "topical"}),  # no condition: a plain question, answered by retrieval
    # combinations
    ("人社局牵头且年底前完成的创新举措", {"units": [(HR, "lead")], "deadline_kind": "by", "markers": ("☆",)}),
    ("张建红牵头、6月到期的举措", {"leaders": ("张建红",), "month": 6}),
    ("获得信贷中人行参与的举措有几条", {"indicators": ((1, 9),), "units": [("人行资阳市中心支行", "any")], "intent": "count"}),
    ("年底前要完成的关于不动产登记的举措", {"deadline_kind": "by", "topic_has": "不动产"}),
]


def test_enough_phrasings() -> None:
    assert len(CASES) >= 80


@pytest.mark.parametrize(("question", "expected"), CASES, ids=[c[0] for c in CASES])
def test_understand(corpus: Corpus, question: str, expected: dict) -> None:
    q = understand(question, corpus)
    for key, value in expected.items():
        if key == "units":
            assert [(c.unit, c.role) for c in q.units] == value
        elif key == "logic":
            assert q.unit_logic == value
        elif key == "month":
            assert q.deadline is not None and q.deadline.kind == "month" and q.deadline.first_month == value
        elif key == "year":
            assert q.deadline is not None and q.deadline.year == value
        elif key == "deadline_kind":
            assert q.deadline is not None and q.deadline.kind == value
        elif key in ("first_month", "last_month"):
            assert q.deadline is not None and getattr(q.deadline, key) == value
        elif key == "topic_has":
            assert value in q.topic
        else:
            assert getattr(q, key) == value, (key, getattr(q, key))
