"""One document in, one `ParsedPage` out: decode, unwrap HTML when it is HTML, split into items."""

from __future__ import annotations

from collections import Counter

from press_archive.importer.decode import decode_document
from press_archive.importer.discover import Document
from press_archive.importer.errors import PageError
from press_archive.importer.html import html_to_text, looks_like_html
from press_archive.importer.language import detect_language
from press_archive.importer.split import PageTrace, explain_page, split_page
from press_archive.model import Language, ParsedPage

HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})


def page_text(document: Document) -> tuple[str, str | None, Language | None]:
    """A document's plain text, the URL it names and its edition (an HTML page says both)."""
    text = decode_document(document.data, document.source)
    if document.suffix in HTML_SUFFIXES or looks_like_html(text):
        page = html_to_text(text, document.source)
        return page.text, page.url, page.language
    return text, None, None


def explain_document(document: Document) -> PageTrace:
    """How a document is cut into items, rule by rule (line numbers are of its plain text); raises
    `PageError` for a document that cannot be read."""
    text, _url, language = page_text(document)
    return explain_page(text, language=language)


def parse_document(document: Document) -> ParsedPage:
    """Read one document into its items; raises `PageError` naming the document and the problem."""
    text, url, language = page_text(document)
    url = document.url or url  # where a capture was fetched from beats the page's own claim
    items = split_page(text, language=language)
    if not items:
        raise PageError(document.source, "no news items found (the page holds only navigation or no text)")
    if language is None:
        counts = Counter(item.language for item in items)
        language = counts.most_common(1)[0][0] if counts else detect_language(text)
    return ParsedPage(
        source=document.source,
        language=language,
        items=tuple(items),
        url=url,
        captured_at=document.captured_at,
    )
