from __future__ import annotations

import csv
import io
from pathlib import Path

from assistant.export import COLUMNS, ledger_csv, ledger_xlsx
from corpus.models import Corpus


def test_csv_ledger_columns_and_rows(corpus: Corpus) -> None:
    data = ledger_csv(corpus, [96, 98, 9999])
    assert data.startswith("\ufeff".encode())  # Excel reads the Chinese text as UTF-8
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    assert rows[0] == COLUMNS
    assert [r[0] for r in rows[1:]] == ["96", "98"]  # unknown numbers are skipped, never invented
    assert rows[1][1:3] == ["纳税", "纳税次数"] and rows[1][5] == "市税务局" and rows[1][7] == "2021年8月并持续推进"


def test_xlsx_ledger_reads_back(corpus: Corpus, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    path = ledger_xlsx(corpus, [185, 186], tmp_path / "台账.xlsx")
    sheet = load_workbook(path).active
    values = list(sheet.iter_rows(values_only=True))
    assert list(values[0]) == COLUMNS
    assert values[1][0] == 185 and "董事责任程度" in values[1][2] and values[2][6] == "王琪、马泽波"
    assert not list(tmp_path.glob("*.tmp.xlsx"))


def test_xlsx_has_frozen_header_filter_and_provenance(corpus: Corpus, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    path = ledger_xlsx(corpus, [6, 98, 99, 100], tmp_path / "台账.xlsx", "哪些举措由市税务局牵头且6月到期",
                       ["牵头单位=市税务局", "完成时限=6月"])
    book = load_workbook(path)
    sheet = book["重点举措台账"]
    assert sheet.freeze_panes == "A2" and sheet.auto_filter.ref == "A1:H5"
    about = {row[0]: row[1] for row in book["查询说明"].iter_rows(values_only=True)}
    assert about["问题"] == "哪些举措由市税务局牵头且6月到期" and about["筛选条件"] == "牵头单位=市税务局；完成时限=6月"
    assert about["条数"] == 4 and "资府办发〔2021〕17号" in about["依据"] and about["导出时间"].startswith("20")
