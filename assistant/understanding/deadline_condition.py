"""The typed predicate a deadline phrase becomes (``deadlines.parse_deadline`` reads it from a question): a month,
a bound, a range, a year, whether 持续推进 must (or must not) follow, whether a month is printed at all, or the
literal wording, over the printed 完成时限 of each measure."""

from __future__ import annotations

import re
from dataclasses import dataclass

from corpus.models import Deadline

PLAN_YEAR = 2021  # the plan's year: "6月" and "年底" mean 2021 unless a year is named


@dataclass(frozen=True)
class DeadlineCondition:
    kind: str  # month | by | from | range | year | ongoing | wording | unprinted
    year: int | None = None
    first_month: int | None = None
    last_month: int | None = None
    label: str = ""
    note: str | None = None  # how an ambiguous phrase was read
    ongoing: str = "any"  # any | yes (并持续推进/持续推进/动态调整 printed) | no (not printed)
    has_month: bool | None = None  # True: a month is printed; False: only 持续推进, no month
    wording: str | None = None  # a regular expression the printed wording must contain
    negated: bool = False  # "不是5月到期的", "除了持续推进以外"
    months: tuple[int, ...] = ()  # kind "months": any of these months ("5月或8月")
    without: str | None = None  # a regular expression the printed wording must not contain ("不带“持续推进”字样")
    relative: bool = False  # read from a date relative to today ("这个月", "下个季度")
    apart: bool = False  # negated, the wording left out stays left out ("既不是持续推进也不是12月")

    def matches(self, d: Deadline) -> bool:
        if self.negated and self.apart and self.without is not None:  # "既不是持续推进也不是12月": both ruled out
            return not self._matches(d, wording_left_out=False) and not re.search(self.without, d.raw or "")
        return self._matches(d) != self.negated

    def _matches(self, d: Deadline, wording_left_out: bool = True) -> bool:
        if self.kind == "unprinted":
            return not d.printed  # 44 and 326 print nothing; 346 and 356 print nothing either (inferred)
        raw = d.raw or ""
        if self.ongoing == "yes" and not d.ongoing or self.ongoing == "no" and d.ongoing:
            return False
        if self.has_month is not None and (d.month is not None) != self.has_month:
            return False
        if self.wording is not None and not re.search(self.wording, raw):
            return False
        if wording_left_out and self.without is not None and re.search(self.without, raw):
            return False
        if self.kind in ("ongoing", "wording"):
            return True
        if d.year is None:
            return False
        month = d.month or 12
        if self.kind == "month":
            return d.month == self.first_month and (self.year is None or d.year == self.year)
        if self.kind == "months":
            return d.month in self.months and (self.year is None or d.year == self.year)
        if self.kind == "year":
            return d.year == self.year
        if self.kind == "by":
            return (d.year, month) <= (self.year or PLAN_YEAR, self.last_month or 12)
        if self.kind == "from":  # "8月起", "8月以后": this month (or the next) and every later one
            return (d.year, month) >= (self.year or PLAN_YEAR, self.first_month or 1)
        return d.year == (self.year or PLAN_YEAR) and (self.first_month or 1) <= month <= (self.last_month or 12)
