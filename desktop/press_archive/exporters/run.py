"""`export_items`: a selection of the archive into a file of one format, all of it or nothing.

The window and the command line both call this. Progress is reported item by item while the records
are read; cancelling (or any error) stops the export and removes what was written so far, leaving
an existing target as it was.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator, Sequence
from contextlib import AbstractContextManager
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import BinaryIO

from press_archive import atomic
from press_archive.archive import Archive, ItemNotFound
from press_archive.exporters.errors import ExportCancelledError, ExportError, TargetExistsError
from press_archive.exporters.records import ExportMeta, ExportRecord, make_record
from press_archive.exporters.registry import ExportFormat, find_format
from press_archive.exporters.selection import Selection, select_item_ids, selection_query

#: Called with (items done, items in all) after each item is read.
ExportProgress = Callable[[int, int], None]
#: Asked before each item; returning True stops the export and removes its partial output.
CancelCheck = Callable[[], bool]
#: Items whose user data is read in one go.
ANNOTATION_BATCH = 500
#: How an export to a stream is named in messages.
STREAM_NAME = "<stdout>"


def _generator() -> str:
    try:
        return f"Press Archive {version('press-archive')}"
    except PackageNotFoundError:
        return "Press Archive"


def _records(
    archive: Archive,
    item_ids: Sequence[str],
    with_user_data: bool,
    progress: ExportProgress | None,
    cancel: CancelCheck | None,
    target: str,
) -> Iterator[ExportRecord]:
    total = len(item_ids)
    for start in range(0, total, ANNOTATION_BATCH):
        batch = item_ids[start : start + ANNOTATION_BATCH]
        annotations = archive.user.annotations(batch) if with_user_data else {}
        for done, item_id in enumerate(batch, start=start + 1):
            if cancel is not None and cancel():
                raise ExportCancelledError(target)
            try:
                item = archive.item(item_id)
            except ItemNotFound as error:
                reason = f"item {item_id} left the archive during the export"
                raise ExportError(target, reason) from error
            yield make_record(item, annotations.get(item.id))
            if progress is not None:
                progress(done, total)


def _destination(
    export_format: ExportFormat, target: Path | BinaryIO, force: bool
) -> AbstractContextManager[Path]:
    if isinstance(target, Path):
        if export_format.is_folder:
            return atomic.atomic_folder(target, force)
        return atomic.atomic_file(target, force)
    if export_format.is_folder:
        raise ExportError(STREAM_NAME, f"the {export_format.name} format writes a folder; give its name")
    return atomic.file_for_stream(target, STREAM_NAME, export_format.suffix)


def export_items(
    archive: Archive,
    selection: Selection,
    format: ExportFormat | str,
    target: str | Path | BinaryIO,
    *,
    with_user_data: bool = False,
    raw_cells: bool = False,
    force: bool = False,
    progress: ExportProgress | None = None,
    cancel: CancelCheck | None = None,
) -> int:
    """Export the selected items to `target` (a path, or a binary stream such as standard output);
    returns how many were written.

    `raw_cells` writes CSV cells as stored, even those a spreadsheet would run as formulas.
    Raises `ExportError` (the target exists without `force`, an unknown format, tag or item, a bad
    query, a write failure) and `ExportCancelledError`; in every such case nothing is left behind.
    """
    export_format = find_format(format) if isinstance(format, str) else format
    path = Path(target) if isinstance(target, str | Path) else target
    name = str(path) if isinstance(path, Path) else STREAM_NAME
    item_ids = select_item_ids(archive, selection)
    if not item_ids:
        raise ExportError(selection.describe(), "nothing to export: the selection holds no items")
    meta = ExportMeta(
        selection=selection.describe(),
        exported_at=dt.datetime.now().astimezone(),
        item_count=len(item_ids),
        with_user_data=with_user_data,
        generator=_generator(),
        query=selection_query(selection),
        raw_cells=raw_cells,
    )
    write = export_format.writer()
    records = _records(archive, item_ids, with_user_data, progress, cancel, name)
    try:
        with _destination(export_format, path, force) as temporary:
            write(records, meta, temporary)
            if cancel is not None and cancel():
                raise ExportCancelledError(name)
    except atomic.TargetExistsError as error:
        raise TargetExistsError(name) from error
    except atomic.WriteError as error:
        raise ExportError(error.target, error.reason) from error
    return len(item_ids)
