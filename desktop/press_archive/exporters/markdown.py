"""Markdown: the export as one document, and the item section the folder of notes reuses.

Text from the archive is escaped so that it reads as written in CommonMark, Pandoc and Obsidian: a
title with `*`, `[`, `$` or `#` stays text rather than becoming emphasis, a link, maths or a heading.
The user's note is Markdown already and is written as it is.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

from press_archive.exporters.records import ExportMeta, ExportRecord
from press_archive.exporters.report import web_link

#: Punctuation that means something anywhere in a line (`$` is maths in Obsidian and Pandoc).
_INLINE_SPECIAL = re.compile(r"([\\`*_\[\]<>|~$])")
#: The first of a doubled mark that opens an Obsidian highlight (==) or comment (%%).
_DOUBLED_SPECIAL = re.compile(r"([=%])(?=\1)")
#: An ampersand that would start an HTML entity ("&amp;" must not turn into "&").
_ENTITY_START = re.compile(r"&(?=#?\w+;)")
#: URLs that cannot stand in an autolink <...>.
_NOT_AUTOLINKABLE = re.compile(r"[\s<>]")
#: What turns the start of a line into a heading, list, rule or setext underline.
_LINE_START_SPECIAL = re.compile(r"^(#|[-+=]|\d+(?=[.)]))")


def escape_markdown(text: str) -> str:
    """Text that Markdown shows as it is; a line break stays a line break.

    Lines lose their indentation: four spaces would make them a code block.
    """
    lines = []
    for raw_line in text.split("\n"):
        line = _INLINE_SPECIAL.sub(r"\\\1", raw_line.lstrip())
        line = _DOUBLED_SPECIAL.sub(r"\\\1", line)
        line = _ENTITY_START.sub(r"\\&", line)
        line = _LINE_START_SPECIAL.sub(_escape_line_start, line)
        lines.append(line)
    return "\n".join(lines)


def _escape_line_start(match: re.Match[str]) -> str:
    mark = match.group(1)
    if mark.isdigit():  # "1." opens an ordered list: escape the dot that follows the number
        return f"{mark}\\"
    return f"\\{mark}"


def heading_text(title: str) -> str:
    """A title on one line: a heading cannot span lines."""
    return escape_markdown(" ".join(title.split()))


def _link(url: str) -> str:
    """A web URL as a link; anything else (`javascript:`, `file:`) as plain text."""
    return f"<{url}>" if web_link(url) and not _NOT_AUTOLINKABLE.search(url) else escape_markdown(url)


def _details(record: ExportRecord) -> str:
    parts = [record.date.isoformat() if record.date else "undated", record.language, record.kind]
    if record.title_derived:
        parts.append("title cut from the text")
    return "*" + " · ".join(parts) + f"* · `{record.id}`"


def item_section(record: ExportRecord, level: int, with_user_data: bool) -> str:
    """One item as Markdown, its title a heading of `level` and its own parts one level below."""
    hashes = "#" * level
    blocks = [f"{hashes} {heading_text(record.title)}", _details(record)]
    blocks.extend(escape_markdown(paragraph) for paragraph in record.body)
    if record.attachments:
        blocks.append("Attachments:\n\n" + "\n".join(f"- {escape_markdown(a)}" for a in record.attachments))
    if record.urls:
        blocks.append("Seen at:\n\n" + "\n".join(f"- {_link(url)}" for url in record.urls))
    if with_user_data:
        marks = ["★ starred"] if record.starred else []
        if record.tags:
            marks.append("Tags: " + ", ".join(escape_markdown(tag) for tag in record.tags))
        if marks:
            blocks.append(" · ".join(marks))
        if record.note.strip():
            blocks.append(f"{hashes}# Note\n\n{record.note.strip()}")
    return "\n\n".join(blocks) + "\n"


def export_summary(meta: ExportMeta) -> str:
    """The lines that say what an export holds, at the top of a document or an index note."""
    lines = [
        f"- Selection: {escape_markdown(meta.selection)}",
        f"- Exported: {meta.exported_at.isoformat(timespec='seconds')} by {escape_markdown(meta.generator)}",
        f"- Items: {meta.item_count}",
    ]
    if meta.query:
        lines.insert(1, f"- Query: {escape_markdown(meta.query)}")
    return "\n".join(lines)


def write_markdown(records: Iterable[ExportRecord], meta: ExportMeta, path: Path) -> None:
    with path.open("w", encoding="utf-8", newline="\n") as handle:
        handle.write(f"# Press Archive export\n\n{export_summary(meta)}\n")
        for record in records:
            handle.write("\n" + item_section(record, 2, meta.with_user_data))
