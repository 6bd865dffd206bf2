"""`press-archive search`: sorting, facets, variant marks and query errors as a shell user sees them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from helpers.cli import run_cli


def run(db: Path, *args: str) -> tuple[int, str, str]:
    return run_cli(db, "search", *args)


@pytest.mark.parametrize("sort,reverse", [("newest", True), ("oldest", False)])
def test_sort_by_date(db: Path, sort: str, reverse: bool) -> None:
    code, out, _err = run(db, "CSTO", "--sort", sort, "--format", "json", "--limit", "100")
    assert code == 0
    dates = [hit["date"] for hit in json.loads(out)]
    assert len(dates) == 11 and dates == sorted(dates, reverse=reverse)


def test_sort_by_relevance_puts_the_exact_spelling_first(db: Path) -> None:
    code, out, _err = run(db, "Masadikov", "--format", "json")
    assert code == 0
    hits = json.loads(out)
    assert [hit["via_variant"] for hit in hits] == [False, True, True, True]
    assert hits[0]["score"] > hits[1]["score"]


def test_offset_pages_through_the_results(db: Path) -> None:
    _code, out, _err = run(db, "CSTO", "--sort", "newest", "--format", "json", "--limit", "100")
    everything = [hit["id"] for hit in json.loads(out)]
    _code, out, _err = run(
        db, "CSTO", "--sort", "newest", "--format", "json", "--limit", "3", "--offset", "3"
    )
    assert [hit["id"] for hit in json.loads(out)] == everything[3:6]


def test_table_marks_variant_hits_and_prints_facets(db: Path) -> None:
    code, out, err = run(db, "Masadikov", "--facets")
    assert code == 0
    assert out.count("≈ by stem or spelling variant") == 3
    assert "People and organisations: " in out and "Masadykov (4)" in out
    assert "Year: 2026 (3), 2025 (1)" in out
    assert "Language: English (4)" in out
    assert "4 items" in err


def test_json_with_facets_is_an_object_with_total_hits_and_facets(db: Path) -> None:
    code, out, _err = run(db, "Masadykov", "--facets", "--format", "json")
    assert code == 0
    record = json.loads(out)
    assert record["total"] == 4 and len(record["hits"]) == 4
    assert {"value": 'name:"Masadykov"', "label": "Masadykov", "count": 4} in record["facets"]["name"]
    assert record["facets"]["kind"] == [{"value": "kind:teaser", "label": "Teaser", "count": 4}]


def test_facets_with_csv_is_a_usage_error(db: Path) -> None:
    code, out, err = run(db, "Iran", "--facets", "--format", "csv")
    assert code == 2
    assert out == "" and "--facets cannot be combined with --format csv" in err


@pytest.mark.parametrize(
    "query,message",
    [
        ("date:2025-13", "date: 2025-13 is not a date: the month must be 1 to 12 at character 1"),
        ("Iran title:", "title: needs a value right after the colon"),
        ("(Iran", "the parenthesis opened here is not closed at character 1"),
        ("Iran is:read", "is:read is not known; is: takes only 'starred' at character 6"),
    ],
)
def test_a_malformed_query_is_one_clear_line(db: Path, query: str, message: str) -> None:
    code, out, err = run(db, query)
    assert code == 1 and out == ""
    assert message in err and "Traceback" not in err
    assert len(err.strip().splitlines()) == 1


def _ids(out: str) -> set[str]:
    return {hit["id"] for hit in json.loads(out)}


@pytest.mark.parametrize("word", ["-Minsk", "-Lhasa", "-Dushanbe", "-x"])
def test_a_word_starting_with_a_dash_excludes_it_as_it_does_in_the_window(db: Path, word: str) -> None:
    """Click read `-Minsk` as an unknown option, and `-Lhasa` (with an h) as --help."""
    code, out, err = run(db, "CSTO", word, "--format", "json", "--limit", "100")
    _code, quoted, _err = run(db, f"CSTO {word}", "--format", "json", "--limit", "100")
    assert code == 0, err
    assert _ids(out) == _ids(quoted)


def test_a_query_of_only_a_negated_word_and_options_in_any_order(db: Path) -> None:
    code, out, err = run(db, "--format", "json", "-Masadykov", "--limit", "100", "--sort=newest")
    _code, everything, _err = run(db, "--format", "json", "--limit", "100")
    _code, masadykov, _err = run(db, "Masadykov", "--format", "json", "--limit", "100")
    assert code == 0, err
    assert _ids(out) == _ids(everything) - _ids(masadykov)
    assert _ids(masadykov)


def test_a_query_of_emoji_says_it_has_no_searchable_words(db: Path) -> None:
    code, out, err = run(db, "🇷🇺 ✈️")
    assert code == 1 and out == ""
    assert "no searchable words" in err


def test_a_query_too_long_is_refused_without_being_echoed_back(db: Path) -> None:
    code, _out, err = run(db, "word " * 20_000)
    assert code == 1
    assert "too long" in err and len(err) < 300


def test_json_with_facets_names_what_else_was_searched(db: Path) -> None:
    code, out, _err = run(db, "ОДКБ", "--format", "json", "--facets")
    assert code == 0
    assert json.loads(out)["also_searched"][:2] == ["CSTO", "Collective Security Treaty Organization"]
    code, out, _err = run(db, '"ОДКБ"', "--format", "json", "--facets")
    assert json.loads(out)["also_searched"] == []
