"""The About box: what the program is, which version, and which archive file it has open."""

from __future__ import annotations

import html
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path


def app_version() -> str:
    try:
        return version("press-archive")
    except PackageNotFoundError:
        return "unknown"


def about_html(archive_path: Path) -> str:
    return (
        f"<p><b>Press Archive</b> {html.escape(app_version())}</p>"
        "<p>An offline browser for an archive of press releases, in English and Russian.</p>"
        f"<p>Archive file:<br><code>{html.escape(str(archive_path))}</code></p>"
        "<p>Licensed under the GNU General Public License, version 3 or later.</p>"
    )
