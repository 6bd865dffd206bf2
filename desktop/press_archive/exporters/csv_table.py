"""CSV: UTF-8, comma-separated, every field quoted where needed (RFC 4180, CRLF line ends).

The `csv-excel` variant starts with a byte order mark: without it Excel reads UTF-8 as the system's
code page and shows Russian as mojibake; with it LibreOffice and Excel both open the file as it is.

A spreadsheet runs a cell that starts with `=`, `+`, `-` or `@` (or a tab or carriage return before
one) as a formula: a page's text could then reach the network or other files from a colleague's
machine. As OWASP recommends, such a cell gets a leading apostrophe, which spreadsheets show as
text; `raw_cells` (for scripts) keeps every cell as stored.
"""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Iterable
from pathlib import Path

from press_archive.exporters.records import ExportMeta, ExportRecord, field_names
from press_archive.exporters.table import Cell, table_rows

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
FORMULA_GUARD = "'"


def neutralise_formula(text: str) -> str:
    """The text as a spreadsheet shows it but never runs it."""
    return FORMULA_GUARD + text if text.startswith(FORMULA_STARTS) else text


def _text(cell: Cell) -> str:
    if cell is None:
        return ""
    if isinstance(cell, bool):
        return "true" if cell else "false"
    if isinstance(cell, dt.date):
        return cell.isoformat()
    return str(cell)


def _write(records: Iterable[ExportRecord], meta: ExportMeta, path: Path, encoding: str) -> None:
    with path.open("w", encoding=encoding, newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(field_names(meta.with_user_data))
        for row in table_rows(records, meta.with_user_data):
            cells = [_text(cell) for cell in row]
            writer.writerow(cells if meta.raw_cells else [neutralise_formula(cell) for cell in cells])


def write_csv(records: Iterable[ExportRecord], meta: ExportMeta, path: Path) -> None:
    _write(records, meta, path, "utf-8")


def write_csv_for_excel(records: Iterable[ExportRecord], meta: ExportMeta, path: Path) -> None:
    _write(records, meta, path, "utf-8-sig")
