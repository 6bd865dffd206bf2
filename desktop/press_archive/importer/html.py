"""Stage "html": turn a saved page's markup into the plain text a dump of the site would hold.

The text splitter that runs next was written against the site's text dumps, so the output copies
their shape: every block (a paragraph, a heading, a list item, a table row, or the inline content of
a div) is a paragraph of its own, one blank line between paragraphs; `<br>` breaks a line inside a
paragraph (two in a row break the paragraph, as a browser shows them); and the end of a container
(div, section, article, aside) that held blocks adds a second blank line, so that each
side-column teaser, in a container of its own, stands apart from the next by two blank lines.

Whitespace is folded as a browser folds it; a no-break space is kept inside a line, as in the dumps,
but a paragraph holding nothing else is dropped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from selectolax.lexbor import LexborHTMLParser, LexborNode

from press_archive.importer.decode import normalise_text
from press_archive.importer.errors import PageError
from press_archive.model import Language

# Never part of a press release: code, embedded objects, site chrome, and form controls (select and
# textarea also stand outside forms).
_DROPPED = frozenset({
    "script", "style", "noscript", "template", "svg", "iframe", "object", "head", "form", "button", "nav",
    "header", "footer", "select", "textarea",
})  # fmt: skip
_CONTAINERS = frozenset({"div", "section", "article", "aside"})
_BLOCKS = _CONTAINERS | {
    "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "dt", "dd", "dl", "blockquote", "pre", "tr",
    "address", "caption", "figure", "figcaption", "main", "center", "details", "summary", "fieldset",
    "legend", "hr", "body", "html",
}  # fmt: skip
_CELLS = frozenset({"td", "th"})
_HTML_WHITESPACE = re.compile(r"[ \t\n\r\f]+")
_LANGUAGES = {"en": Language.EN, "ru": Language.RU}
#: Ten thousand levels parse in a tenth of a second; no real page nests more than a few dozen.
MAX_DEPTH = 10_000
_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9-]*)(?:\s[^>]*?)?(/?)>")
#: Void elements, and elements whose end tag HTML lets a page leave out.
_NOT_NESTING = frozenset(
    {
        "area",
        "base",
        "br",
        "col",
        "embed",
        "hr",
        "img",
        "input",
        "link",
        "meta",
        "source",
        "track",
        "wbr",
        "p",
        "li",
        "dt",
        "dd",
        "tr",
        "td",
        "th",
        "option",
        "optgroup",
        "rb",
        "rt",
        "rp",
        "tbody",
        "thead",
        "tfoot",
        "colgroup",
        "caption",
        "html",
        "head",
        "body",
    }
)


@dataclass(frozen=True)
class HtmlPage:
    """The text of an HTML page, with what its markup says about where it came from."""

    text: str
    url: str | None
    language: Language | None


def looks_like_html(text: str) -> bool:
    """Saved pages are not always named .html; a document whose first tag opens a page is one."""
    head = text.lstrip()[:1024].lower()
    return head.startswith(("<!doctype html", "<html", "<?xml")) or "<body" in head


def nesting_depth(markup: str, limit: int = MAX_DEPTH) -> int:
    """How deep the markup's elements nest, counted in one pass and given up past `limit`.

    Elements whose end tag may be left out (a `<p>` or `<li>` closed by the next one) and elements
    that hold nothing are not counted, so a sloppy page of unclosed paragraphs is not taken as deep.
    """
    depth = deepest = 0
    for match in _TAG.finditer(markup):
        closing, name, empty = match.groups()
        if empty or name.lower() in _NOT_NESTING:
            continue
        depth = max(0, depth - 1) if closing else depth + 1
        deepest = max(deepest, depth)
        if deepest > limit:
            break
    return deepest


def html_to_text(markup: str, source: str) -> HtmlPage:
    """Read a page's text, canonical URL and language; raise PageError if it holds no text.

    Truncated or malformed markup is read as a browser would read it. Markup nested deeper than
    `MAX_DEPTH` is refused before it is parsed: the parser's time grows with the square of the
    depth (200,000 levels took 90 s).
    """
    if nesting_depth(markup) > MAX_DEPTH:
        reason = f"the markup nests more than {MAX_DEPTH:,} levels deep; not a page of the site"
        raise PageError(source, reason)
    tree = LexborHTMLParser(markup)
    writer = _TextWriter()
    if tree.root is not None:
        _walk(tree.root, writer)
    text = writer.finish()
    if not text:
        raise PageError(source, "no text in page")
    return HtmlPage(text=text, url=_canonical_url(tree), language=_language(tree))


@dataclass
class _Block:
    tag: str
    paragraphs_before: int
    held_blocks: bool = False


@dataclass
class _TextWriter:
    """Collects paragraphs while the tree is walked; knows where blank lines go."""

    parts: list[str] = field(default_factory=list)
    inline: list[str] = field(default_factory=list)  # pieces of the paragraph being read; "\n" is a <br>
    open_blocks: list[_Block] = field(default_factory=list)
    paragraphs: int = 0
    preformatted: int = 0
    section_ended: bool = False

    def enter(self, tag: str) -> None:
        if tag in _BLOCKS:
            self._end_paragraph()
            self.open_blocks.append(_Block(tag, self.paragraphs))
            if tag == "pre":
                self.preformatted += 1
        elif tag == "br":
            self.inline.append("\n")
        elif tag in _CELLS:
            self.inline.append(" ")

    def leave(self, tag: str) -> None:
        if tag not in _BLOCKS:
            return
        self._end_paragraph()
        block = self.open_blocks.pop()
        if tag == "pre":
            self.preformatted -= 1
        if tag in _CONTAINERS and block.held_blocks:
            self.section_ended = True
        if self.paragraphs > block.paragraphs_before and self.open_blocks:
            self.open_blocks[-1].held_blocks = True

    def add_text(self, text: str) -> None:
        text = normalise_text(text)
        self.inline.append(text if self.preformatted else _HTML_WHITESPACE.sub(" ", text))

    def finish(self) -> str:
        self._end_paragraph()
        return "".join(self.parts)

    def _end_paragraph(self) -> None:
        """Write the inline content read so far: blank lines inside it (two <br>) split it."""
        lines = [_HTML_WHITESPACE.sub(" ", line).strip() for line in "".join(self.inline).split("\n")]
        self.inline.clear()
        paragraph: list[str] = []
        for line in [*lines, ""]:
            if line:
                paragraph.append(line)
            elif paragraph:
                self._write("\n".join(paragraph))
                paragraph = []

    def _write(self, paragraph: str) -> None:
        if self.parts:
            self.parts.append("\n\n\n" if self.section_ended else "\n\n")
        self.parts.append(paragraph)
        self.section_ended = False
        self.paragraphs += 1


def _walk(root: LexborNode, writer: _TextWriter) -> None:
    """Visit the tree in document order with an explicit stack: deep nesting costs no recursion."""
    pending: list[tuple[LexborNode, bool]] = [(root, False)]
    while pending:
        node, leaving = pending.pop()
        tag = node.tag or ""
        if leaving:
            writer.leave(tag)
        elif node.is_text_node:
            writer.add_text(node.text_content or "")
        elif node.is_element_node and tag not in _DROPPED:
            writer.enter(tag)
            pending.append((node, True))
            children = list(node.iter(include_text=True))
            pending.extend((child, False) for child in reversed(children))


def _canonical_url(tree: LexborHTMLParser) -> str | None:
    for link in tree.css("link[rel]"):
        if "canonical" in (link.attributes.get("rel") or "").lower().split():
            url = _web_url(link.attributes.get("href"))
            if url:
                return url
    for meta in tree.css("meta[property]"):
        if (meta.attributes.get("property") or "").strip().lower() == "og:url":
            url = _web_url(meta.attributes.get("content"))
            if url:
                return url
    return None


def _web_url(value: str | None) -> str | None:
    """The URL if it is an absolute http(s) one: relative or other links name no page of the site."""
    url = (value or "").strip()
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    return url if parts.scheme.lower() in {"http", "https"} and parts.netloc else None


def _language(tree: LexborHTMLParser) -> Language | None:
    html = tree.css_first("html")
    tag = (html.attributes.get("lang") or "") if html is not None else ""
    primary = re.split(r"[-_]", tag.strip().lower(), maxsplit=1)[0]
    return _LANGUAGES.get(primary)
