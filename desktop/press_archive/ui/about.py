"""The About box: what the program is, which version, its licence, and which archive file it has open."""

from __future__ import annotations

import html
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

import PySide6
from PySide6.QtCore import QCoreApplication, qVersion

LICENCE = "GPL-3.0-or-later"
LICENCE_URL = "https://www.gnu.org/licenses/gpl-3.0.html"
translate = QCoreApplication.translate


def app_version() -> str:
    try:
        return version("press-archive")
    except PackageNotFoundError:
        return translate("About", "unknown")


def about_html(archive_path: Path) -> str:
    summary = translate(
        "About", "An offline browser for an archive of press releases, in English and Russian."
    )
    archive = translate("About", "Archive file:")
    licence = translate(
        "About", "Licensed under the GNU General Public License, version 3 or later ({licence})."
    )
    toolkit = translate("About", "Built with Qt {qt} and PySide6 {pyside}.")
    licence_link = f'<a href="{LICENCE_URL}">{html.escape(LICENCE)}</a>'
    return (
        f"<p><b>Press Archive</b> {html.escape(app_version())}</p>"
        f"<p>{html.escape(summary)}</p>"
        f"<p>{html.escape(archive)}<br><code>{html.escape(str(archive_path))}</code></p>"
        f"<p>{html.escape(licence).format(licence=licence_link)}</p>"
        f"<p>{html.escape(toolkit.format(qt=qVersion(), pyside=PySide6.__version__))}</p>"
    )
