"""One briefing folder's file: its records, and what they were built from.

Tables: `_meta` (one row: index format, briefing's version, the folder, the
generation, and the folder's summary as the catalogue lists it), `head`
(the briefing's own fields; empty when it has errors), then one table per
section. `_meta` sorts first (after the marker), so it can be read without
parsing the records that follow it.

The generation is a digest of what the file was built from: the folder's
path, its files' bytes (as their stamps say) and the version that built it.
The catalogue's row names the generation it describes, so a file that does
not match its row (a run killed between writing the two) is noticed, and a
file that matches the folder as it is now is taken as it is (not built again).
"""

from __future__ import annotations

import hashlib
import json
import os
import stat
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from briefing.index.codec import IndexShapeError, briefing_from_json
from briefing.index.fingerprint import FileStamp, content_digest
from briefing.index.preview import PREVIEW, Totals
from briefing.index.storage import (
    ENCODING,
    ERRORS,
    MARKER,
    MAX_INDEX_BYTES,
    IndexUnreadable,
    read_prefix,
)
from briefing.index.tables import BUILT_BY, INDEX_FORMAT, Row, TableFile, Tables, one_row, rows
from briefing.index.words import WORD_TABLE_KEYS, WORDS_TABLE
from briefing.records.model import Briefing

META = "_meta"
SECTIONS = ("sources", "actors", "events", "quotes")
#: Bytes read to find `_meta`: enough for a summary with a few hundred actors;
#: a longer one is read whole.
PEEK_BYTES = 256 * 1024
#: Bytes read to find a large briefing's preview (its first rows, with their sources).
PREVIEW_PEEK_BYTES = 4 * 1024 * 1024
_META_START = MARKER + b',"' + META.encode() + b'":'


class StaleFile(Exception):
    """A briefing's file that is not the generation its catalogue row describes."""


def file_name(folder: str) -> str:
    """The name of the file of the folder named `folder` (names may be any bytes)."""
    return hashlib.sha256(os.fsencode(folder)).hexdigest()[:16] + ".json"


def is_file_name(name: str) -> bool:
    stem, dot, suffix = name.partition(".")
    return (dot, suffix) == (".", "json") and len(stem) == 16 and _is_hex(stem)


def _is_hex(text: str) -> bool:
    return all(c in "0123456789abcdef" for c in text)


def generation(path: str, stamps: list[FileStamp]) -> str:
    """The generation of the file built from the folder at `path` with these files."""
    digest = hashlib.sha256()
    for part in (str(INDEX_FORMAT), BUILT_BY, path, content_digest(stamps)):
        digest.update(os.fsencode(part) + b"\0")
    return digest.hexdigest()[:32]


def file_tables(
    path: str,
    generation: str,
    summary: Row,
    briefing: Mapping[str, Any] | None,
    preview: Row | None = None,
    words: Row | None = None,
) -> Tables:
    """The tables of a folder's file: `briefing` is briefing_to_json's output, or None;
    `preview` a large briefing's first rows (briefing.index.preview), or None;
    `words` its word index (briefing.index.words), or None."""
    meta = {
        "format": INDEX_FORMAT,
        "briefing_version": BUILT_BY,
        "path": path,
        "generation": generation,
        "summary": summary,
    }
    tables: Tables = {META: [meta], "head": []}
    if preview is not None:
        tables[PREVIEW] = [preview]  # sorts right after _meta: read from the file's start
    if words is not None:
        tables[WORDS_TABLE] = [words]  # sorts after _preview: the preview is still read first
    if briefing is not None:
        tables["head"] = [briefing["head"]]
        for section in SECTIONS:
            tables[section] = list(briefing[section])
    return tables


def write_file(path: Path, tables: Tables) -> None:
    """Write a folder's file; its folder is synced once all are written (update does)."""
    target = TableFile(path)
    target.write_many(tables)
    target.close()


def read_meta(path: Path) -> Row | None:
    """The `_meta` row of the file at `path`, reading no more of it than needed.

    None when there is no file, or when it is not of this version's format.
    Raises NotAnIndex for a file that is not ours, IndexUnreadable or
    IndexShapeError for one of ours that is damaged.
    """
    prefix = read_prefix(path, PEEK_BYTES)
    if prefix is None:
        return None
    if not prefix.startswith(_META_START):
        raise IndexUnreadable("no meta record where it belongs")
    text = prefix.decode(ENCODING, ERRORS)
    start = len(_META_START.decode(ENCODING))
    try:
        table, _ = json.JSONDecoder().raw_decode(text, start)
    except ValueError:
        if len(prefix) < PEEK_BYTES:
            raise IndexUnreadable("its meta record is not JSON") from None
        whole = TableFile(path)  # a long summary: the file is read whole
        data = whole.read() or {}
        whole.close()
        return _current(one_row(data, META))
    return _current(one_row({META: table}, META))


def read_preview(path: Path) -> tuple[Briefing, Totals] | None:
    """A large briefing's preview and its totals, from the first bytes of its file.

    None when the file has none (a briefing small enough to read whole) or is
    not of this version. Raises as `read_meta` does for a file not ours or
    damaged; a preview that cannot be read back is None (the whole is read).
    """
    prefix = read_prefix(path, PREVIEW_PEEK_BYTES)
    if prefix is None or not prefix.startswith(_META_START):
        return None
    text = prefix.decode(ENCODING, ERRORS)
    decoder = json.JSONDecoder()
    try:
        meta_table, end = decoder.raw_decode(text, len(_META_START.decode(ENCODING)))
        if _current(one_row({META: meta_table}, META)) is None:
            return None
        opening = f',"{PREVIEW}":'
        if not text.startswith(opening, end):
            return None
        table, _ = decoder.raw_decode(text, end + len(opening))
        row = one_row({PREVIEW: table}, PREVIEW)
        return briefing_from_json(row), Totals.from_json(row["totals"])
    except (ValueError, KeyError, TypeError, IndexShapeError):
        return None  # cut off by the peek, or of another shape: read the whole instead


def read_words(data: Mapping[str, Any]) -> Row:
    """The word index row in a file's tables (IndexShapeError if it has none)."""
    row = one_row(data, WORDS_TABLE)
    shapes = {"fields": list, "files": list, "ids": list, "items": dict, "units": list}
    if not all(isinstance(row.get(key), shapes.get(key, str)) for key in WORD_TABLE_KEYS[:-1]) or (
        not isinstance(row.get("words"), dict)
    ):
        raise IndexShapeError("a word index of another shape")
    return row


_WORDS_START = b',"' + WORDS_TABLE.encode() + b'":'


def read_word_table(path: Path, expected: str | None) -> Row | None:
    """The word index of the file at `path`, parsing nothing of its records.

    For a reader that has the records already: at 1000 times the bundled
    briefing, parsing the whole file took 1.3 s and held a second copy of
    every record; the word table alone is a third of the file. Tables are
    written in their names' order, so `_words` follows `_meta` and
    `_preview`, and the first `,"_words":` is where it starts (inside a JSON
    string every `"` is escaped). None when there is no file; StaleFile for
    another generation; IndexUnreadable or IndexShapeError when damaged.
    """
    if read_prefix(path, len(_META_START)) is None:  # NotAnIndex for a file not ours
        return None
    data = _read_regular(path)
    if not data.startswith(_META_START):
        raise IndexUnreadable("no meta record where it belongs")
    start = data.find(_WORDS_START, len(_META_START))
    if start < 0:
        raise IndexShapeError("no word index")
    # The meta row from the same bytes (read_meta would read a long summary's file whole).
    head = data[len(_META_START) : start].decode(ENCODING, ERRORS)
    try:
        meta_table, _ = json.JSONDecoder().raw_decode(head)
    except ValueError:
        raise IndexUnreadable("its meta record is not JSON") from None
    meta = _current(one_row({META: meta_table}, META))
    if meta is None or meta.get("generation") != expected:
        raise StaleFile("another generation")
    start += len(_WORDS_START)
    # The table ends `}}}` (its last key, `words`, an object; its row; itself),
    # before the next table, `actors`: inside it, `}}` is never followed by `,"`.
    end = data.find(b'}}},"actors":{', start)
    text = data[start : end + 3 if end >= 0 else len(data)].decode(ENCODING, ERRORS)
    del data
    try:
        table, _ = json.JSONDecoder().raw_decode(text)
    except ValueError as exc:
        raise IndexUnreadable(f"its word index is not JSON: {exc}") from None
    return read_words({WORDS_TABLE: table})


def _read_regular(path: Path) -> bytes:
    """The bytes of the regular file at `path` (checked ours by the caller), in one read."""
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOFOLLOW", 0))
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode) or info.st_size > MAX_INDEX_BYTES:
            raise IndexUnreadable("not a regular file of an index's size")
        with os.fdopen(os.dup(fd), "rb") as handle:
            return handle.read()
    finally:
        os.close(fd)


def _current(meta: Row) -> Row | None:
    """`meta` if this version wrote it (None for another version's: rebuilt quietly)."""
    if not isinstance(meta.get("format"), int) or not isinstance(meta.get("summary"), dict):
        raise IndexShapeError("meta record of another shape")
    if meta["format"] != INDEX_FORMAT or meta.get("briefing_version") != BUILT_BY:
        return None
    return meta


def read_briefing(data: Mapping[str, Any], expected: str | None) -> Briefing:
    """The briefing in a file's tables (`data`, TinyDB's layout) of generation `expected`.

    Raises StaleFile when the file is of another generation, IndexShapeError
    when its records are of a shape this version cannot read.
    """
    meta = one_row(data, META)
    if meta.get("generation") != expected:
        raise StaleFile(f"generation {meta.get('generation')!r}, not {expected!r}")
    head = rows(data, "head")
    if len(head) != 1:
        raise IndexShapeError("a briefing's file without its head")
    records: dict[str, Any] = {"head": head[0]}
    for section in SECTIONS:
        records[section] = rows(data, section)
    return briefing_from_json(records)
