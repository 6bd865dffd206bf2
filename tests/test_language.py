"""Telling the English edition from the Russian one by counting letters."""

from __future__ import annotations

import pytest

from press_archive.importer.language import detect_language
from press_archive.model import Language


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The CSTO Secretary General held a meeting.", Language.EN),
        ("Генеральный секретарь ОДКБ провел встречу.", Language.RU),
        ("Генеральный секретарь ОДКБ выступил на конференции «BRICS+ 2025».", Language.RU),
        ("The exercise «Взаимодействие-2025» will be held in the Republic of Belarus.", Language.EN),
        ("Ёжик", Language.RU),
        ("Société générale", Language.EN),
    ],
)
def test_the_alphabet_with_more_letters_wins(text: str, expected: Language) -> None:
    assert detect_language(text) is expected


@pytest.mark.parametrize("text", ["", "05.12.2025", "— 2025 —\n\n× ÷ 42", "abc где"])
def test_a_tie_or_no_letters_is_english(text: str) -> None:
    assert detect_language(text) is Language.EN


def test_a_tie_is_broken_by_one_more_cyrillic_letter() -> None:
    assert detect_language("abc где ж") is Language.RU
