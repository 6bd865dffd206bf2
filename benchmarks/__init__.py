"""Benchmarks at archive scale: a synthetic corpus of site pages, measured against the raw SQLite floor.

Run with `python -m benchmarks --size 10k|100k|1m` (or `scripts/bench`). Not part of the test suite:
the numbers depend on the machine, so they are printed and saved, never asserted.
"""
