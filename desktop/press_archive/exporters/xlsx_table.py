"""XLSX (openpyxl): one row per item with real dates and booleans, the header frozen and bold.

Excel refuses a workbook whose cells hold XML control characters or more than 32,767 characters,
and openpyxl would store a title that starts with "=" as a formula: each cell is made safe here so
the file opens without a repair prompt. A second sheet says what was exported and when.
"""

from __future__ import annotations

import datetime as dt
import gc
import io
import re
import sys
from collections.abc import Iterable
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from press_archive.exporters.records import ExportMeta, ExportRecord, field_names, meta_as_dict
from press_archive.exporters.table import Cell, table_rows

EXCEL_CELL_LIMIT = 32_767
TRUNCATION_MARK = " […]"
DATE_FORMAT = "yyyy-mm-dd"
#: Characters XML 1.0 does not allow, which Excel rejects: C0 controls other than tab and line ends.
_XML_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
#: Column widths in characters; a column not named here gets the default.
COLUMN_WIDTHS = {"id": 18, "citation_key": 26, "date": 11, "title": 60, "body": 80, "urls": 40,
                 "sources": 30, "attachments": 30, "lead_of": 18, "publisher": 30, "tags": 24, "note": 50}
DEFAULT_WIDTH = 12


def _safe_text(text: str) -> str:
    text = _XML_ILLEGAL.sub("", text)
    if len(text) > EXCEL_CELL_LIMIT:
        text = text[: EXCEL_CELL_LIMIT - len(TRUNCATION_MARK)] + TRUNCATION_MARK
    return text


def _put(sheet: Worksheet, row: int, column: int, value: Cell) -> None:
    cell = sheet.cell(row=row, column=column)
    if isinstance(value, str):
        cell.value = _safe_text(value)
        cell.data_type = "s"  # text even when it starts with "=": never a formula
    else:
        cell.value = value
        if isinstance(value, dt.date):
            cell.number_format = DATE_FORMAT


def _items_sheet(sheet: Worksheet, records: Iterable[ExportRecord], with_user_data: bool) -> None:
    header = field_names(with_user_data)
    bold = Font(bold=True)
    for column, name in enumerate(header, start=1):
        _put(sheet, 1, column, name)
        sheet.cell(row=1, column=column).font = bold
        sheet.column_dimensions[get_column_letter(column)].width = COLUMN_WIDTHS.get(name, DEFAULT_WIDTH)
    for row, values in enumerate(table_rows(records, with_user_data), start=2):
        for column, value in enumerate(values, start=1):
            _put(sheet, row, column, value)
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = sheet.dimensions


def _about_sheet(sheet: Worksheet, meta: ExportMeta) -> None:
    for row, (name, value) in enumerate(meta_as_dict(meta).items(), start=1):
        _put(sheet, row, 1, name)
        _put(sheet, row, 2, value if isinstance(value, str | bool | int) or value is None else str(value))
    sheet.column_dimensions["A"].width = 16
    sheet.column_dimensions["B"].width = 60
    for cell in sheet["B"]:
        cell.alignment = Alignment(wrap_text=True)


def write_xlsx(records: Iterable[ExportRecord], meta: ExportMeta, path: Path) -> None:
    book = Workbook()
    items = book.worksheets[0]  # a new workbook has one empty sheet
    items.title = "Items"
    _items_sheet(items, records, meta.with_user_data)
    _about_sheet(book.create_sheet("Export"), meta)
    book.properties.title = f"Press Archive export: {meta.selection}"
    book.properties.creator = meta.generator
    path.write_bytes(_saved(book))


def _saved(book: Workbook) -> bytes:
    """The workbook's file, built in memory.

    openpyxl writes each sheet to a temporary file first; when that fails (a full disk) its half-done
    zip and sheet writers fail again while they are collected, each printing "Exception ignored" and
    a traceback. The failure is raised once, as a plain OSError, and their noise is dropped.
    """
    content = io.BytesIO()
    failure: OSError | None = None
    hook = sys.unraisablehook
    sys.unraisablehook = lambda _unraisable: None
    try:
        try:
            book.save(content)
        except OSError as error:
            failure = OSError(error.errno, error.strerror)
        gc.collect()
    finally:
        sys.unraisablehook = hook
    if failure is not None:
        raise failure
    return content.getvalue()
