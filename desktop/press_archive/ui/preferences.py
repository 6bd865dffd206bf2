"""What the user set in Preferences, as one value, read from and written to `QSettings`.

The dialog edits a `Preferences`; the window and the start-up code read one. Values are checked on
reading, so a hand-edited or older settings file falls back to the defaults instead of failing.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from PySide6.QtCore import QSettings

from press_archive.archive.userdata.autobackup import AUTO_BACKUP_KEEP
from press_archive.ui.result_model import BATCH_SIZE
from press_archive.web.errors import UrlError
from press_archive.web.scope import DEFAULT_START_URLS
from press_archive.web.urls import parse_start_url

PAGE_SIZE_RANGE = (20, 1000)
BACKUPS_KEPT_RANGE = (1, 100)
#: Seconds between two requests to one host: never hammering the site, never waiting minutes.
FETCH_DELAY_RANGE = (0.0, 60.0)


class InterfaceLanguage(StrEnum):
    AUTO = "auto"  # the first of the system's languages the interface speaks, else English
    ENGLISH = "en"
    RUSSIAN = "ru"


class Theme(StrEnum):
    SYSTEM = "system"  # the desktop's palette, following it when it switches between light and dark
    LIGHT = "light"
    DARK = "dark"


@dataclass(frozen=True)
class Preferences:
    archive_path: Path | None = None  # None: the default location (see `archive.location`)
    language: InterfaceLanguage = InterfaceLanguage.AUTO
    theme: Theme = Theme.SYSTEM
    page_size: int = BATCH_SIZE  # results read from the archive at a time, as the list scrolls
    auto_backup: bool = True  # a rolling backup of the user data when the window closes
    backups_kept: int = AUTO_BACKUP_KEEP
    fetch_sites: tuple[str, ...] = DEFAULT_START_URLS  # where File ▸ Update from the Website starts
    fetch_delay: float = 1.0
    update_on_start: bool = False

    @property
    def backups_on_close(self) -> int | None:
        """How many automatic backups closing the archive keeps (`Archive.close`); None: it makes none."""
        return self.backups_kept if self.auto_backup else None


def _text(settings: QSettings, key: str) -> str:
    value = settings.value(f"preferences/{key}", "")
    return value if isinstance(value, str) else ""


def _number(settings: QSettings, key: str, default: int, allowed: tuple[int, int]) -> int:
    try:
        number = int(str(settings.value(f"preferences/{key}", default)))
    except ValueError:
        return default
    return number if allowed[0] <= number <= allowed[1] else default


def _flag(settings: QSettings, key: str, default: bool) -> bool:
    value = settings.value(f"preferences/{key}", default)
    return value if isinstance(value, bool) else str(value).lower() in ("true", "1")


def parse_sites(text: str) -> tuple[str, ...]:
    """Start URLs, one a line (blank lines ignored), normalised; raises `UrlError` on the first bad one."""
    return tuple(dict.fromkeys(parse_start_url(line) for line in text.splitlines() if line.strip()))


def _sites(settings: QSettings) -> tuple[str, ...]:
    try:
        return parse_sites(_text(settings, "fetch_sites")) or DEFAULT_START_URLS
    except UrlError:
        return DEFAULT_START_URLS


def _seconds(settings: QSettings, key: str, default: float, allowed: tuple[float, float]) -> float:
    try:
        seconds = float(str(settings.value(f"preferences/{key}", default)))
    except ValueError:
        return default
    return seconds if allowed[0] <= seconds <= allowed[1] else default


def read_preferences(settings: QSettings) -> Preferences:
    defaults = Preferences()
    archive = _text(settings, "archive")
    try:
        language = InterfaceLanguage(_text(settings, "language") or defaults.language)
    except ValueError:
        language = defaults.language
    try:
        theme = Theme(_text(settings, "theme") or defaults.theme)
    except ValueError:
        theme = defaults.theme
    return Preferences(
        archive_path=Path(archive) if archive else None,
        language=language,
        theme=theme,
        page_size=_number(settings, "page_size", defaults.page_size, PAGE_SIZE_RANGE),
        auto_backup=_flag(settings, "auto_backup", defaults.auto_backup),
        backups_kept=_number(settings, "backups_kept", defaults.backups_kept, BACKUPS_KEPT_RANGE),
        fetch_sites=_sites(settings),
        fetch_delay=_seconds(settings, "fetch_delay", defaults.fetch_delay, FETCH_DELAY_RANGE),
        update_on_start=_flag(settings, "update_on_start", defaults.update_on_start),
    )


def write_preferences(settings: QSettings, preferences: Preferences) -> None:
    archive = str(preferences.archive_path) if preferences.archive_path is not None else ""
    settings.setValue("preferences/archive", archive)
    settings.setValue("preferences/language", preferences.language.value)
    settings.setValue("preferences/theme", preferences.theme.value)
    settings.setValue("preferences/page_size", preferences.page_size)
    settings.setValue("preferences/auto_backup", preferences.auto_backup)
    settings.setValue("preferences/backups_kept", preferences.backups_kept)
    settings.setValue("preferences/fetch_sites", "\n".join(preferences.fetch_sites))
    settings.setValue("preferences/fetch_delay", preferences.fetch_delay)
    settings.setValue("preferences/update_on_start", preferences.update_on_start)
    settings.sync()
