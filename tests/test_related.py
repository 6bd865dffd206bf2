"""Related items: the teaser <-> article link, the other-language twin, and "more like this"."""

from __future__ import annotations

from pathlib import Path

import pytest

from press_archive.archive import Archive, ItemNotFound
from press_archive.model import Relation
from search_corpus import fill


@pytest.fixture
def bilingual_archive(archive: Archive, seeds_dir: Path, tmp_path: Path) -> Archive:
    return fill(archive, seeds_dir, tmp_path / "pages")


def _only(archive: Archive, query: str) -> str:
    (hit,) = archive.search(query).hits
    return hit.item_id


def test_the_twin_is_the_same_event_on_the_other_edition(bilingual_archive: Archive) -> None:
    english = _only(bilingual_archive, "Lavrov traditional lang:en")
    russian = _only(bilingual_archive, "Лаврова lang:ru")
    (twin,) = [item for item in bilingual_archive.related(english) if item.relation is Relation.TWIN]
    assert twin.hit.item_id == russian
    assert "Lavrov" in twin.reason and "Masadykov" in twin.reason and "13" in twin.reason
    (back,) = [item for item in bilingual_archive.related(russian) if item.relation is Relation.TWIN]
    assert back.hit.item_id == english


def test_a_twin_needs_shared_names_not_just_the_same_day(bilingual_archive: Archive) -> None:
    # the Russian Shoigu item is on 12 February too, but the English briefing names Serdyukov only
    briefing = _only(bilingual_archive, "briefing Serdyukov lang:en")
    russian_briefing = _only(bilingual_archive, "брифинг")
    twins = [
        item.hit.item_id for item in bilingual_archive.related(briefing) if item.relation is Relation.TWIN
    ]
    assert twins == [russian_briefing]
    geneva = _only(bilingual_archive, "Geneva")
    assert not [item for item in bilingual_archive.related(geneva) if item.relation is Relation.TWIN]


def test_teaser_and_article_point_at_each_other(bilingual_archive: Archive) -> None:
    teaser = _only(bilingual_archive, "Interaction kind:teaser")
    article = _only(bilingual_archive, "Interaction kind:article")
    assert [(item.relation, item.hit.item_id) for item in bilingual_archive.related(teaser)][:1] == [
        (Relation.ARTICLE, article)
    ]
    assert [(item.relation, item.hit.item_id) for item in bilingual_archive.related(article)][:1] == [
        (Relation.TEASER, teaser)
    ]


def test_more_like_this_shares_telling_words_and_never_repeats(bilingual_archive: Archive) -> None:
    fifth = _only(bilingual_archive, "addressed fifth")
    related = bilingual_archive.related(fifth)
    similar = [item for item in related if item.relation is Relation.SIMILAR]
    assert similar, related
    assert similar[0].hit.title.startswith("On 13 February, a traditional meeting")
    assert "parliamentary" in similar[0].reason
    ids = [item.hit.item_id for item in related]
    assert fifth not in ids and len(ids) == len(set(ids))


def test_related_of_an_unknown_item_is_item_not_found(bilingual_archive: Archive) -> None:
    with pytest.raises(ItemNotFound):
        bilingual_archive.related("ffffffffffffffff")
