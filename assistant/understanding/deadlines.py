"""Deadline phrases in questions -> one typed predicate over the printed 完成时限.

The table prints ``2021年6月``, ``2021年6月并持续推进``, ``持续推进``, ``持续推进(…)``, ``2021年7月并动态调整``,
``2021年12月底前``, ``2022年12月`` and nothing. A question names a month, a bound, a range, a year, whether
持续推进 must (or must not) follow, whether a month is printed at all, or the literal wording. Each of those is
one field of ``DeadlineCondition``; ``parse_deadline`` reads them with the small grammar below and returns
the spans it used, so no phrase is read twice.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from assistant.understanding import deadline_words as W
from assistant.understanding.deadline_condition import PLAN_YEAR, DeadlineCondition, joined, named_apart
from assistant.understanding.relative_dates import relative_date
from assistant.understanding.spans import Spans
from corpus.models import Corpus

_YEAR_END_NOTE = "（不含仅写“持续推进”的举措）"  # how "年内" is read
_QUARTER = {"一": 1, "二": 2, "三": 3, "四": 4, "1": 1, "2": 2, "3": 3, "4": 4}


_M = r"(\d{1,2})"
_NOT_DATE = r"(?!\d{1,2}\s*[日号])"  # "5月21日座谈意见" is a date, not a deadline
_BY = r"(?:底?(?:及|或|以及|和)?(?:以前|之前)|底前|前(?!后))"  # "6月(底)及以前": June included ("6月前后": about June, no bound)
_DASH = r"(?:到|至|—|-|~|－|－)"
_AFTER = r"(?:以后|之后|后)(?!续)"  # "8月以后": later than August (the label says 不含8月)
_BETWEEN = r"(?:之间|期间|中间|这段时间)?"  # "6月到8月之间": the range itself
_FROM = r"(?:及以后|及之后|起|开始(?!持续推进)|往后)"  # "8月起": August included ("9月开始持续推进" is 9月并持续推进)
_PATTERNS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"(?:完成时限|时限|期限)?[^，。？]{0,4}(?:未列明|没有列明|未写|没写|没有写|漏写|漏填|漏了|没有填写|没填写|未填写|没填|空白|空着|空的|留空|未标注)"
                r"(?![^，。？]{0,2}(?:并?持续推进|动态调整|具体|明确|[“\"]))(?:完成)?(?:时限|期限)?"
                r"|(?<!有)(?:没有|无)(?:完成)?(?:时限|期限)"), "unprinted"),  # "有没有完成时限排到2022年的" asks
    # "5月、6月", "7月、8月、9月", "5月或8月": a list of months (consecutive ones are a range)
    (re.compile(r"(?<![\d.第])(?:(20\d\d)年)?\d{1,2}月份?(?:(?:、|，|,|和|与|及|以及|或者|或|/)(?:20\d\d年)?\d{1,2}月份?)+"),
     "months"),
    (re.compile(rf"(20\d\d)年{_M}月?份?{_DASH}(?:\1年)?{_M}月份?{_BETWEEN}"), "range_ym"),
    (re.compile(r"(?<!\d)(20\d\d)[./](\d{1,2})(?![\d.]|月)"), "month_ym"),  # "2021.8", "2021/08"
    (re.compile(rf"(?<![\d.])第?{_M}月?{_DASH}{_M}月份?{_BETWEEN}"), "range_m"),
    (re.compile(rf"(20\d\d)年{_M}月份?底?{_AFTER}"), "after_ym"),
    (re.compile(rf"(?<!不)(?:晚于|迟于)(20\d\d)年{_M}月份?"), "after_ym"),  # "不晚于8月" is a bound
    (re.compile(rf"(?<![\d.])(?<!年){_M}月份?底?{_AFTER}|(?<!不)(?:晚于|迟于){_M}月份?"), "after_m"),
    (re.compile(rf"(20\d\d)年{_M}月份?{_FROM}"), "from_ym"),
    (re.compile(rf"(?<![\d.])(?<!年){_M}月份?{_FROM}"), "from_m"),
    # "最晚7月底要完成", "截至9月底应完成的": by July, by September (截至: up to; a bare 截止9月 may name the month)
    (re.compile(rf"(?:最晚|最迟|不晚于|不迟于|截至|截止到)(?:在)?(20\d\d)年{_M}月份?底?"), "by_ym"),
    (re.compile(rf"(?:最晚|最迟|不晚于|不迟于|截至|截止到)(?:在)?(?<![\d.]){_M}月份?底?"), "by_m"),
    (re.compile(r"第?([一二三四1-4])季度(?:末|底)?(?:以前|之前|前)"), "by_quarter"),  # "三季度末以前": by September
    (re.compile(r"年中(?:以前|之前|前)"), "by_midyear"),
    (re.compile(rf"(20\d\d)年{_M}月份?{_BY}"), "by_ym"),
    (re.compile(rf"(20\d\d)年{_M}月份?底?{_NOT_DATE}"), "month_ym"),
    (re.compile(rf"(?<![\d.])(?<!年){_M}月份?{_BY}"), "by_m"),
    (re.compile(rf"(?<![\d.第]){_M}月份?底?{_NOT_DATE}"), "month_m"),
    (re.compile(r"上半年"), "h1"),
    (re.compile(r"下半年"), "h2"),
    (re.compile(r"第?([一二三四1-4])季度"), "quarter"),
    (re.compile(rf"(?:(?:{PLAN_YEAR}|今)年)(?:年底前?|年底以前|底前?|底以前|内)|年底前|年底以前|年内|年底"), "year_end"),
    (re.compile(r"(20\d\d)年"), "year"),
]
_LIKE = re.compile(r"之类|一类|这类|等字样|等说法|类似")
_RESTATED = re.compile(r"(?:上半年|下半年|第?[一二三四1-4]季度)(?:[，,]?(?:也就是说?|就是|即))?(?=[（(]|\d)")
# "是不是都是2021年完成的" is a question, not "不是2021年"
_NEGATE_BEFORE = re.compile(r"(?:(?<!是)不是|并非|(?<!是)非|(?<!在)不在|除了|除去|排除掉|排除|去掉|(?<!要)不要)[^，。？；]{0,2}$")
_NEGATE_AFTER = re.compile(r"^[^，。？；]{0,4}?(?:以外|之外|除外)")
# "大多是“2021年12月并持续推进”，有哪几条不是这个时限": the deadline named, then ruled out by pointing back at it
_NEGATE_BACK = re.compile(r"^[^。？；]{0,16}?(?:不是|不为|不属于|并非|不按)(?:这个|该|此|这种|这一|上述|这样的?)(?:完成)?(?:时限|期限)")


def parse_deadline(text: str, today: date | None = None) -> tuple[DeadlineCondition | None, list[tuple[int, int]]]:
    """The deadline condition stated in ``text`` (None when none is) and the spans it used. A relative date
    ("这个月", "下个季度", "明年到期") is read against ``today`` and the answer says so (relative_dates.py)."""
    relative = relative_date(text, today or date.today())
    note = None
    if relative:
        note, start, end, replacement = relative.note, relative.start, relative.end, relative.replacement
        delta = len(replacement) - (end - start)
        condition, spans = _parse(text[:start] + replacement + text[end:])

        def back(pos: int) -> int:
            return pos if pos <= start else (pos - delta if pos >= start + len(replacement) else end)

        spans = [(back(a), back(b)) for a, b in spans]
    else:
        condition, spans = _parse(text)
    if condition is None or not spans:
        return condition, spans
    main_start, main_end = spans[0]  # the month / bound / ongoing phrase itself; later spans are its verbs
    if pointed := _NEGATE_BACK.search(text[main_end:]):
        spans.append((main_end + pointed.start(), main_end + pointed.end()))
    if _NEGATE_BEFORE.search(text[:main_start]) or _NEGATE_AFTER.search(text[main_end:]) or pointed:
        if condition.note and condition.note.endswith(_YEAR_END_NOTE):  # "不在2021年内": later than the year
            after = f"晚于{PLAN_YEAR}年12月"
            note = f"“不在{PLAN_YEAR}年内”理解为完成时限{after}（仅写“持续推进”、未印时限的不算）"
            return DeadlineCondition("from", PLAN_YEAR + 1, 1, None, f"{after}（{PLAN_YEAR + 1}年及以后）", note=note), spans
        left_out = re.search(r"，(不带“[^”]*”)", condition.label)
        if left_out and condition.kind not in ("ongoing", "wording", "unprinted"):  # "既不是持续推进也不是12月"
            label = "不是“" + condition.label.replace(left_out.group(0), "") + "”，" + left_out.group(1)
            condition = replace(condition, negated=True, apart=True, label=label)
        else:
            condition = replace(condition, negated=True, label="不是“" + condition.label + "”")
    return (replace(condition, note=note, relative=True) if note else condition), spans


def _parse(text: str) -> tuple[DeadlineCondition | None, list[tuple[int, int]]]:
    spans: list[tuple[int, int]] = []
    base: DeadlineCondition | None = None
    not_said = [m for m in W.NOT_WORDING.finditer(text) if not re.search(r"持续推进|动态调整", m.group(1))]
    # "但完成时限不是“5月并持续推进”": that printed wording ruled out, not every 5月 nor every 持续推进
    not_month_ongoing = [(m, int(said.group(1))) for m in W.NOT_WORDING.finditer(text)
                         if (said := re.fullmatch(rf"(?:{PLAN_YEAR}年)?(\d{{1,2}})月并持续推进", m.group(1)))]
    masked = text  # a wording the deadline must not have is no month to match ("但不是“12月底前”"), nor what an
    # inclusion in brackets adds ("12月完成的（含12月并持续推进、12月底前）": the month is 12月, not "by December")
    for w in [*not_said, *(m for m, _ in not_month_ongoing), *W.INCLUDED.finditer(text)]:
        masked = masked[: w.start()] + "＿" * (w.end() - w.start()) + masked[w.end() :]
    for pattern, kind in _PATTERNS:
        match = pattern.search(masked)
        if match and (condition := _condition(kind, match)) is not None:
            base, spans = condition, [match.span()]
            break
    if base is None and not_month_ongoing:
        w, month = not_month_ongoing[0]
        if 1 <= month <= 12:
            return DeadlineCondition("month", PLAN_YEAR, month, month, f"不是“{w.group(1)}”", wording="持续推进",
                                     negated=True), [w.span()]
    if base is not None and (edge := _EDGE.search(text)) and _bounded_by(base, int(edge.group(2))):
        base = _edge(base, int(edge.group(2)), edge.group(1) is None)  # "6月之前，不含6月": by May
        spans.append(edge.span())
    # "第三季度（7月、8月、9月）", "上半年（5月、6月）", "三季度，也就是7、8、9月": the months say what the period means
    # "上半年（6月底及以前）": a bound ending where the period ends says the same
    spans += [m.span() for m in _RESTATED.finditer(text) if base is not None and (base.kind in ("range", "months") or (
        base.kind == "by" and (period := _parse(m.group(0))[0]) is not None and period.last_month == base.last_month))]
    spans += [m.span() for m in W.INCLUDED.finditer(text)] if base is not None else []  # "（含12月底前）": read
    mods: dict[str, object] = {}
    labels: list[str] = []
    if base is None or base.kind != "unprinted":
        wording = W.WORDING.search(text) or W.WORDING_BARE.search(text)
        if wording and re.search(r"底前|动态", wording.group(1)) and base is not None:
            mods["wording"] = re.escape(wording.group(1).replace("2021年", ""))
            labels.append(f"写作“{wording.group(1)}”")
            spans.append(wording.span())
        elif wording and wording.group(1) == "持续推进" and base is None and not any(  # "时限就写“持续推进”": that and
                m.start() <= wording.start() < m.end() for m in W.HAS_MONTH.finditer(text)):  # no month (not "光写…的不用列")
            mods.update(ongoing="yes", has_month=False)
            labels.append("写作“持续推进”（无具体月份）")
            spans.append(wording.span())
        if "has_month" in mods:
            pass
        elif m := W.HAS_MONTH.search(text):
            mods["has_month"] = True
            labels.append("写有具体月份（“某月并持续推进”也算）")
            spans += [*(x.span() for x in W.HAS_MONTH.finditer(text)), *(x.span() for x in W.NOT_ONLY_ONGOING.finditer(text))]
        elif m := W.ANY_ONGOING.search(text):
            if base is None and (said := W.WITH_ONGOING.search(text[:m.start()]) or W.WITH_ONGOING.search(text, m.end())):
                # "时限是持续推进（包括“X月并持续推进”）", "有没有月份的都算，持续推进的": 持续推进 printed, any month
                mods.update(ongoing="yes", wording="持续推进")
                labels.append("含“持续推进”（有无月份都算）")
                spans.append(said.span())
            else:
                labels.append("带不带“并持续推进”" + ("“并动态调整”" if "动态调整" in text else "") + "都算")
            spans.append(m.span())
        elif only := list(W.ONLY_ONGOING.finditer(text)):
            mods.update(ongoing="yes", has_month=False)
            labels.append("仅写“持续推进”（无具体月份）")
            spans += [m.span() for m in (*only, *re.finditer("持续推进", text))]  # "持续推进（不含具体月份）": one condition
        elif found := list(W.NO_ONGOING.finditer(text)) + list(W.ONE_OFF.finditer(text)):
            # the printed wording lacks what was named: "2021年7月并动态调整" does not say 持续推进
            # ("…之类字样": anything like it, so 动态调整 too; "不带持续推进、也不带动态调整": neither)
            words = {"动态调整" if "动态调整" in m.group(0) else "持续推进" for m in found}
            one_off = any(W.ONE_OFF.fullmatch(m.group(0)) for m in found)
            if len(words) > 1 or one_off or any(_LIKE.search(text[m.end():m.end() + 8]) for m in found):
                mods["ongoing"] = "no"
                labels.append("不带“持续推进”“动态调整”之类")
            else:
                mods["without"] = words.pop()
                labels.append(f"不带“{mods['without']}”")
            spans += [m.span() for m in found]
        elif m := W.DYNAMIC.search(text):
            mods.update(ongoing="yes", wording="动态调整")
            labels.append("写有“动态调整”")
            spans.append(m.span())
        elif m := W.WITH_ONGOING.search(text):
            mods.update(ongoing="yes", wording="持续推进")
            if re.search(r"某月|某个月|具体月份", m.group(0)) or base is not None or m.group(0).startswith("并"):
                mods["has_month"] = True
                labels.append("某月并持续推进" if base is None else "并持续推进")
            else:
                labels.append("含“持续推进”")
            spans.append(m.span())
    for w in not_said if base is not None and base.kind != "unprinted" else []:
        text_not = re.escape(w.group(1).replace(f"{PLAN_YEAR}年", ""))
        mods["without"] = f"{mods['without']}|{text_not}" if mods.get("without") else text_not
        labels.append(f"不是“{w.group(1)}”")
        spans.append(w.span())
    if base is None and not mods:
        return None, []
    spans += [m.span() for m in re.finditer(r"到期|完成|截止|截至|期满|办结|办完|做完|具体月份|月份", text)]
    if base is None:
        base = DeadlineCondition("wording" if "wording" in mods and mods.get("ongoing") != "yes" else "ongoing")
    label = "，".join(p for p in (base.label, *labels) if p)
    return replace(base, label=label, **mods), spans  # type: ignore[arg-type]


# a bound's own month said in or out: "6月之前，不含6月" (by May), "8月以后（含8月）" (from August)
_EDGE = re.compile(r"[（(，,]?(不)?(?:含|包括|包含|算上|算)(\d{1,2})月(?:份|本身|当月)?[）)]?")


def _bounded_by(base: DeadlineCondition, month: int) -> bool:
    """Whether ``month`` is the bound of ``base`` as the question said it ("6月之前", "8月以后", "8月起")."""
    if base.kind == "by":
        return base.last_month == month
    return base.kind == "from" and base.year == PLAN_YEAR and base.first_month in (month, month + 1)


def _edge(base: DeadlineCondition, month: int, inside: bool) -> DeadlineCondition:
    """The bound ``base`` with its own ``month`` taken in (``inside``) or left out."""
    year, said = base.year or PLAN_YEAR, f"（{'含' if inside else '不含'}{month}月）"
    if base.kind == "by":
        last = month if inside else month - 1
        return base if last < 1 else replace(base, last_month=last, note=None, label=f"{year}年{last}月及以前{said}")
    first = month if inside else month + 1
    if first > 12:
        return replace(base, year=year + 1, first_month=1, note=None, label=f"{year + 1}年1月及以后{said}")
    return replace(base, first_month=first, note=None, label=f"{year}年{first}月及以后{said}")


def _condition(kind: str, m: re.Match[str]) -> DeadlineCondition | None:
    if kind == "unprinted":
        return DeadlineCondition("unprinted", label="未列明完成时限")
    if kind == "months":
        months = sorted({int(n) for n in re.findall(r"(\d{1,2})月", m.group(0))})
        year = int(m.group(1)) if m.group(1) else PLAN_YEAR  # bare months: the plan's year, as "12月"
        if not months or not 1 <= months[0] <= months[-1] <= 12:
            return None
        if len(months) > 1 and months == list(range(months[0], months[-1] + 1)):
            return DeadlineCondition("range", year, months[0], months[-1], f"{year}年{months[0]}—{months[-1]}月")
        label = f"{year}年" + "或".join(f"{n}月" for n in months)
        return DeadlineCondition("months", year, months[0], months[-1], label, months=tuple(months))
    if kind in ("range_ym", "range_m"):
        year = int(m.group(1)) if kind == "range_ym" else PLAN_YEAR
        first, last = (int(m.group(2)), int(m.group(3))) if kind == "range_ym" else (int(m.group(1)), int(m.group(2)))
        if not 1 <= first <= last <= 12:
            return None
        return DeadlineCondition("range", year, first, last, f"{year}年{first}—{last}月")
    if kind in ("by_ym", "month_ym"):
        year, month = int(m.group(1)), int(m.group(2))
        if not 1 <= month <= 12:
            return None
        if kind == "by_ym":
            return DeadlineCondition("by", year, 1, month, f"{year}年{month}月及以前")
        return DeadlineCondition("month", year, month, month, f"{year}年{month}月")
    if kind in ("by_quarter", "by_midyear"):
        last = 3 * _QUARTER[m.group(1)] if kind == "by_quarter" else 6
        return DeadlineCondition(
            "by", PLAN_YEAR, 1, last, f"{PLAN_YEAR}年{last}月及以前",
            note=f"“{m.group(0)}”理解为完成时限不晚于{PLAN_YEAR}年{last}月",
        )
    if kind in ("by_m", "month_m"):
        month = int(m.group(1))
        if not 1 <= month <= 12:
            return None
        if kind == "by_m":
            return DeadlineCondition(
                "by", PLAN_YEAR, 1, month, f"{PLAN_YEAR}年{month}月及以前",
                note=f"“{m.group(0)}”理解为完成时限不晚于{PLAN_YEAR}年{month}月",
            )
        # a bare month is a month of the plan's year ("12月到期的" is not 第146条's 2022年12月)
        note = f"“{m.group(0)}”按本方案年度理解为{PLAN_YEAR}年{month}月" if month == 12 else None
        return DeadlineCondition("month", PLAN_YEAR, month, month, f"{month}月", note=note)
    if kind in ("after_ym", "after_m", "from_ym", "from_m"):
        ym = kind.endswith("_ym")
        year, month = (int(m.group(1)), int(m.group(2))) if ym else (PLAN_YEAR, int(next(g for g in m.groups() if g)))
        if not 1 <= month <= 12:
            return None
        year, first = (year + 1, 1) if kind.startswith("after") and month == 12 else (year, month)
        if kind.startswith("after") and month < 12:
            first = month + 1
        said = f"{month}月以后，不含{month}月" if kind.startswith("after") else f"{month}月起，含{month}月"
        return DeadlineCondition("from", year, first, None, f"{year}年{first}月及以后（{said}）")
    if kind in ("h1", "h2"):
        first, last = (1, 6) if kind == "h1" else (7, 12)
        return DeadlineCondition("range", PLAN_YEAR, first, last, f"{PLAN_YEAR}年{first}—{last}月")
    if kind == "quarter":
        q = _QUARTER[m.group(1)]
        return DeadlineCondition("range", PLAN_YEAR, 3 * q - 2, 3 * q, f"{PLAN_YEAR}年第{q}季度（{3 * q - 2}—{3 * q}月）")
    if kind == "year_end":
        return DeadlineCondition(
            "by", PLAN_YEAR, 1, 12, f"{PLAN_YEAR}年12月及以前",
            note=f"“{m.group(0)}”理解为完成时限不晚于{PLAN_YEAR}年12月{_YEAR_END_NOTE}",
        )
    return DeadlineCondition("year", int(m.group(1)), None, None, f"{m.group(1)}年")


def read_deadline(spans: Spans, corpus: Corpus) -> DeadlineCondition | None:
    """The deadline condition a question states, its words taken from ``spans``; a second deadline named apart
    ("9月到期的和10月到期的") is read with it (either of them), not dropped; a restatement is the first one's."""
    first, used = parse_deadline(spans.remainder())
    for span in used:
        spans.take(*span)
    if first is None:
        return None
    second, more = parse_deadline(spans.remainder())
    if second is None or not named_apart(first, second, [m.deadline for m in corpus.measures]):
        return first
    for span in more:
        spans.take(*span)
    return joined(first, second)
