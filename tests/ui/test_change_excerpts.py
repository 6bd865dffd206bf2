"""Excerpts of a word diff: each change quoted in its sentence, no more of the text than that."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from press_archive.archive.word_diff import PARAGRAPH, Change, word_diff
from press_archive.ui.change_excerpts import CONTEXT_WORDS, Excerpt, change_excerpts

OPENING = "The Secretary General arrived in Dushanbe on Monday."
CORRECTED = "He met Masadykov and the delegation of Tajikistan at the Secretariat."
CLOSING = "The talks will go on in Moscow next month."


def _read(excerpt: Excerpt, keep: Change) -> str:
    """The excerpt as one side of the change reads it."""
    return " ".join(
        word for part in excerpt.parts if part.change in (Change.SAME, keep) for word in part.words
    )


def test_a_corrected_name_is_quoted_with_its_sentence_only() -> None:
    old = f"{OPENING} {CORRECTED.replace('Masadykov', 'Masadikov')} {CLOSING}"
    new = f"{OPENING} {CORRECTED} {CLOSING}"
    (excerpt,) = change_excerpts(word_diff(old, new))
    assert _read(excerpt, Change.ADDED) == CORRECTED
    assert _read(excerpt, Change.REMOVED) == CORRECTED.replace("Masadykov", "Masadikov")
    assert (excerpt.cut_before, excerpt.cut_after) == (True, True)  # its paragraph goes on both sides


def test_changes_far_apart_are_two_excerpts_and_in_one_sentence_one() -> None:
    sentence = "Talks were held in Moscow on the agenda of the session and its preparation."
    old = f"{sentence} {OPENING} {CLOSING} {sentence}"
    twice_corrected = sentence.replace("Talks", "Consultations").replace("preparation", "outcome")
    moved = sentence.replace("Moscow", "Minsk")
    new = f"{twice_corrected} {OPENING} {CLOSING} {moved}"
    first, second = change_excerpts(word_diff(old, new))
    assert _read(first, Change.ADDED) == twice_corrected
    assert _read(second, Change.ADDED) == moved
    assert not first.cut_before and first.cut_after
    assert second.cut_before and not second.cut_after


def test_a_long_sentence_is_cut_to_the_words_around_the_change() -> None:
    words = [f"w{index}" for index in range(200)]
    changed = list(words)
    changed[100] = "corrected"
    (excerpt,) = change_excerpts(word_diff(" ".join(words), " ".join(changed)))
    kept = _read(excerpt, Change.ADDED).split()
    assert kept == changed[100 - CONTEXT_WORDS:101 + CONTEXT_WORDS]
    assert excerpt.cut_before and excerpt.cut_after


def test_an_added_paragraph_is_quoted_with_the_sentence_next_to_it_and_no_more() -> None:
    old = f"{OPENING} {CORRECTED}\n\n{CLOSING}"
    new = f"{OPENING} {CORRECTED}\n\nA new paragraph was added.\n\n{CLOSING}"
    (excerpt,) = change_excerpts(word_diff(old, new))
    added = [part for part in excerpt.parts if part.change is Change.ADDED]
    assert len(added) == 1 and PARAGRAPH in added[0].words  # the break, where it goes, is shown
    # Which break is the new one is the diff's choice; the excerpt takes the sentence on that side.
    assert _read(excerpt, Change.ADDED).split() in (
        f"{CORRECTED} A new paragraph was added.".split(),
        f"A new paragraph was added. {CLOSING}".split(),
    )
    assert not excerpt.cut_before and not excerpt.cut_after


def test_nothing_changed_gives_no_excerpt() -> None:
    assert change_excerpts(word_diff(CORRECTED, CORRECTED)) == []


words = st.lists(st.sampled_from(["alpha", "beta.", "gamma", "delta", "\n\n"]), max_size=80)


@given(words, words)
def test_every_changed_word_is_in_exactly_one_excerpt(old: list[str], new: list[str]) -> None:
    diff = word_diff(" ".join(old), " ".join(new))
    changed = [(part.change, word) for part in diff if part.change is not Change.SAME for word in part.words]
    excerpted = [
        (part.change, word)
        for excerpt in change_excerpts(diff)
        for part in excerpt.parts
        if part.change is not Change.SAME
        for word in part.words
    ]
    assert excerpted == changed
