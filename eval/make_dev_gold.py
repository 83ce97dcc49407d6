"""Writes eval/gold/dev.jsonl: the dev questions, with set answers derived from the records.

Set answers (filter, count, lookup, indicator, marker) are computed here from the parsed records, by
predicates written independently of the assistant's filters, then read by hand. Topical questions list
their relevant measures best first, chosen by reading the measures; body questions check quoted facts.
Run: python -m eval.make_dev_gold
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from corpus.models import Measure
from corpus.parse import load_corpus

OUT = Path(__file__).parent / "gold" / "dev.jsonl"
TAX, HR, HOUSING, LAND, BIGDATA = "市税务局", "市人力资源社会保障局", "市住房城乡建设局", "市自然资源规划局", "市政务服务大数据管理局"
PBOC, CBIRC, COURT, MARKET, FIN = "人行资阳市中心支行", "资阳银保监分局", "市中级人民法院", "市市场监管局", "市财政局"
COUNTY = "各县（区）人民政府"

Pred = Callable[[Measure], bool]


def by_month(month: int) -> Pred:
    return lambda m: m.deadline.month == month


def by_end_of(month: int) -> Pred:
    return lambda m: m.deadline.year is not None and (m.deadline.year, m.deadline.month or 12) <= (2021, month)


def lead(unit: str) -> Pred:
    return lambda m: m.lead_unit == unit


def takes_part(unit: str) -> Pred:
    return lambda m: unit in m.units


def both(a: Pred, b: Pred) -> Pred:
    return lambda m: a(m) and b(m)


def level1(n: int) -> Pred:
    return lambda m: m.level1.number == n


def level2(n: int) -> Pred:
    return lambda m: n in m.level2_group


def marker(symbol: str) -> Pred:
    return lambda m: symbol in m.marker_symbols


def leader(name: str) -> Pred:
    return lambda m: m.level1_leader == name or name in m.leader


FILTER: list[tuple[str, Pred]] = [
    ("哪些举措由市税务局牵头且6月到期", both(lead(TAX), by_month(6))),
    ("税务局牵头、8月份要完成的举措有哪些", both(lead(TAX), by_month(8))),
    ("人社局牵头的举措有哪些", lead(HR)),
    ("住建局牵头的举措", lead(HOUSING)),
    ("自规局牵头的举措都有哪些", lead(LAND)),
    ("大数据局牵头的举措清单", lead(BIGDATA)),
    ("市场监管局牵头的举措有哪些", lead(MARKET)),
    ("法院牵头的举措", lead(COURT)),
    ("人行牵头的举措有哪些", lead(PBOC)),
    ("银保监牵头的举措", lead(CBIRC)),
    ("财政局牵头的举措有哪些", lead(FIN)),
    ("发改委牵头的举措", lead("市发展改革委")),
    ("经信局牵头的举措有哪些", lead("市经济和信息化局")),
    ("商务局牵头的举措", lead("市商务局")),
    ("海关参与的举措有哪些", takes_part("内江海关")),
    ("供电公司参与的举措", takes_part("国网资阳供电公司")),
    ("公积金中心参与的举措有哪些", takes_part("市住房公积金管理中心")),
    ("人社局和税务局都参与的举措", both(takes_part(HR), takes_part(TAX))),
    ("人社局或税务局牵头的举措", lambda m: m.lead_unit in (HR, TAX)),
    ("人行参与、10月到期的举措", both(takes_part(PBOC), by_month(10))),
    ("张建红牵头的举措有哪些", leader("张建红")),
    ("吴勇负责的举措", leader("吴勇")),
    ("刘华彬负责哪些举措", leader("刘华彬")),
    ("5月到期的举措有哪些", by_month(5)),
    ("7月份到期的举措", by_month(7)),
    ("9月到期的举措都有哪些", by_month(9)),
    ("11月到期的举措", by_month(11)),
    ("6月底前要完成的举措", by_end_of(6)),
    ("上半年要完成哪些举措", lambda m: m.deadline.year == 2021 and (m.deadline.month or 12) <= 6),
    ("第三季度到期的举措", lambda m: m.deadline.year == 2021 and 7 <= (m.deadline.month or 12) <= 9),
    ("2022年到期的举措", lambda m: m.deadline.year == 2022),
    ("税务局牵头且年底前完成的举措", both(lead(TAX), by_end_of(12))),
    ("住建局参与、6月前完成的举措", both(takes_part(HOUSING), by_end_of(6))),
    ("市场监管局参与且7月到期的举措", both(takes_part(MARKET), by_month(7))),
    ("常务副市长牵头、12月到期的举措", both(leader("常务副市长"), by_month(12))),
]

COUNT: list[tuple[str, Pred]] = [
    ("人社局参与了多少条举措", takes_part(HR)),
    ("税务局牵头多少条举措", lead(TAX)),
    ("各县区参与的举措有多少条", takes_part(COUNTY)),
    ("高新区管委会参与了几条举措", takes_part("高新区管委会")),
    ("住建局参与的举措有几条", takes_part(HOUSING)),
    ("6月到期的举措有多少条", by_month(6)),
    ("12月到期的举措有几条", by_month(12)),
    ("持续推进的举措有多少条", lambda m: "持续推进" in (m.deadline.raw or "")),
    ("开办企业有几条举措", level1(1)),
    ("纳税方面一共有多少条举措", level1(6)),
    ("获得信贷中人行参与的举措有几条", both(level1(9), takes_part(PBOC))),
    ("★标记的举措有多少条", marker("★")),
    ("创新举措有多少条", marker("☆")),
    ("法院参与多少条举措", takes_part(COURT)),
    ("张建红牵头的举措共有多少条", leader("张建红")),
]

INDICATOR: list[tuple[str, Pred]] = [
    ("获得信贷有哪些举措", level1(9)),
    ("获得电力有哪些举措", level1(3)),
    ("获得用水用气有哪些举措", level1(4)),
    ("登记财产方面的举措有哪些", level1(5)),
    ("跨境贸易有哪些举措", level1(7)),
    ("办理破产有哪些举措", level1(8)),
    ("保护中小投资者的举措", level1(10)),
    ("执行合同方面有哪些举措", level1(11)),
    ("政府采购的举措有哪些", level1(13)),
    ("招标投标有哪些举措", level1(14)),
    ("获得用地有哪些举措", level1(19)),
    ("民营经济有哪些举措", level1(21)),
    ("融资便利度相关举措有哪些", level2(50)),
    ("纳税时间方面有哪些举措", level2(29)),
    ("董事责任程度有哪些举措", level2(52)),
    ("征信机构覆盖面有哪些举措", lambda m: False),
    ("外地企业中标率有哪些举措", lambda m: False),
    ("政务服务满意度有哪些举措", level2(77)),
]

MARKER: list[tuple[str, Pred]] = [
    ("川渝相关的举措有哪些", marker("◎")),
    ("有哪些创新举措", marker("☆")),
    ("系统治理类举措有哪些", marker("●")),
    ("法治政府方面的举措有哪些", marker("▲")),
    ("对外开放相关的举措有哪些", marker("△")),
    ("根据座谈意见优化调整的举措有哪些", marker("⊙")),
    ("成都都市圈同城化相关举措有哪些", marker("○")),
    ("主动增加的举措有哪些", marker("★")),
    ("标○的举措有哪些", marker("○")),
    ("▲标记的举措", marker("▲")),
]

LOOKUP: list[tuple[str, list[int]]] = [
    ("第87条谁负责", [87]),
    ("第96条是什么内容", [96]),
    ("举措45讲的是什么", [45]),
    ("第九十六条的完成时限", [96]),
    ("第384条", [384]),
    ("第1条由哪个单位牵头", [1]),
    ("第90到92条", [90, 91, 92]),
    ("186号举措的责任单位", [186]),
    ("第200条", [200]),
    ("第500条是什么", []),
]

TOPICAL: list[tuple[str, list[int]]] = [
    ("工地扬尘怎么监测", [26]),
    ("低压用户办电要跑几个环节？", [44, 45]),
    ("中介服务超市是干什么的", [20]),
    ("新开公司刻章要交钱吗", [4]),
    ("开办一个企业要多长时间能办完", [3]),
    ("投资额不大的小工程还用办施工许可证吗", [15]),
    ("平均停电时间要降到多少", [51]),
    ("买第一套房子契税怎么算", [73]),
    ("出口退税多久能到账", [115]),
    ("公积金缴存比例企业能自己定吗", [105]),
    ("破产案件多长时间审结", [147]),
    ("政府采购还收投标保证金吗", [244]),
    ("特殊工时制审批要几天", [202, 201]),
    ("社会资本怎么参与办养老院", [346]),
    ("秸秆焚烧怎么管", [355]),
    ("电子营业执照怎么推广使用", [11]),
    ("企业去银行开户能不能网上预约", [9]),
    ("幼儿园学位不够怎么办", [349]),
    ("企业通信宽带多久能装好", [371, 373]),
    ("公司注销麻烦吗，有没有简易办法", [10]),
    ("二手房过户登记要几天", [70, 89]),
    ("税控设备坏了换新要收费吗", [6]),
    ("纳税咨询热线是多少", [98]),
    ("拿专利商标能贷款吗", [180, 294, 293]),
    ("政府部门拖欠民营企业的钱怎么办", [309, 261]),
    ("失业保险稳岗返还怎么申请", [223]),
    ("卖房子时水电气能和房产一起过户吗", [92, 52]),
    ("留抵退税多快能退", [114, 113, 111]),
    ("危险废物怎么处置", [354]),
    ("评标专家不公正怎么管", [252]),
    ("创业贷款有没有担保支持", [226, 165]),
    ("网络安全检查什么时候搞", [325]),
    ("用水报装收费有没有标准", [60, 58]),
    ("企业不动产抵押登记多快办完", [183, 70, 89]),
]

BODY: list[tuple[str, list[str]]] = [
    ("哪些指标要进入全省前10位", ["前10位"]),
    ("总体目标是什么", ["第一梯队"]),
    ("天府通办APP普及率要达到多少", ["70%"]),
    ("行动三是怎么压减纳税时间的", ["100个小时"]),
    ("年度纳税次数要压减到几次", ["5.5次"]),
    ("一件事一次办要推出多少项", ["200项"]),
    ("再贷款余额目标是多少", ["17亿元"]),
    ("R&D占GDP比重要达到多少", ["0.4%"]),
]


def build() -> list[dict[str, object]]:
    corpus = load_corpus()
    rows: list[dict[str, object]] = []

    def add(kind: str, question: str, relevant: list[int], count: int | None, contains: list[str] | None = None) -> None:
        row: dict[str, object] = {"id": f"dev-{len(rows) + 1:03d}", "type": kind, "question": question, "relevant": relevant,
               "expected_count": count}
        if contains:
            row["answer_contains"] = contains
        rows.append(row)

    for kind, items in (("filter", FILTER), ("count", COUNT), ("indicator", INDICATOR), ("marker", MARKER)):
        for question, predicate in items:
            numbers = [m.number for m in corpus.measures if predicate(m)]
            add(kind, question, numbers, len(numbers))
    for question, numbers in LOOKUP:
        add("lookup", question, numbers, len(numbers))
    for question, numbers in TOPICAL:
        add("topical", question, numbers, None)
    for question, contains in BODY:
        add("body", question, [], None, contains)
    return rows


def main() -> None:
    rows = build()
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    print(f"wrote {len(rows)} questions to {OUT}")


if __name__ == "__main__":
    main()
