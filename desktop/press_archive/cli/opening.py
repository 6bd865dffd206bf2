"""`press-archive open FILE…`: what the desktop runs when saved pages are opened from the file manager."""

from __future__ import annotations

from pathlib import Path

import click

from press_archive.cli.app import ArchiveContext, main, pass_archive


@main.command("open")
@click.argument("files", nargs=-1, type=click.Path(path_type=Path))
@pass_archive
def open_command(context: ArchiveContext, files: tuple[Path, ...]) -> None:
    """Open the window and import FILES (pages, folders, zips, web archives) into its archive.

    When a window has this archive open already, the files go to it and this command ends at once.
    """
    from press_archive.ui.launch import run_gui

    raise SystemExit(run_gui(context.db_path, list(files)))
