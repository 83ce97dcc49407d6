"""Responsible units: splitting printed lists, re-joining wrapped names, canonical names and aliases."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from corpus.errors import DataFileError
from corpus.table import _load_toml

_SEPARATORS = "、，,；;"


@dataclass(frozen=True)
class Unit:
    name: str
    printed: tuple[str, ...]
    short: tuple[str, ...]
    kind: str
    why: str = ""
    bare: tuple[str, ...] = ()  # generic stems read as this unit only right before a role word ("公安参与的")


@dataclass(frozen=True)
class UnitCatalog:
    units: tuple[Unit, ...]
    by_key: dict[str, str]  # normalised canonical or printed spelling -> canonical name

    def canonical(self, name: str) -> str | None:
        return self.by_key.get(unit_key(name))

    def get(self, name: str) -> Unit | None:
        return next((u for u in self.units if u.name == name), None)

    def mentions(self) -> list[tuple[str, str]]:
        """(surface form, canonical) for every name, printed variant and short name, longest first."""
        pairs = {(u.name, u.name) for u in self.units}
        pairs |= {(p, u.name) for u in self.units for p in u.printed}
        pairs |= {(s, u.name) for u in self.units for s in u.short}
        return sorted(pairs, key=lambda p: (-len(p[0]), p[0]))


def unit_key(name: str) -> str:
    """Spelling-insensitive key: no spaces, brackets full-width."""
    return re.sub(r"\s+", "", name).replace("(", "（").replace(")", "）")


@lru_cache(maxsize=1)
def load_catalog() -> UnitCatalog:
    units = []
    by_key: dict[str, str] = {}
    for entry in _load_toml("units.toml").get("unit", []):
        try:
            unit = Unit(
                name=entry["name"],
                printed=tuple(entry.get("printed", ())),
                short=tuple(entry.get("short", ())),
                bare=tuple(entry.get("bare", ())),
                kind=entry["kind"],
                why=entry.get("why", ""),
            )
        except KeyError as err:
            raise DataFileError(f"units.toml 条目缺少字段 {err}：{entry} / unit entry lacks {err}") from err
        units.append(unit)
        for spelling in (unit.name, *unit.printed):
            key = unit_key(spelling)
            if by_key.get(key, unit.name) != unit.name:
                raise DataFileError(f"units.toml 中 {spelling} 对应两个单位 / maps to two units")
            by_key[key] = unit.name
    return UnitCatalog(tuple(units), by_key)


def split_unit_list(raw: str) -> list[str]:
    """'市人防办等相关部门、各县(区)人民政府' -> ['市人防办', '相关部门', '各县（区）人民政府'].

    Separators inside quotes (“双随机、一公开”) do not split; '等' before a group word and '及'
    before 各/其他/相关 do.
    """
    text = unit_key(raw)
    pieces, current, quoted = [], "", False
    for ch in text:
        if ch in "“”":
            quoted = ch == "“"
        if ch in _SEPARATORS and not quoted:
            pieces.append(current)
            current = ""
        else:
            current += ch
    pieces.append(current)
    out = []
    for piece in pieces:
        out.extend(re.split(r"等(?=市级|相关|具有)|及(?=各|其他|相关)", piece))
    return [p for p in out if p]


def join_wrapped(parts: list[str], catalog: UnitCatalog) -> list[str]:
    """Re-join a unit list printed over several rows ("…市住房城乡建设" + "局、各县（区）人民政府").

    A fragment is glued to the last name of the list so far; when that name was already complete and
    the fragment only repeats its tail (measure 8: "…临空经济区管委会" + "会"), the repeat is dropped.
    """
    if not parts:
        return []
    text = unit_key(parts[0])
    for fragment in parts[1:]:
        fragment = unit_key(fragment)
        if not fragment:
            continue
        if text.endswith(tuple(_SEPARATORS)) or not text:
            text += fragment
            continue
        last = split_unit_list(text)[-1]
        head = split_unit_list(fragment)[0]
        if catalog.canonical(last) and not catalog.canonical(last + head) and last.endswith(head):
            rest = fragment[len(head) :].lstrip(_SEPARATORS)
            text += ("、" + rest) if rest else ""
        else:
            text += fragment
    return split_unit_list(text)


def canonical_units(names: list[str], catalog: UnitCatalog) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(canonical names in printed order without repeats, names not in the catalog)."""
    out: list[str] = []
    unknown: list[str] = []
    for name in names:
        canonical = catalog.canonical(name)
        if canonical is None:
            unknown.append(name)
            canonical = unit_key(name)
        if canonical not in out:
            out.append(canonical)
    return tuple(out), tuple(unknown)
