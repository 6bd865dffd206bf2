"""Decoding bytes to text: byte-order marks, UTF-8, the site's old Cyrillic codings, and refusals."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from press_archive.importer.decode import decode_document, normalise_text
from press_archive.importer.errors import PageError

PROSE_RU = (
    "27 ноября в Бишкеке под председательством Киргизии состоится совместное заседание Совета "
    "министров иностранных дел, Совета министров обороны и Комитета секретарей советов безопасности "
    "ОДКБ. Участники обсудят актуальные вопросы совместной работы, в том числе борьбу с незаконным "
    "оборотом наркотиков и нелегальной миграцией."
)
SENTENCE_RU = "Генеральный секретарь ОДКБ провёл встречу в Москве."
HEADLINE_RU = "ЗАЯВЛЕНИЕ МИНИСТРОВ ИНОСТРАННЫХ ДЕЛ ГОСУДАРСТВ – ЧЛЕНОВ ОДКБ"
TYPOGRAPHY_RU = "Объявление: «Миротворческие учения – 2025» № 3 пройдут в Бишкеке…"
PLAIN_EN = "The CSTO Deputy Secretary General took part in the conference held in Moscow. "


def _decode(data: bytes) -> str:
    return decode_document(data, "page.txt")


def _reason(data: bytes) -> str:
    with pytest.raises(PageError) as raised:
        _decode(data)
    assert raised.value.source == "page.txt"
    return raised.value.reason


@pytest.mark.parametrize(
    "data",
    [
        b"\xef\xbb\xbf" + SENTENCE_RU.encode("utf-8"),
        b"\xff\xfe" + SENTENCE_RU.encode("utf-16-le"),
        b"\xfe\xff" + SENTENCE_RU.encode("utf-16-be"),
        b"\xff\xfe\x00\x00" + SENTENCE_RU.encode("utf-32-le"),
        b"\x00\x00\xfe\xff" + SENTENCE_RU.encode("utf-32-be"),
    ],
    ids=["utf-8", "utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"],
)
def test_a_byte_order_mark_decides_the_coding(data: bytes) -> None:
    assert _decode(data) == SENTENCE_RU


def test_utf8_without_a_mark_is_read_as_utf8() -> None:
    assert _decode(PROSE_RU.encode("utf-8")) == PROSE_RU


@pytest.mark.parametrize(
    "text", [PROSE_RU, SENTENCE_RU, HEADLINE_RU, TYPOGRAPHY_RU, "Москва", "Привет, мир!"]
)
def test_russian_in_cp1251_is_detected(text: str) -> None:
    assert _decode(text.encode("cp1251")) == text


@pytest.mark.parametrize("text", [PROSE_RU, SENTENCE_RU, HEADLINE_RU.replace("–", "-"), "Привет, мир!"])
def test_russian_in_koi8_r_is_detected(text: str) -> None:
    assert _decode(text.encode("koi8-r")) == text


PRESS_WORDS = [
    "в", "и", "на", "с", "по", "о", "к", "для", "что", "от", "при", "под", "заседание", "совета",
    "министров", "иностранных", "дел", "обороны", "безопасности", "организации", "договора",
    "коллективной", "состоится", "пройдут", "ноября", "февраля", "году", "генеральный", "секретарь",
    "встреча", "делегация", "приняла", "участие", "обсудили", "вопросы", "сотрудничества", "борьбы",
    "наркотиков", "государств", "членов", "учений", "миротворческих", "сил", "штаба", "Москве",
    "Бишкеке", "Минске", "Ереване", "Душанбе", "Лавров", "Масадыков", "Россия", "Киргизия", "Беларусь",
    "Казахстан", "ОДКБ", "СНГ", "ООН", "ШОС",
]  # fmt: skip


@given(st.lists(st.sampled_from(PRESS_WORDS), min_size=3, max_size=40), st.sampled_from([".", "!", ""]))
def test_cp1251_russian_prose_is_never_read_as_another_coding(words: list[str], end: str) -> None:
    text = " ".join(words) + end
    assert _decode(text.encode("cp1251")) == text


def test_english_with_cp1251_punctuation_keeps_the_punctuation() -> None:
    text = PLAIN_EN * 3 + "It was held in Moscow — “a traditional meeting”."
    assert _decode(text.encode("cp1251")) == text


def test_a_declared_charset_decides_what_detection_alone_cannot() -> None:
    page = '<html><head><meta charset="koi8-r"></head><body>ОДКБ</body></html>'
    assert _decode(page.encode("koi8-r")) == page


def test_an_http_equiv_declaration_is_honoured() -> None:
    page = (
        '<meta http-equiv="Content-Type" content="text/html; charset=windows-1252"><p>Café au lait, naïve</p>'
    )
    assert _decode(page.encode("cp1252")) == page


@pytest.mark.parametrize("declared", ["utf-8", "koi8-r", "iso-8859-1", "no-such-coding"])
def test_a_declaration_the_bytes_contradict_is_ignored(declared: str) -> None:
    page = f'<html><head><meta charset="{declared}"></head><body><p>{PROSE_RU}</p></body></html>'
    assert _decode(page.encode("cp1251")) == page


def test_utf8_wins_over_a_stale_single_byte_declaration() -> None:
    page = f'<meta charset="windows-1251"><p>{SENTENCE_RU}</p>'
    assert _decode(page.encode("utf-8")) == page


def test_utf8_with_a_few_broken_bytes_keeps_replacement_characters() -> None:
    broken = PROSE_RU[:10].encode("utf-8") + b"\xff" + PROSE_RU[10:].encode("utf-8")

    assert _decode(broken) == PROSE_RU[:10] + "\ufffd" + PROSE_RU[10:]


def test_a_long_western_text_with_one_accent_keeps_a_replacement_character() -> None:
    text = PLAIN_EN * 5 + "They met at a café."  # "й" inside a Latin word in cp1251: no Russian reading

    assert _decode(text.encode("cp1252")) == text.replace("é", "\ufffd")


def test_text_in_no_plausible_coding_is_refused_with_the_first_bad_byte() -> None:
    assert _reason("Déjà vu, café, naïve".encode("cp1252")) == "invalid UTF-8 at byte 1"


def test_a_bad_byte_after_a_utf8_mark_is_counted_from_the_start_of_the_file() -> None:
    assert _reason(b"\xef\xbb\xbfcaf\xe9 \xe9t\xe9") == "invalid UTF-8 at byte 6"


def test_utf16_cut_in_the_middle_of_a_character_is_refused() -> None:
    assert _reason(b"\xff\xfe" + "ОДКБ".encode("utf-16-le") + b"\x1e") == "invalid UTF-16 at byte 10"


@pytest.mark.parametrize("data", [b"", b"\xef\xbb\xbf", b"\xff\xfe"])
def test_an_empty_file_is_refused(data: bytes) -> None:
    assert _reason(data) == "empty file"


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG image"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "JPEG image"),
        (b"GIF89a\x01\x00", "GIF image"),
        (b"%PDF-1.7\n%\xe2\xe3", "PDF document"),
        (b"PK\x03\x04\x14\x00\x06\x00", "ZIP archive or Office document"),
        (b"\x1f\x8b\x08\x00", "gzip archive"),
        (b"\x7fELF\x02\x01\x01", "ELF executable"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1\x00", "Office 97-2003 document"),
        (b"{\\rtf1\\ansi Hello}", "RTF document"),
    ],
)
def test_a_known_binary_format_is_refused_by_name(data: bytes, kind: str) -> None:
    assert _reason(data) == f"not a text or HTML page: {kind}"


def test_nul_bytes_outside_utf16_mean_binary_data() -> None:
    assert _reason(b"05.12.2025\x00\x00\x01\x02 text") == "not a text or HTML page: binary data"


def test_text_that_is_mostly_control_characters_is_refused() -> None:
    assert (
        _reason(b"\x01\x02\x03\x04 ab \x05\x06\x07\x08")
        == "not a text or HTML page: too many control characters"
    )


def test_newlines_controls_and_unicode_forms_are_normalised() -> None:
    data = "Title\r\n\r\nLine one\rLine\ttwo\x07 caf\u0065\u0301".encode()
    assert _decode(data) == "Title\n\nLine one\nLine\ttwo café"


def test_normalise_text_strips_controls_and_composes() -> None:
    assert normalise_text("a\x00b\x1bc\x85d\r\ne\u0301") == "abcd\né"


@given(st.binary())
def test_decoding_arbitrary_bytes_gives_text_or_a_page_error(data: bytes) -> None:
    try:
        text = _decode(data)
    except PageError as error:
        assert error.reason
    else:
        assert "\r" not in text and "\x00" not in text


@pytest.mark.parametrize("coding", ["utf-16-le", "utf-16-be"])
@pytest.mark.parametrize("text", [PROSE_RU, SENTENCE_RU, "The CSTO Secretary General met the Ambassador."])
def test_utf16_without_a_mark_is_told_by_where_its_nul_bytes_fall(coding: str, text: str) -> None:
    assert decode_document(text.encode(coding), "page.txt") == text


def test_binary_data_with_nul_bytes_on_both_halves_is_still_refused() -> None:
    data = bytes(range(256)) * 8
    with pytest.raises(PageError, match="binary data"):
        decode_document(data, "blob.txt")
