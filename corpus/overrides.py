"""Reviewed per-measure fixes from ``data/overrides.toml``, applied to the parser's drafts."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from corpus.assemble import DraftMeasure
from corpus.errors import DataFileError
from corpus.table import _load_toml

FIELDS = ("units", "leader", "deadline", "text")


@dataclass(frozen=True)
class Override:
    measure: int
    field: str
    value: str
    reason: str


@lru_cache(maxsize=1)
def load_overrides() -> tuple[Override, ...]:
    out = []
    for entry in _load_toml("overrides.toml").get("override", []):
        try:
            override = Override(int(entry["measure"]), entry["field"], entry["value"], entry["reason"].strip())
        except (KeyError, ValueError) as err:
            raise DataFileError(f"overrides.toml 条目有误 {entry}: {err} / malformed override") from err
        if override.field not in FIELDS:
            raise DataFileError(f"overrides.toml: 未知字段 {override.field} / unknown field (use {FIELDS})")
        out.append(override)
    return tuple(out)


def apply_overrides(drafts: list[DraftMeasure], overrides: tuple[Override, ...]) -> list[str]:
    """Apply in place; returns problems (an override naming a measure that does not exist)."""
    by_number = {d.number: d for d in drafts}
    problems = []
    for override in overrides:
        draft = by_number.get(override.measure)
        if draft is None:
            problems.append(f"覆盖项指向不存在的第{override.measure}条 / override for missing measure")
            continue
        if override.field == "units":
            draft.units_parts = [override.value]
        elif override.field == "leader":
            draft.leader_raw = [override.value] if override.value else []
        elif override.field == "deadline":
            draft.deadline_raw = [override.value] if override.value else []
        else:
            draft.text = override.value
        first_line = override.reason.splitlines()[0]
        draft.notes.append(f"人工校订 {override.field}：{first_line}")
    return problems
