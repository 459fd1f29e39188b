"""A bench stopped midway removes the temporary folders it made, as one that ends does.

Benches make their folders with `tempfile.TemporaryDirectory` (and
bench/terminal.py one with `mkdtemp`, removed at exit): Ctrl+C unwinds
through them (KeyboardInterrupt) and they go. `kill -TERM` ended the process
where it stood, and every one of them was left in the temporary folder.
`stop_as_interrupted` makes SIGTERM unwind as Ctrl+C does: the bench's
`finally` blocks, its `with` blocks and its exit handlers run, which remove
what the bench made and nothing else.
"""

from __future__ import annotations

import signal
from types import FrameType
from typing import NoReturn

#: The exit status of a process ended by SIGTERM, as a shell reports it.
TERMINATED = 128 + signal.SIGTERM


def stop_as_interrupted() -> None:
    """From now on, SIGTERM ends this bench as Ctrl+C would (its cleanups run)."""
    signal.signal(signal.SIGTERM, _terminated)


def _terminated(signum: int, frame: FrameType | None) -> NoReturn:
    # A second TERM while the folders are being removed would stop that half-way.
    # A child started from here on inherits the ignored TERM (subprocess does not
    # reset it): the cleanups start only short `tmux` calls.
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    raise SystemExit(TERMINATED)
