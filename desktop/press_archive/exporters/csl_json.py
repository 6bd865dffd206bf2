"""CSL-JSON for Zotero and Pandoc's citeproc: an array of `article-newspaper` items.

The item's `id` is the citation key, the one BibTeX uses too, so `[@csto2025-12-05-1a2b3c4d]` cites
the same item whichever file Pandoc is given. The user's note is `annote` (not printed by styles,
unlike `note`); tags are `keyword`, comma-separated as CSL defines it. The archive's own id goes in
`custom`, the place CSL keeps for data of the program that wrote it, which no style prints.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path

from press_archive.exporters.records import ExportMeta, ExportRecord


def csl_item(record: ExportRecord, with_user_data: bool) -> dict[str, object]:
    item: dict[str, object] = {
        "id": record.citation_key,
        "type": "article-newspaper",
        "title": record.title,
        "author": [{"literal": record.publisher}],
        "container-title": record.publisher,
        "language": record.language,
        "custom": {"press_archive_id": record.id},
    }
    if record.date:
        item["issued"] = {"date-parts": [[record.date.year, record.date.month, record.date.day]]}
    if record.urls:
        item["URL"] = record.urls[0]
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
