"""Stable identities for items, so that the same news item seen on many pages is stored once.

An item is what the site said on a day: its id hashes the stamped date and the normalised body, never
the title (teaser titles are cut from the body by us) nor where it was seen. A date read from the
item's own words is no part of it: the site's stamp on another page may say another day (the day of
publication, not of the event), and both copies must still be one item. Normalising folds case, `ё`, quote
styles, punctuation and white space, so a page saved twice by different tools still gives one id.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from press_archive.model import DateSource, ParsedItem

_NON_WORD = re.compile(r"[\W_]+")


def normalise_text(text: str) -> str:
    """The comparable form of a text: letters and digits only, case-folded, single-spaced."""
    folded = unicodedata.normalize("NFKC", text).casefold().replace("ё", "е")
    return _NON_WORD.sub(" ", folded).strip()


def _digest(*parts: str) -> str:
    return hashlib.blake2b("\x1f".join(parts).encode("utf-8"), digest_size=8).hexdigest()


@dataclass(frozen=True)
class ItemKeys:
    """An item's id, and the keys that recognise it when a page shows it undated or as a lead.

    `text_key` is of the body alone, to recognise an undated copy of a known item; `lead_key` is of
    the first paragraph, to link a teaser to the article it is the lead of.
    """

    id: str
    text_key: str
    lead_key: str
    opening_key: str  # of the first words alone, to find a copy the site cut short


def item_keys(date: dt.date | None, body: Sequence[str]) -> ItemKeys:
    """The item's keys; its id is 16 hex digits from its date (or none) and its whole body."""
    text = normalise_text(" ".join(body))
    lead = text if len(body) == 1 else normalise_text(body[0] if body else "")
    return ItemKeys(
        _digest(date.isoformat() if date else "", text), _digest(text), _digest(lead), opening_key(text)
    )


#: Words a cut copy must keep to count as the item: a shorter prefix is likely another item that
#: happens to open the same way ("The CSTO Secretary General met the Ambassador."). Two copies are
#: compared only when they open with as many words alike.
OPENING_WORDS = 12
_CUT_MARKS = ("…", "...")
_SENTENCE_END = ".!?»”\"')"


def opening_key(normalised: str) -> str:
    """The key of a normalised text's first words, shared by every cut copy of it."""
    return _digest(" ".join(normalised.split(maxsplit=OPENING_WORDS)[:OPENING_WORDS]))


def cut_prefix(short: str) -> str | None:
    """What of `short` a whole text must start with for `short` to be a cut copy of it (normalised),
    or None when `short` cannot be one: not cut at "…" nor after a sentence, or too short."""
    short = short.rstrip()
    marked = short.endswith(_CUT_MARKS)
    if not marked and not short.endswith(tuple(_SENTENCE_END)):
        return None
    words = normalise_text(short.removesuffix("...").removesuffix("…")).split()
    if marked:
        words = words[:-1]  # the site cuts inside a word as often as between two
    return " ".join(words) if len(words) >= OPENING_WORDS else None


def extends(prefix: str, full: str) -> bool:
    """Whether `full` goes on past the normalised `prefix`, at a word boundary.

    Only as much of `full` is normalised as could hold the prefix: this runs for every stored item
    that opens like a new one.
    """
    whole = normalise_text(full[: 2 * len(prefix) + 64])
    return len(whole) > len(prefix) and whole.startswith(prefix) and whole[len(prefix)] == " "


def is_cut_copy(short: str, full: str) -> bool:
    """Whether `short` is `full` as the site cuts it in lists: up to "…" (a word may be cut in two)
    or after a whole sentence. White space, case, quotes and `ё` are ignored, as in every key."""
    prefix = cut_prefix(short)
    return prefix is not None and extends(prefix, full)


def identity_date(item: ParsedItem) -> dt.date | None:
    """The date that is part of an item's identity: the site's stamp, never a date read from prose."""
    return item.date if item.date_source in (DateSource.LINE, DateSource.TITLE) else None
