"""Starting the window: the application object in the user's language and colours, the archive, a clear
message if it cannot open, and the automatic backup on the way out."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QObject, QSettings
from PySide6.QtWidgets import QApplication, QMessageBox

from press_archive.archive import Archive, ArchiveError, default_db_path
from press_archive.archive.location import DB_ENV_VAR
from press_archive.ui.appearance import app_icon
from press_archive.ui.indicator_style import ReadableIndicatorStyle
from press_archive.ui.main_window import MainWindow
from press_archive.ui.preferences import InterfaceLanguage, read_preferences
from press_archive.ui.single_instance import InstanceServer, hand_over
from press_archive.ui.theme import apply_theme
from press_archive.ui.translator import install_translations, interface_locale, switch_translations

APP_NAME = "Press Archive"
ORGANIZATION = "press-archive"
#: The name of the installed .desktop file, which desktops use to find the window's icon.
DESKTOP_FILE = "org.pressarchive.PressArchive"


def create_application(argv: list[str]) -> QApplication:
    """The application with its names (which place its settings), its icon, and the user's language
    and colours from Preferences (the language before any widget exists: widgets translate when built)."""
    QApplication.setApplicationName(APP_NAME)
    QApplication.setOrganizationName(ORGANIZATION)
    QApplication.setDesktopFileName(DESKTOP_FILE)
    app = QApplication(argv)
    app.setWindowIcon(app_icon())
    app.setStyle(ReadableIndicatorStyle())
    preferences = read_preferences(QSettings())
    install_translations(app, interface_locale(preferences.language, QLocale.system()))
    apply_theme(app, preferences.theme)
    return app


class WindowHost(QObject):
    """Holds the window of one archive, and builds it anew in the language the user picks: every text
    of a widget is translated when the widget is built, so a new language is a new window (the search,
    the item open and the layout are remembered in the settings; the undo history is not kept)."""

    def __init__(
        self, app: QApplication, archive: Archive, settings: QSettings, server: InstanceServer | None = None
    ) -> None:
        super().__init__(app)
        self._app = app
        self._archive = archive
        self._settings = settings
        self._server = server
        self.window = self._open()

    def _open(self) -> MainWindow:
        window = MainWindow(self._archive, self._settings)
        window.language_requested.connect(self._speak)
        if self._server is not None:
            self._server.files_received.connect(window.open_files)
        window.show()
        window.start()
        return window

    def _speak(self, language: InterfaceLanguage) -> None:
        old = self.window
        old.settings.save_layout(old, old.splitter, old.commands.view_toggles())
        switch_translations(self._app, interface_locale(language, QLocale.system()))
        self.window = self._open()
        old.close()
        old.deleteLater()


def archive_location(given: Path, chosen: Path | None) -> Path:
    """`--db` and $PRESS_ARCHIVE_DB come first; the file chosen in Preferences replaces the default only."""
    if chosen is None or os.environ.get(DB_ENV_VAR) or given != default_db_path():
        return given
    return chosen


def run_gui(db_path: Path, files: list[Path] | None = None) -> int:
    """Open the window on the archive at `db_path`, importing `files` into it, and run until it is
    closed; the exit status. When a window has that archive open already, it gets the files instead."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else create_application(sys.argv[:1])
    chosen = read_preferences(QSettings()).archive_path
    path = archive_location(db_path, chosen)
    if hand_over(path, files or []):
        return 0
    try:
        archive = Archive(path)
    except ArchiveError as error:
        message = QCoreApplication.translate("Launch", "The archive cannot be opened:\n{path}\n\n{reason}")
        if path == chosen:
            message += "\n\n" + QCoreApplication.translate(
                "Launch", "This file was chosen in Preferences; to open another, start with --db FILE."
            )
        QMessageBox.critical(None, APP_NAME, message.format(path=error.path, reason=error.reason))
        return 1
    host = WindowHost(app, archive, QSettings(), InstanceServer(path, app))
    if files:
        host.window.open_files(files)
    try:
        return app.exec()
    finally:
        archive.close(read_preferences(QSettings()).backups_on_close)  # as the user left them
