"""Concepts across the two editions: every name of a thing finds what the others find, once in the facets."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from benchmarks.judged_search import judge, totals, write_pages
from tests.helpers.older_schema import make_older

from press_archive.archive import Archive
from press_archive.archive.concepts import ConceptFileError, Concepts, bundled_concepts
from press_archive.archive.entities import find_mentions
from press_archive.model import SearchRequest

ORGANISATION = [
    "CSTO",
    "ОДКБ",
    "Collective Security Treaty Organization",
    "организации договора о коллективной безопасности",
]


@pytest.fixture
def judged_archive(archive: Archive, tmp_path: Path) -> Archive:
    assert archive.import_paths([write_pages(tmp_path / "pages")]).ok
    return archive


def ids(archive: Archive, query: str) -> set[str]:
    return {hit.item_id for hit in archive.search(SearchRequest(query=query, limit=100)).hits}


def test_every_name_of_the_organisation_finds_the_same_items(judged_archive: Archive) -> None:
    found = [ids(judged_archive, name) for name in ORGANISATION]
    assert len(found[0]) == 7 and all(items == found[0] for items in found)


def test_the_result_names_what_else_was_searched(judged_archive: Archive) -> None:
    result = judged_archive.search("CSTO lang:ru")
    assert result.also_searched[:2] == ("ОДКБ", "Collective Security Treaty Organization")
    assert "CSTO" not in result.also_searched
    assert judged_archive.search("Зась").also_searched == ()


def test_a_quoted_name_is_exact_and_not_expanded(judged_archive: Archive) -> None:
    result = judged_archive.search(SearchRequest(query='"CSTO"', limit=100))
    assert result.also_searched == ()
    assert all("CSTO" in judged_archive.item(hit.item_id).body[0] for hit in result.hits)
    assert len(result.hits) == 2


def test_a_negated_concept_excludes_all_its_names(judged_archive: Archive) -> None:
    for hit in judged_archive.search(SearchRequest(query="-ОДКБ", limit=100)).hits:
        body = judged_archive.item(hit.item_id).body[0]
        assert "CSTO" not in body and "Collective Security Treaty" not in body and "ОДКБ" not in body


def test_short_names_meet_across_scripts_and_never_a_short_word(judged_archive: Archive) -> None:
    latin, cyrillic = ids(judged_archive, "Zas"), ids(judged_archive, "Зась")
    assert latin == cyrillic and len(latin) == 2
    bodies = [judged_archive.item(item_id).body[0] for item_id in cyrillic]
    assert not any(body.startswith("За неделю") for body in bodies), "Зась is not the word за"


def test_the_name_facet_counts_a_concept_once(judged_archive: Archive) -> None:
    names = judged_archive.search(SearchRequest(query="", with_facets=True)).facets["name"]
    organisation = [
        facet for facet in names if facet.label in {"CSTO", "ОДКБ", "Collective Security Treaty Organization"}
    ]
    assert len(organisation) == 1 and organisation[0].count == 6
    assert (
        len([facet for facet in names if facet.label in {"CFM", "СМИД", "Council of Foreign Ministers"}]) <= 1
    )
    picked = judged_archive.search(SearchRequest(query=organisation[0].value, with_total=True))
    assert picked.total == 6


def test_a_user_file_beside_the_archive_adds_concepts(tmp_path: Path) -> None:
    (tmp_path / "concepts.toml").write_text(
        '[[concept]]\nid = "csto"\nnames = ["the Organisation"]\n\n'
        '[[concept]]\nid = "interaction"\nnames = ["Interaction", "Взаимодействие"]\n',
        encoding="utf-8",
    )
    with Archive(tmp_path / "archive.db") as archive:
        assert archive.concepts_problem is None
        assert archive.concepts.of_name("Взаимодействия") is archive.concepts.by_id["interaction"]
        assert "the Organisation" in archive.concepts.by_id["csto"].names
        assert "ОДКБ" in archive.concepts.by_id["csto"].names


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("[[concept]\n", "cannot be read as TOML"),
        ('[[concept]]\nid = "Bad Id"\nnames = ["x"]\n', "needs an id"),
        ('[[concept]]\nid = "x"\nnames = "CSTO"\n', "needs `names`"),
        ('[[concept]]\nid = "other"\nnames = ["ОДКБ"]\n', "'ОДКБ' is given to both csto and other"),
    ],
)
def test_a_bad_user_file_is_reported_by_name_and_the_bundled_concepts_stay(
    tmp_path: Path, text: str, reason: str
) -> None:
    path = tmp_path / "concepts.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConceptFileError, match=reason) as raised:
        bundled_concepts().with_file(path)
    assert str(path) in str(raised.value)
    with Archive(tmp_path / "archive.db") as archive:
        assert archive.concepts_problem is not None and archive.concepts is bundled_concepts()


def test_every_bundled_name_belongs_to_one_concept() -> None:
    concepts = bundled_concepts()
    assert Concepts(concepts.by_id.values()).of_name("Объединенного штаба") is concepts.by_id["joint-staff"]
    assert concepts.of_name("штаб") is None, "a name is matched whole, never by a part"


def test_an_older_archive_unites_its_entities_on_opening(judged_archive: Archive, tmp_path: Path) -> None:
    path = judged_archive.path
    judged_archive.close()
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE item_entities SET entity = 'o:csto' WHERE entity = 'c:csto' AND label = 'CSTO'")
        conn.execute("UPDATE item_entities SET entity = 'o:одкб' WHERE entity = 'c:csto' AND label = 'ОДКБ'")
        conn.execute("INSERT INTO item_entities SELECT item_key, 'p:cdm', 'CDMs' FROM item_entities LIMIT 1")
        make_older(conn, 6)
    with Archive(path) as reopened:
        names = reopened.search(SearchRequest(query="", with_facets=True)).facets["name"]
        labels = [facet.label for facet in names]
        assert "CDMs" not in labels
        assert (
            len(
                [
                    label
                    for label in labels
                    if label in {"CSTO", "ОДКБ", "Collective Security Treaty Organization"}
                ]
            )
            == 1
        )


def test_the_judged_set_is_found_whole(judged_archive: Archive) -> None:
    recall, precision = totals(judge(judged_archive))
    assert (recall, precision) == (1.0, 1.0)


@pytest.mark.parametrize(
    "text",
    [
        "The CFMs Sergey Lavrov and Colonel Pavel Zas met.",
        "Председатель СМИДа Сергей Лавров и полковник Павел Зась встретились.",
    ],
)
def test_acronyms_and_concept_names_are_never_people(text: str) -> None:
    people = [entity.label for entity in find_mentions(text).people]
    assert people[-2:] in (["Lavrov", "Zas"], ["Лавров", "Зась"])
    assert not any(label[:2].isupper() for label in people)
