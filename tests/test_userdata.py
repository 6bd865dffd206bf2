"""`Archive.user`: tags, stars, notes, collections, saved searches, and what each write returns for undo."""

from __future__ import annotations

import sqlite3
import threading

import pytest

from press_archive.archive import Archive, ItemNotFound
from press_archive.archive.userdata import UnknownItems, UserDataError
from press_archive.model import Annotation, Collection, SavedSearch, Tag


@pytest.fixture
def ids(seeded_archive: Archive) -> list[str]:
    """The eleven seed items' ids, newest first."""
    with sqlite3.connect(seeded_archive.path) as conn:
        found = [row[0] for row in conn.execute("SELECT id FROM items ORDER BY date_key DESC")]
    conn.close()
    assert len(found) == 11
    return found


def test_tagging_creates_the_tag_and_counts_items(seeded_archive: Archive, ids: list[str]) -> None:
    user = seeded_archive.user
    assert user.tag(ids[:3], "Iran talks") == ids[:3]
    assert user.tag(ids[2:4], "iran TALKS") == [ids[3]]  # names match regardless of case
    assert user.tags() == [Tag(name="Iran talks", color=None, count=4)]
    assert user.tagged("Iran talks") == sorted(ids[:4])


def test_untag_reverses_exactly_what_tag_did(seeded_archive: Archive, ids: list[str]) -> None:
    user = seeded_archive.user
    user.tag([ids[0]], "summit")
    added = user.tag(ids[:3], "summit")
    assert added == ids[1:3]
    assert user.untag(added, "summit") == ids[1:3]
    assert user.tagged("summit") == [ids[0]]
    assert user.tag(added, "summit") == added  # redo


def test_ids_may_be_unique_prefixes(seeded_archive: Archive, ids: list[str]) -> None:
    assert seeded_archive.user.tag([ids[0][:6].upper(), ids[1]], "short") == ids[:2]


def test_unknown_ids_are_all_named_and_nothing_is_written(seeded_archive: Archive, ids: list[str]) -> None:
    user = seeded_archive.user
    with pytest.raises(UnknownItems) as caught:
        user.tag([ids[0], "ffffffffffff", "eeeeeeee"], "never")
    assert set(caught.value.failures) == {"ffffffffffff", "eeeeeeee"}
    assert "ffffffffffff: no item with this id" in str(caught.value)
    assert isinstance(caught.value, ItemNotFound)
    assert user.tags() == []


def test_rename_tag_returns_the_old_name_and_refuses_a_taken_one(
    seeded_archive: Archive, ids: list[str]
) -> None:
    user = seeded_archive.user
    user.tag([ids[0]], "iran")
    user.tag([ids[1]], "Syria")
    assert user.rename_tag("IRAN", "Iran talks") == "iran"
    assert user.rename_tag("iran talks", "Iran Talks") == "Iran talks"  # a change of case is a rename
    with pytest.raises(UserDataError, match="merge"):
        user.rename_tag("Syria", "iran talks")
    with pytest.raises(UserDataError, match="no such tag"):
        user.rename_tag("nothing", "else")
    assert [tag.name for tag in user.tags()] == ["Iran Talks", "Syria"]


def test_merge_tags_moves_items_and_deletes_the_merged_tags(seeded_archive: Archive, ids: list[str]) -> None:
    user = seeded_archive.user
    user.tag(ids[:2], "iran")
    user.tag(ids[1:3], "Iran talks")
    user.tag([ids[5]], "tehran")
    assert user.merge_tags(["iran", "tehran"], "Iran talks") == sorted([ids[0], ids[5]])
    assert user.tags() == [Tag(name="Iran talks", count=4)]


def test_tag_colour_is_checked_and_the_old_one_returned(seeded_archive: Archive, ids: list[str]) -> None:
    user = seeded_archive.user
    user.tag([ids[0]], "urgent")
    assert user.set_tag_color("urgent", "#FF0000") is None
    assert user.set_tag_color("urgent", None) == "#ff0000"
    with pytest.raises(UserDataError, match="#rrggbb"):
        user.set_tag_color("urgent", "red")


def test_delete_tag_returns_the_items_it_was_on(seeded_archive: Archive, ids: list[str]) -> None:
    user = seeded_archive.user
    user.tag(ids[:2], "old")
    assert user.delete_tag("old") == sorted(ids[:2])
    assert user.tags() == []


@pytest.mark.parametrize("name", ["", "   ", 'say "hi"', "two\nlines", "x" * 201])
def test_names_a_query_could_not_spell_are_refused(
    seeded_archive: Archive, ids: list[str], name: str
) -> None:
    with pytest.raises(UserDataError):
        seeded_archive.user.tag([ids[0]], name)
    with pytest.raises(UserDataError):
        seeded_archive.user.create_collection(name)


def test_star_returns_only_the_items_whose_star_changed(seeded_archive: Archive, ids: list[str]) -> None:
    user = seeded_archive.user
    assert user.star(ids[:2]) == ids[:2]
    assert user.star(ids[1:3]) == [ids[2]]
    assert user.star([ids[0], ids[4]], starred=False) == [ids[0]]
    assert sorted(user.starred()) == sorted(ids[1:3])


def test_set_note_returns_the_text_it_replaced(seeded_archive: Archive, ids: list[str]) -> None:
    user = seeded_archive.user
    assert user.set_note(ids[0][:8], "# Follow up\n\nAsk about **Sahand**.") == ""
    assert user.note(ids[0]) == "# Follow up\n\nAsk about **Sahand**."
    assert user.set_note(ids[0], "shorter") == "# Follow up\n\nAsk about **Sahand**."
    assert user.set_note(ids[0], "  \n") == "shorter"  # blank text deletes the note
    assert user.note(ids[0]) == ""
    assert user.annotations([ids[0]])[ids[0]].note == ""


def test_annotations_cover_every_id_asked_for(seeded_archive: Archive, ids: list[str]) -> None:
    user = seeded_archive.user
    user.tag([ids[0]], "b-tag")
    user.tag([ids[0]], "A-tag")
    user.star([ids[0]])
    user.set_note(ids[0], "seen")
    found = user.annotations([ids[0], ids[1]])
    assert found == {
        ids[0]: Annotation(item_id=ids[0], tags=("A-tag", "b-tag"), starred=True, note="seen"),
        ids[1]: Annotation(item_id=ids[1]),
    }


def test_collections_keep_the_users_order(seeded_archive: Archive, ids: list[str]) -> None:
    user = seeded_archive.user
    user.create_collection("Summit", [ids[3], ids[1]])
    assert user.add_to_collection("summit", [ids[0], ids[1]], position=1) == [ids[0]]
    assert user.collection("Summit").item_ids == (ids[3], ids[0], ids[1])
    assert user.remove_from_collection("Summit", [ids[0], ids[5]]) == [ids[0]]
    assert user.set_collection_items("Summit", [ids[1], ids[3]]) == (ids[3], ids[1])
    user.create_collection("Another", [ids[1]])  # an item may be in many collections
    assert user.collections() == [
        Collection(name="Another", item_ids=(ids[1],)),
        Collection(name="Summit", item_ids=(ids[1], ids[3])),
    ]


def test_collection_rename_and_delete_return_what_undo_needs(seeded_archive: Archive, ids: list[str]) -> None:
    user = seeded_archive.user
    user.create_collection("Draft", ids[:2])
    assert user.rename_collection("draft", "Report") == "Draft"
    deleted = user.delete_collection("Report")
    assert deleted == Collection(name="Report", item_ids=tuple(ids[:2]))
    user.create_collection(deleted.name, deleted.item_ids)  # undo
    assert user.collection("report") == deleted
    with pytest.raises(UserDataError, match="exists already"):
        user.create_collection("REPORT")
    with pytest.raises(UserDataError, match="no such collection"):
        user.add_to_collection("Nowhere", ids[:1])


def test_saved_searches_save_replace_rename_delete(seeded_archive: Archive) -> None:
    user = seeded_archive.user
    assert user.save_search("Masadykov", "Masadykov") is None
    assert user.save_search("masadykov", "Masadykov lang:en") == "Masadykov"
    assert user.rename_saved_search("Masadykov", "Secretary General") == "Masadykov"
    assert user.saved_searches() == [SavedSearch(name="Secretary General", query="Masadykov lang:en")]
    deleted = user.delete_saved_search("secretary general")
    assert deleted == SavedSearch("Secretary General", "Masadykov lang:en")
    with pytest.raises(UserDataError, match="no such saved search"):
        user.saved_search("Secretary General")


def test_writes_from_another_thread_are_seen(seeded_archive: Archive, ids: list[str]) -> None:
    errors: list[BaseException] = []

    def tag_in_thread() -> None:
        try:
            seeded_archive.user.tag(ids[:2], "from a worker")
        except BaseException as error:  # reported to the test thread below
            errors.append(error)

    worker = threading.Thread(target=tag_in_thread)
    worker.start()
    worker.join()
    assert errors == []
    assert seeded_archive.user.tagged("from a worker") == sorted(ids[:2])
