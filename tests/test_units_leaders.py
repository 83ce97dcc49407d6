from __future__ import annotations

import pytest

from corpus.leaders import resolve_leaders
from corpus.units import canonical_units, join_wrapped, load_catalog, split_unit_list


@pytest.mark.parametrize(
    ("printed", "canonical"),
    [
        ("人行资阳市中心支行", "人行资阳市中心支行"),
        ("人民银行资阳中心支行", "人行资阳市中心支行"),
        ("人行资阳中心支行", "人行资阳市中心支行"),
        ("市自然资源规划局", "市自然资源规划局"),
        ("市自然资源局", "市自然资源规划局"),
        ("市自然资源和规划局", "市自然资源规划局"),
        ("市人力资源和社会保障局", "市人力资源社会保障局"),
        ("市住房和城乡建设局", "市住房城乡建设局"),
        ("市场监管局", "市市场监管局"),
        ("各县(区)人民政府", "各县（区）人民政府"),
        ("高新区管委", "高新区管委会"),
    ],
)
def test_printed_variants_map_to_one_canonical_unit(printed: str, canonical: str) -> None:
    assert load_catalog().canonical(printed) == canonical


def test_unknown_unit_is_reported_not_invented() -> None:
    units, unknown = canonical_units(["市税务局", "市火星局"], load_catalog())
    assert units == ("市税务局", "市火星局") and unknown == ("市火星局",)


def test_split_keeps_quoted_separators_and_splits_groups() -> None:
    raw = "市市场监管局、市市场监管领域部门联合“双随机、一公开”监管联席会议成员单位、市人防办等相关部门、市财政局等市级各部门(单位)及各县(区)人民政府"
    assert split_unit_list(raw) == [
        "市市场监管局",
        "市市场监管领域部门联合“双随机、一公开”监管联席会议成员单位",
        "市人防办",
        "相关部门",
        "市财政局",
        "市级各部门（单位）",
        "各县（区）人民政府",
    ]


def test_join_wrapped_glues_mid_name_and_after_separator() -> None:
    cat = load_catalog()
    assert join_wrapped(["人行资阳市中心支行、市", "金融工作局"], cat) == ["人行资阳市中心支行", "市金融工作局"]
    assert join_wrapped(["市税务局、", "市财政局"], cat) == ["市税务局", "市财政局"]


@pytest.mark.parametrize(
    ("fragments", "names"),
    [
        (["常务"], ("常务副市长",)),
        (["副市 长"], ("常务副市长",)),
        (["常务副市长", "长"], ("常务副市长",)),
        (["刘华 彬"], ("刘华彬",)),
        (["张 建 红"], ("张建红",)),
        (["王琪 马泽", "波"], ("王琪", "马泽波")),
        ([], ()),
    ],
)
def test_leader_fragments_resolve(fragments: list[str], names: tuple[str, ...]) -> None:
    assert resolve_leaders(fragments) == names
