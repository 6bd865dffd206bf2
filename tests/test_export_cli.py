"""`press-archive export` as users type it: selections, refusals with a hint, the format list."""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from helpers.cli import run_cli as run
from press_archive.archive import Archive
from press_archive.exporters import FORMATS
from press_archive.model import SearchRequest, SortOrder


@pytest.fixture
def ids(db: Path) -> list[str]:
    with Archive(db) as archive:
        return [hit.item_id for hit in archive.search(SearchRequest(sort=SortOrder.NEWEST, limit=100)).hits]


def test_list_formats_names_every_format_with_its_suffix(db: Path) -> None:
    code, out, _err = run(db, "export", "--list-formats")
    assert code == 0
    lines = out.splitlines()
    assert [line.split()[0] for line in lines] == list(FORMATS)
    assert lines[list(FORMATS).index("obsidian")].split()[1] == "folder"
    assert lines[list(FORMATS).index("bibtex")].split()[1] == ".bib"


def test_export_of_the_whole_archive_to_csv(db: Path, tmp_path: Path) -> None:
    target = tmp_path / "all.csv"
    code, out, _err = run(db, "export", "--format", "csv", "-o", str(target))
    assert code == 0
    assert out == f"11 items exported to {target} (csv)\n"
    with target.open(encoding="utf-8", newline="") as handle:
        assert len(list(csv.DictReader(handle))) == 11


def test_raw_cells_keeps_a_note_that_looks_like_a_formula(db: Path, tmp_path: Path, ids: list[str]) -> None:
    with Archive(db) as archive:
        archive.user.set_note(ids[0], "=HYPERLINK(\"http://x.example\")")
    for option, expected in (((), "'=HYPERLINK"), (("--raw-cells",), "=HYPERLINK")):
        target = tmp_path / f"notes{len(option)}.csv"
        code, _out, err = run(db, "export", "--format", "csv", "--ids", ids[0], "--with-user-data",
                              *option, "-o", str(target))
        assert code == 0, err
        with target.open(encoding="utf-8", newline="") as handle:
            assert next(csv.DictReader(handle))["note"].startswith(expected)


def test_export_of_a_query_in_the_order_asked(db: Path, tmp_path: Path, ids: list[str]) -> None:
    target = tmp_path / "found.json"
    code, _out, err = run(db, "export", "--format", "json", "--query", "CSTO", "--sort", "oldest",
                          "-o", str(target))
    assert code == 0, err
    document = json.loads(target.read_text(encoding="utf-8"))
    assert document["query"] == "CSTO"
    dates = [item["date"] for item in document["items"]]
    assert dates == sorted(dates)


def test_ids_may_be_separated_by_commas_spaces_or_repeats(db: Path, tmp_path: Path, ids: list[str]) -> None:
    target = tmp_path / "picked.jsonl"
    code, _out, err = run(db, "export", "--format", "jsonl", "--ids", f"{ids[3][:6]}, {ids[1]} {ids[0]}",
                          "--ids", ids[2], "-o", str(target))
    assert code == 0, err
    lines = target.read_text(encoding="utf-8").splitlines()
    assert [json.loads(line)["id"] for line in lines] == [ids[3], ids[1], ids[0], ids[2]]


def test_tag_export_with_user_data(db: Path, tmp_path: Path, ids: list[str]) -> None:
    with Archive(db) as archive:
        archive.user.tag([ids[4], ids[1]], "Iran talks")
        archive.user.set_note(ids[1], "Проверить & {сверить}")
    target = tmp_path / "tagged.json"
    code, _out, err = run(db, "export", "--format", "json", "--tag", "Iran talks", "--with-user-data",
                          "-o", str(target))
    assert code == 0, err
    items = json.loads(target.read_text(encoding="utf-8"))["items"]
    assert [(item["id"], item["tags"], item["note"]) for item in items] == [
        (ids[1], ["Iran talks"], "Проверить & {сверить}"),
        (ids[4], ["Iran talks"], ""),
    ]


def test_collection_export_keeps_its_order(db: Path, tmp_path: Path, ids: list[str]) -> None:
    with Archive(db) as archive:
        archive.user.create_collection("Для отчёта", [ids[6], ids[0]])
    target = tmp_path / "collection.ris"
    code, _out, err = run(db, "export", "--format", "ris", "--collection", "Для отчёта", "-o", str(target))
    assert code == 0, err
    text = target.read_text(encoding="utf-8")
    assert text.index(f"AN  - {ids[6]}") < text.index(f"AN  - {ids[0]}")


def test_existing_file_is_refused_with_a_hint_and_replaced_with_force(db: Path, tmp_path: Path) -> None:
    target = tmp_path / "all.bib"
    target.write_text("% my bibliography\n")
    code, _out, err = run(db, "export", "--format", "bibtex", "-o", str(target))
    assert code == 1
    assert err == f"Error: {target}: already exists; export with force (--force) to replace it\n"
    assert target.read_text() == "% my bibliography\n"
    code, _out, _err = run(db, "export", "--format", "bibtex", "-o", str(target), "--force")
    assert code == 0
    assert target.read_text(encoding="utf-8").count("@online{") == 11


@pytest.mark.parametrize(
    "args,message",
    [
        (["--format", "csv"], "--format and -o/--output are needed"),
        (["-o", "x.csv"], "--format and -o/--output are needed"),
        (["--format", "csv", "-o", "x.csv", "--tag", "a", "--query", "b"],
         "give one selection, not --query and --tag"),
        (["--format", "docx", "-o", "x.docx"], "'docx' is not one of"),
    ],
)
def test_usage_mistakes_exit_2_with_the_fix(db: Path, args: list[str], message: str) -> None:
    code, _out, err = run(db, "export", *args)
    assert code == 2
    assert message in err


@pytest.mark.parametrize(
    "args,message",
    [
        (["--tag", "nowhere"], "tag 'nowhere': no such tag"),
        (["--ids", "zzzz"], "no such item: zzzz"),
        (["--query", '"unclosed'], "not closed at character 1"),
    ],
)
def test_selection_errors_exit_1_in_one_line(db: Path, tmp_path: Path, args: list[str], message: str) -> None:
    target = tmp_path / "x.csv"
    code, _out, err = run(db, "export", "--format", "csv", "-o", str(target), *args)
    assert code == 1
    assert message in err and err.count("\n") == 1
    assert not target.exists()


@pytest.mark.slow
def test_pdf_export_from_the_installed_command_needs_no_display(db: Path, tmp_path: Path) -> None:
    """The command line makes its own off-screen Qt application; no display or QT_QPA_PLATFORM needed."""
    environment = {name: value for name, value in os.environ.items()
                   if name not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    target = tmp_path / "report.pdf"
    done = subprocess.run(
        [sys.executable, "-m", "press_archive", "--db", str(db), "export", "--format", "pdf",
         "-o", str(target)],
        capture_output=True, text=True, check=False, env=environment,
    )
    assert done.returncode == 0, done.stderr
    assert len(PdfReader(target).pages) >= 3
