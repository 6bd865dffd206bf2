"""Stable identities for items, so that the same news item seen on many pages is stored once.

An item is what the site said on a day: its id hashes the normalised date and body, never the title
(teaser titles are cut from the body by us) nor where it was seen. Normalising folds case, `ё`, quote
styles, punctuation and white space, so a page saved twice by different tools still gives one id.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import unicodedata
from collections.abc import Sequence

_NON_WORD = re.compile(r"[\W_]+")


def normalise_text(text: str) -> str:
    """The comparable form of a text: letters and digits only, case-folded, single-spaced."""
    folded = unicodedata.normalize("NFKC", text).casefold().replace("ё", "е")
    return _NON_WORD.sub(" ", folded).strip()


def _digest(*parts: str) -> str:
    return hashlib.blake2b("\x1f".join(parts).encode("utf-8"), digest_size=8).hexdigest()


def item_id(date: dt.date | None, body: Sequence[str]) -> str:
    """The item's id: 16 hex digits from its date (or none) and its whole body."""
    return _digest(date.isoformat() if date else "", normalise_text(" ".join(body)))


def text_key(body: Sequence[str]) -> str:
    """A key of the body alone, to recognise an undated copy of a known item."""
    return _digest(normalise_text(" ".join(body)))


def lead_key(body: Sequence[str]) -> str:
    """A key of the first paragraph, to link a teaser to the article it is the lead of."""
    return _digest(normalise_text(body[0] if body else ""))
