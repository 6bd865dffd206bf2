"""Name keys: one spelling-independent key for the many ways the site spells the same name.

The site writes `Taalatbek Masadikov` and `Talatbek Masadykov`, `Andrei` and `Andrey`, and the
Russian edition `Масадыков`, `Масадыкова`. A name's key is made in three steps:

1. Cyrillic is transliterated to Latin with the `iuliia` library's Wikipedia scheme (the one
   English-language media follow: `Шойгу` -> `Shoygu`, `Сердюков` -> `Serdyukov`).
2. A spelling rule folds the choices romanisations differ on: y/i/j are one letter (`Andrey`,
   `Andrei`, `Andrej`), `kh` is `h`, `tz` is `ts`, `x` is `ks`, `w` is `v`, `yo` is `e` (the
   Russian edition prints `ё` as `е`), `dzh` is `j`, `shch` is `sch`, `ie` is `e` (`Yevgeny`,
   `Evgeny`; `Aliyev`, `Aliev`) and a doubled letter is single (`Taalatbek`, `Talatbek`).
3. Case endings are cut: trailing vowels and a vowel + `m` go while four letters remain
   (`Масадыкова`, `Масадыковым` -> `masadikov`; `Ирана` -> `iran`), so a Russian name in any case
   meets its English spelling.

Only capitalised words of at least four letters are given a key in the index. Lower-case words have
stems instead and are not names; short words are where a lossy key collides (`Ian`/`Yan`/`Jan`,
`Mal`/`Mali`), and the same four-letter floor stops endings being cut below four letters, so
`Maria` stays `maria` rather than `mar`. The one exception is a person's surname, which is keyed
whatever its length (`Pavel Zas`), since the other edition's four letters (`Зась`) key to three.
The query side keys any word of three letters or more: it can only meet a key that came from a
capitalised word of four letters or a person's surname, never a short common word.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import iuliia  # type: ignore[import-untyped]

from press_archive.archive.analysis import WORD, fold, is_cyrillic

MIN_NAME_LETTERS = 4
MIN_QUERY_NAME_LETTERS = 3

_SPELLINGS = (
    ("shch", "sch"),
    ("dzh", "j"),
    ("kh", "h"),
    ("tz", "ts"),
    ("x", "ks"),
    ("w", "v"),
    ("yo", "e"),
    ("j", "i"),
    ("y", "i"),
)
_DOUBLED = re.compile(r"(.)\1+")
_CASE_ENDING = re.compile(r"(?:[aeiou]m|[aeiou]+)$")


def _latin_letters(word: str) -> str:
    """Lower-case Latin letters of a word, transliterated from Cyrillic and without diacritics."""
    latin = iuliia.WIKIPEDIA.translate(word) if is_cyrillic(word) else word
    decomposed = unicodedata.normalize("NFKD", latin.lower())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def _spelling_key(letters: str) -> str:
    for written, spoken in _SPELLINGS:
        letters = letters.replace(written, spoken)
    letters = _DOUBLED.sub(r"\1", letters)
    letters = _DOUBLED.sub(r"\1", letters.replace("ie", "e"))
    while True:
        shorter = _CASE_ENDING.sub("", letters)
        if shorter == letters or len(shorter) < MIN_NAME_LETTERS:
            return letters
        letters = shorter


@lru_cache(maxsize=200_000)
def name_key(word: str, shortest: int = MIN_NAME_LETTERS) -> str | None:
    """The key of one word of any case, or None for a word shorter than `shortest` or not all letters."""
    word = fold(word)
    if len(word) < shortest or not word.isalpha():
        return None
    return _spelling_key(_latin_letters(word))


def is_name_word(word: str) -> bool:
    """A word the index gives a key: capitalised, all letters, long enough (see the module's why)."""
    return len(word) >= MIN_NAME_LETTERS and word[0].isupper() and word.isalpha()


def name_keys(text: str) -> list[str]:
    """The distinct keys of the capitalised words of a text, in order of first appearance."""
    keys: dict[str, None] = {}
    for word in WORD.findall(fold(text)):
        if word[0].isupper() and is_name_word(word):
            key = name_key(word)
            if key is not None:
                keys[key] = None
    return list(keys)
