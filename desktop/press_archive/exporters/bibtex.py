"""BibTeX for biblatex/biber, Zotero and Pandoc: one `@online` entry per item.

Russian stays UTF-8 as it is: biber and Zotero read it, and so do XeLaTeX and LuaLaTeX (with
pdfLaTeX, load inputenc and a Cyrillic font encoding). Classic 8-bit `bibtex` does not sort or
abbreviate UTF-8 correctly; use biber. LaTeX's special characters are escaped. Braces are `\\{`
and `\\}`, which every reader knows, when a text's braces pair up; BibTeX counts even escaped
braces, so a text with an unpaired one gets `\\textbraceleft{}` and `\\textbraceright{}` instead.
The title is braced twice so that no style changes its case. The organisation is the author, its
site the `organization` (biblatex's publisher of an @online entry); `url` and `urldate` (the day
of the capture, UTC) say where and when the page was read. The user's note goes in `annotation`
and the archive's id in `library`, fields no standard style prints; tags go in `keywords`.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from pathlib import Path
from urllib.parse import quote

from press_archive.exporters.records import ExportMeta, ExportRecord

_LATEX_SPECIALS = {
    "\\": r"\textbackslash{}",
    "{": r"\{",
    "}": r"\}",
    "&": r"\&",
    "%": r"\%",
    "$": r"\$",
    "#": r"\#",
    "_": r"\_",
    "~": r"\textasciitilde{}",
    "^": r"\textasciicircum{}",
}
_UNPAIRED_BRACES = {"{": r"\textbraceleft{}", "}": r"\textbraceright{}"}
_LATEX_SPECIAL = re.compile("[" + re.escape("".join(_LATEX_SPECIALS)) + "]")
#: biblatex's names of the archive's languages (`langid` selects hyphenation patterns).
LANGIDS = {"en": "english", "ru": "russian"}
#: Characters a URL field must not hold raw: they would unbalance braces or end the field.
_URL_SAFE = "/:?#[]@!$&'()*+,;=%~-._"


def _braces_pair_up(text: str) -> bool:
    depth = 0
    for character in text:
        depth += {"{": 1, "}": -1}.get(character, 0)
        if depth < 0:
            return False
    return depth == 0


def escape_latex(text: str) -> str:
    specials = _LATEX_SPECIALS if _braces_pair_up(text) else {**_LATEX_SPECIALS, **_UNPAIRED_BRACES}
    return _LATEX_SPECIAL.sub(lambda m: specials[m.group(0)], text)


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _paragraphs(paragraphs: Iterable[str]) -> str:
    """Paragraphs kept apart by a blank line, which LaTeX reads as a paragraph break."""
    return "\n\n".join(escape_latex(_one_line(p)) for p in paragraphs if p.strip())


def bibtex_entry(record: ExportRecord, with_user_data: bool) -> str:
    fields: list[tuple[str, str]] = [
        ("author", "{" + escape_latex(record.author) + "}"),
        ("title", "{" + escape_latex(_one_line(record.citation_title)) + "}"),
        ("organization", "{" + escape_latex(record.publisher) + "}"),
    ]
    if record.date:
        fields.append(("date", record.date.isoformat()))
    if record.url:
        fields.append(("url", quote(record.url, safe=_URL_SAFE)))
    if record.accessed:
        fields.append(("urldate", record.accessed.astimezone(dt.UTC).date().isoformat()))
    fields.append(("langid", LANGIDS.get(record.language, record.language)))
    if record.body:
        fields.append(("abstract", _paragraphs(record.body)))
    if with_user_data and record.tags:
        fields.append(("keywords", ", ".join(escape_latex(_one_line(tag)) for tag in record.tags)))
    if with_user_data and record.note.strip():
        fields.append(("annotation", _paragraphs(record.note.strip().split("\n\n"))))
    fields.append(("library", f"Press Archive item {record.id}"))
    body = ",\n".join(f"  {name} = {{{value}}}" for name, value in fields)
    return f"@online{{{record.citation_key},\n{body},\n}}\n"


def write_bibtex(records: Iterable[ExportRecord], meta: ExportMeta, path: Path) -> None:
    with path.open("w", encoding="utf-8", newline="\n") as handle:
        handle.write(f"% Exported {meta.exported_at.isoformat(timespec='seconds')} by {meta.generator}."
                     " UTF-8: process with biber.\n")
        for record in records:
            handle.write("\n" + bibtex_entry(record, meta.with_user_data))
