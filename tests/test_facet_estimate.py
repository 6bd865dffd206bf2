"""Estimated facets: a search with many hits may be counted on a sample of its days, scaled up.

The thresholds are lowered so a 2,000-item corpus spread over 2000-2026 (the benchmark's generator)
has searches on both sides of them. An estimate is checked against the exact count of the same
search: its values are real query terms, its totals are near the true ones, and a date filter is
honoured even though the sample brings its own date ranges.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from benchmarks.corpus import generate, pages_dir

from press_archive.archive import Archive, facet_estimate
from press_archive.model import FacetCount, SearchRequest

ITEMS = 2_000
#: How far an estimate's total may stray from the exact one: a sample of ~1/8 of 2,000 items.
TOLERANCE = 0.35


@pytest.fixture(scope="module")
def corpus_archive(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Archive]:
    root = tmp_path_factory.mktemp("estimate")
    corpus = generate(ITEMS, 3, root / "corpus", workers=1)
    with Archive(root / "archive.db") as archive:
        assert archive.import_paths([pages_dir(corpus)], workers=1).ok
        yield archive


@pytest.fixture
def low_thresholds(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(facet_estimate, "EXACT_UP_TO", 100)
    monkeypatch.setattr(facet_estimate, "SAMPLE_EVERY", 8)  # a sample as dense as 2,000 items need


def _facets(archive: Archive, query: str, estimate: bool) -> tuple[bool, dict[str, tuple[FacetCount, ...]]]:
    result = archive.search(
        SearchRequest(query, limit=0, with_total=False, with_facets=True, estimate_facets=estimate)
    )
    return result.facets_estimated, result.facets


def _total(archive: Archive, query: str) -> int:
    total = archive.search(SearchRequest(query, limit=0)).total
    assert total is not None
    return total


def _close(estimate: int, exact: int) -> bool:
    return abs(estimate - exact) <= TOLERANCE * exact


def test_a_search_with_few_hits_is_counted_exactly(corpus_archive: Archive) -> None:
    query = "Masadykov"
    assert 0 < _total(corpus_archive, query) <= facet_estimate.EXACT_UP_TO
    estimated, facets = _facets(corpus_archive, query, estimate=True)
    assert not estimated
    assert facets == _facets(corpus_archive, query, estimate=False)[1]


@pytest.mark.usefixtures("low_thresholds")
@pytest.mark.parametrize(
    "query", ["", "CSTO", "lang:ru", "security OR безопасности", "secur*", "secur* date:2005..2015"]
)
def test_an_estimate_is_near_the_exact_counts(corpus_archive: Archive, query: str) -> None:
    total = _total(corpus_archive, query)
    assert total > facet_estimate.EXACT_UP_TO
    estimated, estimate = _facets(corpus_archive, query, estimate=True)
    exact_estimated, exact = _facets(corpus_archive, query, estimate=False)
    assert estimated and not exact_estimated
    assert "month" not in estimate
    for group in ("language", "kind"):
        assert _close(sum(facet.count for facet in estimate[group]), total), group
    for group in ("year", "language", "kind"):
        assert {facet.value for facet in estimate[group]} <= {facet.value for facet in exact[group]}, group


@pytest.mark.usefixtures("low_thresholds")
@pytest.mark.parametrize("query", ["CSTO", '"Joint Staff"', "lang:ru", "secur*"])
def test_whether_hits_are_few_enough_to_count_is_judged_by_the_sample(
    corpus_archive: Archive, query: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Words, phrases and filters are judged by the hits of the sampled days scaled up, a prefix
    by all its hits: either way, half or twice the real number falls on the right side."""
    total = _total(corpus_archive, query)
    monkeypatch.setattr(facet_estimate, "EXACT_UP_TO", total * 2)
    assert not _facets(corpus_archive, query, estimate=True)[0]
    monkeypatch.setattr(facet_estimate, "EXACT_UP_TO", total // 2)
    assert _facets(corpus_archive, query, estimate=True)[0]


@pytest.mark.usefixtures("low_thresholds")
def test_picking_an_estimated_value_narrows_the_search(corpus_archive: Archive) -> None:
    """The terms of an estimate are exact even where the counts are not."""
    _estimated, estimate = _facets(corpus_archive, "CSTO", estimate=True)
    for facet in (*estimate["year"][:3], *estimate["language"], *estimate["name"][:3]):
        narrowed = _total(corpus_archive, f"CSTO {facet.value}")
        assert narrowed > 0, facet


@pytest.mark.usefixtures("low_thresholds")
def test_a_date_filter_holds_in_the_sample(corpus_archive: Archive) -> None:
    query = "date:2005..2012"
    estimated, estimate = _facets(corpus_archive, query, estimate=True)
    assert estimated
    assert {facet.value for facet in estimate["year"]} <= {f"date:{year}" for year in range(2005, 2013)}
    assert _close(sum(facet.count for facet in estimate["language"]), _total(corpus_archive, query))


@pytest.mark.usefixtures("low_thresholds")
def test_a_sample_thinned_to_a_few_hits_still_counts_for_all_of_them(
    corpus_archive: Archive, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(facet_estimate, "MAX_SAMPLED_HITS", 20)
    total = _total(corpus_archive, "")
    _estimated, estimate = _facets(corpus_archive, "", estimate=True)
    assert total / 2 <= sum(facet.count for facet in estimate["language"]) <= total * 2


@pytest.mark.usefixtures("low_thresholds")
def test_tags_are_estimated_from_the_sample_and_a_tag_filter_works(corpus_archive: Archive) -> None:
    ids = corpus_archive.hit_list(SearchRequest("")).read_all_ids()
    tagged = ids[::2]
    corpus_archive.user.tag(tagged, "half")
    try:
        _estimated, estimate = _facets(corpus_archive, "", estimate=True)
        (half,) = [facet for facet in estimate["tag"] if facet.value == 'tag:"half"']
        assert _close(half.count, len(tagged))
        estimated, by_tag = _facets(corpus_archive, 'tag:"half"', estimate=True)
        assert estimated
        assert _close(sum(facet.count for facet in by_tag["language"]), len(tagged))
    finally:
        corpus_archive.user.untag(tagged, "half")


def test_an_archive_spanning_a_few_months_is_counted_exactly(
    seeded_archive: Archive, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The seeds span about five months: too few days to sample one in sixteen."""
    monkeypatch.setattr(facet_estimate, "EXACT_UP_TO", 0)
    estimated, facets = _facets(seeded_archive, "", estimate=True)
    assert not estimated
    assert "month" in facets


@pytest.mark.usefixtures("low_thresholds")
def test_counts_of_an_estimate_are_rounded_to_two_figures(corpus_archive: Archive) -> None:
    _estimated, estimate = _facets(corpus_archive, "", estimate=True)
    counts = [facet.count for values in estimate.values() for facet in values]
    assert counts
    assert all(count < 100 or len(str(count).rstrip("0")) <= 2 for count in counts)
