"""Starting the window: the application object, the archive, a clear message if it cannot open."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QMessageBox

from press_archive.archive import Archive, ArchiveError
from press_archive.ui.appearance import app_icon
from press_archive.ui.main_window import MainWindow

APP_NAME = "Press Archive"
ORGANIZATION = "press-archive"
#: The name of the installed .desktop file, which desktops use to find the window's icon.
DESKTOP_FILE = "org.pressarchive.PressArchive"


def create_application(argv: list[str]) -> QApplication:
    """The application with its names (which place its settings) and its icon."""
    QApplication.setApplicationName(APP_NAME)
    QApplication.setOrganizationName(ORGANIZATION)
    QApplication.setDesktopFileName(DESKTOP_FILE)
    app = QApplication(argv)
    app.setWindowIcon(app_icon())
    return app


def run_gui(db_path: Path) -> int:
    """Open the window on the archive at `db_path` and run until it is closed; the exit status."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else create_application(sys.argv[:1])
    try:
        archive = Archive(db_path)
    except ArchiveError as error:
        QMessageBox.critical(None, APP_NAME, f"The archive cannot be opened:\n{error.path}\n\n{error.reason}")
        return 1
    window = MainWindow(archive, QSettings())
    window.show()
    window.start()
    try:
        return app.exec()
    finally:
        archive.close()
