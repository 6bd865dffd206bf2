"""Turns saved pages of the site (text, HTML, folders and zips of them) into `ParsedPage`s.

The stages, each a module: `discover` finds documents, `decode` turns bytes into text, `html` turns
markup into the same plain lines a text dump has, `split` cuts a page into items, `dates` reads the
site's dates. Nothing here writes anywhere; the archive stores what the importer returns.
"""
