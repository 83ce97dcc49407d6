"""What the workbench shows, as plain functions over the records: answer text, result table, detail panel."""

from __future__ import annotations

import re
from typing import Any

from assistant.compose import lookup_text
from corpus.models import Corpus

TABLE_COLUMNS = ["序号", "一级指标", "二级指标", "牵头单位", "完成时限", "标记", "重点举措"]
ALL = "（全部）"
ROLES = ["参与", "牵头", "参与但不牵头"]
DEADLINES = [ALL, *(f"{m}月" for m in range(5, 13)), "仅持续推进", "2022年"]
SECTION_LABEL = re.compile(r"【(行动[一二三四五六七八九十]+|注\d|总体目标|通知)】")


def answer_text(result: dict[str, Any]) -> str:
    """The count first (for a set answer), then how the question was read (once), then the items. Plain
    text with 【第N条】 labels, so that copying a message gives clean text; the page makes labels clickable."""
    lines = result["answer"].split("\n")
    understood, body = lines[0], "\n".join(lines[1:]).strip()
    count = result.get("count")
    if count is None:
        return f"{understood}\n\n{body}".strip()
    body = re.sub(r"^(?:共\d+条(?:（[^）]*）)?：|符合条件的举措共 \d+ 条(?:（[^）]*）)?。)\n?", "", body, count=1)
    return f"共{count}条\n{understood}\n\n{body}".strip()


def table_rows(corpus: Corpus, numbers: list[int]) -> list[list[Any]]:
    rows = []
    for n in numbers:
        m = corpus.measure(n)
        if m is None:
            continue
        level2 = "、".join(i.name for k in m.level2_group if (i := corpus.indicator(2, k)) is not None)
        rows.append([m.number, m.level1.name, level2, m.lead_unit, m.deadline.label, "".join(m.marker_symbols), m.text])
    return rows


def scope_text(state: dict[str, Any] | None) -> str:
    """What the next follow-up ("其中…") will narrow."""
    results = ((state or {}).get("state") or {}).get("results") or []
    if results:
        return f"追问范围：上一轮结果（{len(results)}条）。问“其中…”会在这些举措里筛选；点“新对话”回到全部举措。"
    return "追问范围：全部384条举措。"


def unit_choices(corpus: Corpus) -> list[str]:
    counts: dict[str, int] = {}
    for m in corpus.measures:
        for u in m.units:
            counts[u] = counts.get(u, 0) + 1
    return [ALL, *sorted(counts, key=lambda u: (-counts[u], u))]


def level1_choices(corpus: Corpus) -> list[str]:
    return [ALL, *(i.name for i in corpus.level1())]


def marker_choices(corpus: Corpus) -> list[str]:
    return [ALL, *(f"{s} {meaning}" for s, meaning in corpus.legend.items())]


def detail_markdown(corpus: Corpus, key: str) -> str:
    """The detail panel for a citation key: "m96" (a measure) or "s:action-3" (a body section)."""
    if key.startswith("s:"):
        wanted = section_id(key[2:]) or key[2:]
        section = next((s for s in corpus.sections if s.id == wanted), None)
        if section is None:
            return "没有这一部分。"
        return f"### {section.label}{section.title}\n\n{section.text}"
    m = corpus.measure(int(key[1:])) if re.fullmatch(r"m\d{1,4}", key) else None
    if m is None:
        return "没有这条举措。"
    return "### 举措详情\n\n" + lookup_text(m, corpus).replace("\n", "\n\n")


def section_id(label: str) -> str | None:
    """【行动三】 -> action-3, 【注4】 -> note-4, 【总体目标】 -> preamble, 【通知】 -> notice."""
    from corpus.numerals import cn_to_int

    if label.startswith("行动"):
        return f"action-{cn_to_int(label[2:])}"
    if label.startswith("注"):
        return f"note-{label[1:]}"
    return {"总体目标": "preamble", "通知": "notice"}.get(label)
