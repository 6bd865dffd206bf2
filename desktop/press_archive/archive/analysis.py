"""How text is cut into searchable terms, shared by the index and the query so both agree.

FTS5's unicode61 tokenizer folds case and Latin diacritics but not `ё` into `е`, and it knows no
morphology, so the archive feeds it text that is already folded, plus a second copy of every field
made of Snowball stems: a query term matches either as written or by its stem, and bm25 ranks the
exact match higher because it counts in both columns.

A word is a run of letters and digits. The underscore is not part of a word, because unicode61
treats it as a separator; were the two to disagree, a word the query looks for by stem could never
be found.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from collections.abc import Iterator

import Stemmer

WORD = re.compile(r"[^\W_]+")
_CYRILLIC = re.compile(r"[а-яА-ЯёЁ]")
_local = threading.local()


def fold(text: str) -> str:
    """Text as the index stores it: compatibility forms unified (NFKC) and `ё` folded into `е`.

    FTS5 folds case and diacritics itself; NFKC makes a decomposed `й` or a ligature one character,
    as a typed query has it.
    """
    if not text.isascii():
        if not unicodedata.is_normalized("NFKC", text):
            text = unicodedata.normalize("NFKC", text)
        text = text.replace("ё", "е").replace("Ё", "Е")
    return text


def words(text: str) -> list[str]:
    """The lower-case, folded words of a text, in order."""
    return WORD.findall(fold(text).lower())


def word_spans(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, folded lower-case word) for each word, with offsets into `text` as given.

    Each word is folded on its own, so the offsets stay those of the caller's text even where
    folding would change its length.
    """
    for match in WORD.finditer(text):
        yield match.start(), match.end(), fold(match.group()).lower()


def is_cyrillic(word: str) -> bool:
    return _CYRILLIC.search(word) is not None


def _stem_cache() -> dict[str, str]:
    cache: dict[str, str] | None = getattr(_local, "cache", None)
    if cache is None:
        cache = _local.cache = {}
        _local.english = Stemmer.Stemmer("english")
        _local.russian = Stemmer.Stemmer("russian")
    return cache


def stem(word: str) -> str:
    """The Snowball stem of one lower-case word, by its script: Russian for Cyrillic, else English."""
    cache = _stem_cache()
    found = cache.get(word)
    if found is None:
        stemmer = _local.russian if is_cyrillic(word) else _local.english
        found = cache[word] = stemmer.stemWord(word)
        if len(cache) > 500_000:
            cache.clear()
    return found


def stemmed(text: str) -> str:
    """The text as a sequence of stems, for the index's stem columns."""
    cache = _stem_cache()
    return " ".join([cache.get(word) or stem(word) for word in words(text)])
