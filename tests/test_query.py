"""The query parser: every operator and field, how punctuation is read, and every malformed query."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from press_archive.archive import QueryError
from press_archive.archive.query import MAX_NESTING, MAX_QUERY_CHARS, MAX_TERMS, parse_query
from press_archive.archive.query_tree import And, Dates, Filter, Not, Or, Phrase, Word


@pytest.mark.parametrize(
    "query,tree",
    [
        ("joint staff", And((Word("joint"), Word("staff")))),
        ("joint AND staff", And((Word("joint"), Word("staff")))),
        ('"joint staff"', Phrase(("joint", "staff"))),
        ("Iran OR Iraq", Or((Word("iran"), Word("iraq")))),
        ("a b OR c", Or((And((Word("a"), Word("b"))), Word("c")))),
        ("a (b OR c)", And((Word("a"), Or((Word("b"), Word("c")))))),
        ("-Moscow", Not(Word("moscow"))),
        ("NOT Moscow", Not(Word("moscow"))),
        ("summit NOT Minsk", And((Word("summit"), Not(Word("minsk"))))),
        ("--Moscow", Word("moscow")),
        ("-(a OR b)", Not(Or((Word("a"), Word("b"))))),
        ("negotiat*", Word("negotiat", prefix=True)),
        ("title:summit", Word("summit", field="title")),
        ('title:"joint staff"', Phrase(("joint", "staff"), field="title")),
        ("title:negotiat*", Word("negotiat", prefix=True, field="title")),
        ("lang:RU", Filter("lang", "ru", 0)),
        ("kind:teaser", Filter("kind", "teaser", 0)),
        ('tag:"Iran talks"', Filter("tag", "Iran talks", 0)),
        ('tag:"say ""hi"""', Filter("tag", 'say "hi"', 0)),
        ("is:starred", Filter("is", "starred", 0)),
        ('name:"Masadykov"', Filter("name", "Masadykov", 0)),
        ("Ёлка", Word("елка")),
        ("ÉLYSÉE", Word("élysée")),
    ],
)
def test_operators_and_fields_parse_into_the_tree(query: str, tree: object) -> None:
    assert parse_query(query).root == tree


@pytest.mark.parametrize(
    "query,first,last",
    [
        ("date:2025", dt.date(2025, 1, 1), dt.date(2025, 12, 31)),
        ("date:2025-12", dt.date(2025, 12, 1), dt.date(2025, 12, 31)),
        ("date:2024-02", dt.date(2024, 2, 1), dt.date(2024, 2, 29)),
        ("date:2025-12-05", dt.date(2025, 12, 5), dt.date(2025, 12, 5)),
        ("date:2025-06..2025-12", dt.date(2025, 6, 1), dt.date(2025, 12, 31)),
        ("date:2025..", dt.date(2025, 1, 1), None),
        ("date:..2025-06", None, dt.date(2025, 6, 30)),
        ("before:2025-12-05", None, dt.date(2025, 12, 4)),
        ("before:2025", None, dt.date(2024, 12, 31)),
        ("after:2025-06", dt.date(2025, 7, 1), None),
    ],
)
def test_dates_become_inclusive_day_ranges(query: str, first: dt.date | None, last: dt.date | None) -> None:
    root = parse_query(query).root
    assert isinstance(root, Dates)
    assert (root.first, root.last) == (first, last)


@pytest.mark.parametrize(
    "query,tree",
    [
        ("BRICS+", Word("brics")),
        ("BRICS+ 2025", And((Word("brics"), Word("2025")))),
        ("Sahand-Anti-Terror", Phrase(("sahand", "anti", "terror"))),
        ("U.N.", Or((Phrase(("u", "n")), Word("un")))),
        ("CSTO–UN", Phrase(("csto", "un"))),
        ("^Iran", Word("iran")),
        ("+ Iran ^", Word("iran")),
        ("Iran -", Word("iran")),
        ("Conference: National", And((Word("conference"), Word("national")))),
        ("http://odkb-csto.org", Phrase(("http", "odkb", "csto", "org"))),
        ("x_y", Phrase(("x", "y"))),
        ("co*operation", Phrase(("co", "operation"))),
        ("", None),
        ("   ", None),
    ],
)
def test_punctuation_fts5_treats_specially_is_read_as_words(query: str, tree: object) -> None:
    assert parse_query(query).root == tree


@pytest.mark.parametrize(
    "query,position,reason",
    [
        ('"open quote', 0, "not closed"),
        ('Iran "open quote', 5, "not closed"),
        ("title:", 0, "title: needs a value"),
        ("Iran title:", 5, "title: needs a value"),
        ("title:+", 0, "title: needs a word"),
        ("date:2025-13", 0, "the month must be 1 to 12"),
        ("date:2025-02-30", 0, "that month has no day 30"),
        ("date:0000", 0, "no year 0"),
        ("date:twenty", 0, "is not a date"),
        ("date:2025-12..2025-01", 0, "ends before it starts"),
        ("date:..", 0, "needs a date on at least one side"),
        ("before:0001", 0, "no date comes before"),
        ("after:9999-12-31", 0, "no date comes after"),
        ("lang:fr", 0, "lang: takes en or ru"),
        ("kind:news", 0, "kind: takes article or teaser"),
        ("(Iran OR Iraq", 0, "parenthesis opened here is not closed"),
        ("Iran )", 5, "has no matching '('"),
        ("()", 0, "nothing to search for inside"),
        ("OR Iran", 0, "OR needs a search term before it"),
        ("Iran OR", 5, "OR needs a search term after it"),
        ("Iran OR OR Iraq", 5, "OR needs a search term after it"),
        ("AND Iran", 0, "AND needs a search term on each side"),
        ("NOT", 0, "NOT needs a search term after it"),
        ("Iran NOT", 5, "NOT needs a search term after it"),
        ("a*", 0, "at least 2 letters"),
    ],
)
def test_malformed_queries_say_what_is_wrong_and_where(query: str, position: int, reason: str) -> None:
    with pytest.raises(QueryError) as raised:
        parse_query(query)
    assert raised.value.position == position
    assert reason in raised.value.reason
    assert raised.value.query == query
    assert f"at character {position + 1}" in str(raised.value)


def test_nesting_and_length_are_bounded() -> None:
    deep = "(" * (MAX_NESTING + 1) + "a" + ")" * (MAX_NESTING + 1)
    with pytest.raises(QueryError, match="nest too deep"):
        parse_query(deep)
    assert parse_query("(" * MAX_NESTING + "a" + ")" * MAX_NESTING).root == Word("a")
    with pytest.raises(QueryError, match="too many terms"):
        parse_query(" ".join(["w"] * (MAX_TERMS + 1)))


@pytest.mark.parametrize(
    "query,display",
    [
        ("Joint   STAFF", "joint staff"),
        ('a b OR "c d"', '(a b) OR "c d"'),
        ("-(a OR b) c", "-(a OR b) c"),
        ("NOT (a b)", "-(a b)"),
        ('tag:"Iran talks" lang:RU', 'tag:"Iran talks" lang:ru'),
        ("date:2025-06..2025-12", "date:2025-06..2025-12"),
        ("title:Negotiat*", "title:negotiat*"),
    ],
)
def test_the_query_is_rebuilt_for_display(query: str, display: str) -> None:
    assert parse_query(query).display == display


def test_terms_to_highlight_leave_out_excluded_words() -> None:
    assert parse_query('Masadykov "joint staff" negotiat* -Moscow NOT (Minsk) lang:ru').terms == (
        "masadykov",
        "joint",
        "staff",
        "negotiat*",
    )


_PIECES = st.sampled_from(
    [
        "Iran",
        "переговоры",
        "OR",
        "AND",
        "NOT",
        "-",
        "(",
        ")",
        '"',
        "*",
        "title:",
        "lang:en",
        "date:2025",
        "tag:x",
        "U.N.",
        "BRICS+",
        ":",
        "^",
        " ",
    ]
)


@given(st.lists(_PIECES, max_size=12).map(" ".join))
def test_display_parses_back_to_the_same_tree(query: str) -> None:
    try:
        parsed = parse_query(query)
    except QueryError:
        return
    assert parse_query(parsed.display).root == parsed.root


@pytest.mark.parametrize("query", ["😀", "🇷🇺 ✈️ 🙂", '""', "!!! ???", "-", "NOT 😀"])
def test_a_query_of_no_words_matches_nothing_and_says_so(query: str) -> None:
    with pytest.raises(QueryError, match="no searchable words"):
        parse_query(query)


@pytest.mark.parametrize("count", [489, 490])
def test_a_long_run_of_nots_is_read_in_a_loop(count: int) -> None:
    """A thousand NOTs raised RecursionError; as many as fit in a query are read."""
    root = parse_query("NOT " * count + "Minsk").root
    assert root == (Not(Word("minsk")) if count % 2 else Word("minsk"))
    assert parse_query("-" * (count * 4) + "Minsk").root == Word("minsk")
    assert parse_query("-" * (count * 4 + 1) + "Minsk").root == Not(Word("minsk"))


def test_a_phrase_counts_each_of_its_words_against_the_limit() -> None:
    """A phrase of 20,000 words ran for minutes."""
    words = " ".join(f"w{number}" for number in range(MAX_TERMS + 1))
    with pytest.raises(QueryError, match="too many terms"):
        parse_query(f'"{words}"')
    assert isinstance(parse_query('"' + " ".join(["w"] * MAX_TERMS) + '"').root, Phrase)


def test_a_query_too_long_is_refused_with_a_short_message() -> None:
    with pytest.raises(QueryError, match="too long") as raised:
        parse_query("x" * 100_000)
    assert len(str(raised.value)) < 200
    assert parse_query("x" * MAX_QUERY_CHARS).root == Word("x" * MAX_QUERY_CHARS)
