"""Suggestions for a search that found nothing: words spelled as the archive spells them, concept names."""

from __future__ import annotations

from pathlib import Path

from press_archive.archive import Archive
from press_archive.model import SearchRequest, Suggestion
from search_corpus import fill


def test_a_misspelt_word_is_suggested_as_the_archive_spells_it(seeded_archive: Archive) -> None:
    assert seeded_archive.search(SearchRequest("Masadykof", with_total=True)).total == 0
    suggestions = seeded_archive.suggest(SearchRequest("Masadykof"))
    assert suggestions[0].query == "masadykov"
    assert suggestions[0].hits == seeded_archive.search(SearchRequest("masadykov", with_total=True)).total


def test_two_swapped_letters_and_the_rest_of_the_query_kept(seeded_archive: Archive) -> None:
    suggestions = seeded_archive.suggest(SearchRequest("Secertary lang:en"))
    assert suggestions[0].query == "secretary lang:en"
    assert suggestions[0].hits > 0


def test_every_misspelt_word_corrected_at_once_when_one_alone_finds_nothing(seeded_archive: Archive) -> None:
    suggestions = seeded_archive.suggest(SearchRequest("Secertary Generl"))
    assert suggestions[0].query == "secretary general"


def test_a_russian_word(archive: Archive, seeds_dir: Path, tmp_path: Path) -> None:
    bilingual = fill(archive, seeds_dir, tmp_path / "pages")
    suggestions = bilingual.suggest(SearchRequest("Масадыкво"))
    total = bilingual.search(SearchRequest("Масадыков", with_total=True)).total
    assert suggestions[0] == Suggestion("масадыков", total)


def test_a_concept_name_spelled_close(seeded_archive: Archive) -> None:
    suggestions = seeded_archive.suggest(SearchRequest("Colective Securty Treaty"))
    queries = [suggestion.query for suggestion in suggestions]
    assert any(query.lower().startswith("collective security treaty") for query in queries)


def test_nothing_to_suggest(seeded_archive: Archive) -> None:
    assert seeded_archive.suggest(SearchRequest("")) == []
    assert seeded_archive.suggest(SearchRequest("secretary")) == []  # known: nothing better one edit away
    assert seeded_archive.suggest(SearchRequest("Москве")) == []
    assert seeded_archive.suggest(SearchRequest("zzzzqqqq")) == []
    assert seeded_archive.suggest(SearchRequest("title:(")) == []  # the query's error says more
    assert seeded_archive.suggest(SearchRequest("abc* -Moscw")) == []  # prefixes and exclusions stay
