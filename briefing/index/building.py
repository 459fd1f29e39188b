"""Which threads are building an index, a cache: the process may end without them.

The reader opens its index in a thread. A briefing checked in that thread
(one small enough not to be handed to a worker process, but slow) keeps the
thread busy until its check ends, and the interpreter waits for every such
thread as it exits: after `q` the screen was blank for 50 s, and a Ctrl+C
then printed a traceback (a security review). What such a thread writes is
the index alone, each file whole or not at all (briefing.files.atomic), so
the process ends without it (briefing.cli.ending): the next run goes on
from the folders whose files were written.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from contextlib import AbstractContextManager
from functools import wraps
from typing import ParamSpec, TypeVar

from briefing.files.thread_marks import ThreadMarks

#: The threads building an index now.
_BUILDING = ThreadMarks()

P = ParamSpec("P")
R = TypeVar("R")


def building() -> AbstractContextManager[None]:
    """Within the block, this thread writes nothing but the index."""
    return _BUILDING.held()


def builds_the_index(function: Callable[P, R]) -> Callable[P, R]:
    """`function` runs `building()`."""

    @wraps(function)
    def run(*args: P.args, **kwargs: P.kwargs) -> R:
        with building():
            return function(*args, **kwargs)

    return run


def is_building(thread: threading.Thread) -> bool:
    """Whether `thread` is building an index now."""
    return _BUILDING.marks(thread)
