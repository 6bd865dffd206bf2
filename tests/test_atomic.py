"""Files are written whole or not at all, and never over a file or folder the user did not give up."""

from __future__ import annotations

import io
import os
import stat
from pathlib import Path

import pytest

from press_archive.atomic import TargetExistsError, WriteError, atomic_file, atomic_folder, file_for_stream


class BoomError(Exception):
    pass


def entries(folder: Path) -> list[str]:
    return sorted(path.name for path in folder.iterdir())


def test_file_appears_only_when_the_block_ends(tmp_path: Path) -> None:
    target = tmp_path / "out.csv"
    with atomic_file(target, force=False) as temporary:
        temporary.write_text("a,b\n")
        assert not target.exists()
        assert temporary.parent == tmp_path and temporary.name.startswith(".out.csv.")
    assert target.read_text() == "a,b\n"
    assert entries(tmp_path) == ["out.csv"]


def test_file_gets_the_permissions_of_a_file_the_user_creates(tmp_path: Path) -> None:
    umask = os.umask(0o022)
    os.umask(umask)
    target = tmp_path / "out.csv"
    with atomic_file(target, force=False) as temporary:
        temporary.write_text("x")
    assert target.stat().st_mode & 0o777 == 0o666 & ~umask


@pytest.mark.parametrize("error", [BoomError, KeyboardInterrupt])
def test_failure_leaves_no_file_and_no_temporary(tmp_path: Path, error: type[BaseException]) -> None:
    target = tmp_path / "out.csv"
    with pytest.raises(error), atomic_file(target, force=False) as temporary:
        temporary.write_text("half of it")
        raise error()
    assert entries(tmp_path) == []


def test_failure_keeps_the_file_it_was_to_replace(tmp_path: Path) -> None:
    target = tmp_path / "out.csv"
    target.write_text("the good one")
    with pytest.raises(BoomError), atomic_file(target, force=True) as temporary:
        temporary.write_text("half of it")
        raise BoomError()
    assert target.read_text() == "the good one"
    assert entries(tmp_path) == ["out.csv"]


def test_existing_file_is_refused_before_anything_is_written(tmp_path: Path) -> None:
    target = tmp_path / "out.csv"
    target.write_text("mine")
    with pytest.raises(TargetExistsError, match="already exists"), atomic_file(target, force=False):
        pytest.fail("the block must not run")
    assert target.read_text() == "mine"


def test_force_replaces_the_file(tmp_path: Path) -> None:
    target = tmp_path / "out.csv"
    target.write_text("old")
    with atomic_file(target, force=True) as temporary:
        temporary.write_text("new")
    assert target.read_text() == "new"
    assert entries(tmp_path) == ["out.csv"]


def test_file_appearing_during_the_export_is_not_overwritten(tmp_path: Path) -> None:
    target = tmp_path / "out.csv"
    with pytest.raises(TargetExistsError), atomic_file(target, force=False) as temporary:
        temporary.write_text("ours")
        target.write_text("someone else's")
    assert target.read_text() == "someone else's"
    assert entries(tmp_path) == ["out.csv"]


def test_a_folder_is_no_file_target_even_with_force(tmp_path: Path) -> None:
    (tmp_path / "out.csv").mkdir()
    with pytest.raises(WriteError, match="is a folder"), atomic_file(tmp_path / "out.csv", force=True):
        pytest.fail("the block must not run")


def test_missing_parent_folder_is_named(tmp_path: Path) -> None:
    with pytest.raises(WriteError, match="does not exist"), atomic_file(tmp_path / "no" / "out.csv", False):
        pytest.fail("the block must not run")


def test_folder_appears_whole_when_the_block_ends(tmp_path: Path) -> None:
    target = tmp_path / "notes"
    with atomic_folder(target, force=False) as temporary:
        (temporary / "a.md").write_text("a")
        (temporary / "b.md").write_text("b")
        assert not target.exists()
    assert entries(target) == ["a.md", "b.md"]
    assert entries(tmp_path) == ["notes"]


def test_failed_folder_export_keeps_the_old_folder_and_leaves_no_temporary(tmp_path: Path) -> None:
    target = tmp_path / "notes"
    target.mkdir()
    (target / "old.md").write_text("old")
    with pytest.raises(BoomError), atomic_folder(target, force=True) as temporary:
        (temporary / "new.md").write_text("new")
        raise BoomError()
    assert entries(target) == ["old.md"]
    assert entries(tmp_path) == ["notes"]


def test_force_replaces_a_folder_of_notes(tmp_path: Path) -> None:
    target = tmp_path / "notes"
    target.mkdir()
    (target / "old.md").write_text("old")
    with atomic_folder(target, force=True) as temporary:
        (temporary / "new.md").write_text("new")
    assert entries(target) == ["new.md"]
    assert entries(tmp_path) == ["notes"]


def test_force_never_replaces_a_folder_holding_more_than_notes(tmp_path: Path) -> None:
    target = tmp_path / "Documents"
    target.mkdir()
    (target / "thesis.docx").write_text("years of work")
    with pytest.raises(WriteError, match="more than notes"), atomic_folder(target, force=True):
        pytest.fail("the block must not run")
    assert entries(target) == ["thesis.docx"]


def test_existing_folder_is_refused_without_force(tmp_path: Path) -> None:
    (tmp_path / "notes").mkdir()
    with pytest.raises(TargetExistsError), atomic_folder(tmp_path / "notes", force=False):
        pytest.fail("the block must not run")


def test_a_private_file_is_readable_by_its_owner_alone(tmp_path: Path) -> None:
    target = tmp_path / "notes.json"
    with atomic_file(target, force=False, private=True) as temporary:
        assert temporary.stat().st_mode & 0o777 == 0o600
        temporary.write_text("{}")
    assert target.stat().st_mode & 0o777 == 0o600


def test_a_pipe_is_refused_even_with_force_and_left_as_it_was(tmp_path: Path) -> None:
    target = tmp_path / "pipe"
    os.mkfifo(target)
    with pytest.raises(WriteError, match="not a regular file"), atomic_file(target, force=True):
        pass
    assert stat.S_ISFIFO(target.lstat().st_mode)
    assert entries(tmp_path) == ["pipe"]


def test_a_failed_write_is_one_write_error_naming_the_target(tmp_path: Path) -> None:
    target = tmp_path / "out.csv"
    with pytest.raises(WriteError, match=r"out\.csv: cannot be written"), atomic_file(target, force=False):
        raise OSError(28, "No space left on device")
    assert entries(tmp_path) == []


def test_a_stream_gets_the_bytes_only_once_they_are_all_written(tmp_path: Path) -> None:
    stream = io.BytesIO()
    with pytest.raises(BoomError), file_for_stream(stream, "<stdout>", ".csv") as temporary:
        temporary.write_bytes(b"half")
        raise BoomError()
    assert stream.getvalue() == b""
    with file_for_stream(stream, "<stdout>", ".csv") as temporary:
        temporary.write_bytes(b"all of it")
    assert stream.getvalue() == b"all of it"
