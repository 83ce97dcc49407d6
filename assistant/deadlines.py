"""Deadline phrases in questions ("6月到期", "6月底前", "上半年", "2022年", "持续推进") -> a condition."""

from __future__ import annotations

import re
from dataclasses import dataclass

from corpus.models import Deadline

PLAN_YEAR = 2021  # the plan's year: "6月" and "年底" mean 2021 unless a year is named
_CN_MONTH = {"十二": 12, "十一": 11, "十": 10, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_QUARTER = {"一": 1, "二": 2, "三": 3, "四": 4, "1": 1, "2": 2, "3": 3, "4": 4}


@dataclass(frozen=True)
class DeadlineCondition:
    kind: str  # month | by | range | year | ongoing
    year: int | None = None
    first_month: int | None = None
    last_month: int | None = None
    label: str = ""
    note: str | None = None  # how an ambiguous phrase was read

    def matches(self, d: Deadline) -> bool:
        if self.kind == "ongoing":
            return d.ongoing
        if d.year is None:
            return False
        month = d.month or 12
        if self.kind == "month":
            return d.month == self.first_month and (self.year is None or d.year == self.year)
        if self.kind == "year":
            return d.year == self.year
        if self.kind == "by":
            return (d.year, month) <= (self.year or PLAN_YEAR, self.last_month or 12)
        return d.year == (self.year or PLAN_YEAR) and (self.first_month or 1) <= month <= (self.last_month or 12)


def cn_months_to_digits(text: str) -> str:
    """'六月' -> '6月', '十二月' -> '12月' (longest numerals first)."""
    for numeral, number in _CN_MONTH.items():
        text = re.sub(rf"(?<![一二三四五六七八九十\d]){numeral}月", f"{number}月", text)
    return text


_BY = r"(?:底前|底以前|底之前|前|以前|之前|底)"
_PATTERNS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(rf"(20\d\d)年(\d{{1,2}})月份?{_BY}"), "by_ym"),
    (re.compile(r"(20\d\d)年(\d{1,2})月份?"), "month_ym"),
    (re.compile(rf"(?<![\d.])(\d{{1,2}})月份?{_BY}"), "by_m"),
    (re.compile(r"(?<![\d.第])(\d{1,2})月份?"), "month_m"),
    (re.compile(r"上半年"), "h1"),
    (re.compile(r"下半年"), "h2"),
    (re.compile(r"第?([一二三四1-4])季度"), "quarter"),
    (re.compile(r"今年年底前?|年底前|年底以前|今年底|年内|年底"), "year_end"),
    (re.compile(r"(20\d\d)年"), "year"),
    (re.compile(r"持续推进|长期|常态化|动态调整"), "ongoing"),
]


def parse_deadline(text: str) -> tuple[DeadlineCondition | None, list[tuple[int, int]]]:
    """The first deadline phrase in ``text`` and the spans it used (so they are not read twice)."""
    for pattern, kind in _PATTERNS:
        match = pattern.search(text)
        if not match:
            continue
        condition = _condition(kind, match)
        if condition is not None:
            return condition, [match.span()]
    return None, []


def _condition(kind: str, m: re.Match[str]) -> DeadlineCondition | None:
    if kind in ("by_ym", "month_ym"):
        year, month = int(m.group(1)), int(m.group(2))
        if not 1 <= month <= 12:
            return None
        if kind == "by_ym":
            return DeadlineCondition("by", year, 1, month, f"{year}年{month}月及以前")
        return DeadlineCondition("month", year, month, month, f"{year}年{month}月")
    if kind in ("by_m", "month_m"):
        month = int(m.group(1))
        if not 1 <= month <= 12:
            return None
        if kind == "by_m":
            return DeadlineCondition(
                "by", PLAN_YEAR, 1, month, f"{PLAN_YEAR}年{month}月及以前",
                note=f"“{m.group(0)}”理解为完成时限不晚于{PLAN_YEAR}年{month}月",
            )
        return DeadlineCondition("month", None, month, month, f"{month}月")
    if kind in ("h1", "h2"):
        first, last = (1, 6) if kind == "h1" else (7, 12)
        return DeadlineCondition("range", PLAN_YEAR, first, last, f"{PLAN_YEAR}年{first}—{last}月")
    if kind == "quarter":
        q = _QUARTER[m.group(1)]
        return DeadlineCondition("range", PLAN_YEAR, 3 * q - 2, 3 * q, f"{PLAN_YEAR}年第{q}季度（{3 * q - 2}—{3 * q}月）")
    if kind == "year_end":
        return DeadlineCondition(
            "by", PLAN_YEAR, 1, 12, f"{PLAN_YEAR}年12月及以前",
            note=f"“{m.group(0)}”理解为完成时限不晚于{PLAN_YEAR}年12月（不含仅写“持续推进”的举措）",
        )
    if kind == "year":
        return DeadlineCondition("year", int(m.group(1)), None, None, f"{m.group(1)}年")
    return DeadlineCondition("ongoing", label="持续推进/动态调整")
