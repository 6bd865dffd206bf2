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


def item_keys(date: dt.date | None, body: Sequence[str]) -> ItemKeys:
    """The item's keys; its id is 16 hex digits from its date (or none) and its whole body."""
    text = normalise_text(" ".join(body))
    lead = text if len(body) == 1 else normalise_text(body[0] if body else "")
    return ItemKeys(_digest(date.isoformat() if date else "", text), _digest(text), _digest(lead))


def identity_date(item: ParsedItem) -> dt.date | None:
    """The date that is part of an item's identity: the site's stamp, never a date read from prose."""
    return item.date if item.date_source in (DateSource.LINE, DateSource.TITLE) else None
