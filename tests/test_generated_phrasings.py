"""Property tests: generated phrasings (unit name variants × roles × deadline forms × negation × padding ×
asking styles) answered exactly, with the expected set computed here from the records.

The expected sets use the records' fields directly (units, lead unit, deadline year/month/raw), never the
understanding code, so a phrasing that is misread fails. Thousands of combinations run; no structured
answer may say 共0条 while measures match.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator

import pytest

from assistant.answer import ask
from corpus.models import Measure
from corpus.units import load_catalog

Pred = Callable[[Measure], bool]

PADDING = ["", "帮我查一下，", "麻烦列一下", "热线这边有企业想了解，", "我们要对照着报进度，", "请问", "商会那边想了解一下，",
           "材料我们全部准备好了，想晓得", "老板喊我查下子，"]  # a quantifier of something else; dialect
ASKING = [("有哪些？", "list"), ("有哪些，帮我列一下", "list"), ("一共有多少条？", "count"), ("都有哪些？麻烦查一下", "list"),
          ("有几条", "count"), ("，列出来", "list"), ("有好多条嘛", "count"), ("，全部列出来", "list")]
ROLES: list[tuple[str, Callable[[str], Pred]]] = [
    ("牵头", lambda u: lambda m: m.lead_unit == u),
    ("参与", lambda u: lambda m: u in m.units),
    ("负责", lambda u: lambda m: u in m.units),
    ("参与但不牵头", lambda u: lambda m: u in m.units and m.lead_unit != u),
    ("作为配合单位参与", lambda u: lambda m: u in m.units and m.lead_unit != u),
    ("单独负责", lambda u: lambda m: tuple(m.units) == (u,)),
    ("作为第一责任单位", lambda u: lambda m: m.lead_unit == u),
    ("排第一位", lambda u: lambda m: m.lead_unit == u),
    ("参与（牵头不牵头都算）", lambda u: lambda m: u in m.units),
]


def _month(n: int) -> Pred:  # a bare month is a month of the plan's year (2021)
    return lambda m: m.deadline.month == n and m.deadline.year == 2021


def _by(n: int) -> Pred:
    return lambda m: m.deadline.year == 2021 and m.deadline.month is not None and m.deadline.month <= n


def _between(a: int, b: int) -> Pred:
    return lambda m: m.deadline.year == 2021 and m.deadline.month is not None and a <= m.deadline.month <= b


def _from(year: int, month: int) -> Pred:
    return lambda m: m.deadline.year is not None and (m.deadline.year, m.deadline.month or 12) >= (year, month)


def _raw(test: Callable[[str], bool]) -> Pred:
    return lambda m: test(m.deadline.raw or "")


DEADLINES: list[tuple[str, Pred]] = [
    ("6月到期", _month(6)), ("完成时限是六月份", _month(6)), ("6月底到期", _month(6)), ("8月份完成", _month(8)),
    ("十二月到期", _month(12)), ("6月底前要完成", _by(6)), ("上半年到期", _by(6)), ("7到9月到期", _between(7, 9)),
    ("第四季度到期", _between(10, 12)), ("下半年要完成", _between(7, 12)), ("三季度到期", _between(7, 9)),
    ("完成时限只写了“持续推进”、没有具体月份", lambda m: m.deadline.month is None and "持续推进" in (m.deadline.raw or "")),
    ("完成时限写的是“某月并持续推进”", lambda m: m.deadline.month is not None and "持续推进" in (m.deadline.raw or "")),
    ("6月并持续推进", _raw(lambda r: r.startswith("2021年6月并持续推进"))),
    ("完成时限是2021年12月、后面没带持续推进", lambda m: m.deadline.month == 12 and m.deadline.year == 2021 and not m.deadline.ongoing),
    ("2022年到期", lambda m: m.deadline.year == 2022),
    ("8月以后到期", _from(2021, 9)), ("完成时限在2021年10月之后", _from(2021, 11)), ("9月起到期", _from(2021, 9)),
    ("晚于11月完成", _from(2021, 12)),
    ("5月、6月到期", lambda m: m.deadline.month in (5, 6) and m.deadline.year == 2021),
    ("6月或12月到期", lambda m: m.deadline.month in (6, 12) and m.deadline.year == 2021),
    ("第三季度（7月、8月、9月）到期", _between(7, 9)),
    ("最晚7月底要完成", _by(7)), ("三季度末以前到期", _by(9)), ("年中之前要办完", _by(6)),
    ("不晚于8月完成", _by(8)), ("完成时限不晚于10月", _by(10)),
]


def _unit_names() -> list[tuple[str, str]]:
    """(as typed, canonical) for every department-like unit: its name, printed variants and short names."""
    out = []
    for unit in load_catalog().units:
        if unit.kind == "group":
            continue
        for form in {unit.name, *unit.printed, *unit.short}:
            out.append((form, unit.name))
    return sorted(out)


def _second_unit(rng: random.Random, names: list[tuple[str, str]], typed: str, unit: str) -> tuple[str, str] | None:
    """Another unit (as typed, canonical); None when one name holds the other: not a fair pair."""
    typed2, unit2 = rng.choice([x for x in names if x[1] != unit])
    if unit2 in typed or typed2 in typed or typed in typed2 or unit in typed2:
        return None
    return typed2, unit2


def draws(seed: int, n: int) -> Iterator[tuple[random.Random, list[tuple[str, str]], str, str, str]]:
    """``n`` draws of (the generator, the unit names, padding, asking words, the intent they ask for)."""
    rng = random.Random(seed)
    names = _unit_names()
    for _ in range(n):
        pad = rng.choice(PADDING)
        asking, intent = rng.choice(ASKING)
        yield rng, names, pad, asking, intent


def _cases(seed: int, n: int) -> list[tuple[str, str, Pred]]:
    out = []
    for rng, names, pad, asking, intent in draws(seed, n):
        typed, unit = rng.choice(names)
        role, role_pred = rng.choice(ROLES)
        up = role_pred(unit)
        if (second := _second_unit(rng, names, typed, unit)) is None:
            continue
        typed2, unit2 = second
        shape = rng.choice(["role", "deadline", "deadline", "negation", "and", "or", "indicator", "not_month", "not_marker",
                            "marker_yes_no", "no_marker", "some_marker", "sole_pair"])
        if shape == "role":
            question, pred = f"{pad}{typed}{role}的举措{asking}", up
        elif shape == "deadline":
            phrase, dl = rng.choice(DEADLINES)
            question = f"{pad}{typed}{role}、{phrase}的举措{asking}"
            pred = lambda m, up=up, dl=dl: up(m) and dl(m)  # noqa: E731
        elif shape == "negation":
            question = f"{pad}除了{typed2}参与的以外，{typed}{role}的举措{asking}"
            pred = lambda m, up=up, b=unit2: up(m) and b not in m.units  # noqa: E731
        elif shape == "and":
            question = f"{pad}{typed}和{typed2}共同参与的举措{asking}"
            pred = lambda m, a=unit, b=unit2: a in m.units and b in m.units  # noqa: E731
        elif shape == "or":
            question = f"{pad}{typed}或者{typed2}牵头的举措{asking}"
            pred = lambda m, a=unit, b=unit2: m.lead_unit in (a, b)  # noqa: E731
        elif shape == "not_month":
            phrase, month = rng.choice(MONTHS)
            question = f"{pad}{typed}{role}、不是{phrase}的举措{asking}"
            pred = lambda m, up=up, n=month: up(m) and not _month(n)(m)  # noqa: E731  (2022年12月 is not 十二月)
        elif shape == "not_marker":
            symbol = rng.choice("★☆○◎●▲△⊙")
            question = f"{pad}{typed}{role}的举措里，不带{symbol}的{asking}"
            pred = lambda m, up=up, s=symbol: up(m) and s not in m.marker_symbols  # noqa: E731
        elif shape == "marker_yes_no":  # a yes/no question about a marker is no negation of it
            symbol = rng.choice("★☆○◎●▲△⊙")
            question = f"{pad}{typed}{role}的举措里{rng.choice(['有没有标', '有没有带', '是不是有'])}{symbol}的"
            pred = lambda m, up=up, s=symbol: up(m) and s in m.marker_symbols  # noqa: E731
            intent = "list"
        elif shape == "sole_pair":  # exactly these two units (the pairs the plan prints alone are few)
            question = rng.choice([f"{pad}只有{typed}和{typed2}两家负责的举措{asking}",
                                   f"{pad}责任单位只有{typed}、{typed2}的举措{asking}"])
            pred = lambda m, a=unit, b=unit2: set(m.units) == {a, b}  # noqa: E731
        elif shape == "no_marker":
            said = rng.choice(["不带任何标记", "没有标记", "没有任何标记", "不带标记"])
            question = f"{pad}{typed}{role}、{said}的举措{asking}"
            pred = lambda m, up=up: up(m) and not m.marker_symbols  # noqa: E731
        elif shape == "some_marker":
            question = f"{pad}{typed}{role}、{rng.choice(['带标记', '标了标记', '带有标记'])}的举措{asking}"
            pred = lambda m, up=up: up(m) and bool(m.marker_symbols)  # noqa: E731
        else:
            number, name = rng.choice(LEVEL1)
            question = f"{pad}{name}这个指标里，{typed}{role}的举措{asking}"
            pred = lambda m, up=up, n=number: up(m) and m.level1.number == n  # noqa: E731
        out.append((question, intent, pred))
    return out


MONTHS = [("6月到期", 6), ("8月份完成", 8), ("十二月到期", 12), ("5月到期", 5)]
LEVEL1 = [(1, "开办企业"), (2, "办理建筑许可"), (3, "获得电力"), (5, "登记财产"), (6, "纳税"), (9, "获得信贷"),
          (12, "劳动力市场监管"), (15, "政务服务"), (17, "市场监管"), (18, "包容普惠创新")]
CASES = _cases(seed=20261128, n=3000)


def test_the_generator_covers_enough_combinations() -> None:
    assert len({q for q, _, _ in CASES}) >= 2000


@pytest.mark.parametrize("chunk", range(8))
def test_generated_phrasings_get_the_exact_set(runtime, corpus, chunk: int) -> None:  # type: ignore[no-untyped-def]
    failures = []
    for question, intent, pred in CASES[chunk::8]:
        expected = [m.number for m in corpus.measures if pred(m)]
        a = ask(runtime, question)
        ok = list(a.citations) == expected and a.count == len(expected)
        if expected and ("共0条" in a.answer or "共 0 条" in a.answer):
            ok = False
        if a.understood["intent"] != intent:
            ok = False
        if not ok:
            failures.append(f"{question} → {a.understood['conditions']} {len(a.citations)} vs {len(expected)}")
    assert not failures, f"{len(failures)} misread:\n" + "\n".join(failures[:15])


def _extra_cases(seed: int, n: int) -> list[tuple[str, str, str, str]]:
    """(question, shape, unit, second unit): a set's earliest / latest deadline, its share of the plan, two lead
    units compared."""
    rng = random.Random(seed)
    names = _unit_names()
    out = []
    for _ in range(n):
        pad = rng.choice(PADDING)
        typed, unit = rng.choice(names)
        if (second := _second_unit(rng, names, typed, unit)) is None:
            continue
        typed2, unit2 = second
        shape = rng.choice(["earliest", "latest", "share", "compare"])
        if shape == "earliest":
            question = f"{pad}{typed}参与的举措里{rng.choice(['最早到期的是哪几条', '最早要完成的有哪些'])}"
        elif shape == "latest":
            question = f"{pad}{typed}参与的举措，{rng.choice(['完成时限最晚的是哪几条', '最晚到期的有哪些'])}"
        elif shape == "share":
            question = f"{pad}{typed}参与的举措占{rng.choice(['全部384条', '全部举措', '总数'])}的比例是多少"
        else:
            versus = rng.choice([f"比{typed2}牵头的多几条", f"和{typed2}牵头的相比差几条", f"跟{typed2}比谁牵头的多"])
            question = f"{pad}{typed}牵头的有多少条？{versus}"
        out.append((question, shape, unit, unit2))
    return out


EXTRA = _extra_cases(seed=20261128, n=240)


@pytest.mark.parametrize("chunk", range(2))
def test_generated_superlatives_shares_and_comparisons(runtime, corpus, chunk: int) -> None:  # type: ignore[no-untyped-def]
    failures = []
    for question, shape, unit, unit2 in EXTRA[chunk::2]:
        taking_part = [m for m in corpus.measures if unit in m.units]
        a = ask(runtime, question)
        if shape in ("earliest", "latest"):
            dated = [m for m in taking_part if m.deadline.year and m.deadline.month]
            if not dated:
                continue
            when = (min if shape == "earliest" else max)((m.deadline.year, m.deadline.month) for m in dated)
            ok = list(a.citations) == [m.number for m in dated if (m.deadline.year, m.deadline.month) == when]
        elif shape == "share":
            n = len(taking_part)
            ok = a.count == n and f"{100 * n / len(corpus.measures):.1f}%" in a.answer
        else:
            first = len([m for m in corpus.measures if m.lead_unit == unit])
            second = len([m for m in corpus.measures if m.lead_unit == unit2])
            ok = a.count == first and f"：{second}条" in a.answer
        if not ok:
            failures.append(f"{question} → {a.understood['conditions']} {a.count} {list(a.citations)[:5]}")
    assert not failures, f"{len(failures)} misread:\n" + "\n".join(failures[:15])


REQUESTS = ["请问", "麻烦你帮我查一下", "能不能告诉我", "帮忙看看", "你好，我想知道", "您好，麻烦问一下", "可不可以帮我查查",
            "我想了解一下", "麻烦查下", "麻烦统计一下", "帮我数一下"]
CLOSINGS = ["", "，谢谢", "，麻烦了", "？麻烦查一下", "，辛苦了", "，多谢"]


def test_words_addressing_the_assistant_are_its_frame(runtime, corpus) -> None:  # type: ignore[no-untyped-def]
    """"请问…", "帮我查一下…", "…，谢谢" are how a question is put: the same exact set, and no word left unused (the
    seventeenth operator trial: 帮我查一下 listed 我查、一下 as unused)."""
    rng = random.Random(20261129)
    names = _unit_names()
    failures = []
    for _ in range(120):
        typed, unit = rng.choice(names)
        role, pred = rng.choice(ROLES[:3])
        asking, intent = rng.choice([("有哪些？", "list"), ("一共有多少条？", "count"), ("有几条", "count")])
        question = f"{rng.choice(REQUESTS)}{typed}{role}的举措{asking}{rng.choice(CLOSINGS)}"
        expected = [m.number for m in corpus.measures if pred(unit)(m)]
        a = ask(runtime, question)
        if list(a.citations) != expected or a.understood["intent"] != intent or a.understood.get("unused"):
            failures.append(f"{question} → {a.understood.get('unused')} {len(a.citations)} vs {len(expected)}")
    assert not failures, f"{len(failures)} misread:\n" + "\n".join(failures[:15])
