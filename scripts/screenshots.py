"""Render the window on a fresh archive of the seed pages into PNGs, as the README shows them, and the
window in its Russian interface on an archive of pages of the Russian edition.

Run through `scripts/screenshots`, which sets up the environment; `--out DIR` writes elsewhere.
Each state waits for the window's own signals (results, counts, item shown), never for a fixed time.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEventLoop, QLocale, QSettings, QSize, QTimer, SignalInstance
from PySide6.QtWidgets import QApplication

from press_archive.archive import Archive
from press_archive.model import SearchRequest
from press_archive.ui.launch import create_application
from press_archive.ui.main_window import MainWindow
from press_archive.ui.preferences import Theme
from press_archive.ui.theme import palette_for
from press_archive.ui.translator import switch_translations

ROOT = Path(__file__).resolve().parent.parent
WAIT_MS = 30_000
SEARCH = "CSTO secretary"
FACET = "kind:teaser"
SIZE = QSize(1280, 800)
SMALL_SIZE = QSize(1024, 640)
#: Pages of the Russian edition, in the site's formats, that the importer is measured on.
RUSSIAN_PAGES = ROOT / "benchmarks" / "fidelity"
RUSSIAN_SEARCH = "заседание"


def wait_for(signal: SignalInstance, action: Callable[[], None]) -> None:
    """Run `action` and process events until `signal` fires (or give up loudly)."""
    loop = QEventLoop()
    fired: list[bool] = []

    def done(*_args: object) -> None:
        fired.append(True)
        loop.quit()

    signal.connect(done)
    QTimer.singleShot(WAIT_MS, loop.quit)
    action()
    if not fired:
        loop.exec()
    signal.disconnect(done)
    if not fired:
        raise SystemExit(f"timed out waiting for {signal}")


def settle(app: QApplication) -> None:
    """Let layouts and deferred paints finish before grabbing."""
    for _ in range(5):
        app.processEvents()


def annotate(archive: Archive) -> None:
    """Some user data, as a user would have added it, so tags and stars show."""
    secretariat = [hit.item_id for hit in archive.search(SearchRequest("Secretary General", limit=4)).hits]
    archive.user.tag(secretariat, "Secretary General")
    archive.user.tag(secretariat[:2], "to read")
    archive.user.star(secretariat[1:3])
    archive.user.set_note(secretariat[1], "Compare with the Russian edition of the same day.")


def annotate_in_russian(archive: Archive) -> None:
    """User data as a Russian-speaking user would have added it."""
    found = [hit.item_id for hit in archive.search(SearchRequest(RUSSIAN_SEARCH, limit=4)).hits]
    archive.user.tag(found, "заседания")
    archive.user.tag(found[:2], "прочитать")
    archive.user.star(found[:2])
    archive.user.set_note(found[0], "Сравнить с английской версией того же дня.")


def shoot(app: QApplication, window: MainWindow, path: Path) -> Path:
    settle(app)
    window.grab().save(str(path))
    return path


def render_russian(app: QApplication, folder: Path, out: Path) -> Path:
    """The window built in Russian (as Preferences ▸ Language builds it) on the Russian pages, with a
    Russian search and an item open."""
    switch_translations(app, QLocale(QLocale.Language.Russian, QLocale.Country.Russia))
    pages = folder / "ru"
    pages.mkdir()
    for number, page in enumerate(sorted(RUSSIAN_PAGES.glob("*-ru.txt")), start=1):
        shutil.copy(page, pages / f"page-{number:02}.txt")  # named as a user's saved pages, not as cases
    settings = QSettings(str(folder / "window-ru.ini"), QSettings.Format.IniFormat)
    with Archive("archive-ru.db") as archive:
        archive.import_paths([Path(pages.name)])
        annotate_in_russian(archive)
        window = MainWindow(archive, settings)
        window.resize(SIZE)
        window.show()
        wait_for(window.counts_shown, window.start)
        wait_for(window.counts_shown, lambda: window.search_bar.set_query(RUSSIAN_SEARCH))
        wait_for(window.detail_shown, lambda: window.results.list.setCurrentIndex(window.model.index(0)))
        path = shoot(app, window, out / "russian.png")
        window.close()
    return path


def render(out: Path) -> list[Path]:
    app = create_application(sys.argv[:1])
    written: list[Path] = []
    with tempfile.TemporaryDirectory() as folder:
        settings = QSettings(str(Path(folder) / "window.ini"), QSettings.Format.IniFormat)
        shutil.copytree(ROOT / "seeds", Path(folder) / "seeds")
        os.chdir(folder)  # sources are recorded as given: "seeds/…", not this machine's full path
        with Archive("archive.db") as archive:
            archive.import_paths([Path("seeds")])
            annotate(archive)
            window = MainWindow(archive, settings)
            window.resize(SIZE)
            window.show()

            def shot(name: str) -> None:
                written.append(shoot(app, window, out / f"{name}.png"))

            wait_for(window.counts_shown, window.start)
            shot("start")
            wait_for(window.counts_shown, lambda: window.search_bar.set_query(SEARCH))
            wait_for(window.counts_shown, lambda: window.add_filter(FACET))
            shot("search-with-facets")
            wait_for(window.detail_shown, lambda: window.results.list.setCurrentIndex(window.model.index(1)))
            shot("item-open")
            app.setPalette(palette_for(Theme.DARK))
            shot("dark-palette")
            app.setPalette(app.style().standardPalette())
            window.resize(SMALL_SIZE)
            shot("small-window")
            window.close()
        written.append(render_russian(app, Path(folder), out))
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots", help="folder for the PNGs")
    args = parser.parse_args()
    args.out = args.out.resolve()  # rendering changes the working directory
    args.out.mkdir(parents=True, exist_ok=True)
    for path in render(args.out):
        print(path)


if __name__ == "__main__":
    main()
