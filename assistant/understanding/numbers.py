"""Numbers a question names: measures (第12条, 第3、5条, 第90条到第95条) and the ten actions (行动三, 第七项行动)."""

from __future__ import annotations

import re
from functools import lru_cache

from assistant.understanding.spans import Spans
from corpus.models import Corpus
from corpus.numerals import cn_to_int, int_to_cn

# "第七项行动", "行动三", "十大行动里第九个" / "十大行动的第五项"
ACTION = re.compile(r"第([一二三四五六七八九十\d]{1,2})(?:项|个|大)?行动|行动([一二三四五六七八九十]{1,2}|\d{1,2}(?![\d.]))"
                    r"|(?:十大|10大|十项|十个)行动(?:里|中|当中|里面|之中)?(?:的)?第([一二三四五六七八九十\d]{1,2})(?:项|个|条)?")


_TOTAL_BEFORE = re.compile(r"(?:全部|全体|总共|一共|总计|所有|总数|共)$")
# "举措只有3条的指标", "超过20条": a number of measures, not measure 3 (bare numbers only; 第3条 is a measure)
_AMOUNT_BEFORE = re.compile(r"(?:只有|仅有|只|仅|恰好|正好|刚好|不到|少于|不足|超过|多于|大于|小于|不少于|不超过|至少|最多|最少)$")
_AMOUNT_AFTER = re.compile(r"^(?:及|或)?(?:以上|以下|以内)")


def number_of(raw: str) -> int | None:
    """"12" or "十二" -> 12 (None when it is neither)."""
    return int(raw) if raw.isdigit() else cn_to_int(raw)


def read_action(text: str, corpus: Corpus | None = None) -> int | None:
    """"行动三", "第七项行动" -> 3, 7; with ``corpus``, an action named by its title too ("服务时间提速行动里",
    "区域一体共建方面": the title without 实施…行动, as the body prints it)."""
    m = ACTION.search(text)
    if m:
        return number_of(next(g for g in m.groups() if g))
    if corpus is None:
        return None
    # the whole name anywhere; its first four characters before 行动 ("减税降费行动里"), when no other action's
    # name starts so
    names = action_names(corpus)
    short = {name[:4]: n for name, n in names if sum(o[:4] == name[:4] for o, _ in names) == 1}
    return next((n for name, n in names if name in text), None) or next(
        (n for head, n in short.items() if re.search(re.escape(head) + r"(?:专项)?行动", text)), None)


@lru_cache(maxsize=4)
def action_names(corpus: Corpus) -> tuple[tuple[str, int], ...]:
    """The actions' names as the body titles them (实施服务时间提速行动 -> 服务时间提速), with their numbers."""
    out = []
    for section in corpus.sections:
        if section.kind == "action" and (m := re.fullmatch(r"实施(.{4,})行动", section.title)):
            out.append((m.group(1), int(section.id.rsplit("-", 1)[1])))
    return tuple(out)


@lru_cache(maxsize=4)
def named_rules(corpus: Corpus) -> tuple[str, ...]:
    """Policies the body names by a number of articles (民营经济发展“25 条”): "25条" after a name is one of them."""
    texts = [x.text for x in corpus.sections if x.kind != "note"]
    return tuple(dict.fromkeys(re.sub(r"\s", "", m.group(1)) for t in texts for m in re.finditer(r"[“\"](\d+\s*条)[”\"]", t)))


def named_rule_said(rule: str) -> str:
    """How a question names a policy the body names by its articles ("25条"): "25条" or "二十五条" after a name, or in
    quotes of its own ("民营经济发展那个“25条”具体是哪些内容": blind71 q27 read 第25条), never 第25条 (a measure)."""
    said = f"(?:{rule[:-1]}|{int_to_cn(int(rule[:-1]))}){rule[-1]}"
    return rf"(?:(?<=[\u4e00-\u9fff])(?<![第零〇一二两三四五六七八九十百\d])|[“\"‘「]){said}"


def read_numbers(spans: Spans, named: tuple[str, ...] = ()) -> list[int]:
    """Measure numbers named (第12条, 第3、5条, 第90条到第95条, 举措12), their spans taken; ``named``: policies the
    body names by a number of articles, read as such after a name ("民营经济25条是在哪个行动里提的")."""
    for rule in named:
        for m in re.finditer(named_rule_said(rule), spans.text):
            spans.take(*m.span())
    out: list[int] = []
    for m in re.finditer(r"第\s*(?:-|－|−|负)\s*(\d{1,3})\s*条", spans.text):  # "第-5条": no such number, said so
        out.append(-int(m.group(1)))
        spans.take(*m.span())
    for m in re.finditer(r"第?(\d{1,3})\s*条?\s*(?:到|至|-|~|—|－)\s*第?(\d{1,3})\s*条", spans.text):  # 第90条到第95条
        first, last = int(m.group(1)), int(m.group(2))
        if first <= last:
            out += range(first, last + 1)
            spans.take(*m.span())
    for m in re.finditer(r"第(\d{1,3}(?:\s*[、，,和及与]\s*第?\d{1,3})+)\s*条", spans.text):  # "第3、5条"
        out += [n for n in map(int, re.findall(r"\d{1,3}", m.group(1))) if n not in out]
        spans.take(*m.span())
    patterns = [
        r"第([\d零〇一二两三四五六七八九十百]{1,6})条",
        # "三百三十条谁负责": a number in characters, two at least, without 第
        r"(?<![第\d零〇一二两三四五六七八九十百几])([一二两三四五六七八九十百][零〇一二两三四五六七八九十百]{1,5})条(?!重点|举措|措施)",
        r"举措\s*(\d{1,3})(?!\d)",
        r"(?<!\d)(\d{1,3})\s*号(?:举措)",
        r"(?<![\d第])(\d{1,3})\s*条(?!重点|举措|措施)",
        r"(?:编号|序号)(?:为|是)?\s*(\d{1,3})(?!\d)",
    ]
    for pattern in patterns:
        for m in re.finditer(pattern, spans.text):
            if not spans.free(*m.span()) or _TOTAL_BEFORE.search(spans.text[: m.start()]):
                continue  # "占全部384条的比例": the plan's total, not measure 384
            if not m.group(0).startswith("第") and (_AMOUNT_BEFORE.search(spans.text[: m.start()])
                                                   or _AMOUNT_AFTER.search(spans.text[m.end():])):
                continue
            number = number_of(m.group(1))
            if number is not None and number not in out:
                out.append(number)
                spans.take(*m.span())
    return out
