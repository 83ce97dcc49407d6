"""``policyqa corpus check``: counts, invariants and the marker comparison with the legend."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from corpus.models import Corpus
from corpus.parse import ParseReport


@lru_cache(maxsize=4)
def printed_twice(corpus: Corpus) -> dict[int, int]:
    """Measures the plan prints twice (68/86, 69/87, 70/89 under two level-2 indicators; 358/364 twice under one):
    the same first sentence; each number maps to its twin."""
    by_opening: dict[str, list[int]] = {}
    for m in corpus.measures:
        opening = re.split(r"[。；;]", m.text, maxsplit=1)[0]
        if len(opening) >= 20:
            by_opening.setdefault(opening, []).append(m.number)
    return {a: b for pair in by_opening.values() if len(pair) == 2 for a, b in (pair, pair[::-1])}


@dataclass(frozen=True)
class CheckResult:
    counts: dict[str, int]
    failures: tuple[str, ...]  # broken invariants: exit status non-zero
    marker_rows: tuple[tuple[str, str, int, int, tuple[int, ...]], ...]  # symbol, meaning, found, stated, measures
    notices: tuple[str, ...]  # not failures: overrides applied, deadlines not printed / inferred

    @property
    def ok(self) -> bool:
        return not self.failures


def stated_totals(corpus: Corpus) -> dict[str, int]:
    """Totals the preamble states ("紧扣 384 条重点举措", "21 个重点方面")."""
    preamble = next((s.text for s in corpus.sections if s.id == "preamble"), "")
    out = {}
    if m := re.search(r"(\d+)\s*条重点举措", preamble):
        out["measures"] = int(m.group(1))
    if m := re.search(r"(\d+)\s*个重点方面", preamble):
        out["level1"] = int(m.group(1))
    return out


def check_corpus(corpus: Corpus, report: ParseReport) -> CheckResult:
    measures = corpus.measures
    level1, level2 = corpus.level1(), corpus.level2()
    units = {u for m in measures for u in m.units}
    counts = {
        "measures": len(measures),
        "level1": len(level1),
        "level2": len(level2),
        "level2_without_measures": sum(1 for i in level2 if not i.measures),
        "sections": len(corpus.sections),
        "actions": sum(1 for s in corpus.sections if s.kind == "action"),
        "legend_notes": sum(1 for s in corpus.sections if s.kind == "note"),
        "units": len(units),
    }
    failures: list[str] = list(report.problems)
    numbers = [m.number for m in measures]
    if numbers != list(range(1, len(numbers) + 1)):
        dupes = [n for n, c in Counter(numbers).items() if c > 1]
        gaps = sorted(set(range(1, max(numbers) + 1)) - set(numbers))
        failures.append(f"举措编号不连续或重复：缺 {gaps}，重复 {dupes} / numbers not contiguous and unique")
    for key, stated in stated_totals(corpus).items():
        if counts[key] != stated:
            failures.append(f"{key}: 解析得 {counts[key]}，正文称 {stated} / parsed count differs from the stated total")
    failures += [f"第{n}条单位不在 units.toml：{u} / unknown unit" for n, u in report.unknown_units]
    for m in measures:
        if not m.units:
            failures.append(f"第{m.number}条没有责任单位 / measure has no unit")
        if not m.level2.name or not m.level1.name:
            failures.append(f"第{m.number}条缺少指标 / measure has no indicator")
        if not m.text or re.match(r"^\d+[.．]", m.text):
            failures.append(f"第{m.number}条正文异常 / bad text: {m.text[:20]}")
        d = m.deadline
        if d.printed and d.year is None and not d.ongoing:
            failures.append(f"第{m.number}条完成时限无法解析：{d.raw} / unparsed deadline")
    parents = {i.number: i.parent for i in level2}
    for m in measures:
        for n in m.level2_group:
            if parents.get(n) != m.level1.number:
                failures.append(f"二级指标{n}不属于一级指标{m.level1.number}（第{m.number}条）/ level-2 outside its level-1")
    for ind in level2:
        if not ind.measures and ind.note is None and not ind.observation:
            failures.append(f"二级指标{ind.number}{ind.name}没有举措且未标“无” / level-2 without measures")
    for ind in level1:
        if not ind.lead_leader:
            failures.append(f"一级指标{ind.number}{ind.name}没有牵头领导 / level-1 without lead leader")
    return CheckResult(counts, tuple(failures), _marker_rows(corpus), _notices(corpus, report))


def _marker_rows(corpus: Corpus) -> tuple[tuple[str, str, int, int, tuple[int, ...]], ...]:
    rows = []
    for symbol, meaning in corpus.legend.items():
        members = tuple(m.number for m in corpus.measures if symbol in m.marker_symbols)
        rows.append((symbol, meaning, len(members), corpus.legend_counts.get(symbol, -1), members))
    return tuple(rows)


def _notices(corpus: Corpus, report: ParseReport) -> tuple[str, ...]:
    notices = [f"人工校订 {line}" for line in report.overrides_applied]
    for m in corpus.measures:
        if m.deadline.inferred_from:
            notices.append(f"第{m.number}条完成时限推定为“{m.deadline.raw}”：{m.deadline.note}")
        elif not m.deadline.printed:
            notices.append(f"第{m.number}条原表未印完成时限（记录为“未列明”）")
    inherited = sum(1 for m in corpus.measures for k in m.markers if k.source != "measure")
    notices.append(f"{inherited} 个标记由所属指标（★/●）继承到举措 / markers inherited from their indicator")
    return tuple(notices)


def format_check(result: CheckResult) -> str:
    c = result.counts
    lines = [
        f"举措 measures: {c['measures']}",
        f"一级指标 level-1: {c['level1']}",
        f"二级指标 level-2: {c['level2']}（其中无具体举措 {c['level2_without_measures']} 项 / without measures）",
        f"正文段落 sections: {c['sections']}（行动 {c['actions']}，图例注 {c['legend_notes']}）",
        f"责任单位 units: {c['units']}",
        "",
        "标记 markers（解析 found / 图例 stated）:",
    ]
    for symbol, meaning, found, stated, members in result.marker_rows:
        flag = "一致 ok" if found == stated else f"不一致 differs by {found - stated:+d}"
        lines.append(f"  {symbol} {meaning}: {found} / {stated}  {flag}")
        if found != stated:
            lines.append(f"     第 {', '.join(map(str, members))} 条")
    lines += ["", "说明 notices:"] + [f"  - {n}" for n in result.notices]
    if result.failures:
        lines += ["", f"不变量检查失败 FAILED ({len(result.failures)}):"] + [f"  ✗ {f}" for f in result.failures]
    else:
        lines += ["", "不变量检查通过 all invariants hold"]
    return "\n".join(lines)
