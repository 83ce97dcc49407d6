"""Gold files (JSON Lines): one question per line, validated with the line number on any error.

{"id": str, "type": "filter|topical|count|lookup|indicator|marker|body", "question": str,
 "relevant": [int], "expected_count": int|null, "answer_contains": [str] (optional),
 "alternatives": [[int]] (optional: other defensible complete answers, any one counts),
 "contains_only": bool (optional: the answer is a name in `answer_contains`; the set is context),
 "rule": str (optional: how the answer was derived; not scored)}
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from corpus.errors import GoldFormatError

TYPES = ("filter", "topical", "count", "lookup", "indicator", "marker", "body")
SET_TYPES = ("filter", "count", "lookup", "indicator", "marker")


@dataclass(frozen=True)
class GoldItem:
    id: str
    type: str
    question: str
    relevant: tuple[int, ...]
    expected_count: int | None
    answer_contains: tuple[str, ...]
    alternatives: tuple[tuple[int, ...], ...] = ()
    contains_only: bool = False

    @property
    def is_set(self) -> bool:
        return self.type in SET_TYPES

    @property
    def answer_sets(self) -> tuple[frozenset[int], ...]:
        """Every complete answer that counts as right: ``relevant`` and each alternative."""
        return (frozenset(self.relevant), *(frozenset(a) for a in self.alternatives))

    @property
    def counts(self) -> frozenset[int]:
        sizes = {len(a) for a in self.alternatives}
        return frozenset(sizes | ({self.expected_count} if self.expected_count is not None else set()))


def _item(raw: object, where: str) -> GoldItem:
    if not isinstance(raw, dict):
        raise GoldFormatError(f"{where}: 每行必须是一个 JSON 对象 / each line must be a JSON object")
    missing = [k for k in ("id", "type", "question", "relevant") if k not in raw]
    if missing:
        raise GoldFormatError(f"{where}: 缺少字段 {missing} / missing fields")
    if raw["type"] not in TYPES:
        raise GoldFormatError(f"{where}: type 必须是 {'|'.join(TYPES)} / unknown type {raw['type']!r}")
    if not isinstance(raw["question"], str) or not raw["question"].strip():
        raise GoldFormatError(f"{where}: question 必须是非空字符串 / question must be a non-empty string")
    relevant = raw["relevant"]
    if not isinstance(relevant, list) or not all(isinstance(n, int) and not isinstance(n, bool) for n in relevant):
        raise GoldFormatError(f"{where}: relevant 必须是整数列表 / relevant must be a list of integers")
    count = raw.get("expected_count")
    if count is not None and (not isinstance(count, int) or isinstance(count, bool)):
        raise GoldFormatError(f"{where}: expected_count 必须是整数或 null / expected_count must be int or null")
    contains = raw.get("answer_contains", [])
    if not isinstance(contains, list) or not all(isinstance(s, str) for s in contains):
        raise GoldFormatError(f"{where}: answer_contains 必须是字符串列表 / answer_contains must be a list of strings")
    alternatives = raw.get("alternatives", [])
    if not isinstance(alternatives, list) or not all(
        isinstance(a, list) and all(isinstance(n, int) and not isinstance(n, bool) for n in a) for a in alternatives
    ):
        raise GoldFormatError(f"{where}: alternatives 必须是整数列表的列表 / alternatives must be a list of integer lists")
    contains_only = raw.get("contains_only", False)
    if not isinstance(contains_only, bool):
        raise GoldFormatError(f"{where}: contains_only 必须是 true/false / contains_only must be a boolean")
    if contains_only and not contains:
        raise GoldFormatError(f"{where}: contains_only 需要 answer_contains / contains_only needs answer_contains")
    return GoldItem(str(raw["id"]), raw["type"], raw["question"], tuple(relevant), count, tuple(contains),
                    tuple(tuple(a) for a in alternatives), contains_only)


def load_gold(path: Path) -> list[GoldItem]:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        raise GoldFormatError(f"找不到评测文件：{path} / gold file not found") from None
    except (OSError, UnicodeDecodeError) as err:
        raise GoldFormatError(f"无法读取评测文件 {path}：{err} / cannot read gold file") from None
    items, seen = [], set()
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        where = f"{path.name} 第{number}行 (line {number})"
        try:
            raw = json.loads(line)
        except json.JSONDecodeError as err:
            raise GoldFormatError(f"{where}: 不是有效的 JSON：{err.msg} / invalid JSON") from None
        item = _item(raw, where)
        if item.id in seen:
            raise GoldFormatError(f"{where}: id {item.id!r} 重复 / duplicate id")
        seen.add(item.id)
        items.append(item)
    if not items:
        raise GoldFormatError(f"评测文件为空：{path} / gold file has no questions")
    return items
