"""The word diff of two versions of an item: what a reader needs to see a correction."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from press_archive.archive.word_diff import PARAGRAPH, Change, DiffPart, word_diff


def _side(parts: list[DiffPart], keep: Change) -> list[str]:
    """The words of one version, read back from the parts, paragraph breaks left out."""
    kept = [part for part in parts if part.change in (Change.SAME, keep)]
    return [word for part in kept for word in part.words if word != PARAGRAPH]


def test_a_corrected_name_is_one_word_removed_and_one_added() -> None:
    same = "Secretary General Imangali Tasmagambetov met"
    assert [part.change for part in word_diff(same, same)] == [Change.SAME]
    parts = word_diff("The team met Masadikov in Dushanbe.", "The team met Masadykov in Dushanbe.")
    assert [(part.change, part.text) for part in parts] == [
        (Change.SAME, "The team met"),
        (Change.REMOVED, "Masadikov"),
        (Change.ADDED, "Masadykov"),
        (Change.SAME, "in Dushanbe."),
    ]


def test_an_added_paragraph_keeps_its_break() -> None:
    parts = word_diff("First paragraph.", "First paragraph.\n\nA second one.")
    assert parts[0].change is Change.SAME
    added = parts[-1]
    assert added.change is Change.ADDED
    assert added.words[0] == PARAGRAPH
    assert added.text == "\n\nA second one."


words = st.lists(st.sampled_from(["alpha", "beta", "gamma", "delta", "\n\n"]), max_size=30)


@given(words, words)
def test_each_side_is_rebuilt_from_the_parts(old: list[str], new: list[str]) -> None:
    old_text, new_text = " ".join(old), " ".join(new)
    parts = word_diff(old_text, new_text)
    assert _side(parts, Change.REMOVED) == old_text.split()
    assert _side(parts, Change.ADDED) == new_text.split()


def test_a_paragraph_added_before_one_opening_alike_is_marked_whole() -> None:
    old = "The staff met.\n\nThe consultations confirmed the course."
    new = "The staff met.\n\nThe next round is in Minsk.\n\nThe consultations confirmed the course."
    added = [part for part in word_diff(old, new) if part.change is Change.ADDED]
    assert [part.text for part in added] == ["The next round is in Minsk.\n\n"]
