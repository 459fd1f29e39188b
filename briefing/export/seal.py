"""The digest a file an export writes holds of its own text, to tell it edited since.

An export's file bears a mark (`inert.MARKDOWN_MARK`, the JSON `generator`)
that says briefing wrote it, and may be written again. But a user may have
added to it since: their words would be lost to the next export. So the mark
also holds `sha256:` and the hex digest of the file's whole text, taken with
the digest's own 64 digits as zeros (`UNSEALED`). A file whose text no longer
gives that digest was edited: `writing` leaves it as it is. An export made
before the seal holds none, so whether it was edited cannot be told: it is
left as it is too.

A folder of CSV files keeps its files' digests in its mark file instead
(`writing.FOLDER_MARK`).

A text export is read aloud by screen readers, top to bottom: its first line
says what the file is, and its digest stands on its last line instead
(`SEAL_AT_END`, `sealed_at_end`), where 64 hexadecimal digits are not read
out before the briefing's title (a trial on limited terminals).
"""

from __future__ import annotations

import hashlib
import os
import re
from typing import BinaryIO

#: Where a text to be sealed holds its digest, before it is sealed.
UNSEALED = "sha256:" + "0" * 64
_SEAL = re.compile(rb"sha256:[0-9a-f]{64}")
#: What the first line of a file sealed at its end says (the text export's).
SEAL_AT_END = "its digest is on its last line"
#: Bytes read at a time: an export (or a file grown from one) is never read whole.
_CHUNK = 1 << 20


def digest(data: bytes) -> str:
    """`sha256:` and the hex digest of `data`."""
    return "sha256:" + hashlib.sha256(data).hexdigest()


def digest_of(stream: BinaryIO, start: bytes = b"") -> str:
    """`digest` of `start` followed by what is left of `stream`, read a chunk at a time."""
    hasher = hashlib.sha256(start)
    while chunk := stream.read(_CHUNK):
        hasher.update(chunk)
    return "sha256:" + hasher.hexdigest()


def sealed(text: str) -> str:
    """`text`, whose first `UNSEALED` is replaced by the digest of `text` itself."""
    if UNSEALED not in text:
        raise ValueError("the text to seal holds no UNSEALED")
    return text.replace(UNSEALED, digest(text.encode("utf-8")), 1)


def sealed_at_end(text: str) -> str:
    """`text`, whose last `UNSEALED` is replaced by the digest of `text` itself:
    a quote that holds the string itself cannot take the seal's place."""
    head, found, tail = text.rpartition(UNSEALED)
    if not found:
        raise ValueError("the text to seal holds no UNSEALED")
    return head + digest(text.encode("utf-8")) + tail


#: What `seal_kept` finds a file an export wrote to be.
AS_WRITTEN, EDITED, UNSEALED_EXPORT = "as written", "edited", "unsealed"


def seal_kept(stream: BinaryIO, near_start: int = 512) -> str:
    """AS_WRITTEN, EDITED (the file read from `stream`, at its start, no longer
    gives its digest), or UNSEALED_EXPORT (no seal in its first `near_start`
    bytes: an export made before the seal)."""
    head = stream.read(near_start)
    if SEAL_AT_END.encode() in head.partition(b"\n")[0]:  # the mark's line, before any content
        return _seal_at_end_kept(stream, near_start)
    found = _SEAL.search(head)
    if found is None:
        return UNSEALED_EXPORT
    unsealed = head[: found.start()] + UNSEALED.encode() + head[found.end() :]
    return AS_WRITTEN if digest_of(stream, unsealed) == found.group(0).decode() else EDITED


def _seal_at_end_kept(stream: BinaryIO, near_end: int) -> str:
    """`seal_kept` of a file whose first line says its seal is at its end: EDITED
    when none is there (words added after it)."""
    size = stream.seek(0, os.SEEK_END)
    tail_start = max(0, size - near_end)
    stream.seek(tail_start)
    tail = stream.read()
    seals = list(_SEAL.finditer(tail))
    if not seals:
        return EDITED
    found = seals[-1]
    stream.seek(0)
    hasher = hashlib.sha256()
    left = tail_start
    while left and (chunk := stream.read(min(_CHUNK, left))):
        hasher.update(chunk)
        left -= len(chunk)
    hasher.update(tail[: found.start()] + UNSEALED.encode() + tail[found.end() :])
    return AS_WRITTEN if "sha256:" + hasher.hexdigest() == found.group(0).decode() else EDITED
