"""Name keys: the spellings the site uses for one person meet, in both scripts; other names do not."""

from __future__ import annotations

from pathlib import Path

import pytest

from press_archive.archive import Archive
from press_archive.archive.names import name_key, name_keys
from press_archive.model import SearchHit
from search_corpus import fill


@pytest.fixture
def bilingual_archive(archive: Archive, seeds_dir: Path, tmp_path: Path) -> Archive:
    return fill(archive, seeds_dir, tmp_path / "pages")


@pytest.mark.parametrize(
    "one,other",
    [
        ("Taalatbek", "Talatbek"),  # both in the seeds
        ("Masadikov", "Masadykov"),  # both in the seeds
        ("Andrei", "Andrey"),  # both in the seeds
        ("Serdyukov", "Сердюков"),
        ("Shoigu", "Шойгу"),
        ("Masadykov", "Масадыкова"),  # a Russian case ending
        ("Lavrov", "Лавровым"),
        ("Nikolaevich", "Николаевич"),
        ("Yevgeny", "Evgeniy"),
        ("Aliyev", "Aliev"),
        ("Yuri", "Юрий"),
        ("Alexey", "Алексей"),
        ("Kazakhstan", "Казахстана"),
        ("Fyodor", "Фёдор"),
        ("Dzhaparov", "Japarov"),
        ("MASADYKOV", "masadykov"),
    ],
)
def test_spellings_of_one_name_share_a_key(one: str, other: str) -> None:
    assert name_key(one) is not None
    assert name_key(one) == name_key(other)


@pytest.mark.parametrize(
    "one,other",
    [
        ("Ivanov", "Ivan"),
        ("Iran", "Irina"),
        ("Maria", "Mario"),
        ("Lavrov", "Lukashenko"),
        ("Semerikov", "Serdyukov"),
    ],
)
def test_different_names_keep_different_keys(one: str, other: str) -> None:
    assert name_key(one) != name_key(other)


@pytest.mark.parametrize("word", ["UN", "Mal", "Юг", "2025", "80th", "x_y", ""])
def test_short_words_and_non_words_get_no_key(word: str) -> None:
    assert name_key(word) is None


def test_case_endings_are_not_cut_below_four_letters() -> None:
    assert name_key("Maria") == "maria"
    assert name_key("Vadim") == name_key("Вадима") == "vadim"


def test_only_capitalised_words_of_four_letters_are_indexed() -> None:
    assert name_keys("the meeting with Andrei and Ivan in Minsk, UN and Rus") == ["andr", "ivan", "minsk"]
    assert name_keys("Andrey met Andrei") == ["andr"]


def _titles(hits: tuple[SearchHit, ...]) -> list[str]:
    return [hit.title for hit in hits]


def test_either_seed_spelling_of_masadykov_finds_all_four_items(seeded_archive: Archive) -> None:
    exact = seeded_archive.search("Masadikov")
    variant = seeded_archive.search("Masadykov")
    assert exact.total == variant.total == 4
    assert {hit.item_id for hit in exact.hits} == {hit.item_id for hit in variant.hits}
    # the one item that spells it "Masadikov" comes first for that spelling, and only it is exact
    assert "Masadikov" in exact.hits[0].snippet.text
    assert [hit.via_variant for hit in exact.hits] == [False, True, True, True]
    assert "Masadikov" in variant.hits[-1].snippet.text and variant.hits[-1].via_variant
    assert not any(hit.via_variant for hit in variant.hits[:-1])


def test_full_names_in_either_spelling_find_each_other(seeded_archive: Archive) -> None:
    assert seeded_archive.search("Taalatbek Masadikov").total == 4
    assert seeded_archive.search("Talatbek Masadykov").total == 4
    andrei = seeded_archive.search("Andrei Serdyukov")
    assert andrei.total == 2
    assert [hit.via_variant for hit in andrei.hits] == [False, True]
    assert seeded_archive.search("Andrey Nikolaevich Serdyukov").total == 1


def test_a_quoted_name_is_matched_only_as_written(seeded_archive: Archive) -> None:
    assert seeded_archive.search('"Masadikov"').total == 1
    assert seeded_archive.search('"Andrey"').total == 1


@pytest.mark.parametrize("query", ["Serdyukov", "Сердюков", "Сердюкова"])
def test_a_latin_name_finds_the_cyrillic_one_and_back(bilingual_archive: Archive, query: str) -> None:
    result = bilingual_archive.search(query)
    assert {hit.language.value for hit in result.hits} == {"en", "ru"}
    assert result.total == 3


def test_shoigu_in_both_scripts(bilingual_archive: Archive) -> None:
    latin = bilingual_archive.search("Shoigu")
    cyrillic = bilingual_archive.search("Шойгу")
    assert latin.total == cyrillic.total == 2
    assert latin.hits[0].language.value == "en" and not latin.hits[0].via_variant
    assert cyrillic.hits[0].language.value == "ru" and not cyrillic.hits[0].via_variant
    assert latin.hits[1].via_variant and cyrillic.hits[1].via_variant


def test_variant_matches_are_highlighted_in_snippets(bilingual_archive: Archive) -> None:
    for hit in bilingual_archive.search("Masadykov").hits:
        lit = [hit.snippet.text[start:end] for start, end in hit.snippet.highlights]
        assert lit, hit.snippet.text
        assert all(name_key(word) == name_key("Masadykov") for word in lit), lit


def test_lower_case_words_are_never_variant_matched(seeded_archive: Archive) -> None:
    # "meting" has the key of "Meeting": it finds the capitalised name-like word, never "a meeting"
    (hit,) = seeded_archive.search("meting").hits
    assert "Coordination Meeting" in hit.snippet.text and hit.via_variant
    assert seeded_archive.search('"meeting"').total == 5  # the four written in lower case were not found
