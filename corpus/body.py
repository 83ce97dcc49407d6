"""The body of the plan: notice header, preamble (总体目标), the ten actions, and the legend notes."""

from __future__ import annotations

import re
from dataclasses import dataclass

from corpus.models import Section
from corpus.numerals import CN_NUMERAL_CHARS, cn_to_int, int_to_cn
from corpus.text import squeeze, strip_markup, to_half_width

_ACTION = re.compile(rf"^\*\*([{CN_NUMERAL_CHARS}]+)、(.+?)[。.]?\*\*(.*)$", re.S)
_LEGEND = re.compile(r"^-?\s*(?:注[:：])?\s*(\d)\s*[.．]\s*([★☆○◎●▲△⊙])\s*[:：](.*)$")
_LEGEND_COUNT = re.compile(r"重点(?:举措|任务)\s*(\d+)\s*项|(\d+)\s*项重点(?:举措|任务)")


@dataclass(frozen=True)
class Header:
    doc_number: str
    issuer: str
    issued: str  # ISO date
    title: str  # the plan's title
    attachment: str = ""  # the attachment's title (附件：…)


def clean(text: str) -> str:
    return squeeze(to_half_width(strip_markup(text))).replace("**", "")


def paragraphs(lines: list[str]) -> list[str]:
    out, current = [], []
    for line in lines:
        if line.strip():
            current.append(line.strip())
        elif current:
            out.append(" ".join(current))
            current = []
    if current:
        out.append(" ".join(current))
    return out


def parse_body(lines: list[str]) -> tuple[Header, list[Section]]:
    paras = paragraphs(lines)
    headings = [p for p in paras if p.startswith("# ")]
    issuer = next((p[3:].strip() for p in paras if p.startswith("## ")), "")
    doc_number = next((m.group(0) for p in paras if (m := re.search(r"\S+〔\d{4}〕\d+号", p))), "")
    date = next((m for p in paras if (m := re.fullmatch(r"(\d{4})年(\d{1,2})月(\d{1,2})日", clean(p)))), None)
    issued = f"{date.group(1)}-{int(date.group(2)):02d}-{int(date.group(3)):02d}" if date else ""
    plan_title = clean(headings[-1][2:]) if headings else ""
    notice_title = clean(headings[0][2:]) if headings else ""

    plan_start = paras.index(headings[-1]) + 1 if headings else 0
    notice = [clean(p) for p in paras[: plan_start - 1] if not p.startswith("#")]
    sections = [Section("notice", "header", None, notice_title, "\n".join(notice), "【通知】")]

    preamble: list[str] = []
    actions: list[list[str]] = []
    for para in paras[plan_start:]:
        if clean(para).startswith("附件"):
            break
        match = _ACTION.match(para)
        if match:
            actions.append([match.group(1), clean(match.group(2)), clean(match.group(3))])
        elif actions:
            actions[-1][2] += clean(para)  # a paragraph split by a page break
        else:
            preamble.append(clean(para))
    sections.append(Section("preamble", "preamble", None, "总体目标", "".join(preamble), "【总体目标】"))
    for numeral, title, text in actions:
        number = cn_to_int(numeral) or 0
        sections.append(
            Section(f"action-{number}", "action", number, title, text, f"【行动{int_to_cn(number)}】")
        )
    attachment = next((m.group(1) for p in paras if (m := re.match(r"附件[：:]\s*(\S.*)", clean(p)))), "")
    return Header(doc_number, issuer, issued, plan_title, attachment), sections


def parse_legend(lines: list[str]) -> tuple[dict[str, str], dict[str, int], list[Section]]:
    """Legend notes '注：1.★：…重点任务14项' -> meanings, stated counts and one Section per note."""
    meanings: dict[str, str] = {}
    counts: dict[str, int] = {}
    sections = []
    for line in lines:
        match = _LEGEND.match(clean(line))
        if not match:
            continue
        number, symbol, text = int(match.group(1)), match.group(2), match.group(3).strip()
        meanings[symbol] = re.split(r"[，,；]", text, maxsplit=1)[0]
        count = _LEGEND_COUNT.search(text)
        if count:
            counts[symbol] = int(count.group(1) or count.group(2))
        sections.append(Section(f"note-{number}", "note", number, f"注{number} {symbol}", f"{symbol}：{text}", f"【注{number}】"))
    return meanings, counts, sections
