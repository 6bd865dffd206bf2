"""Records as rows of one flat table, for the formats that are spreadsheets (CSV and XLSX).

A cell holds one value: list fields are joined one entry per line (the body one paragraph per blank
line, as the archive stores it), so a spreadsheet shows them on separate lines of one cell and a
script gets them back with `split("\\n")`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator

from press_archive.exporters.records import ExportRecord, record_as_dict

Cell = str | bool | int | dt.date | None

PARAGRAPH_SEPARATOR = "\n\n"
LIST_SEPARATOR = "\n"


def _cell(name: str, value: object) -> Cell:
    if isinstance(value, list):
        separator = PARAGRAPH_SEPARATOR if name == "body" else LIST_SEPARATOR
        return separator.join(str(entry) for entry in value)
    if name == "date" and isinstance(value, str):
        return dt.date.fromisoformat(value)
    if value is None or isinstance(value, str | bool | int):
        return value
    raise TypeError(f"column {name} holds a {type(value).__name__}, which no table cell can")


def table_rows(records: Iterable[ExportRecord], with_user_data: bool) -> Iterator[list[Cell]]:
    for record in records:
        yield [_cell(name, value) for name, value in record_as_dict(record, with_user_data).items()]
