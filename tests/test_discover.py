"""Finding documents: files, folders, zips, and every way a path can fail to be read."""

from __future__ import annotations

import errno
import os
import warnings
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from press_archive.importer import discover
from press_archive.importer.discover import Document, iter_documents
from press_archive.importer.errors import PageError


def _sources(results: list[Document | PageError]) -> list[str]:
    return [result.source for result in results]


def _errors(results: list[Document | PageError]) -> list[tuple[str, str]]:
    return [(result.source, result.reason) for result in results if isinstance(result, PageError)]


def _make_zip(path: Path, members: dict[str, bytes], compression: int = zipfile.ZIP_DEFLATED) -> Path:
    with zipfile.ZipFile(path, "w", compression) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return path


@pytest.fixture
def pages(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A folder of pages and things that are not pages, entered so that paths can be given relative."""
    root = tmp_path / "pages"
    (root / "sub").mkdir(parents=True)
    (root / ".git").mkdir()
    for name in ["b.html", "a.txt", "e.TEXT", "sub/d.xhtml", "sub/c.htm", "notes.md", "logo.png"]:
        (root / name).write_text(f"page {name}", encoding="utf-8")
    (root / ".hidden.html").write_text("hidden", encoding="utf-8")
    (root / ".git" / "inside.html").write_text("hidden", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return root


def test_a_file_named_explicitly_is_read_whatever_its_extension(tmp_path: Path) -> None:
    page = tmp_path / "saved page.DAT"
    page.write_bytes(b"05.12.2025\n\nText")

    [document] = iter_documents([page])

    assert document == Document(
        source=str(page), key=str(page.resolve()), data=b"05.12.2025\n\nText", suffix=".dat"
    )


def test_a_folder_yields_its_pages_recursively_sorted_with_sources_as_given(pages: Path) -> None:
    results = list(iter_documents(["pages"]))

    assert _sources(results) == [
        "pages/a.txt",
        "pages/b.html",
        "pages/e.TEXT",
        "pages/sub/c.htm",
        "pages/sub/d.xhtml",
    ]
    suffixes = [result.suffix for result in results if isinstance(result, Document)]
    assert suffixes == [".txt", ".html", ".text", ".htm", ".xhtml"]
    first = results[0]
    assert isinstance(first, Document)
    assert first.key == str((pages / "a.txt").resolve())
    assert first.data == b"page a.txt"


def test_paths_are_read_in_the_order_given(tmp_path: Path) -> None:
    for name in ["a.txt", "b.txt"]:
        (tmp_path / name).write_text(name, encoding="utf-8")

    results = list(iter_documents([tmp_path / "b.txt", tmp_path / "a.txt"]))

    assert _sources(results) == [str(tmp_path / "b.txt"), str(tmp_path / "a.txt")]


def test_a_missing_path_is_reported_and_the_import_goes_on(tmp_path: Path) -> None:
    (tmp_path / "there.txt").write_text("x", encoding="utf-8")

    results = list(iter_documents([tmp_path / "gone.txt", tmp_path / "there.txt"]))

    assert _errors(results) == [(str(tmp_path / "gone.txt"), "file not found")]
    assert isinstance(results[1], Document)


def test_a_broken_symbolic_link_in_a_folder_is_reported(pages: Path) -> None:
    (pages / "link.html").symlink_to(pages / "deleted.html")

    results = list(iter_documents(["pages"]))

    assert _errors(results) == [("pages/link.html", "broken symbolic link")]
    assert len(results) == 6


def test_a_symbolic_link_loop_is_reported_once_and_the_walk_goes_on(pages: Path) -> None:
    (pages / "sub" / "up").symlink_to(pages)

    results = list(iter_documents(["pages"]))

    assert _errors(results) == [("pages/sub/up", "symbolic link loop")]
    assert len([result for result in results if isinstance(result, Document)]) == 5


def test_a_folder_reached_twice_through_a_link_is_read_once(pages: Path) -> None:
    (pages / "again").symlink_to(pages / "sub")

    results = list(iter_documents(["pages"]))

    assert _sources(results) == [
        "pages/a.txt", "pages/again/c.htm", "pages/again/d.xhtml", "pages/b.html", "pages/e.TEXT",
    ]  # fmt: skip


def test_a_link_to_itself_named_explicitly_is_a_loop(tmp_path: Path) -> None:
    (tmp_path / "self.html").symlink_to(tmp_path / "self.html")

    assert _errors(list(iter_documents([tmp_path / "self.html"]))) == [
        (str(tmp_path / "self.html"), "symbolic link loop")
    ]


def test_an_unreadable_file_is_reported(pages: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Tests may run as root, whom file modes do not stop: the refusal is made by the file system layer.
    real_open = Path.open

    def refusing_open(self: Path, *args: object, **kwargs: object) -> object:
        if self.name == "b.html":
            raise PermissionError(errno.EACCES, "Permission denied", str(self))
        return real_open(self, *args, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr(Path, "open", refusing_open)

    results = list(iter_documents(["pages"]))

    assert _errors(results) == [("pages/b.html", "permission denied")]
    assert len(results) == 5


def test_an_unreadable_folder_is_reported(pages: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real_iterdir = Path.iterdir

    def refusing_iterdir(self: Path) -> Iterator[Path]:
        if self.name == "sub":
            raise PermissionError(errno.EACCES, "Permission denied", str(self))
        return real_iterdir(self)

    monkeypatch.setattr(Path, "iterdir", refusing_iterdir)

    results = list(iter_documents(["pages"]))

    assert _errors(results) == [("pages/sub", "permission denied")]
    assert _sources(results)[:3] == ["pages/a.txt", "pages/b.html", "pages/e.TEXT"]


def test_a_named_pipe_is_not_read(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe.html")  # reading it would wait for a writer forever

    assert _errors(list(iter_documents([tmp_path]))) == [(str(tmp_path / "pipe.html"), "not a regular file")]


def test_a_50_mb_page_is_accepted(tmp_path: Path) -> None:
    page = tmp_path / "big.html"
    with page.open("wb") as file:
        file.truncate(50_000_000)

    [document] = iter_documents([page])

    assert isinstance(document, Document)
    assert len(document.data) == 50_000_000


def test_a_file_over_the_size_limit_is_refused_unread(tmp_path: Path) -> None:
    page = tmp_path / "huge.html"
    with page.open("wb") as file:
        file.truncate(256_000_000)

    assert _errors(list(iter_documents([page]))) == [(str(page), "file too large (256 MB, limit 100 MB)")]


def test_zip_members_are_read_in_memory_sorted_and_filtered(tmp_path: Path) -> None:
    archive = _make_zip(
        tmp_path / "site.zip",
        {
            "news/b.html": b"<p>b</p>",
            "news/a.TXT": b"a",
            "news/": b"",
            "news/photo.jpg": b"\xff\xd8\xff",
            ".DS_Store": b"x",
            "__MACOSX/news/._b.html": b"x",
        },
    )

    results = list(iter_documents([archive]))

    assert results == [
        Document(f"{archive}!news/a.TXT", f"{archive.resolve()}!news/a.TXT", b"a", ".txt"),
        Document(f"{archive}!news/b.html", f"{archive.resolve()}!news/b.html", b"<p>b</p>", ".html"),
    ]
    assert sorted(path.name for path in tmp_path.iterdir()) == ["site.zip"]  # nothing extracted


def test_a_zip_inside_a_folder_is_opened(pages: Path) -> None:
    _make_zip(pages / "sub" / "more.zip", {"x.htm": b"x"})

    assert "pages/sub/more.zip!x.htm" in _sources(list(iter_documents(["pages"])))


@pytest.mark.parametrize(
    "name", ["../../x.txt", "/etc/x.txt", "C:/win.html", "C:\\win.html", "a/../../b.htm", "\\x.txt"]
)
def test_a_zip_member_whose_name_escapes_is_refused(tmp_path: Path, name: str) -> None:
    archive = tmp_path / "evil.zip"
    with zipfile.ZipFile(archive, "w") as writer:
        writer.writestr(zipfile.ZipInfo(name), b"evil")
        writer.writestr("ok.txt", b"ok")

    results = list(iter_documents([archive]))

    assert _errors(results) == [(f"{archive}!{name}", f"unsafe path in zip: {name}")]
    assert _sources(results)[-1] == f"{archive}!ok.txt"


def test_a_file_that_is_not_a_zip_is_reported(tmp_path: Path) -> None:
    archive = tmp_path / "broken.zip"
    archive.write_bytes(b"PK\x03\x04 this is not really a zip")

    assert _errors(list(iter_documents([archive]))) == [
        (str(archive), "not a valid zip file: File is not a zip file")
    ]


def test_a_corrupt_zip_member_is_reported_and_the_others_read(tmp_path: Path) -> None:
    archive = _make_zip(tmp_path / "a.zip", {"a.txt": b"hello world", "b.txt": b"fine"}, zipfile.ZIP_STORED)
    archive.write_bytes(archive.read_bytes().replace(b"hello world", b"HELLO world"))

    results = list(iter_documents([archive]))

    assert _errors(results) == [(f"{archive}!a.txt", "corrupt zip member: Bad CRC-32 for file 'a.txt'")]
    assert _sources(results)[1] == f"{archive}!b.txt"


def test_an_encrypted_zip_member_is_reported(tmp_path: Path) -> None:
    archive = _make_zip(tmp_path / "secret.zip", {"a.txt": b"secret"}, zipfile.ZIP_STORED)
    data = bytearray(archive.read_bytes())
    central = data.index(b"PK\x01\x02")
    data[central + 8] |= 0x1  # the "encrypted" bit of the member's general purpose flags
    archive.write_bytes(bytes(data))

    assert _errors(list(iter_documents([archive]))) == [(f"{archive}!a.txt", "encrypted zip member")]


def test_a_zip_bomb_member_is_refused_before_reading(tmp_path: Path) -> None:
    archive = _make_zip(tmp_path / "bomb.zip", {"bomb.html": bytes(20_000_000), "ok.txt": b"ok"})

    results = list(iter_documents([archive]))

    [(source, reason)] = _errors(results)
    assert source == f"{archive}!bomb.html"
    assert reason.startswith("zip member too compressed (") and reason.endswith(":1, limit 100:1)")
    assert _sources(results)[1] == f"{archive}!ok.txt"


def test_a_zip_member_over_the_size_limit_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(discover, "MAX_FILE_BYTES", 2_000_000)
    archive = _make_zip(tmp_path / "big.zip", {"big.html": os.urandom(3_000_000)}, zipfile.ZIP_STORED)

    assert _errors(list(iter_documents([archive]))) == [
        (f"{archive}!big.html", "zip member too large (3 MB uncompressed, limit 2 MB)")
    ]


def test_a_header_that_understates_a_member_size_yields_no_more_bytes(tmp_path: Path) -> None:
    archive = _make_zip(tmp_path / "lying.zip", {"a.txt": b"x" * 1000}, zipfile.ZIP_STORED)
    data = bytearray(archive.read_bytes())
    central = data.index(b"PK\x01\x02")
    data[central + 24 : central + 28] = (10).to_bytes(4, "little")  # uncompressed size: 10 bytes
    archive.write_bytes(bytes(data))

    [result] = iter_documents([archive])

    assert isinstance(result, PageError)
    assert result.reason.startswith("corrupt zip member")


def test_reading_stops_when_an_archive_exceeds_its_total_budget(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(discover, "MAX_ARCHIVE_BYTES", 25)
    archive = _make_zip(tmp_path / "many.zip", {f"{index}.txt": b"0123456789" for index in range(5)})

    results = list(iter_documents([archive]))

    assert _sources(results) == [f"{archive}!0.txt", f"{archive}!1.txt", str(archive)]
    assert _errors(results) == [(str(archive), "zip archive too large (more than 0 MB uncompressed)")]


def test_a_zip_inside_a_zip_is_opened_one_level_deep(tmp_path: Path) -> None:
    deepest = _make_zip(tmp_path / "deep.zip", {"deep.txt": b"deep"}).read_bytes()
    inner = _make_zip(tmp_path / "inner.zip", {"page.html": b"<p>x</p>", "deep.zip": deepest}).read_bytes()
    outer = _make_zip(tmp_path / "outer.zip", {"a.txt": b"a", "inner.zip": inner})

    results = list(iter_documents([outer]))

    assert _sources(results) == [
        f"{outer}!a.txt",
        f"{outer}!inner.zip!deep.zip",
        f"{outer}!inner.zip!page.html",
    ]
    assert _errors(results) == [
        (f"{outer}!inner.zip!deep.zip", "zip nested too deep (only one level of zips in a zip is opened)")
    ]
    assert results[2] == Document(
        f"{outer}!inner.zip!page.html", f"{outer.resolve()}!inner.zip!page.html", b"<p>x</p>", ".html"
    )


def test_zip_members_of_the_same_name_are_each_read_under_a_name_and_key_of_their_own(tmp_path: Path) -> None:
    path = tmp_path / "twice.zip"
    with zipfile.ZipFile(path, "w") as archive, warnings.catch_warnings():
        warnings.filterwarnings("ignore", "Duplicate name", UserWarning)
        for text in ["first", "second", "third"]:
            archive.writestr("page.txt", text)

    results = list(iter_documents([path]))

    documents = [result for result in results if isinstance(result, Document)]
    assert [document.data for document in documents] == [b"first", b"second", b"third"]
    assert _sources(results) == [f"{path}!page.txt", f"{path}!page.txt (copy 2)", f"{path}!page.txt (copy 3)"]
    assert len({document.key for document in documents}) == 3


def _with_mode(info: zipfile.ZipInfo, mode: int) -> zipfile.ZipInfo:
    info.external_attr = mode << 16
    return info


def test_a_zip_member_that_is_a_symbolic_link_is_skipped_with_a_message(tmp_path: Path) -> None:
    path = tmp_path / "links.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(_with_mode(zipfile.ZipInfo("a.txt"), 0o100644), "page")
        archive.writestr(_with_mode(zipfile.ZipInfo("b.txt"), 0o120777), "/etc/passwd")

    results = list(iter_documents([path]))

    assert _sources(results) == [f"{path}!a.txt", f"{path}!b.txt"]
    reason = "symbolic link in the zip, not followed (it points to /etc/passwd)"
    assert _errors(results) == [(f"{path}!b.txt", reason)]


def test_a_file_reached_twice_through_links_is_read_once(pages: Path) -> None:
    (pages / "z-link.html").symlink_to(pages / "b.html")
    (pages / "sub" / "to-a.txt").symlink_to(pages / "a.txt")

    results = list(iter_documents(["pages", pages / "a.txt"]))

    assert _sources(results) == [
        "pages/a.txt", "pages/b.html", "pages/e.TEXT", "pages/sub/c.htm", "pages/sub/d.xhtml",
    ]  # fmt: skip
    assert len({result.key for result in results if isinstance(result, Document)}) == 5


def test_links_that_loop_through_each_other_end_the_walk(pages: Path) -> None:
    (pages / "x").mkdir()
    (pages / "x" / "to-y").symlink_to(pages / "y")
    (pages / "y").symlink_to(pages / "x")
    (pages / "p.txt").symlink_to(pages / "q.txt")
    (pages / "q.txt").symlink_to(pages / "p.txt")

    results = list(iter_documents(["pages"]))

    assert ("pages/p.txt", "symbolic link loop") in _errors(results)
    assert ("pages/q.txt", "symbolic link loop") in _errors(results)
    assert len([result for result in results if isinstance(result, Document)]) == 5


def test_a_file_whose_name_is_not_utf8_is_reported_escaped_and_the_others_read(pages: Path) -> None:
    (pages / os.fsdecode(b"caf\xe9.txt")).write_text("page", encoding="utf-8")

    results = list(iter_documents(["pages"]))

    reason = "the file name is not valid UTF-8; rename the file to import it"
    assert _errors(results) == [("pages/caf\\xe9.txt", reason)]
    assert len([result for result in results if isinstance(result, Document)]) == 5
    for result in results:
        result.source.encode("utf-8")
