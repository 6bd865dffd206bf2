"""The command line imports into the archive a reader has open: in a script through the API, and in
the window. WAL lets them read while it writes, and the busy timeout makes a writer wait its turn,
so no "database is locked" reaches anyone, and the reader finds the new items.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from helpers.command import COMMAND
from helpers.pages import write_corpus
from press_archive.archive import Archive
from press_archive.model import SearchRequest
from press_archive.ui.main_window import MainWindow

PAGES = 2000
WAIT_MS = 10_000


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, int]:
    """The pages to import, and the items they hold (three new ones per document)."""
    folder = tmp_path_factory.mktemp("concurrent") / "pages"
    return folder, 3 * write_corpus(folder, PAGES, seed=3)


def _start_import(db: Path, pages: Path) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [*COMMAND, "--db", str(db), "import", str(pages)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def test_a_script_reads_searches_and_tags_while_the_command_line_imports(
    seeded_archive: Archive, corpus: tuple[Path, int]
) -> None:
    pages, new_items = corpus
    seeded = seeded_archive
    before = seeded.stats().items
    seed_item = seeded.search(SearchRequest("Masadykov")).hits[0].item_id
    importer = _start_import(seeded.path, pages)
    counts: list[int] = []
    while importer.poll() is None:
        counts.append(seeded.stats().items)
        result = seeded.search(SearchRequest("consultations", with_facets=True, limit=5))
        for hit in result.hits:
            assert seeded.item(hit.item_id).id == hit.item_id
        seeded.user.tag([seed_item], f"read during the import {len(counts)}")
    output, errors = importer.communicate()

    assert importer.returncode == 0, errors
    assert "locked" not in output + errors
    assert counts == sorted(counts)
    assert any(before < count < before + new_items for count in counts)  # it saw the import part-way
    assert seeded.stats().items == before + new_items
    assert seeded.search(SearchRequest(f"r{new_items - 1}")).total == 1
    assert len(seeded.user.annotations([seed_item])[seed_item].tags) == len(counts)


def _open_window(qtbot: QtBot, archive: Archive, settings: Path) -> MainWindow:
    window = MainWindow(archive, QSettings(str(settings), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.counts_shown, timeout=WAIT_MS):
        window.start()
    return window


def test_the_window_searches_and_reads_while_the_command_line_imports(
    qtbot: QtBot, seeded_archive: Archive, corpus: tuple[Path, int], tmp_path: Path
) -> None:
    pages, new_items = corpus
    seeded = seeded_archive
    before = seeded.stats().items
    window = _open_window(qtbot, seeded, tmp_path / "window.ini")
    messages: list[str] = []
    window.status.messageChanged.connect(messages.append)
    importer = _start_import(seeded.path, pages)
    totals: list[int | None] = []
    while importer.poll() is None:
        with qtbot.waitSignal(window.counts_shown, timeout=WAIT_MS):
            window.search("consultations" if len(totals) % 2 else "")
        totals.append(window.model.total)
        with qtbot.waitSignal(window.detail_shown, timeout=WAIT_MS):
            window.open_item(window.model.hit(0).item_id)
    _output, errors = importer.communicate()

    assert importer.returncode == 0, errors
    assert not [message for message in messages if message]  # no error reached the status bar
    assert len(totals) > 2
    # The window has no watch on the file: the new items show once the search runs again.
    with qtbot.waitSignal(window.counts_shown, timeout=WAIT_MS):
        window.search("")
    assert window.model.total == before + new_items
    window.close()
