"""The fidelity benchmark's corpus, scored: the splitter never invents a date nor makes an item of the
page's furniture there, and keeps at least the share of right items it had when the corpus was written.
The scorer itself is checked on small cases, so that a broken comparison cannot pass everything."""

from __future__ import annotations

import datetime as dt

from benchmarks.fidelity import Case, Expected, load_corpus, score_case, score_corpus

#: Shares of right items, titles and dates measured when the corpus was written, less a margin.
FLOOR = 0.95


def test_the_corpus_is_split_without_invented_dates_or_boilerplate_items() -> None:
    cases = load_corpus()
    total, per_case = score_corpus(cases)
    assert len(cases) >= 40
    assert total.invented_dates == 0, total.problems
    assert total.boilerplate_items == 0, total.problems
    assert total.items_right >= FLOOR * total.items_expected, total.problems
    assert total.titles_right >= FLOOR * total.items_expected, total.problems
    assert total.dates_right >= FLOOR * total.items_expected, total.problems
    assert sum(score.items_expected for score in per_case.values()) == total.items_expected


def _teaser(date: dt.date | None, starts: str, ends: str) -> Expected:
    return Expected("teaser", None, True, date, None, starts, ends, None)


PAGE = "03.04.2024\n\nThe Council met in Minsk.\n\n\nThe Secretariat held a seminar.\n\nGo back"


def test_a_page_split_as_expected_scores_every_item_right() -> None:
    case = Case(
        "right",
        (PAGE,),
        (
            _teaser(dt.date(2024, 4, 3), "The Council met", "in Minsk."),
            _teaser(None, "The Secretariat held", "a seminar."),
        ),
        ("Go back",),
    )
    score = score_case(case)
    assert (score.items_right, score.titles_right, score.dates_right) == (2, 2, 2)
    assert (score.invented_dates, score.boilerplate_items) == (0, 0)
    assert (score.extra_items, score.missed_items) == (0, 0)


def test_a_date_where_the_page_gives_none_is_counted_as_invented() -> None:
    case = Case(
        "invented",
        (PAGE,),
        (_teaser(None, "The Council met", "in Minsk."), _teaser(None, "The Secretariat held", "a seminar.")),
        (),
    )
    score = score_case(case)
    assert (score.items_right, score.dates_right, score.invented_dates) == (1, 1, 1)


def test_missed_extra_and_boilerplate_items_are_counted() -> None:
    case = Case(
        "boilerplate",
        (PAGE,),
        (_teaser(None, "A meeting that is not on the page", "."),),
        ("The Secretariat held",),
    )
    score = score_case(case)
    assert (score.missed_items, score.extra_items, score.boilerplate_items) == (1, 2, 1)
    assert score.items_right == 0
