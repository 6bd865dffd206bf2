"""A folder of Markdown notes, one per item, with YAML front matter: an Obsidian-style vault.

The front matter carries every field of the record; the note's text is the item as the Markdown
document shows it. Obsidian tags cannot hold spaces or most punctuation, so `tags` holds them made
safe ("Iran talks" -> "Iran-talks") and `archive_tags` keeps the names exactly. An index note lists
what was exported and links every note.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

from press_archive.exporters.front_matter import front_matter
from press_archive.exporters.markdown import export_summary, item_section
from press_archive.exporters.records import ExportMeta, ExportRecord, record_as_dict

INDEX_NOTE = "Press Archive export.md"
#: Bytes of UTF-8 for the title part of a file name: file systems allow 255 per name.
TITLE_BYTES = 120
#: Characters that Windows, macOS or Obsidian's links do not allow in a note's name.
_NOT_IN_FILE_NAME = re.compile(r'[\x00-\x1f\x7f\\/:*?"<>|#^\[\]]+')
_NOT_IN_TAG = re.compile(r"[^\w/-]+")


def obsidian_tag(name: str) -> str:
    """A tag Obsidian recognises: letters, digits, `_`, `-`, `/`, and not digits alone."""
    tag = _NOT_IN_TAG.sub("-", name).strip("-")
    return f"_{tag}" if tag.isdigit() else tag


def _cut(text: str, limit: int) -> str:
    return text.encode("utf-8")[:limit].decode("utf-8", errors="ignore")


def note_stem(record: ExportRecord) -> str:
    """The note's file name without `.md`: the date, then the title as far as it fits."""
    title = " ".join(_NOT_IN_FILE_NAME.sub(" ", record.title).split())
    title = _cut(title, TITLE_BYTES).strip(" .")
    day = record.date.isoformat() if record.date else "undated"
    return f"{day} {title}" if title else f"{day} {record.id}"


def _unique_stem(record: ExportRecord, taken: set[str]) -> str:
    """Two items with one date and title get the id added; compared as case-blind file systems do."""
    stem = note_stem(record)
    if stem.casefold() in taken:
        stem = f"{stem} {record.id[:8]}"
    taken.add(stem.casefold())
    return stem


def note_text(record: ExportRecord, with_user_data: bool) -> str:
    fields = record_as_dict(record, with_user_data)
    fields["date"] = record.date
    del fields["body"]
    if with_user_data:
        del fields["note"]
        fields["archive_tags"] = fields.pop("tags")
        fields["tags"] = [tag for tag in map(obsidian_tag, record.tags) if tag]
    return front_matter(fields) + "\n" + item_section(record, 1, with_user_data)


def write_obsidian_folder(records: Iterable[ExportRecord], meta: ExportMeta, folder: Path) -> None:
    taken = {INDEX_NOTE.removesuffix(".md").casefold()}
    links = []
    for record in records:
        stem = _unique_stem(record, taken)
        (folder / f"{stem}.md").write_text(note_text(record, meta.with_user_data), encoding="utf-8")
        links.append(f"- [[{stem}]]")
    index = f"# Press Archive export\n\n{export_summary(meta)}\n\n## Notes\n\n" + "\n".join(links) + "\n"
    (folder / INDEX_NOTE).write_text(index, encoding="utf-8")
