"""Timing a program in a real terminal (tmux) until its first useful frame."""

from __future__ import annotations

import os
import subprocess
import time

#: The tmux session the bench runs in; several worktrees measuring on one
#: machine at once each name their own, or they end each other's runs.
SESSION = os.environ.get("BRIEFING_BENCH_SESSION", "briefing-bench")


def _tmux(*args: str) -> str:
    return subprocess.run(["tmux", *args], capture_output=True, text=True).stdout


def time_to_screen(
    command: str,
    marker: str,
    size: tuple[int, int] = (120, 40),
    limit: float = 120,
    keep: bool = False,
) -> float:
    """Seconds from starting `command` in tmux until `marker` is on its screen.

    The session is killed afterwards unless `keep` (the caller quits it).
    """
    _tmux("kill-session", "-t", SESSION)
    width, height = size
    start = time.perf_counter()
    _tmux("new-session", "-d", "-s", SESSION, "-x", str(width), "-y", str(height), command)
    try:
        while time.perf_counter() - start < limit:
            if marker in _tmux("capture-pane", "-p", "-t", SESSION):
                return time.perf_counter() - start
            time.sleep(0.005)
        raise TimeoutError(f"{marker!r} did not appear within {limit} s of {command!r}")
    finally:
        if not keep:
            _tmux("kill-session", "-t", SESSION)
