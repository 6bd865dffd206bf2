"""`python -m press_archive` is the same program as the `press-archive` command."""

from press_archive.cli import main

main()
