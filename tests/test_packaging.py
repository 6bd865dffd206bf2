"""The desktop integration files: they validate, agree with the project's metadata, and install.

The freedesktop validators run when they are installed (Debian's desktop-file-utils and appstream);
the structure of each file is checked either way, so a machine without them still tests something.
"""

from __future__ import annotations

import configparser
import os
import shutil
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

REPO_ROOT = Path(__file__).resolve().parent.parent
APP_ID = "org.pressarchive.PressArchive"
DESKTOP_FILE = REPO_ROOT / "resources" / "desktop" / f"{APP_ID}.desktop"
METAINFO = REPO_ROOT / "resources" / "desktop" / f"{APP_ID}.metainfo.xml"
ICON_SVG = REPO_ROOT / "resources" / "icons" / f"{APP_ID}.svg"
WINDOW_ICON = REPO_ROOT / "desktop" / "press_archive" / "ui" / "resources" / "icon.svg"
HICOLOR = REPO_ROOT / "packaging" / "icons" / "hicolor"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
INSTALL_DESKTOP_ENTRY = REPO_ROOT / "packaging" / "install-desktop-entry"


def project() -> dict[str, object]:
    with (REPO_ROOT / "pyproject.toml").open("rb") as file:
        table: dict[str, object] = tomllib.load(file)["project"]
    return table


def command_name() -> str:
    scripts = project()["scripts"]
    assert isinstance(scripts, dict)
    [name] = scripts
    return str(name)


def read_desktop_entry(path: Path) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, delimiters=("=",))
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(path, encoding="utf-8")
    return parser["Desktop Entry"]


def validator_messages(*command: str) -> str:
    """Runs a validator and returns what it printed; a failing exit status fails the test."""
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    return output


def test_desktop_entry_starts_the_installed_command_with_the_app_icon() -> None:
    entry = read_desktop_entry(DESKTOP_FILE)

    assert entry["Type"] == "Application"
    assert entry["Name"] == "Press Archive"
    assert entry["Exec"] == f"{command_name()} open %F"
    mime_types = set(entry["MimeType"].rstrip(";").split(";"))
    opened = {"text/plain", "text/html", "application/zip", "application/warc", "application/wacz"}
    assert opened <= mime_types
    assert entry["TryExec"] == command_name()
    assert entry["Icon"] == APP_ID
    assert entry["Terminal"] == "false"
    assert {"Office", "Education"} <= set(entry["Categories"].rstrip(";").split(";"))
    assert entry["Name[ru]"] and entry["Comment[ru]"]
    if validator := shutil.which("desktop-file-validate"):
        output = validator_messages(validator, str(DESKTOP_FILE))
        assert "error:" not in output and "warning:" not in output, output


def test_metainfo_describes_this_release_of_this_project() -> None:
    component = ElementTree.parse(METAINFO).getroot()
    metadata = project()

    assert component.get("type") == "desktop-application"
    assert component.findtext("id") == APP_ID
    assert component.findtext("launchable[@type='desktop-id']") == DESKTOP_FILE.name
    assert component.findtext("project_license") == metadata["license"]
    assert component.findtext("provides/binary") == command_name()
    newest_release = component.find("releases/release")
    assert newest_release is not None
    assert newest_release.get("version") == metadata["version"]
    assert component.find("content_rating") is not None
    assert {category.text for category in component.iterfind("categories/category")} >= {
        "Office",
        "Education",
    }
    assert (component.findtext("summary") or "").strip()
    assert component.find("description/p") is not None
    if validator := shutil.which("appstreamcli"):
        validator_messages(validator, "validate", "--no-net", str(METAINFO))


def test_the_desktop_icon_is_the_windows_icon() -> None:
    assert ICON_SVG.resolve().samefile(WINDOW_ICON)


@pytest.mark.parametrize("size", PNG_SIZES)
def test_each_committed_png_has_its_size(size: int) -> None:
    image = QImage(str(HICOLOR / f"{size}x{size}" / "apps" / f"{APP_ID}.png"))

    assert (image.width(), image.height()) == (size, size)
    assert image.hasAlphaChannel()
    assert image.pixelColor(0, 0).alpha() == 0  # the rounded tile leaves the corners clear


def test_committed_pngs_match_the_svg(tmp_path: Path) -> None:
    """Fails when the SVG changed but packaging/render_icons.py was not run again."""
    subprocess.run(
        [sys.executable, str(REPO_ROOT / "packaging" / "render_icons.py"), "--out", str(tmp_path)],
        check=True,
        capture_output=True,
    )
    for size in PNG_SIZES:
        name = Path(f"{size}x{size}") / "apps" / f"{APP_ID}.png"
        committed = QImage(str(HICOLOR / name)).convertToFormat(QImage.Format.Format_ARGB32)
        fresh = QImage(str(tmp_path / name)).convertToFormat(QImage.Format.Format_ARGB32)
        # A little antialiasing noise between Qt versions is fine; a changed drawing is not.
        pixels = zip(bytes(committed.constBits()), bytes(fresh.constBits()), strict=True)
        difference = sum(abs(a - b) for a, b in pixels)
        assert difference / (size * size * 4) < 2, f"{name} is out of date"


def install(data_home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, "XDG_DATA_HOME": str(data_home)}
    return subprocess.run(
        [str(INSTALL_DESKTOP_ENTRY), *args], env=environment, capture_output=True, text=True, check=False
    )


def installed_files(data_home: Path) -> set[Path]:
    return {path.relative_to(data_home) for path in data_home.rglob(f"{APP_ID}*")}


@pytest.fixture
def executable(tmp_path: Path) -> Path:
    """A stand-in for the bundle's program, in a folder whose name has a space."""
    path = tmp_path / "Press Archive" / "press-archive"
    path.parent.mkdir()
    path.write_text("#!/bin/sh\n")
    path.chmod(0o755)
    return path


def test_install_desktop_entry_points_the_menu_at_the_given_program(tmp_path: Path, executable: Path) -> None:
    data_home = tmp_path / "share"

    result = install(data_home, str(executable))

    assert result.returncode == 0, result.stderr
    assert installed_files(data_home) == {
        Path("applications") / f"{APP_ID}.desktop",
        Path("metainfo") / f"{APP_ID}.metainfo.xml",
        Path("icons/hicolor/scalable/apps") / f"{APP_ID}.svg",
        *(Path(f"icons/hicolor/{size}x{size}/apps") / f"{APP_ID}.png" for size in PNG_SIZES),
    }
    entry = read_desktop_entry(data_home / "applications" / f"{APP_ID}.desktop")
    assert entry["Exec"] == f'"{executable}" open %F'
    assert entry["TryExec"] == str(executable)
    assert entry["Icon"] == APP_ID
    if validator := shutil.which("desktop-file-validate"):
        validator_messages(validator, str(data_home / "applications" / f"{APP_ID}.desktop"))


def test_install_desktop_entry_remove_takes_out_everything_it_added(tmp_path: Path, executable: Path) -> None:
    data_home = tmp_path / "share"
    assert install(data_home, str(executable)).returncode == 0

    result = install(data_home, "--remove")

    assert result.returncode == 0, result.stderr
    assert installed_files(data_home) == set()


def test_install_desktop_entry_refuses_a_path_a_menu_entry_cannot_hold(tmp_path: Path) -> None:
    program = tmp_path / "cost$5" / "press-archive"
    program.parent.mkdir()
    program.write_text("#!/bin/sh\n")
    program.chmod(0o755)

    result = install(tmp_path / "share", str(program))

    assert result.returncode == 1
    assert str(program) in result.stderr
    assert not (tmp_path / "share").exists()


@pytest.mark.parametrize("script", ["build_bundle", "check_bundle", "install-desktop-entry"])
def test_packaging_scripts_are_executable_bash(script: str) -> None:
    path = REPO_ROOT / "packaging" / script

    assert os.access(path, os.X_OK)
    subprocess.run(["bash", "-n", str(path)], check=True)
