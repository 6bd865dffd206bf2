"""An item the site changed, in the reading pane: a notice by its date, and on request what changed.

The changes are listed newest first, each version against the one before it: a reader opening an
edited press release wants the last correction first (it is what made today's text differ from the
one they may have quoted), and earlier ones as history after it. Each change is quoted in its
sentence (`change_excerpts`) rather than as a whole marked-up text, where one corrected letter would
hide among hundreds of words; the whole current text follows below as the item's body.

Removed words are struck through and added ones underlined, besides their tints, so the marks do not
rest on colour alone; `changes_description` says the same in words for a screen reader.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Sequence
from itertools import pairwise

from PySide6.QtCore import QCoreApplication

from press_archive.archive.word_diff import PARAGRAPH, Change, DiffPart, word_diff
from press_archive.model import Item, ItemVersion
from press_archive.ui.appearance import Colors
from press_archive.ui.change_excerpts import Excerpt, change_excerpts
from press_archive.ui.counted import COUNTED
from press_archive.ui.document_parts import muted, section
from press_archive.ui.formatting import format_long_date, format_moment

# The link that shows or hides the changes; the pane toggles them when it is activated.
CHANGES_SCHEME = "changes"
CHANGES_LINK = f"{CHANGES_SCHEME}:toggle"
ELLIPSIS = "…"
PILCROW = "¶"  # a paragraph break that was added or removed, where it stood
translate = QCoreApplication.translate

VersionPair = tuple[int, ItemVersion, int, ItemVersion]  # (number, older version, number, newer version)


def current_version(item: Item) -> ItemVersion:
    """The text the item shows: the one marked current, else the one seen last."""
    return next((version for version in item.versions if version.current), item.versions[-1])


def _pairs(item: Item) -> list[VersionPair]:
    """Each version with the one before it, numbered from 1 for the oldest, newest change first."""
    numbered = list(enumerate(item.versions, start=1))
    changes = [(*older, *newer) for older, newer in pairwise(numbered)]
    return changes[::-1]


def _changed_sentence(item: Item) -> str:
    first_seen = current_version(item).first_seen
    if first_seen is None:
        return translate("ItemVersions", "Changed on the site (the page was saved by hand, no capture date)")
    date = format_long_date(first_seen.astimezone().date())
    return translate("ItemVersions", "Changed on the site on {date}").format(date=date)


def changed_notice(item: Item, changes_shown: bool, colors: Colors) -> list[str]:
    """The notice under the item's date, with the link that shows or hides the changes."""
    if not item.changed_on_site:
        return []
    if changes_shown:
        toggle = translate("ItemVersions", "Hide changes")
    else:
        toggle = translate("ItemVersions", "Show changes")
    line = " · ".join((
        f"<b>{html.escape(_changed_sentence(item))}</b>",
        html.escape(COUNTED.versions_kept(len(item.versions))),
        f'<a href="{CHANGES_LINK}">{html.escape(toggle).replace(" ", "&nbsp;")}</a>',
    ))
    return [
        f'<table width="100%" cellpadding="8" cellspacing="0" style="margin-top:2px; margin-bottom:12px" '
        f'bgcolor="{colors.notice_background.name()}"><tr><td><p style="margin:0; line-height:130%">'
        f"{line}</p></td></tr></table>"
    ]


def _marked(text: str, change: Change, colors: Colors) -> str:
    escaped = html.escape(text)
    if change is Change.SAME:
        return escaped
    if change is Change.REMOVED:
        tint, ink, line = colors.removed_background, colors.removed_text, "line-through"
    else:
        tint, ink, line = colors.added_background, colors.added_text, "underline"
    style = f"background-color:{tint.name()}; color:{ink.name()}; text-decoration:{line}"
    return f'<span style="{style}">{escaped}</span>'


def _diff_paragraphs(parts: Sequence[DiffPart], colors: Colors) -> list[str]:
    """The parts as paragraphs of the new text, removed words and breaks shown where they stood."""
    paragraphs: list[list[str]] = [[]]
    for part in parts:
        run: list[str] = []
        for word in part.words:
            if word != PARAGRAPH:
                run.append(word)
                continue
            if run:
                paragraphs[-1].append(_marked(" ".join(run), part.change, colors))
                run = []
            if part.change is not Change.SAME:
                paragraphs[-1].append(_marked(PILCROW, part.change, colors))
            if part.change is not Change.REMOVED:
                paragraphs.append([])
        if run:
            paragraphs[-1].append(_marked(" ".join(run), part.change, colors))
    return [" ".join(paragraph) for paragraph in paragraphs if paragraph]


def _excerpt(excerpt: Excerpt, colors: Colors) -> list[str]:
    paragraphs = _diff_paragraphs(excerpt.parts, colors)
    if excerpt.cut_before:
        paragraphs[0] = f"{ELLIPSIS} {paragraphs[0]}"
    if excerpt.cut_after:
        paragraphs[-1] = f"{paragraphs[-1]} {ELLIPSIS}"
    style = "margin-top:0; margin-bottom:8px; margin-left:14px; line-height:145%"
    return [f'<p style="{style}">{paragraph}</p>' for paragraph in paragraphs]


def _labelled(label: str, parts: list[DiffPart], colors: Colors) -> str:
    """A title or a date that changed: "Title: old new", on one line."""
    marked = " ".join(_diff_paragraphs(parts, colors))
    style = "margin-top:0; margin-bottom:8px; margin-left:14px"
    return f'<p style="{style}">{muted(html.escape(label), colors)} {marked}</p>'


def _date_diff(old: dt.date | None, new: dt.date | None) -> list[DiffPart]:
    return [
        DiffPart(Change.REMOVED, (format_long_date(old),)),
        DiffPart(Change.ADDED, (format_long_date(new),)),
    ]


def _when(old: ItemVersion, new: ItemVersion) -> str:
    """When the change happened, as closely as the captures tell: after one capture, by the next."""
    before, after = old.last_seen or old.first_seen, new.first_seen
    if before is not None and after is not None:
        return translate("ItemVersions", "changed between the captures of {before} and {after}").format(
            before=format_moment(before), after=format_moment(after)
        )
    if after is not None:
        return translate("ItemVersions", "first captured {moment}").format(moment=format_moment(after))
    return translate("ItemVersions", "on a page saved by hand, no capture date")


def _title_label() -> str:
    return translate("ItemVersions", "Title:")


def _text_unchanged() -> str:
    return translate("ItemVersions", "The text itself did not change.")


def _heading(old_number: int, new_number: int) -> str:
    heading = translate("ItemVersions", "Version {new} against version {old}")
    return heading.format(new=new_number, old=old_number)


def _change(pair: VersionPair, colors: Colors) -> list[str]:
    old_number, old, new_number, new = pair
    heading = html.escape(_heading(old_number, new_number))
    parts = [
        f'<p style="margin-top:10px; margin-bottom:6px"><b>{heading}</b><br>'
        f"{muted(html.escape(_when(old, new)), colors)}</p>"
    ]
    if old.title != new.title:
        parts.append(_labelled(_title_label(), word_diff(old.title, new.title), colors))
    if old.date != new.date:
        parts.append(_labelled(translate("ItemVersions", "Date:"), _date_diff(old.date, new.date), colors))
    excerpts = change_excerpts(word_diff(old.text, new.text))
    for excerpt in excerpts:
        parts += _excerpt(excerpt, colors)
    if not excerpts:
        same = html.escape(_text_unchanged())
        parts.append(f'<p style="margin-top:0; margin-left:14px">{muted(same, colors)}</p>')
    return parts


def _captures(version: ItemVersion) -> str:
    first, last = version.first_seen, version.last_seen
    if first is None:
        return translate("ItemVersions", "saved by hand, no capture date")
    if last is None or last == first:
        return translate("ItemVersions", "captured {moment}").format(moment=format_moment(first))
    return translate("ItemVersions", "first captured {first}, last captured {last}").format(
        first=format_moment(first), last=format_moment(last)
    )


def _version_row(number: int, version: ItemVersion, other_title: bool, colors: Colors) -> str:
    """A version with its captures, and its title where it is not the current text's."""
    name = html.escape(translate("ItemVersions", "Version {number}").format(number=number))
    if version.current:
        name += " " + muted(html.escape(translate("ItemVersions", "· the current text")), colors, "medium")
    lines = [name, muted(html.escape(_captures(version)), colors)]
    if other_title:
        quoted = translate("ItemVersions", "“{title}”").format(title=version.title)
        lines.append(muted(html.escape(quoted), colors))
    return f'<p style="margin-top:0; margin-bottom:8px; margin-left:14px">{"<br>".join(lines)}</p>'


def version_changes(item: Item, colors: Colors) -> list[str]:
    """What changed from version to version, newest first, then the versions with their captures, and
    a heading for the current text, which the item's body gives next."""
    if not item.changed_on_site:
        return []
    legend = "&nbsp;&nbsp;".join((
        _marked(translate("ItemVersions", "removed"), Change.REMOVED, colors),
        _marked(translate("ItemVersions", "added"), Change.ADDED, colors),
    ))
    parts = [
        section(translate("ItemVersions", "Changes on the site"), colors),
        f'<p style="margin-top:0; margin-bottom:4px">{legend}</p>',
    ]
    for pair in _pairs(item):
        parts += _change(pair, colors)
    parts.append(section(translate("ItemVersions", "Versions kept"), colors))
    current = current_version(item)
    numbered = list(enumerate(item.versions, start=1))
    parts += [
        _version_row(number, version, version.title != current.title, colors)
        for number, version in reversed(numbered)
    ]
    heading = translate("ItemVersions", "Current text (version {number})")
    parts.append(section(heading.format(number=item.versions.index(current) + 1), colors))
    return parts


def _spoken(parts: Sequence[DiffPart]) -> list[str]:
    """Each run of removed or added words, said as such; a paragraph break is named only where it is
    all that changed or stands among the words (a paragraph added is said as its words)."""
    said = []
    for part in parts:
        if part.change is Change.SAME:
            continue
        words = list(part.words)
        while len(words) > 1 and words[0] == PARAGRAPH:
            words.pop(0)
        while len(words) > 1 and words[-1] == PARAGRAPH:
            words.pop()
        text = " ".join(translate("ItemVersions", "[paragraph break]") if word == PARAGRAPH else word
                        for word in words)
        if part.change is Change.REMOVED:
            said.append(translate("ItemVersions", "removed “{words}”").format(words=text))
        else:
            said.append(translate("ItemVersions", "added “{words}”").format(words=text))
    return said


def changes_description(item: Item) -> str:
    """The changes in words, for a screen reader, which does not say that a word is struck through."""
    if not item.changed_on_site:
        return ""
    sentences = [f"{_changed_sentence(item)}."]
    for old_number, old, new_number, new in _pairs(item):
        said = _spoken(word_diff(old.title, new.title))
        if said:
            said[0] = f"{_title_label()} {said[0]}"
        said += _spoken(_date_diff(old.date, new.date)) if old.date != new.date else []
        said += _spoken(word_diff(old.text, new.text)) or [_text_unchanged()]
        sentences.append(f"{_heading(old_number, new_number)}: {'; '.join(said)}.")
    return " ".join(sentences)
