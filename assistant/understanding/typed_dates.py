"""Dates as people type them, rewritten to the forms the deadline grammar (``deadlines.py``) reads: Chinese
numerals (六月, 七到九月, 七八月份, 二〇二一年), two-digit years (21年10月), typed dates (2021/10/31前, 6月30日前,
6.30前, 2021-08), quarters (Q4) and lists of months (7、8月份). The rewritten question is what is shown as read."""

from __future__ import annotations

import re

_CN_MONTH = {"十二": 12, "十一": 11, "十": 10, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}

_CN_YEAR = {"二〇二一": "2021", "二零二一": "2021", "二〇二二": "2022", "二零二二": "2022"}
# dates as people type them, rewritten to the forms the grammar reads (one rule each, applied in order)
_DATE_FORMS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"(?<!\d)(2[12])年(?=\d{1,2}月)"), r"20\1年"),  # "21年10月前"
    (re.compile(r"(20\d\d)[-/.](\d{1,2})[-/.](\d{1,2})(?=日?(?:前|之前|以前|截止))"), r"\1年\2月"),  # "2021/10/31前"
    (re.compile(r"(20\d\d)-(\d{1,2})(?![\d-])"), r"\1年\2月"),  # "2021-08截止"
    (re.compile(r"(\d{1,2})月(?:\d{1,2})[日号](?=前|之前|以前|截止)"), r"\1月"),  # "6月30日前": by the end of June
    (re.compile(r"(?<![\d.])(\d{1,2})\.(?:[0-3]?\d)(?=前|之前|以前)"), r"\1月"),  # "6.30前"
    (re.compile(r"(?<![A-Za-z])[Qq]([1-4])(?!\d)"), r"第\1季度"),  # "Q4截止"
]
_LISTED = re.compile(r"(?<![\d.第])((?:\d{1,2}[、,，和及与或])+)(\d{1,2})月")  # "7、8月份", "7、8、9月": 月 said once


def _consecutive(m: re.Match[str]) -> str:
    """"七八月", "七八九月": consecutive months, one numeral each (not 十二, a month of its own)."""
    numbers = [_CN_MONTH[c] for c in m.group(0)]
    return "、".join(m.group(0)) if all(b == a + 1 for a, b in zip(numbers, numbers[1:], strict=False)) else m.group(0)


def cn_months_to_digits(text: str) -> str:
    """'六月' -> '6月', '十二月' -> '12月', '七到九月' -> '7到9月', '七八月' -> '7、8月', '二〇二一年' -> '2021年',
    and typed dates into the grammar's forms ('2021/10/31前' -> '2021年10月前', '6月30日前' -> '6月前', 'Q4')."""
    for numeral, year in _CN_YEAR.items():
        text = text.replace(numeral + "年", year + "年")
    text = re.sub(r"(?<![一二三四五六七八九十\d])[一二三四五六七八九][二三四五六七八九十]{1,2}(?=月)", _consecutive, text)
    for numeral, number in _CN_MONTH.items():
        text = re.sub(rf"(?<![一二三四五六七八九十\d]){numeral}(?=月|、|(?:到|至|—|-|~|－)[一二三四五六七八九十\d]{{1,2}}月)", str(number), text)
    for pattern, replacement in _DATE_FORMS:
        text = pattern.sub(replacement, text)
    return _LISTED.sub(lambda m: "、".join(f"{n}月" for n in [*re.findall(r"\d{1,2}", m.group(1)), m.group(2)]), text)
