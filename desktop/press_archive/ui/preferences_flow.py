"""Edit ▸ Preferences: the dialog, then storing what the user chose and applying what applies at once.

Colours change the moment the dialog closes and the page size with the next page read; a new
language is announced (`language_changed`), and the window is built again in it (`launch`); the
archive file is read at start-up, so changing it only says when it takes effect; the backup settings
are read when the window closes.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from press_archive.ui.preferences import Preferences, read_preferences, write_preferences
from press_archive.ui.preferences_dialog import PreferencesDialog
from press_archive.ui.theme import apply_theme


class PreferencesFlow(QObject):
    """Keeps the window's `Preferences` and the settings file in step."""

    #: Results are now read this many at a time.
    page_size_changed = Signal(int)
    #: A line for the status bar.
    message = Signal(str)
    #: The interface's language was changed (an `InterfaceLanguage`).
    language_changed = Signal(object)

    def __init__(self, settings: QSettings, open_archive: Path, backup_dir: Path, window: QWidget) -> None:
        super().__init__(window)
        self._settings = settings
        self._open_archive = open_archive
        self._backup_dir = backup_dir
        self._window = window
        self.preferences = read_preferences(settings)

    def edit(self) -> None:
        dialog = PreferencesDialog(self.preferences, self._open_archive, self._backup_dir, self._window)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.apply(dialog.preferences())

    def apply(self, preferences: Preferences) -> None:
        previous, self.preferences = self.preferences, preferences
        write_preferences(self._settings, preferences)
        app = QApplication.instance()
        if isinstance(app, QApplication) and preferences.theme is not previous.theme:
            apply_theme(app, preferences.theme)
        if preferences.page_size != previous.page_size:
            self.page_size_changed.emit(preferences.page_size)
        if preferences.archive_path != previous.archive_path:
            self.message.emit(self.tr("The new archive file is opened when Press Archive starts again."))
        if preferences.language is not previous.language:
            self.language_changed.emit(preferences.language)
