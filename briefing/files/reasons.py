"""An OSError as a reason people read: `Permission denied`, not `[Errno 13] ...`."""

from __future__ import annotations


def os_reason(exc: OSError) -> str:
    """What the system said (`No such file or directory`), or the error's kind."""
    return exc.strerror or type(exc).__name__
