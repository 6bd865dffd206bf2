"""Helpers for the reliability tests: generated pages, snapshots of an archive file, the command line
run in a process of its own."""
