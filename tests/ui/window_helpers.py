"""Helpers for the window's tests: pages of known content, and a window that has finished starting."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QLocale, QSettings
from pytestqt.qtbot import QtBot

from press_archive.archive import Archive
from press_archive.ui.main_window import MainWindow

WAIT_MS = 10_000
RUSSIAN = QLocale(QLocale.Language.Russian, QLocale.Country.Russia)
ENGLISH = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)


def write_pages(folder: Path, pages: int, items_per_page: int) -> Path:
    """Pages in the seeds' plain-text layout, every item with its own date and text."""
    folder.mkdir(parents=True, exist_ok=True)
    day = dt.date(2020, 1, 1)
    for page in range(pages):
        blocks = []
        for position in range(items_per_page):
            number = page * items_per_page + position
            day += dt.timedelta(days=3)
            blocks.append(
                f"{day:%d.%m.%Y}\n\nOn this day the Secretariat held meeting number {number} on "
                f"regional security, with delegations of the member states (record {number})."
            )
        (folder / f"page_{page:03d}.txt").write_text("\n\n\n".join(blocks) + "\n", encoding="utf-8")
    return folder


def open_window(qtbot: QtBot, archive: Archive, settings: QSettings) -> MainWindow:
    """A shown window that has finished its first search (counts and facets included)."""
    window = MainWindow(archive, settings)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.counts_shown, timeout=WAIT_MS):
        window.start()
    return window




def shown_ids(window: MainWindow) -> list[str]:
    """The item ids of the rows the result list holds, in order."""
    return [window.model.hit(row).item_id for row in range(window.model.rowCount())]
