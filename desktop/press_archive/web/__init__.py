"""Getting the site from the web: a polite crawler that keeps every raw response and imports the pages.

`urls` spells each page one way, `scope` says which hosts belong to the site, `robots` keeps to each
host's rules and pace, `client` speaks HTTP with retries and limits, `capture` writes WARC files,
`links` reads a page's links, and `crawl` runs them together over the archive's frontier. Nothing
here writes SQL: the frontier and the import are the archive's, reached through small interfaces.
"""
