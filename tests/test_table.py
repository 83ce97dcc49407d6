"""Cell classification and row assembly on small real snippets of the source, one per trap."""

from __future__ import annotations

from conftest import source_rows

from corpus.assemble import assemble
from corpus.table import Kind, classify, is_deadline, parse_deadline_parts, parse_level1
from corpus.units import join_wrapped, load_catalog


def kinds(line_cells: list[str]) -> list[Kind]:
    return [classify(c, i).kind for i, c in enumerate(line_cells) if c.strip()]


def test_html_row_cells_are_classified_like_tab_rows() -> None:
    # line 86 is printed as <p> fragments
    cells = ["<p>二、办理建筑许可（牵头领导：吴勇）</p>", "<p>（六）办理建筑许可耗时</p>", "<p>17.统筹协调相关部门</p>",
             "<p>市政务服务大数据管理局</p>", "<p>刘华 彬</p>", "<p>2021年12月</p>"]
    assert kinds(cells) == [Kind.LEVEL1, Kind.LEVEL2, Kind.MEASURE, Kind.FREE, Kind.LEADER, Kind.DEADLINE]


def test_deadline_printed_in_the_leader_column_is_still_a_deadline() -> None:
    rows = source_rows(65, 65)  # measure 3: the deadline sits where the leader belongs
    d = assemble(rows)
    assert d.measures[0].leader_raw == []
    assert d.measures[0].deadline_raw == ["2021年6月并持续推进"]


def test_ocr_circled_one_becomes_the_legend_marker() -> None:
    cell = classify("24.积极探索取消社会投资小型低风险项目施工图审查环节。 ①", 2)
    assert cell.kind is Kind.MEASURE and cell.text.endswith("⊙")


def test_wrapped_leader_fragments_are_leader_cells() -> None:
    assert kinds(["常务"]) == [Kind.LEADER]
    assert kinds(["副市 长"]) == [Kind.LEADER]
    assert kinds(["王琪 马泽波"]) == [Kind.LEADER]
    assert kinds(["市税务局"]) == [Kind.FREE]


def test_level1_cells_with_and_without_leader() -> None:
    assert parse_level1("十六、知识产 权创造、保护 和运用(牵头 领导: 张建红)") == (16, "知识产权创造、保护和运用", "张建红")
    assert parse_level1("十二、劳动力") == (12, "劳动力", None)
    assert parse_level1("二十一、民营经济★ (牵头领导: 刘延安)") == (21, "民营经济★", "刘延安")


def test_deadline_forms() -> None:
    assert parse_deadline_parts("2021年6月并 持续推进") == (2021, 6, True, None)
    assert parse_deadline_parts("持续推进") == (None, None, True, None)
    assert parse_deadline_parts("2021年12月底前") == (2021, 12, False, None)
    assert parse_deadline_parts("2021年7月 并 动态调整") == (2021, 7, True, None)
    year, month, ongoing, note = parse_deadline_parts("持续推进(套餐式注销按照省市场监管局的安排部署推进)")
    assert (year, month, ongoing) == (None, None, True) and note and note.startswith("套餐式注销")
    assert not is_deadline("市税务局")


def test_measure_split_over_a_page_break_is_rejoined_and_lone_hui_dropped() -> None:
    d = assemble(source_rows(70, 74))  # measure 7, 8 (text continues on line 73 with a lone "会"), 9
    eight = next(m for m in d.measures if m.number == 8)
    assert "“营商通”平台办理企业开办事项" in eight.text and eight.text.endswith("落地落实。")
    units = join_wrapped(eight.units_parts, load_catalog())
    assert units[-1] == "临空经济区管委会"


def test_unit_name_wrapped_mid_word_is_glued() -> None:
    d = assemble(source_rows(161, 164))  # measure 69: "市住房城乡建设" + "局、各县（区）人民政府"
    sixty_nine = next(m for m in d.measures if m.number == 69)
    assert join_wrapped(sixty_nine.units_parts, load_catalog())[-2:] == ["市住房城乡建设局", "各县（区）人民政府"]
    assert sixty_nine.text.endswith("注销登记即时办结。")


def test_level2_tail_wrapped_on_the_next_line() -> None:
    d = assemble(source_rows(210, 216))  # "(三十)总税" / "收和缴费率"
    assert max(d.level2[30].names, key=len) == "总税收和缴费率"


def test_indicator_without_measures_keeps_its_note() -> None:
    d = assemble(source_rows(135, 137))
    assert d.level2[16].no_measures and d.level2[16].note == "全省实行统一标准，各市州无差别。"


def test_merged_level2_cell_with_several_indicators() -> None:
    d = assemble(source_rows(313, 316))
    assert d.level2[51].group == (51, 52, 53, 54, 55, 56)
    assert max(d.level2[51].names, key=len) == "信息披露透明度"  # "…透明" + "度" from the next page
    assert all(m.level2_group == (51, 52, 53, 54, 55, 56) for m in d.measures)
