"""Integration: the whole real document parses into complete records; values read off the source by hand."""

from __future__ import annotations

import pytest

from corpus.check import check_corpus
from corpus.models import Corpus

COUNTY = ("各县（区）人民政府", "高新区管委会", "临空经济区管委会")

# number: (level1, level2, units (full list or first few + "..."), leader, (year, month, ongoing), markers)
# Read off the source text by hand; weighted to the rows the conversion mangled.
EXPECTED: dict[int, tuple] = {
    1: (1, 1, ("市市场监管局", "市公安局", "市人力资源社会保障局", "市税务局", "市住房公积金管理中心", *COUNTY), ("张建红",), (None, None, True), ()),
    3: (1, 2, ("市市场监管局", "市公安局", "市税务局", "..."), (), (2021, 6, True), ()),
    6: (1, 3, ("市税务局", *COUNTY), ("常务副市长",), (2021, 6, True), ()),
    8: (1, 4, ("市政务服务大数据管理局", "市市场监管局", "市公安局", "市税务局", "市人力资源社会保障局", "市住房公积金管理中心", *COUNTY), ("刘华彬",), (2021, 6, True), ()),
    12: (1, 4, ("市市场监管局", "市政务服务大数据管理局", "市级部门（单位）", *COUNTY), (), (2021, 12, False), ("▲",)),
    16: (2, 5, ("市政务服务大数据管理局", "市发展改革委", "..."), ("刘华彬",), (2021, 12, False), ("⊙",)),
    21: (2, 7, ("市发展改革委", "市财政局", "市住房城乡建设局", *COUNTY), ("常务副市长",), (2021, 12, False), ()),
    22: (2, 7, ("市财政局", "市发展改革委", "市住房城乡建设局", *COUNTY), ("常务副市长",), (2021, 12, False), ()),
    23: (2, 7, ("市人防办", "市发展改革委", "市财政局", *COUNTY), ("吴勇",), (2021, 6, False), ()),
    24: (2, 7, ("市住房城乡建设局", *COUNTY), (), (2021, 12, False), ("⊙",)),
    35: (2, 10, ("市住房城乡建设局", "市人力资源社会保障局"), (), (2021, 12, False), ("●",)),
    44: (3, 12, ("市经济和信息化局", "国网资阳供电公司"), ("刘延安",), (None, None, False), ("⊙",)),
    45: (3, 13, ("市经济和信息化局", "市自然资源规划局", "市住房城乡建设局", "市交通运输局", "国网资阳供电公司"), ("刘延安",), (2021, 6, False), ("△",)),
    51: (3, 15, ("市经济和信息化局", "国网资阳供电公司"), (), (2021, 12, False), ("⊙",)),
    55: (4, 18, ("市住房城乡建设局", "市自然资源规划局", "市交警支队", *COUNTY, "各供水供气企业"), ("吴勇",), (2021, 10, False), ()),
    61: (4, 20, ("市市场监管局", "市发展改革委", "市住房城乡建设局", *COUNTY, "各供水供气企业"), ("张红军",), (2021, 12, False), ()),
    69: (5, 24, ("市自然资源规划局", "市税务局", "市住房城乡建设局", "各县（区）人民政府"), (), (2021, 8, False), ()),
    70: (5, 24, ("市自然资源规划局", "市税务局", "市住房城乡建设局", "各县（区）人民政府"), (), (2021, 8, False), ()),
    73: (5, 25, ("市税务局", "市自然资源规划局", "市住房城乡建设局"), ("常务副市长",), (2021, 9, False), ()),
    77: (5, 26, ("人行资阳市中心支行", "市金融工作局", "市自然资源规划局", "各县（区）人民政府"), ("常务副市长",), (2021, 8, False), ()),
    78: (5, 26, ("人行资阳市中心支行", "市金融工作局", "市自然资源规划局", "各县（区）人民政府"), ("常务副市长",), (2021, 8, False), ("○",)),
    95: (5, 27, ("人行资阳市中心支行", "市金融工作局", "市自然资源规划局"), ("常务副市长",), (2021, 8, False), ("⊙",)),
    96: (6, 28, ("市税务局",), ("常务副市长",), (2021, 8, True), ("△", "⊙")),
    108: (6, 30, ("市税务局", "市财政局", "市人力资源社会保障局"), ("常务副市长",), (2021, 12, True), ()),
    110: (6, 31, ("市税务局", "人行资阳市中心支行"), (), (2021, 8, True), ("△",)),
    121: (6, 32, ("市税务局",), (), (2021, 8, True), ("◎",)),
    124: (7, 33, ("市商务局", "内江海关"), ("张建红",), (2021, 5, True), ()),
    141: (7, 41, ("市商务局", "市税务局", "市外管局", "内江海关"), ("张建红",), (2021, 7, False), ()),
    143: (7, 41, ("市发展改革委", "市商务局"), ("常务副市长",), (2021, 10, False), ()),
    146: (7, 42, ("市商务局", "高新区管委会"), (), (2022, 12, False), ("⊙", "★")),
    147: (8, 43, ("市中级人民法院",), ("王琪", "马泽波"), (2021, 12, True), ()),
    155: (8, 46, ("市中级人民法院", "市委政法委", "市人民检察院", "..."), ("王琪", "马泽波"), (2021, 12, True), ()),
    164: (9, 47, ("资阳银保监分局",), ("常务副市长",), (2021, 12, False), ()),
    165: (9, 47, ("市农业农村局", "市人力资源社会保障局", "市财政局", "市金融工作局", "人行资阳市中心支行"), ("赵璞",), (2021, 12, False), ()),
    177: (9, 48, ("人行资阳市中心支行", "市金融工作局"), (), (None, None, True), ()),
    178: (9, 50, ("资阳银保监分局", "各地方法人银行机构"), ("常务副市长",), (2021, 6, False), ()),
    186: (10, 51, ("市中级人民法院", "市经济和信息化局", "市司法局", "市市场监管局", "市金融工作局", "资阳银保监分局", "各县（区）人民政府"), ("王琪", "马泽波"), (2021, 12, True), ()),
    187: (10, 51, ("市中级人民法院", "市经济和信息化局", "市司法局", "市市场监管局", "市金融工作局", "资阳银保监分局"), (), (2021, 12, True), ()),
    189: (11, 57, ("市中级人民法院", "市人民检察院", "市发展改革委", "市公安局", "市住房城乡建设局", "市市场监管局", "市税务局", "各县（区）人民政府"), (), (2021, 12, True), ()),
    194: (11, 59, ("市中级人民法院",), ("马泽波",), (2021, 9, True), ()),
    196: (12, 60, ("市人力资源社会保障局", "市公安局", "市市场监管局", "市总工会"), (), (2021, 7, True), ()),
    206: (12, 62, ("市人力资源社会保障局", "市中级人民法院", "市委政法委", "市司法局", "市总工会"), ("常务副市长",), (None, None, True), ()),
    227: (12, 64, ("市人力资源社会保障局",), (), (None, None, True), ("○", "☆")),
    229: (12, 65, ("市人力资源社会保障局",), (), (2021, 9, True), ("●",)),
    238: (13, 68, ("市财政局", "市政务服务大数据管理局", "市级部门（单位）"), (), (2021, 8, False), ()),
    245: (14, 71, ("市发展改革委", *COUNTY, "..."), (), (2021, 6, False), ("●", "☆")),
    249: (14, 71, ("市自然资源规划局", "市住房城乡建设局", "..."), ("常务副市长",), (2021, 5, False), ("⊙",)),
    256: (14, 74, ("市发展改革委", "市自然资源规划局", "..."), ("常务副市长",), (2021, 6, False), ()),
    266: (15, 75, ("市政务服务大数据管理局", "市级有关部门", *COUNTY), (), (2021, 12, True), ()),
    269: (15, 76, ("市政务服务大数据管理局", "市级有关部门", *COUNTY), ("刘华彬",), (2021, 12, True), ("▲", "◎", "○")),
    292: (16, 82, ("市市场监管局", "市科学技术局", *COUNTY), (), (2021, 8, True), ()),
    298: (17, 83, ("市市场监管局", "市政务服务大数据管理局", "市级部门（单位）", "各县（区）人民政府"), (), (None, None, True), ("▲",)),
    304: (17, 84, ("市市场监管局", "市级公平竞争审查工作联席会议成员单位", *COUNTY), ("张建红",), (2021, 7, True), ("△",)),
    307: (17, 85, ("市委网信办", "市级相关部门", *COUNTY), ("舒勇",), (2021, 7, True), ()),
    316: (17, 87, ("市政务服务大数据管理局", "市委网信办", "市新闻出版局", "..."), ("刘华彬",), (2021, 7, True), ()),
    # (八十八) prints no ●, but legend note 5 names it among the 4 系统治理 level-2 indicators (ocr_fixes.toml)
    319: (17, 88, ("市经济和信息化局", "市财政局"), ("刘延安",), (None, None, True), ("●",)),
    326: (18, 90, ("市人力资源社会保障局",), ("常务副市长",), (None, None, False), ()),
    329: (18, 90, ("市人力资源社会保障局",), ("常务副市长",), (None, None, True), ()),
    335: (18, 91, ("市司法局", "市经济合作外事局"), (), (2021, 12, False), ()),
    345: (18, 92, ("市卫生健康委",), ("许志勋",), (2021, 12, False), ("●",)),
    357: (18, 93, ("市住房城乡建设局", *COUNTY), ("吴勇",), (None, None, True), ()),
    366: (18, 94, ("市交通运输局",), ("赵璞",), (None, None, True), ()),
    368: (19, 95, ("市自然资源规划局", *COUNTY), ("吴勇",), (2021, 12, False), ("★",)),
    371: (20, 98, ("市经济和信息化局", "市自然资源规划局", "市生态环境局", "..."), ("刘延安",), (2021, 12, False), ("★",)),
    383: (21, 105, ("市中级人民法院", "市人民检察院", "市公安局", "市司法局"), ("王琪", "马泽波"), (None, None, True), ("★",)),
    384: (21, 105, ("市工商联",), ("刘华彬",), (None, None, True), ("★",)),
}


def test_counts_and_invariants(parsed) -> None:  # type: ignore[no-untyped-def]
    corpus, report = parsed
    result = check_corpus(corpus, report)
    assert result.failures == ()
    assert [m.number for m in corpus.measures] == list(range(1, 385))
    assert len(corpus.level1()) == 21 and len(corpus.level2()) == 105
    assert sorted(s.id for s in corpus.sections if s.kind == "action") == sorted(f"action-{i}" for i in range(1, 11))
    assert len([s for s in corpus.sections if s.kind == "note"]) == 8
    assert report.unknown_units == ()


def test_expected_rows_cover_every_level1() -> None:
    assert {v[0] for v in EXPECTED.values()} == set(range(1, 22))
    assert len(EXPECTED) >= 40


@pytest.mark.parametrize("number", sorted(EXPECTED))
def test_measure_read_by_hand(corpus: Corpus, number: int) -> None:
    level1, level2, units, leader, (year, month, ongoing), markers = EXPECTED[number]
    m = corpus.measure(number)
    assert m is not None
    assert (m.level1.number, m.level2.number) == (level1, level2)
    if units[-1] == "...":
        assert m.units[: len(units) - 1] == units[:-1]
    else:
        assert m.units == units
    assert m.lead_unit == units[0]
    assert m.leader == leader
    assert (m.deadline.year, m.deadline.month, m.deadline.ongoing) == (year, month, ongoing)
    assert set(m.marker_symbols) == set(markers)
    assert not any(ch in m.text for ch in "★☆○◎●▲△⊙①")
    assert not m.text[:4].rstrip("。").isdigit()


def test_texts_rejoined_across_page_breaks(corpus: Corpus) -> None:
    assert corpus.measure(23).text.endswith("老旧居民楼小区改造项目。")  # type: ignore[union-attr]
    assert corpus.measure(141).text.endswith("困难问题。")  # type: ignore[union-attr]
    assert "执行全省统一政策" in corpus.measure(108).text  # type: ignore[union-attr]
    assert corpus.measure(223).text.endswith("直接拨付到企业账户。")  # type: ignore[union-attr]
    assert corpus.measure(366).text.startswith("6月30日前出台")  # type: ignore[union-attr]
    assert "不超过6个工作日。压缩高压用户办电流程" in corpus.measure(45).text  # type: ignore[union-attr]


def test_deadlines_not_printed_say_so(corpus: Corpus) -> None:
    m44, m346 = corpus.measure(44), corpus.measure(346)
    assert m44 and not m44.deadline.printed and m44.deadline.raw is None and m44.deadline.label == "未列明"
    assert m346 and m346.deadline.inferred_from == (345, 347) and "推定" in (m346.deadline.note or "")
    marker = next(k for k in corpus.measure(35).markers if k.symbol == "●")  # type: ignore[union-attr]
    assert marker.source == "level2"


def test_indicators_without_measures(corpus: Corpus) -> None:
    credit = corpus.indicator(2, 49)
    assert credit and credit.name == "征信机构覆盖面" and credit.observation and credit.measures == ()
    price = corpus.indicator(2, 16)
    assert price and price.measures == () and price.note == "全省实行统一标准，各市州无差别。"
    assert corpus.indicator(2, 52).measures == (185, 186, 187)  # type: ignore[union-attr]


def test_level1_leaders_and_names(corpus: Corpus) -> None:
    by_number = {i.number: i for i in corpus.level1()}
    assert by_number[3].lead_leader == "刘延安"
    assert by_number[6].lead_leader == "常务副市长" and by_number[6].name == "纳税"
    assert by_number[12].name == "劳动力市场监管"
    assert by_number[21].name == "民营经济" and by_number[21].markers == ("★",)


def test_header(corpus: Corpus) -> None:
    assert corpus.doc_number == "资府办发〔2021〕17号"
    assert corpus.issued == "2021-05-25"
    assert corpus.legend_counts == {"★": 14, "☆": 12, "○": 8, "◎": 4, "●": 18, "▲": 10, "△": 15, "⊙": 23}
