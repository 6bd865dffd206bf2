"""Stage "split": cut the plain text of one page of the site into its news items, as its editors laid it out.

A page of the site is a frame (a section heading, breadcrumbs, navigation, a footer) around a side
column of short items (teasers), dated or not, and usually one main story with a title (the
article); a listing page has only entries. The text carries no markup, so the layout is read from
the shapes of lines (`lines`), in this order of trust:

1. Stamps. A line that is the site's stamp starts an item. A line above a stamp is that item's title
   when it reads like a headline (no full stop: a sentence above a stamp is the previous teaser's
   last one), or whatever it says when the stamp is glued to the body; a title repeated with the
   stamp appended ("Title DD.MM.YYYY"), or printed twice, is a title wherever it stands.
2. Titled items take every line up to the next item or the navigation, across any blank lines: an
   article's paragraphs, salutations and signature stay one article. A dated teaser stops at two
   blank lines, or at a headline after its text.
3. What is left is undated text. A page of nothing but headlines (or headline and lead pairs) is a
   listing: each entry a teaser, no article. Otherwise, when the page has no titled item, the last
   headline followed by text is an undated article running to the navigation. The lines before it
   are teasers: one per line, except that a page which separates its items by more blank lines than
   their paragraphs keeps each item's paragraphs together, and a salutation joins the text it opens
   and a closing line or signature the text it closes.
4. A date comes from a stamp, or from the item's own opening words ("On 12 May 2024, …", marked as a
   prose date); never from inside a text, never from another item.

Furniture (image names, pagination, the copyright) is dropped wherever it stands; section headings
and breadcrumbs at the top, and everything after the navigation but stamped items, are no items.
Nothing here raises, and every step is linear in the page's lines: one odd page must not stop an
import of thousands. `explain_page` says which rule made each boundary, title and date.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass, field
from typing import Final

from press_archive.importer.boilerplate import is_breadcrumb, is_known_heading
from press_archive.importer.dates import find_opening_date
from press_archive.importer.language import detect_language
from press_archive.importer.lines import Line, LineKind, read_lines
from press_archive.importer.titles import derive_title
from press_archive.model import DateSource, Kind, Language, ParsedItem

#: Raised whenever a change to the rules cuts some page differently: archives cut with older rules
#: are offered a rebuild. 1 was the first splitter, which read pages paragraph by paragraph.
RULES_VERSION: Final = 2
_ITEM_BREAK: Final = 2  # blank lines that end a dated teaser
_LONGEST_UNKNOWN_HEADING: Final = 3  # words in a short first line taken for a section heading
_SHORTEST_TITLE: Final = 5  # words: shorter headlines inside undated text are subheadings


@dataclass(slots=True)
class _Draft:
    """An item while its page is read: lines join it until the next item starts."""

    title: str | None  # the page's own title; None when the page gave the item none
    date: dt.date | None
    date_source: DateSource
    first_line: int
    start: str  # the rule that started the item, for `explain_page`
    title_rule: str
    date_rule: str
    absorbs: bool  # a titled item takes every line up to the next item
    body: list[str] = field(default_factory=list)
    attachments: list[str] = field(default_factory=list)
    listed: bool = False  # an entry of a listing page: never the article
    last_line: int = 0  # for an item made of undated text: the number of its last line


_Run = list[Line]  # consecutive lines that no stamp or title claimed


@dataclass(frozen=True)
class ItemTrace:
    """How one item was cut: the lines it starts on and the rules that decided it."""

    item: ParsedItem
    first_line: int
    start: str
    title_rule: str
    date_rule: str
    kind_rule: str


@dataclass(frozen=True)
class PageTrace:
    """A page's items with the reasons for each, and the lines that went into no item and why."""

    items: tuple[ItemTrace, ...]
    dropped: tuple[tuple[int, str, str], ...]  # (line number, line, why)
    layout: str


class _Reader:
    """One pass over a page's lines, turning stamps and titles into drafts and the rest into runs."""

    def __init__(self, lines: list[Line]) -> None:
        self.lines = lines
        self.segments: list[_Draft | _Run] = []
        self.dropped: list[tuple[int, str, str]] = []
        self.current: _Draft | None = None
        self.run: _Run = []
        self.in_footer = False
        #: Attachment stamps under undated text, by the number of the line they stand under.
        self.stamped_runs: dict[int, tuple[dt.date, str]] = {}

    def drop(self, line: Line, why: str) -> None:
        self.dropped.append((line.number, line.text if line.kind is not LineKind.STAMP else "(stamp)", why))

    def open(self, draft: _Draft) -> None:
        self.close_run()
        self.current = draft
        self.segments.append(draft)

    def close_run(self) -> None:
        if self.run:
            self.segments.append(self.run)
            self.run = []

    def has_content(self) -> bool:
        return bool(self.segments or self.run)

    def read(self) -> None:
        lines, index = self.lines, 0
        while index < len(lines):
            index += self.step(index)
        self.close_run()

    def step(self, index: int) -> int:
        """Read the line at `index` (and those it claims); returns how many lines were read."""
        line = self.lines[index]
        ahead = self.lines[index + 1 : index + 3]
        match line.kind:
            case LineKind.NAVIGATION:
                if self.has_content() and not self.in_footer:
                    self.close_run()
                    self.current, self.in_footer = None, True
                self.drop(line, "navigation" if self.in_footer else "navigation above the news")
            case LineKind.ATTACHMENT:
                if self.current is None:
                    self.drop(line, "attachment of no item")
                else:
                    self.current.attachments.append(line.attachment or "")
            case LineKind.STAMP:
                return self.stamp(line, ahead)
            case LineKind.TITLED_STAMP:
                self.open(self.titled(line, line.text, line.date, DateSource.TITLE, "title with its stamp"))
            case LineKind.TEXT:
                return self.text(line, ahead)
        return 1

    def titled(self, line: Line, title: str, date: dt.date | None, source: DateSource, rule: str) -> _Draft:
        date_rule = {
            DateSource.TITLE: "stamp appended to the title",
            DateSource.LINE: "stamp line",
            DateSource.NONE: "no stamp",
        }[source]
        return _Draft(title, date, source, line.number, rule, rule, date_rule, absorbs=True)

    def stamp(self, line: Line, ahead: list[Line]) -> int:
        assert line.date is not None
        if len(ahead) == 2 and not line.text and line.attachment is None and _is_repeat(*ahead):
            draft = self.titled(
                ahead[0], ahead[0].text, line.date, DateSource.LINE, "stamp, then a title printed twice"
            )
            draft.first_line = line.number
            self.open(draft)
            return 3
        current = self.current
        if line.attachment is not None and current is not None and not self.in_footer:
            current.attachments.append(line.attachment)
            if current.date is None:
                current.date, current.date_source, current.date_rule = (
                    line.date,
                    DateSource.LINE,
                    "attachment stamp",
                )
            return 1
        if line.attachment is not None and self.run and not self.in_footer:
            # "DD.MM.YYYY Download document …" under undated text dates the item that text ends.
            self.stamped_runs[self.run[-1].number] = (line.date, line.attachment)
            return 1
        draft = _Draft(
            None, line.date, DateSource.LINE, line.number, "stamp line", "", "stamp line", absorbs=False
        )
        self.open(_with_stamp(draft, line))
        return 1

    def can_end_current(self) -> bool:
        """A title may start an item unless the item before is a stamp still waiting for its text."""
        current = self.current
        return current is None or bool(current.body) or current.title is not None

    def text(self, line: Line, ahead: list[Line]) -> int:
        following = ahead[0] if ahead else None
        if following is not None:
            claimed = self.title_line(line, following, ahead[1] if len(ahead) > 1 else None)
            if claimed:
                return claimed
        current = self.current
        if current is not None and self.joins(current, line):
            current.body.append(line.text)
        elif self.in_footer:
            self.drop(line, "after the navigation")
        else:
            self.current = None
            self.run.append(line)
        return 1

    def title_line(self, line: Line, following: Line, after: Line | None) -> int:
        """Lines read when `line` is a title (it, its repetition, its stamp); 0 when it is text."""
        if following.kind is LineKind.TITLED_STAMP and following.text == line.text:
            self.open(
                self.titled(
                    line, line.text, following.date, DateSource.TITLE, "title repeated with its stamp"
                )
            )
            return 2
        if following.kind is LineKind.STAMP and not following.text and following.attachment is None:
            fits = line.reads_like_headline(exclaiming=True) and self.can_end_current()
        elif following.kind is LineKind.STAMP:
            fits = (following.glued or line.reads_like_headline(exclaiming=True)) and self.can_end_current()
        elif _is_repeat(line, following) and line.reads_like_headline(exclaiming=True) and not self.in_footer:
            return self.repeated_title(line, after)
        else:
            return 0
        if not fits:
            return 0
        assert following.date is not None
        rule = "title above a stamp glued to the text" if following.glued else "title above a stamp"
        self.open(_with_stamp(self.titled(line, line.text, following.date, DateSource.LINE, rule), following))
        return 2

    def repeated_title(self, line: Line, after: Line | None) -> int:
        """A title printed twice, as the site prints a headline and the page's own title."""
        if after is not None and after.kind is LineKind.STAMP and after.attachment is None:
            assert after.date is not None
            rule = "title printed twice, then a stamp"
            self.open(_with_stamp(self.titled(line, line.text, after.date, DateSource.LINE, rule), after))
            return 3
        self.open(self.titled(line, line.text, None, DateSource.NONE, "title printed twice"))
        return 2

    def joins(self, current: _Draft, line: Line) -> bool:
        """Whether a line of text belongs to the item being read rather than starting new text."""
        if current.absorbs:
            return True
        if not current.body:  # a stamp's text, however far below it
            return True
        if line.is_closing:
            return True
        if line.blanks_before >= _ITEM_BREAK:
            return False
        return not (current.body and line.reads_like_headline())


def _with_stamp(draft: _Draft, stamp: Line) -> _Draft:
    """The draft with what its stamp line carries: the body's first words, an attachment."""
    if stamp.text:
        draft.body.append(stamp.text)
    if stamp.attachment is not None:
        draft.attachments.append(stamp.attachment)
    return draft


def _is_repeat(first: Line, second: Line) -> bool:
    return first.kind is LineKind.TEXT and second.kind is LineKind.TEXT and first.text == second.text


def _frame(lines: list[Line]) -> tuple[list[Line], list[tuple[int, str, str]]]:
    """The page's lines without its furniture and top headings, and what was dropped.

    A dropped line's blank lines pass to the next line, so furniture between two teasers does not
    change how far apart they stand.
    """
    kept: list[Line] = []
    dropped: list[tuple[int, str, str]] = []
    carried = 0
    for line in lines:
        if line.kind is LineKind.FURNITURE:
            dropped.append((line.number, line.text, line.reason))
            carried = max(carried, line.blanks_before)
            continue
        if carried:
            line = _with_blanks(line, max(carried, line.blanks_before))
            carried = 0
        kept.append(line)
    top = 0
    while top < len(kept):
        following = kept[top + 1] if top + 1 < len(kept) else None
        why = _top_line_role(kept[top], following, first=top == 0)
        if why is None:
            break
        dropped.append((kept[top].number, kept[top].text, why))
        top += 1
    return kept[top:], dropped


def _with_blanks(line: Line, blanks: int) -> Line:
    return dataclasses.replace(line, blanks_before=blanks)


def _top_line_role(line: Line, following: Line | None, *, first: bool) -> str | None:
    """Why a line at the top of a page is no item (a heading, a breadcrumb), or None for news.

    Known headings and breadcrumbs are dropped however many stand at the top; a short line of unknown
    words only as the page's first line, since below a heading it is more likely a short entry.
    """
    if line.kind is not LineKind.TEXT or following is None:
        return None
    if is_known_heading(line.text):
        return "section heading"
    if is_breadcrumb(line.text):
        return "breadcrumb"
    short = len(line.text.split()) <= _LONGEST_UNKNOWN_HEADING and not any(c.isdigit() for c in line.text)
    titles_something = following.kind in (LineKind.STAMP, LineKind.TITLED_STAMP) or _is_repeat(
        line, following
    )
    if first and short and line.reads_like_headline() and not titles_something:
        return "section heading"
    return None


def _is_listing(runs: list[_Run]) -> bool:
    """A page of entries: nothing but headlines, each followed by at most one line of lead."""
    lines = [line for run in runs for line in run]
    entries = 0
    index = 0
    while index < len(lines):
        if not lines[index].reads_like_headline():
            return False
        entries += 1
        index += 1
        if index < len(lines) and not lines[index].reads_like_headline():
            index += 1
    return entries >= 2


def _listing_entries(run: _Run) -> list[_Draft]:
    drafts: list[_Draft] = []
    for line in run:
        if line.reads_like_headline() or not drafts or drafts[-1].body:
            rule = "entry of a listing"
            drafts.append(
                _Draft(
                    line.text,
                    None,
                    DateSource.NONE,
                    line.number,
                    rule,
                    "listed title",
                    "no stamp",
                    absorbs=False,
                    listed=True,
                )
            )
        else:
            drafts[-1].body.append(line.text)
        drafts[-1].last_line = line.number
    for draft in drafts:
        if not draft.body:
            draft.body.append(draft.title or "")
            draft.date_rule = "no stamp (a listed title is not dated from its own words)"
    return drafts


def _undated_article(run: _Run) -> int | None:
    """Where an undated article's title stands in the page's last run of text, if anywhere.

    The last headline with text after it; failing that, a headline closing the page after teasers
    (an article saved with its title only).
    """
    candidates = [
        index
        for index in range(len(run) - 1)
        if run[index].reads_like_headline() and not all(later.is_closing for later in run[index + 1 :])
    ]
    # A subheading inside the article ("Central Asia") is shorter than any headline of the site.
    titles = [index for index in candidates if len(run[index].text.split()) >= _SHORTEST_TITLE]
    if titles or candidates:
        return (titles or candidates)[-1]
    if len(run) >= 2 and run[-1].reads_like_headline() and not run[-2].reads_like_headline():
        return len(run) - 1
    return None


def _teasers(run: _Run) -> list[_Draft]:
    """Undated teasers: a line each, but a page that puts more blank lines between its items than
    between their paragraphs keeps paragraphs together; salutations and closings join their text."""
    gaps = [line.blanks_before for line in run[1:]]
    separator = max(gaps, default=0)
    keeps_paragraphs = separator >= _ITEM_BREAK and min(gaps) < separator
    drafts: list[_Draft] = []
    previous: Line | None = None
    for line in run:
        joined = previous is not None and (
            line.is_closing or previous.is_salutation or (keeps_paragraphs and line.blanks_before < separator)
        )
        if joined:
            drafts[-1].body.append(line.text)
            drafts[-1].last_line = line.number
        else:
            rule = (
                "undated text, one item per block"
                if not keeps_paragraphs
                else "undated text after a wider break"
            )
            drafts.append(
                _Draft(None, None, DateSource.NONE, line.number, rule, "", "no stamp", absorbs=False)
            )
            drafts[-1].body.append(line.text)
            drafts[-1].last_line = line.number
        previous = line
    return drafts


def _resolve(segments: list[_Draft | _Run]) -> tuple[list[_Draft], str]:
    """Turn the runs of undated text into items; returns every item in page order and the layout."""
    drafts = [segment for segment in segments if isinstance(segment, _Draft)]
    runs = [segment for segment in segments if not isinstance(segment, _Draft)]
    if not drafts and _is_listing(runs):
        return [entry for run in runs for entry in _listing_entries(run)], "listing"
    resolved: list[_Draft] = []
    article_at: int | None = None
    if runs and segments[-1] is runs[-1] and not any(draft.title for draft in drafts):
        article_at = _undated_article(runs[-1])
    for segment in segments:
        if isinstance(segment, _Draft):
            resolved.append(segment)
            continue
        split_at = article_at if segment is runs[-1] and article_at is not None else len(segment)
        resolved.extend(_teasers(segment[:split_at]))
        if split_at < len(segment):
            title = segment[split_at]
            article = _Draft(
                title.text,
                None,
                DateSource.NONE,
                title.number,
                "headline followed by text, no stamp",
                "headline of an undated article",
                "no stamp",
                absorbs=True,
            )
            article.body.extend(line.text for line in segment[split_at + 1 :])
            article.last_line = segment[-1].number
            resolved.append(article)
    return resolved, "undated article page" if article_at is not None else "news page"


def _date_by_attachment_stamps(drafts: list[_Draft], stamps: dict[int, tuple[dt.date, str]]) -> None:
    """Give an item of undated text the date and file of the attachment stamp under its last line."""
    for draft in drafts:
        stamp = stamps.get(draft.last_line) if draft.last_line else None
        if stamp is not None:
            draft.attachments.append(stamp[1])
            if draft.date is None:
                draft.date, draft.date_source, draft.date_rule = stamp[0], DateSource.LINE, "attachment stamp"


def _pick_article(drafts: list[_Draft]) -> _Draft | None:
    """The page's main story: of the items with a title of their own, the one with the longest body."""
    titled = [draft for draft in drafts if draft.title is not None and not draft.listed]
    return max(titled, key=lambda draft: sum(map(len, draft.body)), default=None)


def _to_trace(draft: _Draft, position: int, kind: Kind, language: Language | None) -> ItemTrace:
    body = tuple(draft.body) if draft.body else (draft.title or "",)
    title = draft.title if draft.title is not None else derive_title(body[0])
    item_language = language if language is not None else detect_language("\n".join((title, *body)))
    date, source, date_rule = draft.date, draft.date_source, draft.date_rule
    if date is None and draft.body and not (draft.listed and draft.body == [draft.title]):
        date = find_opening_date(body[0], item_language)
        if date is not None:
            source, date_rule = DateSource.PROSE, "the item's own opening words"
    item = ParsedItem(
        title=title,
        body=body,
        language=item_language,
        kind=kind,
        position=position,
        date=date,
        date_source=source if date is not None else DateSource.NONE,
        title_derived=draft.title is None,
        attachments=tuple(draft.attachments),
    )
    title_rule = draft.title_rule or "no title on the page: the first sentence of the text"
    kind_rule = "the page's main story" if kind is Kind.ARTICLE else "not the main story"
    return ItemTrace(item, draft.first_line, draft.start, title_rule, date_rule, kind_rule)


def explain_page(text: str, *, language: Language | None = None) -> PageTrace:
    """The items of one page's plain text with the rule behind each boundary, title and date."""
    lines, dropped = _frame(read_lines(text))
    reader = _Reader(lines)
    reader.read()
    drafts, layout = _resolve(reader.segments)
    _date_by_attachment_stamps(drafts, reader.stamped_runs)
    drafts = [draft for draft in drafts if draft.body or draft.title]
    article = None if layout == "listing" else _pick_article(drafts)
    traces = tuple(
        _to_trace(draft, position, Kind.ARTICLE if draft is article else Kind.TEASER, language)
        for position, draft in enumerate(drafts)
    )
    return PageTrace(traces, tuple(sorted(dropped + reader.dropped)), layout)


def split_page(text: str, *, language: Language | None = None) -> list[ParsedItem]:
    """The news items of one page's plain text, in page order; never raises.

    `language` is the page's edition when the caller knows it (an HTML page says so); without it
    each item's language is told from its own letters.
    """
    return [trace.item for trace in explain_page(text, language=language).items]
