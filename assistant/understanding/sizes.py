"""How many units or markers a measure has: "只有一个责任单位的举措", "三家及以上单位负责的", "同时打了两个或以上符号的";
and how many of the named units must take part ("发改委、财政局、税务局三家里，至少有两家…").

A size is a condition like any other: shown in the answer's conditions, applied to the records
(``filters.matches``: the units listed in a row; the symbols it carries, or only those printed on it when the
question says so).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from assistant.understanding.numbers import number_of
from assistant.understanding.spans import Spans

_N = r"([一二两三四五六七八九十]{1,3}|\d{1,2})"
_UNIT = r"(?:个|家)(?:责任)?(?:单位|部门)"
_MARK = r"(?:个|种)(?:不同的?)?(?:标记|符号|标志)"
_NOT_BACK = r"(?<![这那些])"  # "这两个责任单位都参与的": the units named before, not a size

Bounds = Callable[[int], tuple[int, int | None]]
_EXACTLY: Bounds = lambda n: (n, n)  # noqa: E731
_AT_LEAST: Bounds = lambda n: (n, None)  # noqa: E731
_MORE_THAN: Bounds = lambda n: (n + 1, None)  # noqa: E731

# (what is counted, pattern with the number as group 1 — none: one / two —, bounds); the first match wins
_SIZES: tuple[tuple[str, re.Pattern[str], Bounds], ...] = tuple(
    (of, re.compile(pattern), bounds) for of, pattern, bounds in (
        ("units", rf"{_NOT_BACK}{_N}{_UNIT}?(?:或|及|和)?以上(?:的)?(?:责任)?(?:单位|部门)", _AT_LEAST),
        ("units", rf"(?:至少|起码|最少|不少于)(?:有)?{_N}{_UNIT}", _AT_LEAST),
        ("units", rf"(?:超过|多于|大于)(?:有)?{_N}{_UNIT}", _MORE_THAN),
        ("units", rf"(?:责任)?(?:单位|部门)(?:数|数量)?(?:有|是|为|在)?{_N}(?:个|家)(?:或|及)?以上", _AT_LEAST),
        ("units", rf"(?:责任)?(?:单位|部门)(?:数|数量)?(?:至少|不少于)(?:有|是)?{_N}(?:个|家)", _AT_LEAST),
        ("units", r"(?:只有|仅有|只由|仅由|就只有|只|仅)(一|1)" + _UNIT, _EXACTLY),
        ("units", r"(?:责任)?(?:单位|部门)(?:只有|仅有|就|只)(一|1)(?:个|家)(?![市县区])", _EXACTLY),
        ("units", r"单一(?:责任)?单位|单独一家|一家单位单独", lambda n: (1, 1)),
        ("units", r"(?:多个|多家)(?:责任)?(?:单位|部门)|不止(?:一|1)(?:个|家)(?:责任)?(?:单位|部门)?", lambda n: (2, None)),
        ("units", rf"{_NOT_BACK}(?:有|由)(?:恰好|正好|刚好)?{_N}(?:个|家)(?:责任单位|单位(?:共同|联合)?负责)", _EXACTLY),
        ("markers", rf"{_N}{_MARK}?(?:或|及|和)?以上(?:的)?(?:标记|符号|标志)", _AT_LEAST),
        ("markers", rf"(?:至少|最少|不少于){_N}{_MARK}", _AT_LEAST),
        ("markers", r"(?:多个|多种)(?:不同的?)?(?:标记|符号|标志)", lambda n: (2, None)),
        ("markers", rf"(?:只|仅)(?:有|打了?|标了?|带了?)?(一|1){_MARK}", _EXACTLY),
        ("markers", rf"(?:打|标|带)(?:了|有)?{_N}{_MARK}", _EXACTLY),
    )
)
_OF_NAMED = re.compile(rf"(?:至少|起码|最少|任意|任何)(?:有)?{_N}(?:个|家)")  # "三家里，至少有两家同时…"
_AMONG = re.compile(rf"(?:这)?{_N}(?:个|家)(?:单位|部门)?(?:里面?|中|当中|之中)")  # "三家里": the units just named


@dataclass(frozen=True)
class SizeCondition:
    of: str  # "units": responsible units listed | "markers": marker symbols carried
    least: int
    most: int | None = None

    def matches(self, n: int) -> bool:
        return n >= self.least and (self.most is None or n <= self.most)

    @property
    def label(self) -> str:
        what = "责任单位数" if self.of == "units" else "标记数"
        if self.most == self.least:
            return f"{what}={self.least}"
        return f"{what}≥{self.least}" if self.most is None else f"{what}{self.least}—{self.most}"


def read_sizes(spans: Spans) -> list[SizeCondition]:
    """The sizes the question asks for (one per thing counted), their words taken."""
    out: list[SizeCondition] = []
    for of, pattern, bounds in _SIZES:
        if any(c.of == of for c in out):
            continue
        m = pattern.search(spans.text)
        if m is None or not spans.free(*m.span()):
            continue
        n = number_of(m.group(1)) if pattern.groups else 1
        if n is None or n < 1:
            continue
        least, most = bounds(n)
        out.append(SizeCondition(of, least, most))
        spans.take(*m.span())
    return out


def named_at_least(spans: Spans, named: int) -> int | None:
    """"发改委、财政局、税务局三家里，至少有两家…": how many of the ``named`` units must take part (None: all)."""
    m = _OF_NAMED.search(spans.text)
    n = number_of(m.group(1)) if m else None
    if m is None or n is None or not 1 <= n < named or not spans.free(*m.span()):
        return None
    spans.take(*m.span())
    if (among := _AMONG.search(spans.text, 0, m.start())) is not None and spans.free(*among.span()):
        spans.take(*among.span())
    return n
