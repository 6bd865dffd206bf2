"""`python -m press_archive` is the same program as the `press-archive` command."""

import multiprocessing

from press_archive.cli import main

if __name__ == "__main__":  # the worker processes of a large import start from this module too
    multiprocessing.freeze_support()  # in the bundled app, they are this same executable
    main()
