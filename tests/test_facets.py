"""Facet counts add up, each value is the query term that narrows to exactly its count, and the
light entity index behind the "name" facet finds the people and organisations of the seeds."""

from __future__ import annotations

from pathlib import Path

import pytest

from press_archive.archive import Archive, facets
from press_archive.archive.entities import PERSON, extract_entities
from press_archive.model import FacetCount, SearchRequest
from search_corpus import fill

QUERIES = ["", "CSTO", "Masadykov", "lang:ru", "-Moscow", "kind:article", "date:2026-02"]


@pytest.fixture
def bilingual_archive(archive: Archive, seeds_dir: Path, tmp_path: Path) -> Archive:
    return fill(archive, seeds_dir, tmp_path / "pages")


def _facets(archive: Archive, query: str) -> tuple[int, dict[str, tuple[FacetCount, ...]]]:
    result = archive.search(SearchRequest(query=query, limit=0, with_facets=True))
    assert result.total is not None
    return result.total, result.facets


@pytest.mark.parametrize("query", QUERIES)
def test_facet_counts_add_up(bilingual_archive: Archive, query: str) -> None:
    total, facets = _facets(bilingual_archive, query)
    assert set(facets) == {"year", "month", "language", "kind", "tag", "name"}
    assert sum(facet.count for facet in facets["language"]) == total
    assert sum(facet.count for facet in facets["kind"]) == total
    assert sum(facet.count for facet in facets["year"]) == total  # every item of the corpus is dated
    for year in facets["year"]:
        months = [month.count for month in facets["month"] if month.value.startswith(year.value + "-")]
        assert sum(months) == year.count


@pytest.mark.parametrize("query", QUERIES)
def test_picking_a_facet_value_narrows_to_its_count(bilingual_archive: Archive, query: str) -> None:
    _total, facets = _facets(bilingual_archive, query)
    for values in facets.values():
        for facet in values:
            narrowed = bilingual_archive.search(SearchRequest(query=f"{query} {facet.value}", limit=0))
            assert narrowed.total == facet.count, facet


@pytest.mark.parametrize("query", [query for query in QUERIES if query])
def test_facets_counted_from_the_keys_of_the_hits_are_those_counted_by_searching(
    bilingual_archive: Archive, query: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A search with few hits counts its facets from the list of its keys, a larger one searches
    again for each facet: the two ways must agree, tags included."""
    ids = bilingual_archive.hit_list(SearchRequest("")).read_all_ids()
    bilingual_archive.user.tag(ids[::3], "every third")
    from_keys = _facets(bilingual_archive, query)
    assert from_keys[1]["name"] and from_keys[1]["tag"]
    monkeypatch.setattr(facets, "FROM_KEYS_UP_TO", 0)
    assert _facets(bilingual_archive, query) == from_keys


def test_facet_values_and_labels(bilingual_archive: Archive) -> None:
    _total, facets = _facets(bilingual_archive, "")
    assert facets["year"] == (FacetCount("date:2026", "2026", 10), FacetCount("date:2025", "2025", 8))
    assert facets["month"][0] == FacetCount("date:2026-02", "2026-02", 10)
    assert facets["language"] == (FacetCount("lang:en", "English", 13), FacetCount("lang:ru", "Russian", 5))
    assert FacetCount("kind:article", "Article", 4) in facets["kind"]
    assert facets["tag"] == ()


def test_masadykov_of_the_seeds_is_one_person_in_both_spellings(seeded_archive: Archive) -> None:
    _total, facets = _facets(seeded_archive, "")
    assert FacetCount('name:"Masadykov"', "Masadykov", 4) in facets["name"]
    assert not [facet for facet in facets["name"] if facet.label == "Masadikov"]


def test_masadykov_is_one_person_in_both_scripts(bilingual_archive: Archive) -> None:
    _total, facets = _facets(bilingual_archive, "")
    assert FacetCount('name:"Masadykov"', "Masadykov", 6) in facets["name"]
    assert not [facet for facet in facets["name"] if facet.label in {"Masadikov", "Масадыков", "Масадыкова"}]


def test_tag_facet_counts_the_users_tags(seeded_archive: Archive) -> None:
    geneva = seeded_archive.search("Geneva").hits[0].item_id
    lavrov = seeded_archive.search("Lavrov").hits[0].item_id
    seeded_archive.user.tag([geneva, lavrov], "Iran talks")
    seeded_archive.user.tag([lavrov], "urgent")
    _total, facets = _facets(seeded_archive, "Masadykov")
    assert facets["tag"] == (
        FacetCount('tag:"Iran talks"', "Iran talks", 2),
        FacetCount('tag:"urgent"', "urgent", 1),
    )
    _total, facets = _facets(seeded_archive, "Geneva")
    assert facets["tag"] == (FacetCount('tag:"Iran talks"', "Iran talks", 1),)


def _people(text: str) -> list[str]:
    return [entity.label for entity in extract_entities(text) if entity.key.startswith(PERSON)]


def _labels(text: str) -> list[str]:
    return [entity.label for entity in extract_entities(text)]


@pytest.mark.parametrize(
    "text,people",
    [
        ("led by Chief of the Joint Staff Colonel General Andrei Serdyukov, took part", ["Serdyukov"]),
        ("The CSTO Deputy Secretary General Valery Semerikov took part", ["Semerikov"]),
        ("Minister of Foreign Affairs of the Russian Federation Sergey Lavrov and the chairs", ["Lavrov"]),
        ("Councils (CSSC) Sergey Shoigu gave an extensive interview", ["Shoigu"]),
        (
            "Safar Umarzoda, Head of the Department, reported. In his speech, Safar Umarzoda emphasized",
            ["Umarzoda"],
        ),
        ("Academy of Sciences Alexander Savenkov. The meeting", ["Savenkov"]),
        ("a briefing by Andrey Nikolaevich Serdyukov on the topic", ["Serdyukov"]),
        ("Генеральный секретарь ОДКБ Таалатбек Масадыков провел встречу", ["Масадыков"]),
        ("генерал-полковника Андрея Николаевича Сердюкова по итогам", ["Сердюкова"]),
        ("Секретарь Совета Безопасности Российской Федерации Сергей Шойгу дал интервью", ["Шойгу"]),
        # title-case phrases and compounds are not people
        ("the “Sahand-Anti-Terror 2025” trainings", []),
        (
            "Conference: National and Regional Counter-Terrorism Strategies in the Context of Emerging "
            "Challenges and Security Threats",
            [],
        ),
        ("the Collective Security Treaty Organization and the Annual Conference", []),
        ("On November 27, a joint meeting", []),
        ("In his speech, Safar Umarzoda emphasized", []),  # unanchored and not known
    ],
)
def test_people_are_found_after_titles_and_organisations(text: str, people: list[str]) -> None:
    assert _people(text) == people


def test_a_bare_mention_counts_when_the_archive_knows_the_person() -> None:
    text = "In his speech, Safar Umarzoda emphasized"
    assert _people(text) == []
    known = [entity.key for entity in extract_entities("Safar Umarzoda, Head of the Department")]
    assert [entity.label for entity in extract_entities(text, lambda key: key in known)] == ["Umarzoda"]


def test_organisations_are_acronyms_and_names_up_to_their_noun() -> None:
    labels = _labels(
        "the Secretariat of the Collective Security Treaty Organization and the International Committee of "
        "the Red Cross (ICRC), chaired by Kyrgyzstan, and the Council of Foreign Ministers (CFM) in the VIII "
        "Coordination Meeting"
    )
    assert labels == [
        "ICRC",
        "CFM",
        "Collective Security Treaty Organization",
        "International Committee of the Red Cross",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "On 3 March the CSTO Secretariat held consultations on border security.",
        "In May the CSTO Secretariat published its report.",
    ],
)
def test_a_date_before_an_organisation_is_no_part_of_its_name(text: str) -> None:
    assert _labels(text) == ["CSTO", "CSTO Secretariat"]
