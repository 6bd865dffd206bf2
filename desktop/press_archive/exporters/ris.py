"""RIS for Zotero, EndNote and Mendeley: one `TY  - NEWS` record per item.

Every value sits on its one line: RIS has no line break that all readers agree on (some join a
continuation line with a space, some start a new note with it), so line breaks inside the body and
the note become spaces. The organisation is the corporate author and the publication (`T2`), its
site the publisher (`PB`); the cited URL comes first of the `UR` lines, its capture day is the
access date (`Y2`). The archive's id is the accession number (`AN`), the citation key the
reference id (`ID`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from pathlib import Path

from press_archive.exporters.records import ExportMeta, ExportRecord

LINE_END = "\r\n"  # the RIS specification's line end; every reader accepts it


def _one_line(text: str) -> str:
    return " ".join(text.split())


def ris_fields(record: ExportRecord, with_user_data: bool) -> Iterator[tuple[str, str]]:
    yield "TY", "NEWS"
    yield "ID", record.citation_key
    yield "TI", record.citation_title
    yield "AU", record.author
    yield "T2", record.author
    yield "PB", record.publisher
    if record.date:
        yield "DA", record.date.strftime("%Y/%m/%d/")
        yield "PY", str(record.date.year)
    yield "LA", record.language
    for url in dict.fromkeys([*([record.url] if record.url else []), *record.urls]):
        yield "UR", url
    if record.accessed:
        yield "Y2", record.accessed.astimezone(dt.UTC).strftime("%Y/%m/%d/")
    if record.body:
        yield "AB", " ".join(record.body)
    yield "AN", record.id
    if with_user_data:
        for tag in record.tags:
            yield "KW", tag
        if record.note.strip():
            yield "N1", record.note


def ris_record(record: ExportRecord, with_user_data: bool) -> str:
    lines = [f"{tag}  - {_one_line(value)}" for tag, value in ris_fields(record, with_user_data)]
    lines.append("ER  - ")
    return LINE_END.join(lines) + LINE_END


def write_ris(records: Iterable[ExportRecord], meta: ExportMeta, path: Path) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        for record in records:
            handle.write(ris_record(record, meta.with_user_data) + LINE_END)
