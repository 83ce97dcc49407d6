"""Relative dates ("这个月", "下个季度", "明年到期") read against today and rewritten as the absolute form the
deadline grammar knows; the note says how each was read. A relative month or quarter is a month or quarter of
any year (the plan's deadlines run 2021-2022); a relative year is that calendar year."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

PLAN_YEARS = "本方案的完成时限都在2021—2022年"
_SHIFT = {"下个": 1, "下": 1, "上个": -1, "上": -1, "明": 1, "去": -1, "后": 2, "前": -2}
_MONTH = re.compile(r"(这个|本|当|今年这个|下个|下|上个|上)月(?!底前|前)")
_QUARTER = re.compile(r"(这个|本|当|下个|下|上个|上)季度")
_YEAR = re.compile(r"(今|明|去|后|前)年(?=底?(?:到期|完成|截止|要完成|内完成|之内|以内))")  # "今年年底前" is year_end


@dataclass(frozen=True)
class Rewrite:
    start: int
    end: int
    replacement: str
    note: str


def relative_date(text: str, today: date) -> Rewrite | None:
    """The first relative date in ``text``, as an absolute one (None when there is none)."""
    if m := _MONTH.search(text):
        month = (today.month - 1 + _SHIFT.get(m.group(1), 0)) % 12 + 1
        return Rewrite(*m.span(), f"{month}月", f"“{m.group(0)}”按今天（{today.isoformat()}）理解为{month}月；{PLAN_YEARS}")
    if m := _QUARTER.search(text):
        quarter = ((today.month - 1) // 3 + _SHIFT.get(m.group(1), 0)) % 4 + 1
        return Rewrite(*m.span(), f"第{quarter}季度",
                       f"“{m.group(0)}”按今天（{today.isoformat()}）理解为第{quarter}季度；{PLAN_YEARS}")
    if m := _YEAR.search(text):
        year = today.year + _SHIFT.get(m.group(1), 0)
        return Rewrite(*m.span(), f"{year}年", f"“{m.group(0)}”按今天（{today.isoformat()}）理解为{year}年；{PLAN_YEARS}")
    return None
