"""Searching the archive: every operator and field against known items, morphology, order and paging."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from press_archive.archive import Archive, QueryError
from press_archive.model import Language, SearchRequest, SearchResult, SortOrder
from search_corpus import fill

# Leads of seed items, to name them in expectations.
SAHAND = "On December 4, at the invitation"
BRICS = "The CSTO Deputy Secretary General Valery Semerikov"
GENEVA = "A delegation from the CSTO Secretariat, led by"
BISHKEK = "On November 27, a joint meeting"
LAVROV = "On 13 February, a traditional meeting"
FIFTH = "CSTO Secretary General Talatbek Masadykov addressed"
SHOIGU = "Secretary of the Security Council"
BRIEFING = "On 12 February, a briefing"
SAVENKOV = "On 11 February 2026, a meeting took place"
UN = "On August 26, 2025, in Moscow"
OSCE = "Safar Umarzoda, Head of the Department"
# and of the Russian page
RU_LAVROV = "13 февраля в Москве"
RU_NEGOTIATIONS = "Переговоры в Минске"
RU_IN_NEGOTIATIONS = "В переговорах по приглашению"


@pytest.fixture
def bilingual_archive(archive: Archive, seeds_dir: Path, tmp_path: Path) -> Archive:
    return fill(archive, seeds_dir, tmp_path / "pages")


def leads(archive: Archive, result: SearchResult) -> set[str]:
    """The first words of each hit's body, cut to the length of the lead constant that names it."""
    known = [
        SAHAND,
        BRICS,
        GENEVA,
        BISHKEK,
        LAVROV,
        FIFTH,
        SHOIGU,
        BRIEFING,
        SAVENKOV,
        UN,
        OSCE,
        RU_LAVROV,
        RU_NEGOTIATIONS,
        RU_IN_NEGOTIATIONS,
    ]
    found = set()
    for hit in result.hits:
        body = archive.item(hit.item_id).body[0]
        (lead,) = [lead for lead in known if body.startswith(lead)] or [body[:40]]
        found.add(lead)
    return found


@pytest.mark.parametrize(
    "query,expected",
    [
        ("Moscow Lavrov", {LAVROV}),
        ("Moscow AND Lavrov", {LAVROV}),
        ("Lavrov OR Shoigu", {LAVROV, SHOIGU}),
        ("(Lavrov OR Shoigu OR Savenkov) -Masadykov", {SHOIGU}),
        ("Masadykov NOT Moscow", {FIFTH, SAVENKOV, GENEVA}),
        ('"parliamentary committees"', {LAVROV, FIFTH}),
        ('"committees parliamentary"', set()),
        ("Geneva", {GENEVA}),
        ("genev*", {GENEVA}),
        ("Sahand-Anti-Terror", {SAHAND}),
        ("BRICS+", {BRICS}),
        ("title:Bishkek", {BISHKEK}),
        ('title:"General Assembly"', {UN}),
        ("title:Geneva", set()),
        ('-"CSTO"', {SAHAND}),
        ('-"CSTO" -Iran', set()),
        ('Iran OR -"CSTO"', {SAHAND}),
        ("Shoigu OR lang:ru", {SHOIGU}),
        ("Umarzoda OR (Lavrov date:2026)", {OSCE, LAVROV}),
        ("kind:article Moscow", {UN}),
        ("kind:article -Moscow", {BISHKEK, OSCE}),
        ("date:2025-12", {SAHAND, BRICS, GENEVA}),
        ("date:2025-12-05 Geneva", {GENEVA}),
        ("date:2025-06..2025-08", {UN, OSCE}),
        ("date:..2025-08-26", {OSCE}),
        ("before:2025-11-24", {UN, OSCE}),
        ("after:2026-02-12", {LAVROV, FIFTH}),
        ("after:2026-02-11 before:2026-02-13", {SHOIGU, BRIEFING}),
        ("-date:2026", {SAHAND, BRICS, GENEVA, BISHKEK, UN, OSCE}),
        ("lang:ru", set()),
        ('name:"Masadykov"', {LAVROV, FIFTH, SAVENKOV, GENEVA}),
        ("name:Masadikov", {LAVROV, FIFTH, SAVENKOV, GENEVA}),
        ('name:"Talatbek Masadykov"', {LAVROV, FIFTH, SAVENKOV, GENEVA}),
        ('name:"Russian Federation" Shoigu', {SHOIGU}),
        ("name:ICRC", {GENEVA}),
    ],
)
def test_operators_and_fields_find_exactly_the_expected_seed_items(
    seeded_archive: Archive, query: str, expected: set[str]
) -> None:
    result = seeded_archive.search(SearchRequest(query=query, limit=100))
    assert leads(seeded_archive, result) == expected
    assert result.total == len(expected)


@pytest.mark.parametrize(
    "query,expected",
    [
        ("meeting", {BISHKEK, LAVROV, FIFTH, SAVENKOV, GENEVA}),
        ("meetings", {BISHKEK, LAVROV, FIFTH, SAVENKOV, GENEVA}),
        ("consultation", {UN}),
        ("переговоры", {RU_NEGOTIATIONS, RU_IN_NEGOTIATIONS}),
        ("переговорах", {RU_NEGOTIATIONS, RU_IN_NEGOTIATIONS}),
        ('"переговоры"', {RU_NEGOTIATIONS}),
        ("Масадыков", {RU_LAVROV, RU_IN_NEGOTIATIONS, LAVROV, FIFTH, SAVENKOV, GENEVA}),
        ("Масадыков lang:ru", {RU_LAVROV, RU_IN_NEGOTIATIONS}),
        ("Москва lang:ru", {RU_LAVROV}),  # "в Москве"
        ("москве lang:ru", {RU_LAVROV}),
        ("учения", {RU_NEGOTIATIONS}),
    ],
)
def test_both_languages_match_by_stem(bilingual_archive: Archive, query: str, expected: set[str]) -> None:
    assert (
        leads(bilingual_archive, bilingual_archive.search(SearchRequest(query=query, limit=100))) == expected
    )


def test_exact_spelling_ranks_above_the_stem(bilingual_archive: Archive) -> None:
    result = bilingual_archive.search("meetings")
    assert result.hits[0].title.startswith("Announcement: Meetings")
    assert not result.hits[0].via_variant
    assert all(hit.via_variant for hit in result.hits[1:])
    russian = bilingual_archive.search("переговорах")
    assert [hit.via_variant for hit in russian.hits] == [False, True]
    assert russian.hits[0].snippet.text.startswith(RU_IN_NEGOTIATIONS)


def test_title_matches_rank_above_body_matches(seeded_archive: Archive) -> None:
    hits = seeded_archive.search("Bishkek").hits
    assert hits[0].title.startswith("Announcement")


def test_snippets_highlight_stemmed_and_prefix_matches_but_not_excluded_words(
    bilingual_archive: Archive,
) -> None:
    (hit,) = bilingual_archive.search("переговоры date:2026-02-09").hits
    assert [hit.snippet.text[a:b] for a, b in hit.snippet.highlights] == ["переговорах"]
    (hit,) = bilingual_archive.search("genev*").hits
    assert [hit.snippet.text[a:b] for a, b in hit.snippet.highlights] == ["Geneva"]
    (hit,) = bilingual_archive.search("addressed (fifth OR -Masadykov)").hits
    assert "Masadykov" in hit.snippet.text
    assert [hit.snippet.text[a:b] for a, b in hit.snippet.highlights] == ["addressed", "Fifth"]


@pytest.mark.parametrize("sort", [SortOrder.NEWEST, SortOrder.OLDEST])
def test_date_sorts_order_by_date(bilingual_archive: Archive, sort: SortOrder) -> None:
    hits = bilingual_archive.search(SearchRequest(query="CSTO", sort=sort, limit=100)).hits
    dates = [hit.date for hit in hits]
    assert dates == sorted(dates, reverse=sort is SortOrder.NEWEST)
    assert all(hit.score == 0.0 for hit in hits)


@pytest.mark.parametrize("sort", list(SortOrder))
@pytest.mark.parametrize("query", ["CSTO", "", "-Moscow", "lang:en"])
def test_pages_by_offset_and_by_cursor_add_up_to_the_whole(
    bilingual_archive: Archive, sort: SortOrder, query: str
) -> None:
    whole = bilingual_archive.search(SearchRequest(query=query, sort=sort, limit=1000))
    by_offset, by_cursor = [], []
    cursor = None
    for offset in range(0, 30, 4):
        by_offset += bilingual_archive.search(
            SearchRequest(query=query, sort=sort, limit=4, offset=offset)
        ).hits
    while True:
        page = bilingual_archive.search(SearchRequest(query=query, sort=sort, limit=4, cursor=cursor))
        by_cursor += page.hits
        if page.next_cursor is None:
            break
        cursor = page.next_cursor
    ids = [hit.item_id for hit in whole.hits]
    assert [hit.item_id for hit in by_offset] == ids
    assert [hit.item_id for hit in by_cursor] == ids
    assert whole.total == len(ids) > 4


def test_a_cursor_of_another_sort_is_refused(seeded_archive: Archive) -> None:
    page = seeded_archive.search(SearchRequest(query="CSTO", sort=SortOrder.NEWEST, limit=2))
    assert page.next_cursor is not None
    with pytest.raises(ValueError, match="not a cursor"):
        seeded_archive.search(SearchRequest(query="CSTO", sort=SortOrder.RELEVANCE, cursor=page.next_cursor))


def test_the_total_and_the_page_are_asked_for_separately(seeded_archive: Archive) -> None:
    page = seeded_archive.search(SearchRequest(query="CSTO", limit=3, with_total=False))
    assert (len(page.hits), page.total, page.facets) == (3, None, {})
    count = seeded_archive.search(SearchRequest(query="CSTO", limit=0, with_total=True))
    assert (count.hits, count.total, count.next_cursor) == ((), 11, None)


def test_request_filters_are_anded_with_the_query(bilingual_archive: Archive) -> None:
    request = SearchRequest(query="Masadykov", language=Language.RU, limit=100)
    assert leads(bilingual_archive, bilingual_archive.search(request)) == {RU_LAVROV, RU_IN_NEGOTIATIONS}
    request = SearchRequest(query="Masadykov", date_from=dt.date(2026, 2, 11), date_to=dt.date(2026, 2, 11))
    assert leads(bilingual_archive, bilingual_archive.search(request)) == {SAVENKOV}


def test_the_parsed_query_is_echoed_rebuilt(seeded_archive: Archive) -> None:
    assert seeded_archive.search("Iran  OR  -csto lang:EN").parsed_query == "iran OR (-csto lang:en)"
    assert seeded_archive.search("(Iran OR NOT csto) lang:EN").parsed_query == "(iran OR -csto) lang:en"


def test_user_data_fields_filter_by_tags_stars_notes_and_collections(seeded_archive: Archive) -> None:
    geneva = seeded_archive.search("Geneva").hits[0].item_id
    lavrov = seeded_archive.search("Lavrov").hits[0].item_id
    user = seeded_archive.user
    user.tag([geneva, lavrov], "Iran talks")
    user.star([lavrov])
    user.set_note(geneva, "Ask about the переговоры schedule")
    user.create_collection("Summit 2025", [lavrov])

    def found(query: str) -> set[str]:
        return {hit.item_id for hit in seeded_archive.search(query).hits}

    assert found('tag:"Iran talks"') == {geneva, lavrov}
    assert found('tag:"iran TALKS" Geneva') == {geneva}
    assert found("is:starred") == {lavrov}
    assert found('-is:starred tag:"Iran talks"') == {geneva}
    assert found("has:note") == {geneva}
    assert found("note:переговорах") == {geneva}
    assert found('in:"Summit 2025"') == {lavrov}
    assert found('tag:"no such tag"') == set()


@pytest.mark.parametrize("query,reason", [("is:read", "is: takes only 'starred'"), ("has:pdf", "has: takes")])
def test_bad_user_data_values_are_query_errors_with_a_position(
    seeded_archive: Archive, query: str, reason: str
) -> None:
    with pytest.raises(QueryError) as raised:
        seeded_archive.search(f"Iran {query}")
    assert raised.value.position == 5
    assert reason in raised.value.reason
