"""Stage "decode": turn a document's bytes into clean text, or say why they are not a page.

The evidence is weighed strongest first:

1. magic numbers of common binary formats, and NUL bytes, mean the file is not a page at all;
2. a byte-order mark (UTF-8, UTF-16, UTF-32) is trusted outright, and UTF-16 without one is told by
   where its NUL bytes fall;
3. strict UTF-8 wins: Russian text in a single-byte coding is practically never valid UTF-8, because
   its letters are lone high bytes that UTF-8 only allows after a lead byte;
4. mostly-valid UTF-8 (more good multi-byte characters than broken sequences, under 1% damage) is
   UTF-8 that was damaged in transit, and keeps U+FFFD where bytes were broken;
5. otherwise one single-byte reading is chosen: the charset an HTML page declares, cp1251 (the site's
   old pages) and KOI8-R, each scored by how much its non-ASCII characters look like Russian prose
   (letter frequencies, letter case, syllable shape, no scripts mixed in a word); the declaration is
   honoured while it is consistent, that is, while no other reading beats it clearly. A text must
   hold enough common Russian letters to be judged: a lone rare word may read as either coding;
6. if no reading is plausible, UTF-8 with replacement characters is accepted while under 1% of the
   characters are damaged; beyond that the file is refused with the offset of its first bad byte.

The result has "\\n" newlines, no control characters but tab and newline, and is NFC-normalised.
"""

from __future__ import annotations

import codecs
import math
import re
import unicodedata

from selectolax.lexbor import LexborHTMLParser

from press_archive.importer.errors import PageError

_MAGIC_NUMBERS: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"%PDF-", "PDF document"),
    (b"PK\x03\x04", "ZIP archive or Office document"),
    (b"PK\x05\x06", "ZIP archive"),
    (b"\x1f\x8b", "gzip archive"),
    (b"7z\xbc\xaf\x27\x1c", "7-Zip archive"),
    (b"Rar!\x1a\x07", "RAR archive"),
    (b"\xfd7zXZ\x00", "xz archive"),
    (b"\x28\xb5\x2f\xfd", "Zstandard archive"),
    (b"\x7fELF", "ELF executable"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "Office 97-2003 document"),
    (b"{\\rtf", "RTF document"),
    (b"SQLite format 3\x00", "SQLite database"),
)

# UTF-32 LE comes before UTF-16 LE: its mark starts with the same two bytes.
_BYTE_ORDER_MARKS: tuple[tuple[bytes, str, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le", "UTF-32"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "UTF-32"),
    (codecs.BOM_UTF8, "utf-8", "UTF-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "UTF-16"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "UTF-16"),
)

MAX_DAMAGE_RATIO = 0.01  # share of U+FFFD characters tolerated in text decoded as damaged UTF-8
MAX_CONTROL_RATIO = 0.1  # share of control characters above which decoded "text" is really binary

# Single-byte codings a page may declare, by Python codec name. Latin-1 and ASCII labels mean
# windows-1252 on the web, as browsers read them.
_DECLARABLE_CODINGS = {
    "cp1251": "cp1251",
    "koi8-r": "koi8-r",
    "koi8-u": "koi8-u",
    "iso8859-5": "iso8859-5",
    "cp866": "cp866",
    "mac-cyrillic": "mac-cyrillic",
    "cp1252": "cp1252",
    "iso8859-1": "cp1252",
    "ascii": "cp1252",
    "iso8859-15": "iso8859-15",
}
# cp1251 is the site's own old coding: KOI8-R has to read better by this much per character to win.
_DETECTED_CODINGS = (("cp1251", 0.5), ("koi8-r", 0.0))
_DECLARATION_BONUS = 1.0  # a declared coding is believed unless another reads a bit per char better
_PLAUSIBLE_SCORE = -1.0  # mean per-character score below which no reading looks like text
_SCORED_SAMPLE_BYTES = 1 << 12
#: Share of the high bytes of BOM-less UTF-16 that must be NUL: the spaces and punctuation of a
#: Russian page alone are more than this (its letters have 0x04 there).
_UTF16_NUL_SHARE = 0.05
_DECLARATION_SCAN_BYTES = 4096
_CHARSET_LABEL = re.compile(r"[A-Za-z0-9._:-]{1,40}")

# Letter frequencies of Russian prose, in percent. Each letter scores log2(frequency / uniform), so
# a real Russian text averages about +0.7 per letter and a mis-decoded one goes negative.
_RUSSIAN_LETTER_PERCENT = {
    "о": 10.97, "е": 8.45, "а": 8.01, "и": 7.35, "н": 6.70, "т": 6.26, "с": 5.47, "р": 4.73,
    "в": 4.54, "л": 4.40, "к": 3.49, "м": 3.21, "д": 2.98, "п": 2.81, "у": 2.62, "я": 2.01,
    "ы": 1.90, "ь": 1.74, "г": 1.70, "з": 1.65, "б": 1.59, "ч": 1.44, "й": 1.21, "х": 0.97,
    "ж": 0.94, "ш": 0.73, "ю": 0.64, "ц": 0.48, "щ": 0.36, "э": 0.32, "ф": 0.26, "ё": 0.20,
    "ъ": 0.04,
}  # fmt: skip
_UNLIKELY = -4.0
_LETTER_SCORE = {
    letter: max(_UNLIKELY, math.log2(percent * len(_RUSSIAN_LETTER_PERCENT) / 100))
    for letter, percent in _RUSSIAN_LETTER_PERCENT.items()
}
_OTHER_CYRILLIC_SCORE = -3.0
_CAPITAL_INSIDE_WORD_COST = 0.5
_VOWELS = frozenset("аеёиоуыэюя")
_CONSONANTS = frozenset("бвгджзйклмнпрстфхцчшщъь")
_RUN_COST = 2.0  # for a letter that makes a run of consonants or vowels no Russian word has
_TYPOGRAPHY = frozenset("«»„“”‘’—–…№°\u00a0")
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_NON_ASCII_BYTE = re.compile(rb"[\x80-\xff]")
_CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def decode_document(data: bytes, source: str) -> str:
    """Decode one document's bytes to text; raise PageError when they are not a text or HTML page."""
    if not data:
        raise PageError(source, "empty file")
    for magic, kind in _MAGIC_NUMBERS:
        if data.startswith(magic):
            raise PageError(source, f"not a text or HTML page: {kind}")
    for mark, coding, coding_name in _BYTE_ORDER_MARKS:
        if data.startswith(mark):
            body = data[len(mark) :]
            if coding == "utf-8":
                return _finish(_decode_utf8(body, len(mark), source), source)
            try:
                return _finish(body.decode(coding), source)
            except UnicodeDecodeError as error:
                raise PageError(source, f"invalid {coding_name} at byte {error.start + len(mark)}") from None
    if b"\x00" in data:
        utf16 = _unmarked_utf16(data)
        if utf16 is None:
            raise PageError(source, "not a text or HTML page: binary data")
        return _finish(data.decode(utf16), source)
    return _finish(_decode_unmarked(data, source), source)


def _unmarked_utf16(data: bytes) -> str | None:
    """UTF-16 saved without a byte-order mark, told by where its NUL bytes fall.

    Text in the Latin and Cyrillic blocks has a NUL as the high byte of every ASCII character (and
    0x04 for Cyrillic letters), so one half of the byte positions is nearly all NUL and the other
    has none; binary data has NULs on both. The reading must also decode without error.
    """
    if len(data) % 2:
        return None
    even, odd = data[0::2].count(0), data[1::2].count(0)
    halves = len(data) // 2
    for coding, high, low in (("utf-16-le", odd, even), ("utf-16-be", even, odd)):
        if low == 0 and high >= _UTF16_NUL_SHARE * halves:
            try:
                text = data.decode(coding)
            except UnicodeDecodeError:
                return None
            controls = _strip_controls(text)[1]
            return coding if controls < MAX_DAMAGE_RATIO * len(text) else None
    return None


def normalise_text(text: str) -> str:
    """Give text the one shape later stages expect: "\\n" newlines, no control characters, NFC."""
    return _strip_controls(text)[0]


def _decode_unmarked(data: bytes, source: str) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    utf8_text, broken = _utf8_with_replacements(data)
    multibyte = len(utf8_text) - len(utf8_text.encode("ascii", "ignore")) - broken
    if multibyte > broken and _damage_is_small(utf8_text, broken):
        return utf8_text
    coding = _choose_single_byte_coding(data)
    if coding is not None:
        return data.decode(coding, "replace")
    return _decode_utf8(data, 0, source)


def _decode_utf8(body: bytes, offset: int, source: str) -> str:
    """Strict UTF-8, or UTF-8 with U+FFFD for broken bytes while they are under 1% of the text."""
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError as error:
        first_broken = error.start
    text, broken = _utf8_with_replacements(body)
    if _damage_is_small(text, broken):
        return text
    raise PageError(source, f"invalid UTF-8 at byte {first_broken + offset}")


def _utf8_with_replacements(data: bytes) -> tuple[str, int]:
    text = data.decode("utf-8", "replace")
    return text, text.count("\ufffd") - data.count("\ufffd".encode())


def _damage_is_small(text: str, broken: int) -> bool:
    return broken < MAX_DAMAGE_RATIO * len(text)


def _choose_single_byte_coding(data: bytes) -> str | None:
    """The best-scoring single-byte reading, or None when none of them looks like text."""
    first_high = _NON_ASCII_BYTE.search(data)
    start = first_high.start() - 1 if first_high and first_high.start() > 0 else 0
    sample = data[start : start + _SCORED_SAMPLE_BYTES]
    declared = _declared_coding(data)
    candidates = [(declared, _DECLARATION_BONUS)] if declared else []
    candidates += [(coding, prior) for coding, prior in _DETECTED_CODINGS if coding != declared]
    readings = [
        (_text_score(sample.decode(coding, "replace")), bonus, coding) for coding, bonus in candidates
    ]
    plausible = [reading for reading in readings if reading[0] >= _PLAUSIBLE_SCORE]
    if not plausible:
        return None
    return max(plausible, key=lambda reading: reading[0] + reading[1])[2]


def _declared_coding(data: bytes) -> str | None:
    """The single-byte coding named by an HTML `<meta charset>` or `http-equiv` in the page's head."""
    head = data[:_DECLARATION_SCAN_BYTES]
    if b"<meta" not in head.lower():
        return None
    for meta in LexborHTMLParser(head.decode("latin-1")).css("meta"):
        attributes = meta.attributes
        label = attributes.get("charset")
        if label is None and (attributes.get("http-equiv") or "").strip().lower() == "content-type":
            label = _charset_parameter(attributes.get("content") or "")
        if label and _CHARSET_LABEL.fullmatch(label.strip()):
            try:
                return _DECLARABLE_CODINGS.get(codecs.lookup(label.strip()).name)
            except LookupError:
                return None
    return None


def _charset_parameter(content_type: str) -> str | None:
    for parameter in content_type.split(";"):
        name, _, value = parameter.partition("=")
        if name.strip().lower() == "charset":
            return value.strip().strip("\"'")
    return None


def _text_score(text: str) -> float:
    """Mean plausibility of the non-ASCII characters of `text` as Russian or Latin-script prose.

    ASCII reads the same in every candidate coding, so only the other characters are evidence.
    """
    scores = [_character_score(text, match.start()) for match in _NON_ASCII.finditer(text)]
    return sum(scores) / len(scores) if scores else 0.0


def _character_score(text: str, index: int) -> float:
    character = text[index]
    before = text[index - 1] if index > 0 else " "
    after = text[index + 1] if index + 1 < len(text) else " "
    if character in _TYPOGRAPHY:
        return 1.0
    name = unicodedata.name(character, "")
    if name.startswith("CYRILLIC"):
        if _is_latin_letter(before) or _is_latin_letter(after):
            return _UNLIKELY  # scripts mixed inside a word: a Western text read as Cyrillic
        if character.isupper() and before.islower():
            return _UNLIKELY  # a capital after a small letter: the cp1251/KOI8-R case swap
        capital_inside_word = character.isupper() and before.isupper()  # acronyms only, in prose
        score = _LETTER_SCORE.get(character.lower(), _OTHER_CYRILLIC_SCORE)
        if _breaks_syllables(text, index):
            score -= _RUN_COST
        return score - _CAPITAL_INSIDE_WORD_COST if capital_inside_word else score
    if name.startswith("LATIN"):
        # An accented letter belongs next to plain ones ("café"); whole words of them are mojibake.
        return 0.0 if _is_ascii_letter(before) or _is_ascii_letter(after) else _UNLIKELY
    return _UNLIKELY if _is_noise(character) else 0.0


def _breaks_syllables(text: str, index: int) -> bool:
    """A fourth consonant or a third vowel in a row: rare in Russian, common in mis-decoded text."""
    letter = text[index].lower()
    same = _VOWELS if letter in _VOWELS else _CONSONANTS
    run = 3 if same is _VOWELS else 4
    window = text[max(0, index - run + 1) : index + 1].lower()
    return len(window) == run and all(character in same for character in window)


def _is_ascii_letter(character: str) -> bool:
    return character.isascii() and character.isalpha()


def _is_noise(character: str) -> bool:
    """KOI8-R's pseudo-graphics, undefined bytes and controls: never part of a press release."""
    is_box_drawing = "\u2500" <= character <= "\u259f"
    return is_box_drawing or character == "\ufffd" or unicodedata.category(character) in {"Cc", "Co", "Cn"}


def _is_latin_letter(character: str) -> bool:
    return character.isalpha() and unicodedata.name(character, "").startswith("LATIN")


def _finish(text: str, source: str) -> str:
    if not text:
        raise PageError(source, "empty file")
    cleaned, controls = _strip_controls(text)
    if controls > MAX_CONTROL_RATIO * len(text):
        raise PageError(source, "not a text or HTML page: too many control characters")
    return cleaned


def _strip_controls(text: str) -> tuple[str, int]:
    """Text with newlines normalised and control characters removed, and how many were removed."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    cleaned, controls = _CONTROL_CHARACTERS.subn("", text)
    return unicodedata.normalize("NFC", cleaned), controls
