"""What the window remembers between runs: geometry, pane sizes, sort, history, offers declined, the
last export's format and folder, and the last query of each archive (a search of one archive means
little in another)."""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings, QSize
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QSplitter

from press_archive.model import SortOrder

HISTORY_LENGTH = 50


class WindowSettings:
    """Typed access to the window's keys in a `QSettings` (the app's own, or a test's file)."""

    def __init__(self, settings: QSettings, archive: Path) -> None:
        self._settings = settings
        self._last_query_key = "last_query/" + self._archive_key(archive)

    def state(self, key: str) -> QByteArray | None:
        """A saved geometry or splitter state; None on the first run."""
        value = self._settings.value(f"window/{key}")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def set_state(self, key: str, value: QByteArray) -> None:
        self._settings.setValue(f"window/{key}", value)

    def flag(self, key: str, default: bool) -> bool:
        value = self._settings.value(f"view/{key}", default)
        return value in (True, "true", "1", 1) if not isinstance(value, bool) else value

    def set_flag(self, key: str, value: bool) -> None:
        self._settings.setValue(f"view/{key}", value)

    @property
    def sort(self) -> SortOrder:
        value = self._settings.value("search/sort", SortOrder.RELEVANCE.value)
        try:
            return SortOrder(str(value))
        except ValueError:
            return SortOrder.RELEVANCE

    @sort.setter
    def sort(self, order: SortOrder) -> None:
        self._settings.setValue("search/sort", order.value)

    @property
    def last_query(self) -> str:
        """The query last searched in this archive."""
        value = self._settings.value(self._last_query_key, "")
        return value if isinstance(value, str) else ""

    @last_query.setter
    def last_query(self, query: str) -> None:
        self._settings.setValue(self._last_query_key, query)

    @property
    def export_format(self) -> str | None:
        """The name of the format last exported to."""
        value = self._settings.value("export/format")
        return value if isinstance(value, str) and value else None

    @property
    def export_folder(self) -> Path | None:
        """The folder the last export was written in."""
        value = self._settings.value("export/folder")
        return Path(value) if isinstance(value, str) and value else None

    def remember_export(self, format_name: str, folder: Path) -> None:
        self._settings.setValue("export/format", format_name)
        self._settings.setValue("export/folder", str(folder))

    @property
    def history(self) -> list[str]:
        """Recent queries, newest first."""
        value = self._settings.value("search/history", [])
        if isinstance(value, str):
            return [value]
        return [entry for entry in value if isinstance(entry, str)] if isinstance(value, list) else []

    @staticmethod
    def _archive_key(path: Path) -> str:
        """A settings key of its own for an archive file, however it was named (its absolute path;
        hashed, since a path's slashes would nest groups)."""
        return hashlib.sha256(str(path.resolve()).encode()).hexdigest()[:16]

    def rebuild_declined(self, path: Path) -> int | None:
        """The splitting rules under which the user said "Not now" to rebuilding this archive."""
        value = self._settings.value(f"rebuild_declined/{self._archive_key(path)}")
        return int(value) if isinstance(value, (int, str)) and str(value).isdigit() else None

    def decline_rebuild(self, path: Path, rules: int) -> None:
        self._settings.setValue(f"rebuild_declined/{self._archive_key(path)}", rules)

    def remember_query(self, query: str) -> list[str]:
        """Put a query at the front of the history (once); returns the new history."""
        query = " ".join(query.split())
        history = self.history
        if query:
            history = [query, *(entry for entry in history if entry != query)][:HISTORY_LENGTH]
            self._settings.setValue("search/history", history)
        return history

    def restore_layout(
        self, window: QMainWindow, splitter: QSplitter, toggles: dict[str, QAction], default_size: QSize,
        default_split: list[int],
    ) -> None:
        """The window's size and place, the panes' widths and which panes are shown, as last left."""
        geometry = self.state("geometry")
        if geometry is None or not window.restoreGeometry(geometry):
            window.resize(default_size)
        split = self.state("splitter")
        if split is None or not splitter.restoreState(split):
            splitter.setSizes(default_split)
        for key, action in toggles.items():
            action.setChecked(self.flag(key, True))
            action.toggled.emit(action.isChecked())

    def save_layout(self, window: QMainWindow, splitter: QSplitter, toggles: dict[str, QAction]) -> None:
        self.set_state("geometry", window.saveGeometry())
        self.set_state("splitter", splitter.saveState())
        for key, action in toggles.items():
            self.set_flag(key, action.isChecked())
        self._settings.sync()
