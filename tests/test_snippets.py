"""The snippet's window: the one holding the most matches, found in one pass over them."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from press_archive.archive import Archive
from press_archive.archive.snippets import SNIPPET_CHARS, _best_window_start, make_snippet
from press_archive.importer.titles import first_sentence
from press_archive.model import SearchRequest


def _best_by_trying_every_start(spans: list[tuple[int, int]], width: int) -> int:
    """The plain definition, quadratic: each match as the window's start, its matches counted."""
    best_start, best_count = 0, 0
    for index, (start, _end) in enumerate(spans):
        count = sum(1 for other in spans[index:] if other[1] <= start + width)
        if count > best_count:
            best_start, best_count = start, count
    return best_start


@st.composite
def word_spans(draw: st.DrawFn) -> list[tuple[int, int]]:
    """Ordered, non-overlapping spans, as the words of a text are."""
    spans, cursor = [], 0
    for gap, length in draw(st.lists(st.tuples(st.integers(0, 60), st.integers(1, 30)), max_size=60)):
        start = cursor + gap
        spans.append((start, start + length))
        cursor = start + length + 1
    return spans


@given(spans=word_spans(), width=st.integers(1, 300))
def test_the_window_is_the_one_that_holds_the_most_matches(spans: list[tuple[int, int]], width: int) -> None:
    assert _best_window_start(spans, width) == _best_by_trying_every_start(spans, width)


def test_a_long_item_full_of_matches_gets_its_snippet() -> None:
    """Its 20,000 matching words took 6 s when every window was counted again."""
    text = " ".join(["Minsk"] * 20_000)
    snippet = make_snippet(text, ["minsk"])
    assert len(snippet.text) <= SNIPPET_CHARS + 4
    assert snippet.highlights and snippet.highlights[0][0] == 0


def test_a_teasers_snippet_starts_after_the_sentence_its_title_shows() -> None:
    body = "The Secretary General met the delegation in Minsk. They spoke of joint exercises.\n\nMore text."
    snippet = make_snippet(body, ["minsk"], shown="The Secretary General met the delegation in Minsk.")
    assert snippet.text.startswith("The Secretary General")  # the match is in the title alone: lit up here
    assert [snippet.text[a:b] for a, b in snippet.highlights] == ["Minsk"]
    title = "The Secretary General met the delegation in Minsk."
    after = make_snippet(body, ["secretary", "exercises"], shown=title)
    assert after.text == "They spoke of joint exercises. More text."
    found = make_snippet(body, ["exercises"], shown="The Secretary General met the delegation in Minsk.")
    assert found.text[slice(*found.highlights[0])] == "exercises"
    assert make_snippet("One sentence only.", [], shown="One sentence only.").text == "One sentence only."
    assert make_snippet(body, [], shown="Another sentence.").text.startswith("The Secretary General")


def test_a_teaser_row_repeats_its_title_only_when_it_has_nothing_else(seeded_archive: Archive) -> None:
    teasers = [hit for hit in seeded_archive.search(SearchRequest("", limit=100)).hits if hit.title_derived]
    assert teasers
    several_sentences = 0
    for hit in teasers:
        body = " ".join(" ".join(seeded_archive.item(hit.item_id).body).split())
        one_sentence = first_sentence(body) == body
        assert hit.snippet.text.startswith(hit.title.removesuffix("…")[:40]) is one_sentence, hit
        several_sentences += not one_sentence
    assert several_sentences >= 2
