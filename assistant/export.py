"""A result list as a task ledger (台账): CSV and Excel, with the columns civil servants keep."""

from __future__ import annotations

import csv
import io
from datetime import datetime
from pathlib import Path

from corpus.models import Corpus, Measure

COLUMNS = ["序号", "一级指标", "二级指标", "重点举措", "责任单位", "牵头单位", "责任领导", "完成时限"]


def ledger_rows(corpus: Corpus, numbers: list[int]) -> list[list[str]]:
    rows = []
    for n in numbers:
        m: Measure | None = corpus.measure(n)
        if m is None:
            continue
        level2 = "、".join(i.name for k in m.level2_group if (i := corpus.indicator(2, k)) is not None)
        rows.append([
            str(m.number), m.level1.name, level2, m.text, "、".join(m.units), m.lead_unit,
            "、".join(m.leader), m.deadline.label,
        ])
    return rows


def ledger_csv(corpus: Corpus, numbers: list[int]) -> bytes:
    """UTF-8 with BOM, so that Excel opens the Chinese text correctly."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(COLUMNS)
    writer.writerows(ledger_rows(corpus, numbers))
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def ledger_xlsx(
    corpus: Corpus, numbers: list[int], path: Path, question: str = "", conditions: list[str] | None = None,
) -> Path:
    """The ledger sheet (frozen header row, auto-filter) and a sheet saying where it came from: the question,
    the conditions it was understood as, the document and the time of export."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    book = Workbook()
    sheet = book.active
    sheet.title = "重点举措台账"
    sheet.append(COLUMNS)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in ledger_rows(corpus, numbers):
        sheet.append([int(row[0]), *row[1:]])
    for column, width in zip("ABCDEFGH", (6, 14, 18, 60, 40, 20, 12, 18), strict=True):
        sheet.column_dimensions[column].width = width
    for row in sheet.iter_rows(min_row=2):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = sheet.dimensions
    about = book.create_sheet("查询说明")
    for label, value in (
        ("问题", question or "（未提供）"),
        ("筛选条件", "；".join(conditions or []) or "（无）"),
        ("条数", len(sheet["A"]) - 1),
        ("依据", f"《{corpus.title}》（{corpus.doc_number}）"),
        ("导出时间", datetime.now().strftime("%Y-%m-%d %H:%M:%S")),
    ):
        about.append([label, value])
    about.column_dimensions["A"].width, about.column_dimensions["B"].width = 12, 80
    tmp = path.with_suffix(".tmp.xlsx")
    book.save(tmp)
    tmp.replace(path)
    return path
