"""The typed predicate a deadline phrase becomes (``deadlines.parse_deadline`` reads it from a question): a month,
a bound, a range, a year, whether 持续推进 must (or must not) follow, whether a month is printed at all, or the
literal wording, over the printed 完成时限 of each measure."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from corpus.models import Deadline

PLAN_YEAR = 2021  # the plan's year: "6月" and "年底" mean 2021 unless a year is named


@dataclass(frozen=True)
class DeadlineCondition:
    kind: str  # month | by | from | range | year | ongoing | wording | unprinted | either | all
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
    # kind "either" / "all": two deadlines named apart, any of them ("6月到期的和8月到期的", compared by check.py when
    # the question compares them) or both ("不是6月的，也不是8月的")
    parts: tuple[DeadlineCondition, ...] = ()

    @property
    def notes(self) -> tuple[str, ...]:
        """How its phrases were read (its own note and, two deadlines named apart, each one's)."""
        return tuple(n for c in (self, *self.parts) if (n := c.note))

    def matches(self, d: Deadline) -> bool:
        if self.kind in ("either", "all"):
            met = (p.matches(d) for p in self.parts)
            return (any(met) if self.kind == "either" else all(met)) != self.negated
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


def named_apart(first: DeadlineCondition, second: DeadlineCondition, deadlines: list[Deadline]) -> bool:
    """Whether a second deadline names other measures than the first (none meets both: "9月到期的和10月到期的"), not
    the same ones again: a restatement ("年底（12月）", "5月的，5月并持续推进的也算") always shares measures with it.
    Two deadlines ruled out are read as named ("不是6月的，也不是8月的")."""
    said = [replace(c, negated=False) if first.negated == second.negated else c for c in (first, second)]
    return not any(said[0].matches(d) and said[1].matches(d) for d in deadlines)


def joined(first: DeadlineCondition, second: DeadlineCondition) -> DeadlineCondition:
    """Two deadlines a question names apart: either of them ("6月到期的和8月到期的有哪些"), or both when they rule
    deadlines out ("不是6月的，也不是8月的"). (A month and a wording ruled out within it, "6月到期的，但不是6月并持续推进
    的", is one deadline: ``deadlines.parse_deadline`` reads it, and the two would share measures anyway.)"""
    relative = first.relative or second.relative  # "这个月…下个月": a caller's story dated, not asked for
    if first.negated or second.negated:
        return DeadlineCondition("all", label=f"{first.label}，且{second.label}", parts=(first, second), relative=relative)
    return DeadlineCondition("either", label=f"{first.label}或{second.label}", parts=(first, second), relative=relative)
