"""Exporting items to files other programs open: spreadsheets, notes, reference managers, reports.

`export_items(archive, selection, format, target, ...)` is the whole API; `FORMATS` lists the formats.
Every format reads the same `ExportRecord`s and every file is written atomically.
"""

from press_archive.exporters.errors import (
    ExportCancelledError,
    ExportError,
    TargetExistsError,
    UnknownFormatError,
)
from press_archive.exporters.registry import FORMATS, ExportFormat, find_format
from press_archive.exporters.run import CancelCheck, ExportProgress, export_items
from press_archive.exporters.selection import (
    CollectionSelection,
    IdSelection,
    QuerySelection,
    Selection,
    TagSelection,
    select_item_ids,
)

__all__ = [
    "FORMATS",
    "CancelCheck",
    "CollectionSelection",
    "ExportCancelledError",
    "ExportError",
    "ExportFormat",
    "ExportProgress",
    "IdSelection",
    "QuerySelection",
    "Selection",
    "TagSelection",
    "TargetExistsError",
    "UnknownFormatError",
    "export_items",
    "find_format",
    "select_item_ids",
]
