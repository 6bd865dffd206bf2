"""Whatever users feed the importer: each bad document is named with its problem and leaves the archive
as it was, and the other documents of the same run are imported.

The stages' own tests try many more variants of each problem (`test_discover.py`, `test_decode.py`,
`test_html.py`, `test_split.py`); these go end to end, through `Archive.import_paths` and the
installed command line, and compare the archive before and after.
"""

from __future__ import annotations

import errno
import os
import random
import re
import warnings
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from helpers.archive_state import damage, sources_table
from helpers.command import press_archive
from helpers.pages import html_page, item_text, text_page
from press_archive.archive import Archive
from press_archive.model import Language, SearchRequest

RUSSIAN_PAGE = (
    "05.12.2025\n\nДелегация ОДКБ провела переговоры в Ереване о пограничной безопасности и совместных "
    "учениях сил коллективного быстрого реагирования.\n\n\nНазад\n"
)
RUSSIAN_WORD = "переговоры"
TRUNCATED_AT_ITS_TEXT = '<!DOCTYPE html><html lang="en"><head><title>News</title><script>var page = "'
NAVIGATION_ONLY_HTML = (
    '<html lang="en"><body><nav><a href="/">Home</a> <a href="/news/">News</a></nav>'
    '<div class="back"><a href="/news/">Go back</a></div><footer>© CSTO</footer></body></html>'
)


@dataclass(frozen=True)
class BadInput:
    """A document the importer must refuse: how to make it, which document is named, and why."""

    write: Callable[[Path], Path]  # writes it in a folder; returns the path to import
    document: str  # the failing document, relative to that folder ("a.zip!member" for zip members)
    reason: str  # a regular expression the whole reason matches


def _file(name: str, data: bytes) -> Callable[[Path], Path]:
    def write(folder: Path) -> Path:
        (folder / name).write_bytes(data)
        return folder / name

    return write


def _zip(name: str, members: dict[str, bytes]) -> Callable[[Path], Path]:
    def write(folder: Path) -> Path:
        with zipfile.ZipFile(folder / name, "w", zipfile.ZIP_DEFLATED) as archive:
            for member, data in members.items():
                archive.writestr(member, data)
        return folder / name

    return write


def _symlink_loop(folder: Path) -> Path:
    (folder / "loop").mkdir()
    (folder / "loop" / "again").symlink_to(".")
    return folder / "loop"


def _broken_utf8() -> bytes:
    data = bytearray(text_page([1]).encode("utf-8"))
    for index in range(10, len(data), 5):
        data[index] = 0xC3 if index % 2 else 0x80
    return bytes(data)


PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + random.Random(1).randbytes(300)
UNREADABLE = "unreadable.txt"

BAD_INPUTS = {
    "empty file": BadInput(_file("empty.txt", b""), "empty.txt", "empty file"),
    "binary file": BadInput(
        _file("data.txt", random.Random(0).randbytes(4096)),
        "data.txt",
        "not a text or HTML page: binary data",
    ),
    "PNG renamed .html": BadInput(_file("logo.html", PNG), "logo.html", "not a text or HTML page: PNG image"),
    "HTML truncated before its text": BadInput(
        _file("cut.html", TRUNCATED_AT_ITS_TEXT.encode()), "cut.html", "no text in page"
    ),
    "invalid UTF-8": BadInput(_file("broken.txt", _broken_utf8()), "broken.txt", r"invalid UTF-8 at byte 10"),
    "only navigation text": BadInput(
        _file("nav.txt", b"Go back\n\nBack to the section\n\nAll news\n"),
        "nav.txt",
        re.escape("no news items found (the page holds only navigation or no text)"),
    ),
    "only navigation HTML": BadInput(
        _file("nav.html", NAVIGATION_ONLY_HTML.encode()),
        "nav.html",
        re.escape("no news items found (the page holds only navigation or no text)"),
    ),
    "zip with a path-traversal entry": BadInput(
        _zip("escape.zip", {"../../x.html": text_page([2]).encode()}),
        "escape.zip!../../x.html",
        re.escape("unsafe path in zip: ../../x.html"),
    ),
    "zip bomb": BadInput(
        _zip("bomb.zip", {"bomb.txt": b" " * 20_000_000}),
        "bomb.zip!bomb.txt",
        r"zip member too compressed \([\d,]+:1, limit 100:1\)",
    ),
    "corrupt zip": BadInput(
        _file("cut.zip", b"PK\x03\x04" + bytes(60)), "cut.zip", "not a valid zip file: .+"
    ),
    "symbolic link loop in a folder": BadInput(_symlink_loop, "loop/again", "symbolic link loop"),
    "unreadable file": BadInput(_file(UNREADABLE, text_page([3]).encode()), UNREADABLE, "permission denied"),
}


@pytest.fixture
def unreadable(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make `unreadable.txt` unreadable to this process, even to root, whom file modes do not stop."""
    real_open = Path.open

    def refusing_open(self: Path, mode: str = "r", *args: object, **kwargs: object) -> object:
        if self.name == UNREADABLE and "r" in mode:
            raise PermissionError(errno.EACCES, "Permission denied", str(self))
        return real_open(self, mode, *args, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr(Path, "open", refusing_open)


def _snapshot(archive: Archive) -> tuple[object, ...]:
    return archive.stats(), sources_table(archive.path)


def _found(archive: Archive, query: str) -> int:
    total = archive.search(SearchRequest(query)).total
    assert total is not None
    return total


@pytest.mark.parametrize("case", BAD_INPUTS.values(), ids=BAD_INPUTS.keys())
@pytest.mark.usefixtures("unreadable")
def test_a_bad_document_is_named_with_its_problem_and_changes_nothing(
    seeded_archive: Archive, tmp_path: Path, case: BadInput
) -> None:
    bad = case.write(tmp_path)
    before = _snapshot(seeded_archive)

    report = seeded_archive.import_paths([bad])

    [failure] = report.failures
    assert failure.source == str(tmp_path / case.document)
    assert re.fullmatch(case.reason, failure.reason), failure.reason
    assert report.files_read == report.items_new == 0
    assert _snapshot(seeded_archive) == before
    assert damage(seeded_archive.path) == []


@pytest.mark.parametrize("case", BAD_INPUTS.values(), ids=BAD_INPUTS.keys())
@pytest.mark.usefixtures("unreadable")
def test_the_other_documents_of_the_run_are_imported(
    seeded_archive: Archive, tmp_path: Path, case: BadInput
) -> None:
    bad = case.write(tmp_path)
    first, last = tmp_path / "first.txt", tmp_path / "last.html"
    first.write_text(text_page([10, 11]), encoding="utf-8")
    last.write_text(html_page([12]), encoding="utf-8")
    sources_before = sources_table(seeded_archive.path)

    report = seeded_archive.import_paths([first, bad, last])

    assert [failure.source for failure in report.failures] == [str(tmp_path / case.document)]
    assert (report.files_read, report.items_new) == (2, 3)
    assert all(_found(seeded_archive, f"r{number}") == 1 for number in (10, 11, 12))
    added = sources_table(seeded_archive.path)[len(sources_before) :]
    assert [row[2] for row in added] == [str(first), str(last)]


def test_the_command_line_names_every_bad_document_and_imports_the_rest(tmp_path: Path) -> None:
    """One run over a folder of all of them, the unreadable file made so for real."""
    folder = tmp_path / "saved"
    folder.mkdir()
    for case in BAD_INPUTS.values():
        case.write(folder)
    (folder / "good.txt").write_text(text_page([20, 21]), encoding="utf-8")
    (folder / UNREADABLE).chmod(0)
    # Root reads any file: the command runs without the capabilities that let it.
    prefix = ("setpriv", "--bounding-set", "-dac_override,-dac_read_search") if os.geteuid() == 0 else ()
    db = tmp_path / "archive.db"

    done = press_archive(db, "import", str(folder), prefix=prefix)

    assert done.returncode == 1
    errors = done.stderr.splitlines()
    assert len(errors) == len(BAD_INPUTS)
    for case in BAD_INPUTS.values():
        pattern = f"error: {re.escape(str(folder / case.document))}: {case.reason}"
        assert any(re.fullmatch(pattern, line) for line in errors), (pattern, errors)
    assert done.stdout.startswith("1 files read, 0 skipped as unchanged, 2 items new")
    assert not (tmp_path / "x.html").exists() and not (tmp_path.parent / "x.html").exists()


def _write_encoded(folder: Path, name: str, data: bytes) -> Path:
    (folder / name).write_bytes(data)
    return folder / name


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("windows-1251.txt", RUSSIAN_PAGE.encode("cp1251")),
        ("utf-16-le.txt", RUSSIAN_PAGE.encode("utf-16")),
        ("utf-16-be.html", '\ufeff<html lang="ru"><body><p>05.12.2025</p><p>{}</p></body></html>'.format(
            RUSSIAN_PAGE.split("\n\n")[1]).encode("utf-16-be")),
    ],
)
def test_russian_pages_in_other_codings_import_and_are_searchable(
    archive: Archive, tmp_path: Path, name: str, data: bytes
) -> None:
    report = archive.import_paths([_write_encoded(tmp_path, name, data)])

    assert report.ok and report.items_new == 1
    [hit] = archive.search(SearchRequest(RUSSIAN_WORD)).hits
    item = archive.item(hit.item_id)
    assert item.language is Language.RU
    assert item.text == RUSSIAN_PAGE.split("\n\n")[1]


def test_truncated_html_keeps_the_items_before_the_cut(archive: Archive, tmp_path: Path) -> None:
    whole = html_page([30, 31])
    cut = whole[: whole.index(item_text(31, Language.EN)) + 25]

    report = archive.import_paths([_write_encoded(tmp_path, "cut.html", cut.encode())])

    assert report.ok
    assert _found(archive, "r30") == 1
    assert damage(archive.path) == []


def test_a_50_mb_page_imports(archive: Archive, tmp_path: Path) -> None:
    """A page saved "as a single file": its images inline, so most of its bytes are not text."""
    page = tmp_path / "single-file.html"
    items = html_page([40, 41, 42])
    head, body = items.split("<body>")
    image = "<img alt='map' src='data:image/png;base64," + "iVBORw0KGgo" * 4_600_000 + "'>"
    page.write_text(f"{head}<body>{image}{body}", encoding="utf-8")
    assert page.stat().st_size > 50_000_000

    report = archive.import_paths([page])

    assert report.ok and report.items_new == 3
    assert all(_found(archive, f"r{number}") == 1 for number in (40, 41, 42))


def test_a_page_of_10_000_items_imports_every_one(archive: Archive, tmp_path: Path) -> None:
    page = tmp_path / "long.txt"
    page.write_text(text_page(list(range(10_000))), encoding="utf-8")

    report = archive.import_paths([page])

    assert report.ok and report.items_new == 10_000
    assert archive.stats().items == 10_000
    assert _found(archive, "r9999") == _found(archive, "r0") == 1


def test_zip_members_of_one_name_each_keep_their_items_and_sightings(
    archive: Archive, tmp_path: Path
) -> None:
    path = tmp_path / "twice.zip"
    with zipfile.ZipFile(path, "w") as bundle, warnings.catch_warnings():
        warnings.filterwarnings("ignore", "Duplicate name", UserWarning)
        bundle.writestr("page.txt", text_page([1]))
        bundle.writestr("page.txt", text_page([2]))

    report = archive.import_paths([path])

    assert report.ok and report.files_read == 2 and report.items_new == 2
    for number in (1, 2):
        [hit] = archive.search(SearchRequest(query=f"r{number}")).hits
        assert archive.item(hit.item_id).sightings


def test_a_file_whose_name_is_not_utf8_is_reported_escaped_and_the_rest_imported(tmp_path: Path) -> None:
    folder = tmp_path / "pages"
    folder.mkdir()
    (folder / "good.txt").write_text(text_page([1]), encoding="utf-8")
    (folder / os.fsdecode(b"bad-\xff.txt")).write_text(text_page([2]), encoding="utf-8")

    result = press_archive(tmp_path / "archive.db", "import", str(folder))

    assert result.returncode == 1, result.stderr
    assert "Traceback" not in result.stderr
    assert "1 files read" in result.stdout and "1 failed" in result.stdout
    assert f"error: {folder}/bad-\\xff.txt: the file name is not valid UTF-8" in result.stderr
