"""The notes file: its first bytes, its format number, its tables, and older formats read up.

A TinyDB database in TinyDB's layout (a JSON object of tables, each an
object of documents by id), written whole through briefing.files.jsonfile:
it begins with `MARKER`, so that nothing else at its path is ever read past
those bytes or replaced. The documents' ids are the records' keys
(`brief/quote/q1`, briefing.userdata.keys), which is what lets two readers'
saves merge by key:

    {"_briefing_notes": "written by briefing: ...",
     "meta":   {"format": {"version": 2, "briefing_version": "0.1.0"}},
     "notes":  {"b/quote/q1": {"text": "...", "digest": "...", "record": "...", "written": "..."}},
     "pins":   {"b/event/e1": {"digest": "...", "record": "...", "pinned": "..."}},
     "seen":   {"b/quote/q1": {"digest": "..."}},
     "opened": {"b": {"at": "2022-02-10T09:00:00+00:00"}}}

`version` says the shape. A file of an older version is read through
`MIGRATIONS`, one step at a time, and written in the new shape at the next
save (a copy of the old file is kept beside it first); a file of a newer
version is read if its tables have the shapes this version knows, and never
written (briefing.userdata.store).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator, Mapping
from typing import Any

from briefing import __version__
from briefing.files import jsonfile
from briefing.files.jsonfile import Marker, Unreadable
from briefing.files.kept_encoding import KeptEncoding
from briefing.records.text import line_and_column
from briefing.userdata.keys import RecordKey

MARKER = Marker(
    "_briefing_notes",
    "written by briefing: your pins, notes and reading marks; not a cache, keep it",
    "a notes file",
    edited_by_hand=True,
)
#: Largest notes file read, in bytes: far beyond a lifetime of notes.
MAX_BYTES = 256 * 1024 * 1024
#: The shape this version reads and writes. 2: format 1's tables, written by
#: versions that keep a seen record's earlier wordings (`earlier`), take its
#: digest of what a reader sees of it, and keep tables they do not know: the
#: versions of format 1 before them read a file of 2 and never write it. Run
#: beside this one on the same file, one wrote a note over this one's, and one
#: said every record changed (a trial of a long-time user).
FORMAT = 2

META, NOTES, PINS, SEEN, OPENED = "meta", "notes", "pins", "seen", "opened"
TABLE_NAMES = (NOTES, PINS, SEEN, OPENED)

Document = dict[str, Any]
#: Each table's documents by key.
Tables = dict[str, dict[str, Document]]

_TEXT, _MAYBE_TEXT = (str,), (str, type(None))
#: The fields each table's documents must hold, and their types. A document
#: may hold more (a later version's additions): they are kept as they are.
SHAPES: Mapping[str, Mapping[str, tuple[type, ...]]] = {
    NOTES: {"text": _TEXT, "digest": _MAYBE_TEXT, "record": _TEXT, "written": _TEXT},
    PINS: {"digest": _MAYBE_TEXT, "record": _TEXT, "pinned": _TEXT},
    SEEN: {"digest": _TEXT},
    OPENED: {"at": _TEXT},
}


def _same_tables(data: dict[str, Any]) -> dict[str, Any]:
    """Format 1 to 2: the tables are the same (what changed is who may write them)."""
    return data


#: Format N's JSON (without its marker) to format N + 1's. A step takes and
#: returns the whole object, meta included.
MIGRATIONS: dict[int, Callable[[dict[str, Any]], dict[str, Any]]] = {1: _same_tables}


def empty() -> Tables:
    return {name: {} for name in TABLE_NAMES}


def version_of(data: Mapping[str, Any]) -> int:
    """The format the file's JSON says it is in; Unreadable when it says none."""
    meta = data.get(META)
    row = meta.get("format") if isinstance(meta, dict) else None
    version = row.get("version") if isinstance(row, dict) else None
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise Unreadable("no format version in its meta table")
    return version


def migrated(data: dict[str, Any]) -> dict[str, Any]:
    """`data` (of a format up to FORMAT) in FORMAT's shape."""
    version = version_of(data)
    while version < FORMAT:
        step = MIGRATIONS.get(version)
        if step is None:
            raise Unreadable(f"format {version}, which this version cannot read")
        data = step(data)
        version += 1
        data[META] = {"format": {**data[META]["format"], "version": version}}
    return data


class OddEntry(Unreadable):
    """Entries of a table not of its shape (mended by hand): the others are readable.

    The file is the user's: it is read without them and left as it is, never
    set aside whole for one entry (briefing.userdata.store).
    """

    def __init__(self, odd: list[tuple[str, str, str]], readable: Tables) -> None:
        table, key, why = odd[0]
        super().__init__(f"its {table} table holds {key!r}, which {why}")
        #: (table, key, what is wrong with it) of each entry left out
        self.odd = odd
        #: the tables without them
        self.readable = readable


def tables_of(data: Mapping[str, Any]) -> Tables:
    """The tables of `data`, checked: Unreadable for one of another shape,
    OddEntry (with the rest) when only some of their entries are.

    A table that is missing is empty; tables this version does not know (a
    later version's) are kept as they are, and written back as they were:
    they were left out, and lost at the first save (a trial of a long-time
    user).
    """
    tables = empty()
    for name, found in data.items():
        if name not in tables and name != META:
            tables[name] = found  # (a list, a text ...: as it is, never read here)
    odd: list[tuple[str, str, str]] = []
    for name in TABLE_NAMES:
        found = data.get(name, {})
        if not isinstance(found, dict):
            raise Unreadable(f"its {name} table is of another shape")
        wrong = {key: why for key, document in found.items() if (why := _odd(name, key, document))}
        odd += [(name, key, why) for key, why in wrong.items()]
        tables[name] = {k: d for k, d in found.items() if k not in wrong} if wrong else found
    if odd:
        raise OddEntry(odd, tables)
    return tables


def _odd(table: str, key: str, document: object) -> str | None:
    """What is wrong with an entry of `table`, None when it is of the table's shape."""
    if table != OPENED and RecordKey.parse(key) is None:
        return "is not a record's key"
    if not isinstance(document, dict):
        return "is not an object of fields"
    for field, kinds in SHAPES[table].items():
        if field not in document:
            return f"has no {field!r} field"
        if not isinstance(document[field], kinds):
            return f"has a {field!r} field of another type"
    return None


def place_of(text: str, table: str, key: str) -> tuple[int, int]:
    """Line and column (from 1) of the entry `key` of `table` in the file's `text`
    (of the table, if the key is spelt otherwise).

    The key is looked for as briefing writes it and as `python -m json.tool` and
    most editors' formatters do, every character past ASCII as a `\\u` escape.
    """
    start = re.search(rf'"{re.escape(table)}"\s*:\s*\{{', text)
    spellings = {json.dumps(key, ensure_ascii=ascii_only) for ascii_only in (False, True)}
    entry = re.compile("(?:" + "|".join(map(re.escape, spellings)) + r")\s*:")
    found = entry.search(text, start.end() if start else 0)
    return line_and_column(text, found.start() if found else start.start() if start else 0)


def written_at(written: object) -> str:
    """A document's time (`2026-11-26T05:04:00+00:00`) as people read it:
    `2026-11-26 05:04 UTC`."""
    text = str(written or "")
    zone = " UTC" if text.endswith(("+00:00", "Z")) else ""
    return f"{text[:10]} {text[11:16]}{zone}".strip()


def both_texts(first: str, second: str, heading: str) -> str:
    """Two texts of one note kept in it, `second` under a line saying where it
    came from (`heading`): nothing either said is written over."""
    return f"{first}\n\n— {heading} —\n{second}"


def encode(tables: Tables, kept: KeptEncoding | None = None) -> Iterator[bytes]:
    """The file's bytes: marker, meta (this format), then the tables, keys sorted.

    `kept`: what was last written of each table (`jsonfile.encode`): a table
    is never changed in place, only replaced by a changed copy (store.applied).
    """
    meta = {"format": {"version": FORMAT, "briefing_version": __version__}}
    return jsonfile.encode({META: meta, **tables}, MARKER, kept)


def keep_encoded(tables: Tables, kept: KeptEncoding) -> None:
    """Put each table's bytes in `kept`, for the saves to come (`encode`)."""
    for _ in jsonfile.encode(dict(tables), MARKER, kept):
        pass
