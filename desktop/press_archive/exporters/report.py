"""The report both the HTML and the PDF exports are made of: a title page, contents, one section per item.

It is HTML that browsers and Qt's rich text engine (which renders the PDF) read alike, so it keeps to
what Qt understands: headings, paragraphs, tables, lists, class selectors and page breaks. Items are
`<h2>` and nothing else is, which is how the PDF finds the page each item starts on.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from html import escape

from markdown_it import MarkdownIt

from press_archive.exporters.records import ExportMeta, ExportRecord

REPORT_TITLE = "Press Archive export"
LANGUAGE_NAMES = {"en": "English", "ru": "Russian"}
#: Room around table cells for Qt, which ignores CSS padding on them; browsers take the CSS instead.
CELLS = 'cellpadding="3"'


def anchor(record: ExportRecord) -> str:
    return f"item-{record.id}"


def web_link(url: str) -> bool:
    """Whether a URL may be a live link in a report: only the web's, never `javascript:`, `file:` or
    `data:`, which a crafted page could use to run code or reach files from the reader's machine."""
    return url.lower().startswith(("http://", "https://"))


class _NoteMarkdown(MarkdownIt):
    """Notes are Markdown, read by markdown-it-py, which follows CommonMark to the letter (nested
    lists, emphasis, code, escapes) where a hand-made reading would not. Safe for a report: raw HTML
    in a note stays text, images are not rendered (opening the report would fetch them), and a link
    is live only when `web_link` allows it; any other stays the text it was typed as. A line break
    typed in the note stays one, as in the note editor."""

    def __init__(self) -> None:
        super().__init__("commonmark", {"html": False, "breaks": True})
        self.disable("image")

    def validateLink(self, url: str) -> bool:  # noqa: N802 - markdown-it's name
        return web_link(url)


@lru_cache(maxsize=1)
def _markdown() -> MarkdownIt:
    return _NoteMarkdown()


def _url(url: str) -> str:
    return f'<a href="{escape(url)}">{escape(url)}</a>' if web_link(url) else escape(url)


def _text(text: str) -> str:
    """Escaped text whose line breaks stay line breaks."""
    return "<br>".join(escape(line) for line in text.split("\n"))


def _title_page(meta: ExportMeta) -> list[str]:
    rows = [("Selection", meta.selection)]
    if meta.query is not None:
        rows.append(("Query", meta.query or "(everything)"))
    rows += [
        ("Items", str(meta.item_count)),
        ("Exported", meta.exported_at.strftime("%Y-%m-%d %H:%M %Z").strip()),
        ("By", meta.generator),
    ]
    cells = "".join(f'<tr><th>{escape(name)}</th><td>{_text(value)}</td></tr>' for name, value in rows)
    return [f'<h1 class="title">{escape(REPORT_TITLE)}</h1>', f'<table class="meta" {CELLS}>{cells}</table>']


def _contents(records: Sequence[ExportRecord], page_numbers: Sequence[int] | None) -> list[str]:
    rows = []
    for index, record in enumerate(records):
        date = record.date.isoformat() if record.date else "undated"
        page = f'<td class="page">{page_numbers[index]}</td>' if page_numbers is not None else ""
        rows.append(
            f'<tr><td class="date">{date}</td>'
            f'<td><a href="#{anchor(record)}">{escape(" ".join(record.title.split()))}</a></td>{page}</tr>'
        )
    return ['<h1 class="contents">Contents</h1>', f'<table class="contents" {CELLS}>{"".join(rows)}</table>']


def _section(record: ExportRecord, with_user_data: bool, first: bool) -> list[str]:
    details = [
        record.date.isoformat() if record.date else "undated",
        LANGUAGE_NAMES.get(record.language, record.language),
        record.kind,
        record.id,
    ]
    if record.title_derived:
        details.append("title cut from the text")
    language = escape(record.language)
    heading_class = ' class="first"' if first else ""
    parts = [
        f'<h2 id="{anchor(record)}"{heading_class} lang="{language}">{_text(record.title)}</h2>',
        f'<p class="details">{escape(" · ".join(details))}</p>',
    ]
    parts += [f'<p lang="{language}">{_text(paragraph)}</p>' for paragraph in record.body]
    if record.attachments:
        items = "".join(f"<li>{escape(name)}</li>" for name in record.attachments)
        parts.append(f'<p class="label">Attachments</p><ul>{items}</ul>')
    if record.urls:
        items = "".join(f"<li>{_url(url)}</li>" for url in record.urls)
        parts.append(f'<p class="label">Seen at</p><ul>{items}</ul>')
    if with_user_data:
        marks = (["★ Starred"] if record.starred else []) + (
            ["Tags: " + ", ".join(record.tags)] if record.tags else [])
        if marks:
            parts.append(f'<p class="user">{escape(" · ".join(marks))}</p>')
        if record.note.strip():
            parts.append('<p class="label">Note</p>')
            parts.append(f'<div class="note">{_markdown().render(record.note)}</div>')
    return parts


def report_html(
    records: Sequence[ExportRecord], meta: ExportMeta, style: str, page_numbers: Sequence[int] | None = None
) -> str:
    """The whole report; `page_numbers` (the page each item starts on) fills a column of the contents."""
    body = _title_page(meta) + _contents(records, page_numbers)
    for index, record in enumerate(records):
        body += _section(record, meta.with_user_data, first=index == 0)
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{escape(REPORT_TITLE)}: {escape(meta.selection)}</title>\n"
        f'<meta name="generator" content="{escape(meta.generator)}">\n'
        f"<style>\n{style}</style>\n</head>\n<body>\n" + "\n".join(body) + "\n</body>\n</html>\n"
    )
