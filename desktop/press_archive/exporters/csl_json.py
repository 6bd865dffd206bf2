"""CSL-JSON for Zotero and Pandoc's citeproc: an array of `article-newspaper` items.

The item's `id` is the citation key, the one BibTeX uses too, so `[@csto2025-12-05-1a2b3c4d]` cites
the same item whichever file Pandoc is given. The user's note is `annote` (not printed by styles,
unlike `note`); tags are `keyword`, comma-separated as CSL defines it. The archive's own id goes in
`custom`, the place CSL keeps for data of the program that wrote it, which no style prints. The
organisation is the author (a `literal` name, as CSL gives institutions) and the publication, its
site the `publisher`; `URL` and `accessed` (the capture's day, UTC) say where and when it was read.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable
from pathlib import Path

from press_archive.exporters.records import ExportMeta, ExportRecord


def csl_item(record: ExportRecord, with_user_data: bool) -> dict[str, object]:
    item: dict[str, object] = {
        "id": record.citation_key,
        "type": "article-newspaper",
        "title": record.citation_title,
        "author": [{"literal": record.author}],
        "container-title": record.author,
        "publisher": record.publisher,
        "language": record.language,
        "custom": {"press_archive_id": record.id},
    }
    if record.date:
        item["issued"] = {"date-parts": [[record.date.year, record.date.month, record.date.day]]}
    if record.url:
        item["URL"] = record.url
    if record.accessed:
        day = record.accessed.astimezone(dt.UTC).date()
        item["accessed"] = {"date-parts": [[day.year, day.month, day.day]]}
    if record.body:
        item["abstract"] = record.text
    if with_user_data and record.tags:
        item["keyword"] = ", ".join(record.tags)
    if with_user_data and record.note.strip():
        item["annote"] = record.note
    return item


def write_csl_json(records: Iterable[ExportRecord], meta: ExportMeta, path: Path) -> None:
    items = [csl_item(record, meta.with_user_data) for record in records]
    with path.open("w", encoding="utf-8", newline="\n") as handle:
        json.dump(items, handle, ensure_ascii=False, indent=2)
        handle.write("\n")
