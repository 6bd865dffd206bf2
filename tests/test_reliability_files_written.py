"""Every file the program writes is whole or absent: on a full disk, under SIGTERM, onto a device.

Exports of every format, backups and the archive's own copies go through one atomic-write path
(`press_archive.atomic`); these tests drive it through the command line, in processes of their own,
as a user meets it. A full disk is a file-size limit on the process (RLIMIT_FSIZE), which fails a
write at the system's boundary the way a full disk does, with no privileges needed.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from helpers.command import kill_at_progress, press_archive, press_archive_on_full_disk
from helpers.pages import write_corpus
from press_archive.archive import Archive
from press_archive.archive.userdata.schema import user_db_path
from press_archive.exporters import FORMATS

CORPUS_PAGES = 300
SEED = 8
#: Below every format's export of the corpus (the smallest, the workbook, is 80 KB), above the 32 KB
#: shared-memory file SQLite writes on opening the archive.
FULL_DISK_BYTES = 48 * 1024
EARLIER = b"an earlier export the user keeps\n"


@pytest.fixture(scope="module")
def imported(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("written")
    write_corpus(folder / "pages", CORPUS_PAGES, SEED)
    path = folder / "archive.db"
    with Archive(path) as archive:
        assert archive.import_paths([folder / "pages"], workers=1).ok
    return path


@pytest.fixture
def db(imported: Path, tmp_path: Path) -> Path:
    """A copy of the archive with its user data, which must not be created under the limit."""
    path = tmp_path / "archive.db"
    shutil.copy(imported, path)
    shutil.copy(user_db_path(imported), user_db_path(path))
    return path


def _entries(folder: Path) -> list[str]:
    return sorted(entry.name for entry in folder.iterdir())


@pytest.mark.parametrize("format_name", list(FORMATS))
def test_an_export_onto_a_full_disk_fails_in_one_line_and_keeps_the_earlier_file(
    db: Path, tmp_path: Path, format_name: str
) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / f"export{FORMATS[format_name].suffix}"
    if FORMATS[format_name].is_folder:
        target.mkdir()
        (target / "earlier.md").write_bytes(EARLIER)
    else:
        target.write_bytes(EARLIER)
    before = _entries(folder)

    run = press_archive_on_full_disk(
        db, "export", "--format", format_name, "-o", str(target), "--force", file_limit=FULL_DISK_BYTES
    )

    assert run.returncode != 0
    assert run.stderr.count("\n") == 1 and "Traceback" not in run.stderr, run.stderr
    assert str(target) in run.stderr and "too large" in run.stderr.lower()
    kept = target / "earlier.md" if target.is_dir() else target
    assert kept.read_bytes() == EARLIER
    assert _entries(folder) == before


def test_a_backup_onto_a_full_disk_fails_in_one_line_and_keeps_the_earlier_file(
    db: Path, tmp_path: Path
) -> None:
    with Archive(db) as archive:
        first = archive.search("").hits[0].item_id
        archive.user.set_note(first, "x" * (2 * FULL_DISK_BYTES))
    target = tmp_path / "notes.json"
    target.write_bytes(EARLIER)

    run = press_archive_on_full_disk(db, "backup", "--force", str(target), file_limit=FULL_DISK_BYTES)

    assert run.returncode != 0
    assert run.stderr.count("\n") == 1 and "Traceback" not in run.stderr, run.stderr
    assert target.read_bytes() == EARLIER
    assert _entries(tmp_path) == sorted(["archive.db", "archive-user.db", "backups", "notes.json"])


@pytest.mark.parametrize(("format_name", "name"), [("csv", "items.csv"), ("obsidian", "notes")])
def test_sigterm_during_an_export_removes_its_temporary(
    db: Path, tmp_path: Path, format_name: str, name: str
) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    arguments = ["export", "--format", format_name, "-o", str(folder / name)]

    run = kill_at_progress(db, arguments, "Exporting", 50, signal.SIGTERM)

    assert run.returncode == 128 + signal.SIGTERM
    assert _entries(folder) == []


@pytest.fixture(params=["fifo", "socket"])
def special_file(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Path]:
    """A pipe or a socket where a user might mistype an export's name."""
    path = tmp_path / "special"
    if request.param == "fifo":
        os.mkfifo(path)
        yield path
        return
    with socket.socket(socket.AF_UNIX) as server:
        server.bind(str(path))
        yield path


@pytest.mark.parametrize("command", [["export", "--format", "csv", "-o"], ["backup"]])
def test_a_device_pipe_or_socket_is_never_replaced(db: Path, special_file: Path, command: list[str]) -> None:
    kind = stat.S_IFMT(special_file.lstat().st_mode)

    run = press_archive(db, *command, str(special_file), "--force")

    assert run.returncode != 0
    assert "not a regular file" in run.stderr and run.stderr.count("\n") == 1, run.stderr
    assert stat.S_IFMT(special_file.lstat().st_mode) == kind
    assert _entries(special_file.parent) == ["archive-user.db", "archive.db", "special"]


def test_export_to_a_dash_writes_standard_output(
    db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)

    run = press_archive(db, "export", "--format", "jsonl", "-o", "-", "--query", "Minsk")

    assert run.returncode == 0, run.stderr
    lines = run.stdout.splitlines()
    assert lines and all(json.loads(line)["id"] for line in lines)
    assert "exported to standard output" in run.stderr
    assert not (tmp_path / "-").exists()


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_private_notes_are_readable_by_the_user_alone_and_exports_follow_the_umask(
    tmp_path: Path, seeds_dir: Path
) -> None:
    umask = os.umask(0o022)
    try:
        path = tmp_path / "archive.db"
        with Archive(path) as archive:
            archive.import_paths([seeds_dir], workers=1)
            archive.user.set_note(archive.search("").hits[0].item_id, "a private thought")
            archive.user.backup(tmp_path / "notes.json")
            automatic = archive.user.auto_backup()
        assert _mode(user_db_path(path)) == 0o600
        assert _mode(tmp_path / "notes.json") == 0o600
        assert automatic is not None and _mode(automatic) == 0o600
        assert _mode(automatic.parent) == 0o700
        assert press_archive(path, "export", "--format", "csv", "-o", str(tmp_path / "x.csv")).returncode == 0
        assert _mode(tmp_path / "x.csv") == 0o644
    finally:
        os.umask(umask)


def test_an_older_world_readable_user_data_file_is_made_private(tmp_path: Path) -> None:
    path = tmp_path / "archive.db"
    Archive(path).close()
    user_db_path(path).chmod(0o644)

    Archive(path).close()

    assert _mode(user_db_path(path)) == 0o600
