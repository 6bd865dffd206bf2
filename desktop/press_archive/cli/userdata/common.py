"""What the user data verbs share: reading item ids, reporting errors, the --format option."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager

import click

from press_archive.archive import ItemNotFound
from press_archive.archive.userdata import BackupError, UserData, UserDataError
from press_archive.cli.app import FORMAT_OPTION, ArchiveContext

__all__ = ["FORMAT_OPTION", "confirm", "items_count", "read_item_ids", "reported", "user_data"]


@contextmanager
def reported() -> Iterator[None]:
    """Turn the user data's errors into one line naming the id, name or file at fault, and exit status 1."""
    try:
        yield
    except (UserDataError, ItemNotFound, BackupError) as error:
        raise click.ClickException(str(error)) from error


def read_item_ids(given: tuple[str, ...]) -> list[str]:
    """The ids given, or, for a lone `-`, the whitespace-separated ids on stdin."""
    if given == ("-",):
        return sys.stdin.read().split()
    return list(given)


def user_data(context: ArchiveContext) -> UserData:
    return context.open().user


def items_count(count: int) -> str:
    return f"{count} item" + ("" if count == 1 else "s")



def confirm(context: ArchiveContext, prompt: str, yes: bool) -> None:
    """Ask `prompt` before a change unless `--yes` was given, once the change is known to be
    possible: user data that cannot be written is refused at once, not after the user said yes."""
    user_data(context).require_writable()
    if not yes:
        click.confirm(prompt, abort=True)
