"""The digest a file an export writes holds of its own text, to tell it edited since.

An export's file bears a mark (`inert.MARKDOWN_MARK`, the JSON `generator`)
that says briefing wrote it, and may be written again. But a user may have
added to it since: their words would be lost to the next export. So the mark
also holds `sha256:` and the hex digest of the file's whole text, taken with
the digest's own 64 digits as zeros (`UNSEALED`). A file whose text no longer
gives that digest was edited: `writing` leaves it as it is.

A folder of CSV files keeps its files' digests in its mark file instead
(`writing.FOLDER_MARK`).
"""

from __future__ import annotations

import hashlib
import re

#: Where a text to be sealed holds its digest, before it is sealed.
UNSEALED = "sha256:" + "0" * 64
_SEAL = re.compile(rb"sha256:[0-9a-f]{64}")


def digest(data: bytes) -> str:
    """`sha256:` and the hex digest of `data`."""
    return "sha256:" + hashlib.sha256(data).hexdigest()


def sealed(text: str) -> str:
    """`text`, whose first `UNSEALED` is replaced by the digest of `text` itself."""
    if UNSEALED not in text:
        raise ValueError("the text to seal holds no UNSEALED")
    return text.replace(UNSEALED, digest(text.encode("utf-8")), 1)


def edited_since_sealed(data: bytes, near_start: int = 512) -> bool:
    """Whether `data` (a file's bytes, its text in UTF-8) changed since it was sealed.

    False for a file with no seal in its first `near_start` bytes: an export
    made before the seal, which was written again as a copy then.
    """
    found = _SEAL.search(data, 0, near_start)
    if found is None:
        return False
    unsealed = data[: found.start()] + UNSEALED.encode() + data[found.end() :]
    return digest(unsealed).encode() != found.group(0)
