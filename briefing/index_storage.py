"""A TinyDB storage that reads once and writes atomically.

TinyDB's stock JSONStorage re-reads the whole file on every query and
rewrites it in place, so a process killed mid-write leaves broken JSON. This
storage (behind TinyDB's documented `Storage` interface) reads the file once
and answers every later read from memory, and writes a temporary file in the
same folder, fsyncs it, `os.replace`s it over the index and fsyncs the folder:
a reader sees the old index or the new one, never half of one.

The JSON is strict and deterministic: keys sorted, no NaN or infinity (a
ValueError instead), so two builds of the same content are byte-identical.
"""

from __future__ import annotations

import json
import os
import sys
import time
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from tinydb.storages import Storage

#: Test-only: when set to "mid-write", a write stops half-way through its
#: temporary file, says so on stderr and waits (so a test can SIGKILL it).
PAUSE_ENV = "BRIEFING_TEST_PAUSE_AT"


class IndexUnreadable(Exception):
    """The index file exists but is not a JSON object (truncated, garbage ...)."""


def _dumps(value: object) -> str:
    return json.dumps(
        value, sort_keys=True, ensure_ascii=False, allow_nan=False, separators=(",", ":")
    )


def encode(data: dict[str, Any]) -> Iterator[bytes]:
    """The bytes of `_dumps(data)`, one top-level table at a time.

    The same bytes as encoding the whole at once, without ever holding the
    whole: at 1000x the index is 32 MB, which as one string (two bytes a
    character once any name is outside Latin-1) and its UTF-8 bytes held
    about 100 MB at once.
    """
    yield b"{"
    for position, key in enumerate(sorted(data)):
        separator = "," if position else ""
        yield f"{separator}{_dumps(key)}:{_dumps(data[key])}".encode()
    yield b"}"


def temporary_files(path: Path) -> list[Path]:
    """Temporary files left by writes of `path` that were killed."""
    return sorted(path.parent.glob(f".{path.name}.*.tmp"))


def write_atomically(path: Path, chunks: Iterable[bytes]) -> None:
    """Replace `path` with `chunks` so that no reader ever sees half of it."""
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    pause = os.environ.get(PAUSE_ENV) == "mid-write"
    try:
        with open(temporary, "wb") as handle:
            for written, chunk in enumerate(chunks):
                handle.write(chunk)
                if pause and written == 1:  # the opening brace and one table
                    handle.flush()
                    os.fsync(handle.fileno())
                    print("paused mid-write", file=sys.stderr, flush=True)
                    time.sleep(60)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    folder = os.open(path.parent, os.O_RDONLY)
    try:
        os.fsync(folder)
    finally:
        os.close(folder)


class AtomicJSONStorage(Storage):
    """TinyDB storage: one read of the file, atomic strict-JSON writes."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._data: dict[str, Any] | None = None

    def read(self) -> dict[str, Any] | None:
        if self._data is None:
            try:
                raw = self.path.read_bytes()
            except FileNotFoundError:
                return None
            try:
                # Decoded first so the bytes can go before parsing: at 1000x
                # the file is 32 MB and json.loads would hold both copies.
                text = raw.decode("utf-8")
                del raw
                data = json.loads(text)
                del text
            except (ValueError, UnicodeDecodeError) as exc:
                raise IndexUnreadable(f"not JSON ({exc})") from exc
            if not isinstance(data, dict):
                raise IndexUnreadable("not a JSON object")
            self._data = data
        return self._data

    def write(self, data: dict[str, Any]) -> None:
        write_atomically(self.path, encode(data))
        self._data = data

    def close(self) -> None:
        self._data = None
