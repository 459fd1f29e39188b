"""briefing: sourced news briefings, checked against their sources.

The domain, in subpackages that import no Textual: `records` (the format
as data, dates, anchoring, safe text), `files`, `check`, `present`, `index`,
`export`, `userdata`; then `cli`, the command, which imports the reader
(`briefing.screens`, the repository's `screens/` folder) only to start it.
tests/test_import_hygiene.py and import-linter (pyproject.toml) hold them to it.
"""

__version__ = "0.1.0"
