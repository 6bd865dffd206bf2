"""Copies of an item the site cut short ("…", a last sentence dropped) are that item, in any order."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from tests.helpers.older_schema import make_older

from press_archive.archive import Archive
from press_archive.importer.identity import is_cut_copy
from press_archive.model import SearchRequest

WHOLE = (
    "The Joint Staff of the Organization held a command post exercise with the operational groups of "
    "the rapid reaction forces near Balkhash. The officers practised the transfer of units by rail. "
    "The exercise will be reviewed by the Council of Defence Ministers in the spring."
)
WORDS = st.lists(
    st.sampled_from(["staff", "forces", "border", "council", "minsk", "drill", "river", "ёлка", "«море»"]),
    min_size=14,
    max_size=40,
)


@pytest.mark.parametrize(
    ("short", "expected"),
    [
        (WHOLE[:118] + "…", True),  # cut inside a word, as lists do
        (WHOLE[:120].rsplit(" ", 1)[0] + "...", True),
        (WHOLE.split(" The officers")[0], True),  # the first sentence
        (WHOLE.split(" The exercise")[0], True),  # two sentences of three
        (WHOLE.replace("Joint Staff", "«Joint Staff»").split(" The exercise")[0], True),  # other quotes
        (WHOLE, False),  # the same text is no cut copy: it is the item
        ("The Joint Staff of the Organization held a command post…", False),  # too short to tell
        ("The Joint Staff of the Organization held a meeting with the press officers.", False),
        (WHOLE[:100], False),  # cut with no mark, inside a sentence
    ],
)
def test_what_a_cut_copy_is(short: str, expected: bool) -> None:
    assert is_cut_copy(short, WHOLE) is expected


@given(WORDS, st.integers(min_value=13, max_value=40))
def test_any_text_cut_at_a_word_with_an_ellipsis_is_a_cut_copy(words: list[str], keep: int) -> None:
    whole = " ".join(words) + "."
    if keep >= len(words):
        return
    assert is_cut_copy(" ".join(words[:keep]) + "…", whole)
    assert not is_cut_copy(whole, " ".join(words[:keep]) + "…")


LISTING = f"""News

{WHOLE[:118]}…

Officers of the border services met in Dushanbe to discuss the exchange of information on smugglers.

1 2 3 Next
"""

ARTICLE_PAGE = f"""12.03.2025

{WHOLE}


The border services agreed a common register

The border services agreed a common register 11.03.2025

On 11 March, the heads of the border services agreed to keep a common register of smuggling routes.


Go back
"""


def _write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize("listing_first", [True, False])
def test_a_cut_and_a_whole_copy_are_one_item_with_the_whole_text(tmp_path: Path, listing_first: bool) -> None:
    listing = _write(tmp_path, "listing.txt", LISTING)
    article = _write(tmp_path, "article.txt", ARTICLE_PAGE)
    with Archive(tmp_path / "archive.db") as archive:
        first, second = (listing, article) if listing_first else (article, listing)
        assert archive.import_paths([first]).ok
        (hit,) = archive.search(SearchRequest("operational groups")).hits
        archive.user.tag([hit.item_id], "exercises")
        assert archive.import_paths([second]).ok
        (again,) = archive.search(SearchRequest("operational groups")).hits
        item = archive.item(again.item_id)
        assert item.id == hit.item_id  # the id users' data points at stays
        assert item.text == WHOLE
        assert (item.date, len(item.sightings)) == (dt.date(2025, 3, 12), 2)
        assert archive.search(SearchRequest('"Council of Defence Ministers"')).total == 1
        assert archive.user.tagged("exercises") == [item.id]


def test_a_teaser_cut_from_an_articles_lead_is_linked_to_it(tmp_path: Path) -> None:
    article = _write(
        tmp_path,
        "article.txt",
        "Sappers cleared the river banks\n\nSappers cleared the river banks 02.04.2025\n\n"
        f"{WHOLE}\n\nThe sappers will return in the autumn.\n\n\nGo back\n",
    )
    teaser = _write(tmp_path, "teaser.txt", f"03.04.2025\n\n{WHOLE.split(' The officers')[0]}\n\n\nGo back\n")
    with Archive(tmp_path / "archive.db") as archive:
        assert archive.import_paths([teaser, article]).ok
        hits = archive.search(SearchRequest("operational groups")).hits
        by_kind = {hit.kind.value: archive.item(hit.item_id) for hit in hits}
        assert by_kind["teaser"].lead_of == by_kind["article"].id


def test_an_archive_from_before_opening_keys_finds_cut_copies_after_its_upgrade(tmp_path: Path) -> None:
    article = _write(tmp_path, "article.txt", ARTICLE_PAGE)
    path = tmp_path / "archive.db"
    with Archive(path) as archive:
        assert archive.import_paths([article]).ok
    with sqlite3.connect(path) as conn:  # make it a version 7 archive, without the keys
        make_older(conn, 7)
    with Archive(path) as archive:
        assert archive.import_paths([_write(tmp_path, "listing.txt", LISTING)]).ok
        (hit,) = archive.search(SearchRequest("operational groups")).hits
        assert len(archive.item(hit.item_id).sightings) == 2
