"""Cuts the plain text of one page of the site into its news items.

A page is a side column of short dated items (teasers) and usually one main story with a title. The
text carries no markup, so items are told apart by the shapes of lines: a line that is a site stamp
starts an item, and a title is the paragraph before such a line, or before its own repetition with the
stamp appended. Nothing here raises: one odd page must not stop an import of thousands.

The judgement calls, so they can be argued with:
- Only a line that IS a stamp starts an item: the stamp alone, glued to the body's first word
  ("12.03.2024On March…"), or followed by "Download document …". A stamp followed by a space and
  words ("12.03.2024 the council adopted…") is prose and stays whole, as does a stamp inside a
  sentence: the site's own stamps stand alone or glued, a space means a writer wrote the date.
  So does a stamp glued to the Russian word for year ("05.12.2025г. состоялось…").
- Two or more blank lines end an item: the site puts them between items, and single ones between
  the paragraphs of an item.
- The first navigation line ("Go back", "Назад", …) after an item ends the page's news: after it
  only a stamp, or a title with its stamped repetition, starts an item, and bare text (the footer)
  is dropped. Navigation above the first item (a breadcrumb) is skipped and changes nothing.
- One page has at most one ARTICLE. When two items carry a title of the page's own, the one with the
  longer body is the article; the other stays a TEASER that keeps its real title (not derived).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from press_archive.importer.dates import find_lead_date, split_leading_date, split_trailing_date
from press_archive.importer.language import detect_language
from press_archive.model import DateSource, Kind, Language, ParsedItem

_NAVIGATION_LINES = frozenset(
    {
        "go back",
        "back",
        "back to the section",
        "back to section",
        "back to the all news",
        "back to all news",
        "back to the news",
        "back to news",
        "back to the list",
        "back to list",
        "all news",
        "назад",
        "вернуться",
        "вернуться назад",
        "вернуться в раздел",
        "вернуться к разделу",
        "вернуться к списку",
        "вернуться к списку новостей",
        "вернуться ко всем новостям",
        "вернуться к новостям",
        "назад к списку",
        "назад к новостям",
        "к списку новостей",
        "ко всем новостям",
        "все новости",
    }
)
_NAVIGATION_DECORATION = "←→‹›<>|·•«» \t"
_LONGEST_NAVIGATION_LINE = 40
_ATTACHMENT = re.compile(
    r"(?:Download|Скачать)\s+(?:the\s+)?(?:document|file|документ|файл)\s*:?\s+"
    r"(?P<name>\S(?:.*\S)?\.[0-9A-Za-z]{1,5})",
    re.IGNORECASE,
)
_RUSSIAN_YEAR_WORD = re.compile(r"г\.|года?\b", re.IGNORECASE)

_ITEM_BREAK = 2  # blank lines in a row that end an item
_TITLE_LIMIT = 120
_ELLIPSIS = "…"
_DANGLING = " ,;:-–—"
_HEADLINE_LIMIT = 300
_CLOSING_MARKS = "»”\"')"
_SENTENCE_FINAL = ".!?…:;,"
_SENTENCE_BREAK = re.compile(r"[.!?…][»”\"')]*(?=\s+[«“„\"'(]*[A-ZА-ЯЁ0-9])")
_OPENING_MARKS = "«“„\"'("


@dataclass(frozen=True, slots=True)
class _Paragraph:
    text: str  # whitespace folded
    blanks_before: int


@dataclass(frozen=True, slots=True)
class _DateLine:
    date: dt.date


@dataclass(frozen=True, slots=True)
class _Attachment:
    name: str


@dataclass(frozen=True, slots=True)
class _Navigation:
    pass


_Mark = _DateLine | _Attachment | _Navigation
_Unit = _Paragraph | _Mark


@dataclass(slots=True)
class _Draft:
    """An item while its page is being read: paragraphs join it until the next item starts."""

    title: str | None  # the page's own title line; None when the page gave the item none
    date: dt.date | None
    date_source: DateSource
    body: list[str] = field(default_factory=list)
    attachments: list[str] = field(default_factory=list)


def _fold(text: str) -> str:
    return " ".join(text.split())


def _is_navigation(line: str) -> bool:
    """Links back to the news list come through a text dump as lines of their own."""
    if len(line) > _LONGEST_NAVIGATION_LINE:
        return False
    return _fold(line.strip(_NAVIGATION_DECORATION)).casefold() in _NAVIGATION_LINES


def _read_stamped_line(line: str) -> tuple[_Mark, str] | None:
    """What a line that starts with a stamp is; None for prose that merely begins with a date."""
    stamped = split_leading_date(line)
    if stamped is None:
        return None
    rest = stamped.rest
    if not rest:
        return _DateLine(stamped.date), ""
    attachment = _ATTACHMENT.fullmatch(rest.strip())
    if attachment is not None:
        return _Attachment(attachment["name"]), ""
    glued = rest[0].isalpha() or rest[0] in _OPENING_MARKS
    return (_DateLine(stamped.date), rest) if glued and not _RUSSIAN_YEAR_WORD.match(rest) else None


def _read_mark(line: str) -> tuple[_Mark, str] | None:
    """The mark a stripped line is, with any body text glued after it; None for a line of text."""
    if "0" <= line[0] <= "9":
        return _read_stamped_line(line)
    attachment = _ATTACHMENT.fullmatch(line)
    if attachment is not None:
        return _Attachment(attachment["name"]), ""
    return (_Navigation(), "") if _is_navigation(line) else None


def _read_units(text: str) -> Iterator[_Unit]:
    """Turn lines into paragraphs and marks, counting the blank lines before each paragraph.

    A mark ends the paragraph before it even without a blank line between them, because the site
    sometimes prints a stamp right under the previous item's last line.
    """
    lines: list[str] = []
    blanks_before = 0
    blanks = 0
    for raw_line in text.removeprefix("\ufeff").splitlines():
        line = raw_line.strip()
        if not line:
            blanks += 1
            continue
        read = _read_mark(line)
        if read is None:
            if lines and blanks:
                yield _Paragraph(_fold(" ".join(lines)), blanks_before)
                lines = []
            if not lines:
                blanks_before = blanks
            lines.append(line)
        else:
            if lines:
                yield _Paragraph(_fold(" ".join(lines)), blanks_before)
            mark, glued_text = read
            yield mark
            lines = [glued_text] if glued_text else []
            blanks_before = 0
        blanks = 0
    if lines:
        yield _Paragraph(_fold(" ".join(lines)), blanks_before)


def _reads_like_headline(text: str) -> bool:
    """Headlines on the site end without a full stop; the sentences of a body end with one."""
    trimmed = text.rstrip(_CLOSING_MARKS)
    return bool(trimmed) and len(text) <= _HEADLINE_LIMIT and trimmed[-1] not in _SENTENCE_FINAL


def _can_start_item(paragraph: _Paragraph, current: _Draft | None) -> bool:
    """Whether a paragraph followed by a stamp line may be a title rather than text of the item before.

    The first paragraph after a stamp is always that item's text; after that, a title stands at the
    top of the page, after a blank-line break, or (after one blank line) reads like a headline.
    """
    if current is None:
        return True
    if not current.body:
        return False
    return paragraph.blanks_before >= _ITEM_BREAK or _reads_like_headline(paragraph.text)


def _dated_title(
    paragraph: _Paragraph, following: _Unit | None, current: _Draft | None, in_footer: bool
) -> tuple[dt.date, DateSource] | None:
    """The date that makes a paragraph the title of an item, or None when it is text.

    A paragraph repeated in the next one with a stamp appended is a title wherever it stands; that
    repetition is never mistaken for anything else. A paragraph followed by a stamp line is a title
    only where an item can begin, and never in the footer.
    """
    match following:
        case _Paragraph(text=repeated) if repeated.startswith(paragraph.text):
            title_line = split_trailing_date(repeated)
            if title_line is not None and title_line.text == paragraph.text:
                return title_line.date, DateSource.TITLE
        case _DateLine(date=date) if not in_footer and _can_start_item(paragraph, current):
            return date, DateSource.LINE
    return None


def _collect_drafts(units: list[_Unit]) -> list[_Draft]:
    """Walk the page once, starting a draft at every stamp line, title, or block of bare text."""
    drafts: list[_Draft] = []
    current: _Draft | None = None
    in_footer = False
    index = 0
    while index < len(units):
        unit = units[index]
        match unit:
            case _Navigation():
                current, in_footer = None, in_footer or bool(drafts)
            case _Attachment(name=name):
                if current is not None:
                    current.attachments.append(name)
            case _DateLine(date=date):
                current = _Draft(None, date, DateSource.LINE)
                drafts.append(current)
            case _Paragraph(text=text, blanks_before=blanks_before):
                following = units[index + 1] if index + 1 < len(units) else None
                dated_title = _dated_title(unit, following, current, in_footer)
                if dated_title is not None:
                    current = _Draft(text, *dated_title)
                    drafts.append(current)
                    index += 1
                elif current is not None and (not current.body or blanks_before < _ITEM_BREAK):
                    current.body.append(text)
                elif in_footer:
                    current = None
                else:
                    current = _Draft(None, None, DateSource.NONE, [text])
                    drafts.append(current)
        index += 1
    return drafts


def _promote_headline(draft: _Draft) -> None:
    """A block of bare text that opens with a headline is an article printed without a stamp."""
    bare = draft.title is None and draft.date is None
    if bare and len(draft.body) >= 2 and _reads_like_headline(draft.body[0]):
        draft.title = draft.body.pop(0)


def _pick_article(drafts: list[_Draft]) -> _Draft | None:
    """The page's main story: of the items with a title of their own, the one with the longest body."""
    titled = [draft for draft in drafts if draft.title is not None]
    return max(titled, key=lambda draft: sum(map(len, draft.body)), default=None)


def _is_abbreviation(paragraph: str, stop: int) -> bool:
    """A full stop after an initial or a short title ("A. Serdyukov", "Col. Gen.") ends no sentence."""
    word = paragraph[paragraph.rfind(" ", 0, stop) + 1 : stop].lstrip(_OPENING_MARKS)
    return len(word) <= 1 or "." in word or (len(word) <= 3 and word[0].isupper() and not word.isupper())


def _first_sentence(paragraph: str, limit: int | None) -> str:
    """The paragraph up to its first sentence break, or whole when none falls within `limit`."""
    for match in _SENTENCE_BREAK.finditer(paragraph):
        if limit is not None and match.end() > limit:
            break
        if paragraph[match.start()] != "." or not _is_abbreviation(paragraph, match.start()):
            return paragraph[: match.end()]
    return paragraph


def sentence_title(paragraph: str, limit: int | None = None) -> str:
    """A paragraph's first sentence as a title, without its full stop; cut at a word to fit within
    `limit`, when one is given, and marked cut with "…"."""
    sentence = _first_sentence(paragraph, limit)
    if limit is None or len(sentence) <= limit:
        if sentence.endswith(".") and not sentence.endswith(".."):
            return sentence[:-1] or sentence
        return sentence
    cut = sentence.rfind(" ", 0, limit)
    head = sentence[:cut] if cut > 0 else sentence[: limit - 1]
    return (head.rstrip(_DANGLING) or head) + _ELLIPSIS


def _to_item(draft: _Draft, position: int, kind: Kind, language: Language | None) -> ParsedItem:
    """Freeze a draft; an item with a title but no stamp is dated from its lead, if at all."""
    body = tuple(draft.body)
    # A teaser has no title on the page: its first sentence, cut to fit a list row, stands in.
    title = draft.title if draft.title is not None else sentence_title(body[0], _TITLE_LIMIT)
    item_language = language if language is not None else detect_language("\n".join((title, *body)))
    date, date_source = draft.date, draft.date_source
    if date is None and draft.title is not None:
        date = find_lead_date("\n".join(body), item_language)
        date_source = DateSource.NONE if date is None else DateSource.PROSE
    return ParsedItem(
        title=title,
        body=body,
        language=item_language,
        kind=kind,
        position=position,
        date=date,
        date_source=date_source,
        title_derived=draft.title is None,
        attachments=tuple(draft.attachments),
    )


def split_page(text: str, *, language: Language | None = None) -> list[ParsedItem]:
    """The news items of one page's plain text, in page order; never raises.

    `language` is the page's edition when the caller knows it (an HTML page says so); without it
    each item's language is told from its own letters. Items with no text at all are dropped.
    """
    drafts = [draft for draft in _collect_drafts(list(_read_units(text))) if draft.title or draft.body]
    for draft in drafts:
        _promote_headline(draft)
    article = _pick_article(drafts)
    return [
        _to_item(draft, position, Kind.ARTICLE if draft is article else Kind.TEASER, language)
        for position, draft in enumerate(drafts)
    ]
