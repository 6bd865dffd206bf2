"""An article the site changed is one item with both texts: whichever capture arrives first, by any
route, the newest text is shown and searched, `version:all` finds the earlier one, and the item's
id and the user's data stay with it."""

from __future__ import annotations

import datetime as dt
import itertools
import random
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from press_archive.archive import Archive
from press_archive.archive.versions import is_revision
from press_archive.exporters.records import make_record
from press_archive.importer.discover import Document
from press_archive.model import SearchRequest

URL = "https://en.odkb-csto.org/news/news_odkb/consultations-in-dushanbe/"
TITLE = "Consultations on border security were held in Dushanbe"
FIRST = (
    "On 3 March the CSTO Secretariat held consultations on border security with the delegation led by "
    "Colonel Masadikov in Dushanbe.",
    "The parties discussed joint exercises on the Tajik-Afghan border and the training of staff.",
)
#: The site put the name of the delegation's head right and added a paragraph.
SECOND = (
    FIRST[0].replace("Masadikov", "Rakhimov"),
    FIRST[1],
    "The next round of consultations will be held in Minsk in the autumn.",
)
JANUARY = dt.datetime(2025, 1, 10, 9, 0, tzinfo=dt.UTC)
MARCH = dt.datetime(2025, 3, 20, 9, 0, tzinfo=dt.UTC)
MAY = dt.datetime(2025, 5, 2, 9, 0, tzinfo=dt.UTC)


def _page(body: tuple[str, ...], title: str = TITLE, stamp: str = "03.03.2025") -> str:
    paragraphs = "".join(f"<p>{paragraph}</p>" for paragraph in body)
    return (
        f'<html lang="en"><head><title>{title}</title></head><body><article class="news-detail">'
        f'<h1>{title}</h1><div class="news-date">{stamp}</div>{paragraphs}</article></body></html>'
    )


def _capture(html: str, when: dt.datetime, url: str = URL) -> Document:
    return Document(
        source=f"{url}@{when:%Y%m%d}", key=url, data=html.encode(), suffix=".html", url=url, captured_at=when
    )


def _only_item(archive: Archive, query: str = "kind:article") -> str:
    result = archive.search(SearchRequest(query, limit=10))
    assert result.total == 1, [hit.title for hit in result.hits]
    return result.hits[0].item_id


def _import(archive: Archive, *documents: Document) -> None:
    for document in documents:
        report = archive.import_documents([document])
        assert report.ok, report.failures


def test_a_corrected_article_is_one_item_showing_its_newest_text(tmp_path: Path) -> None:
    with Archive(tmp_path / "archive.db") as archive:
        _import(archive, _capture(_page(FIRST), JANUARY), _capture(_page(SECOND), MARCH))
        item = archive.item(_only_item(archive))
    assert item.body == SECOND
    assert item.changed_on_site
    assert [version.body for version in item.versions] == [FIRST, SECOND]
    assert [version.current for version in item.versions] == [False, True]
    assert item.versions[1].first_seen == MARCH
    assert item.versions[0].first_seen == item.versions[0].last_seen == JANUARY
    assert len(item.sightings) == 2, "both captures are sightings of the one item"


def test_search_finds_the_shown_text_and_version_all_the_earlier_one(tmp_path: Path) -> None:
    with Archive(tmp_path / "archive.db") as archive:
        _import(archive, _capture(_page(FIRST), JANUARY), _capture(_page(SECOND), MARCH))
        item_id = _only_item(archive)
        assert [hit.item_id for hit in archive.search("Rakhimov").hits] == [item_id]
        assert archive.search("Masadikov").total == 0
        assert [hit.item_id for hit in archive.search("Masadikov version:all").hits] == [item_id]
        assert archive.search("Rakhimov version:all").total == 1, "the shown text counts too"
        assert archive.search("version:changed").total == 1
        assert archive.search("version:changed Rakhimov").total == 1
        assert archive.search("NOT version:changed kind:article").total == 0


def test_version_all_inside_an_or_is_refused_with_the_reason(tmp_path: Path) -> None:
    from press_archive.archive.errors import QueryError

    with Archive(tmp_path / "archive.db") as archive:
        _import(archive, _capture(_page(FIRST), JANUARY))
        with pytest.raises(QueryError, match="version:all applies to the whole query"):
            archive.search("Masadikov OR version:all")
        with pytest.raises(QueryError, match="version: takes all or changed"):
            archive.search("version:old")


@pytest.mark.parametrize("order", list(itertools.permutations(range(3))))
def test_captures_in_any_order_give_the_same_item(tmp_path: Path, order: tuple[int, ...]) -> None:
    captures = [
        _capture(_page(FIRST), JANUARY),
        _capture(_page(SECOND), MARCH),
        _capture(_page(SECOND), MAY),
    ]
    with Archive(tmp_path / "archive.db") as archive:
        _import(archive, *(captures[index] for index in order))
        item = archive.item(_only_item(archive))
        with Archive(tmp_path / "forward.db") as forward:
            _import(forward, *captures)
            expected = forward.item(_only_item(forward))
    assert item.id == expected.id
    assert item.body == SECOND
    assert item.versions == expected.versions
    assert (item.versions[1].first_seen, item.versions[1].last_seen) == (MARCH, MAY)


def test_an_older_capture_arriving_last_keeps_the_users_tags_on_the_item(tmp_path: Path) -> None:
    with Archive(tmp_path / "archive.db") as archive:
        _import(archive, _capture(_page(SECOND), MARCH))
        newer_id = _only_item(archive)
        archive.user.tag([newer_id], "border")
        archive.user.set_note(newer_id, "The corrected spelling.")
        _import(archive, _capture(_page(FIRST), JANUARY))
        item_id = _only_item(archive)
        assert item_id != newer_id, "the item takes the id of its earliest version"
        assert archive.item(newer_id).id == item_id, "the id it had is an alias"
        annotation = archive.user.annotations([item_id])[item_id]
        assert annotation.tags == ("border",)
        assert annotation.note == "The corrected spelling."


def test_a_text_the_site_went_back_to_is_shown_again(tmp_path: Path) -> None:
    with Archive(tmp_path / "archive.db") as archive:
        _import(
            archive,
            _capture(_page(FIRST), JANUARY),
            _capture(_page(SECOND), MARCH),
            _capture(_page(FIRST), MAY),
        )
        item = archive.item(_only_item(archive))
        assert item.body == FIRST
        assert len(item.versions) == 2
        assert archive.search("Masadikov").total == 1
        assert archive.search("Rakhimov").total == 0
        assert archive.search("Rakhimov version:all").total == 1


def test_another_article_at_the_same_address_is_another_item(tmp_path: Path) -> None:
    other = (
        "The Joint Staff of the CSTO completed the planning of the Rubezh exercise at the Kant air base "
        "in Kyrgyzstan.",
    )
    with Archive(tmp_path / "archive.db") as archive:
        _import(
            archive,
            _capture(_page(FIRST), JANUARY),
            _capture(_page(other, title="The Rubezh exercise has been planned"), MARCH),
        )
        assert archive.search("kind:article").total == 2
        assert archive.search("version:changed").total == 0


def test_the_same_capture_read_twice_adds_no_version(tmp_path: Path) -> None:
    with Archive(tmp_path / "archive.db") as archive:
        _import(archive, _capture(_page(FIRST), JANUARY), _capture(_page(FIRST), MARCH))
        item = archive.item(_only_item(archive))
        assert item.versions == ()
        assert len(item.sightings) == 2


def test_a_rebuild_gives_back_the_same_versions(tmp_path: Path) -> None:
    with Archive(tmp_path / "archive.db") as archive:
        _import(archive, _capture(_page(SECOND), MARCH), _capture(_page(FIRST), JANUARY))
        before = archive.item(_only_item(archive))
        archive.rebuild()
        after = archive.item(_only_item(archive))
        assert archive.search("Masadikov version:all").total == 1
        assert archive.search("Masadikov").total == 0
    assert after.id == before.id
    assert after.versions == before.versions


def test_a_corrected_date_moves_the_item_in_date_order(tmp_path: Path) -> None:
    with Archive(tmp_path / "archive.db") as archive:
        _import(
            archive,
            _capture(_page(FIRST, stamp="30.03.2025"), JANUARY),
            _capture(_page(FIRST, stamp="03.03.2025"), MARCH),
        )
        item = archive.item(_only_item(archive))
        assert item.date == dt.date(2025, 3, 3)
        assert [version.date for version in item.versions] == [dt.date(2025, 3, 30), dt.date(2025, 3, 3)]
        assert archive.search("date:2025-03-03").total == 1
        assert archive.search("date:2025-03-30").total == 0


@pytest.mark.parametrize(
    ("old", "new", "same"),
    [
        ((TITLE, " ".join(FIRST)), (TITLE, " ".join(SECOND)), True),
        ((TITLE, " ".join(FIRST)), ("A wholly new title", " ".join(SECOND)), True),
        ((TITLE, " ".join(FIRST)), ("Rubezh", "The Joint Staff planned the Rubezh exercise."), False),
        (("News", "The council met in Minsk on Monday."), ("News", "Troops left Kant for drills."), False),
    ],
)
def test_what_counts_as_a_revision(old: tuple[str, str], new: tuple[str, str], same: bool) -> None:
    assert is_revision(*old, *new) is same


THIRD = (*SECOND[:2], "The next round of consultations will be held in Minsk in October.")
TEXTS = (FIRST, SECOND, THIRD)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    captures=st.lists(
        st.tuples(st.sampled_from(range(len(TEXTS))), st.integers(0, 400)),
        min_size=1,
        max_size=5,
        unique_by=lambda capture: capture[1],
    ),
    shuffle=st.randoms(use_true_random=False),
)
def test_any_captures_in_any_order_end_as_in_time_order(
    tmp_path_factory: pytest.TempPathFactory, captures: list[tuple[int, int]], shuffle: random.Random
) -> None:
    """Whatever texts the site showed when, read in any order, the archive ends as if it had read
    them in the order they were captured: one item, the text captured last shown, the same id."""
    folder = tmp_path_factory.mktemp("orders")
    documents = [_capture(_page(TEXTS[text]), JANUARY + dt.timedelta(days=day)) for text, day in captures]
    shuffled = shuffle.sample(documents, len(documents))
    in_time = sorted(documents, key=lambda document: document.captured_at or JANUARY)
    items = []
    for name, order in (("shuffled.db", shuffled), ("in-time.db", in_time)):
        with Archive(folder / name) as archive:
            _import(archive, *order)
            items.append(archive.item(_only_item(archive)))
    shuffled_item, expected = items
    assert shuffled_item.id == expected.id
    assert shuffled_item.body == TEXTS[max(captures, key=lambda capture: capture[1])[0]]
    assert shuffled_item.versions == expected.versions
    texts = len({text for text, _day in captures})
    assert len(expected.versions) == (0 if texts == 1 else texts)


def test_a_citation_of_a_changed_item_gives_when_its_text_was_first_captured(tmp_path: Path) -> None:
    with Archive(tmp_path / "archive.db") as archive:
        seen = ((FIRST, JANUARY), (SECOND, MARCH), (SECOND, MAY))
        captures = [_capture(_page(text), when) for text, when in seen]
        _import(archive, *captures)
        record = make_record(archive.item(_only_item(archive)))
    assert (record.url, record.accessed) == (URL, MARCH)


def test_a_changed_items_text_seen_at_another_address_is_the_item(tmp_path: Path) -> None:
    elsewhere = "https://en.odkb-csto.org/news/news_odkb/consultations-in-dushanbe/?print=Y"
    with Archive(tmp_path / "archive.db") as archive:
        _import(archive, _capture(_page(FIRST), JANUARY), _capture(_page(SECOND), MARCH))
        _import(archive, _capture(_page(SECOND), MAY, url=elsewhere))
        item = archive.item(_only_item(archive))
    assert len(item.sightings) == 3
    assert item.body == SECOND
    assert [version.last_seen for version in item.versions] == [JANUARY, MAY]
