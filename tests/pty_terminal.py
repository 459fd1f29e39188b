"""A real pseudo-terminal for tests: start `briefing` in it, type, signal, read what it drew.

Every wait is bounded: a reader that hangs fails the test instead of hanging it.
"""

from __future__ import annotations

import fcntl
import os
import select
import signal
import struct
import subprocess
import sys
import termios
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
ALTERNATE_SCREEN_ON, ALTERNATE_SCREEN_OFF = b"\x1b[?1049h", b"\x1b[?1049l"
CURSOR_SHOWN = b"\x1b[?25h"
#: what a terminal needs to hear to stop reporting the mouse and bracketing pastes
MOUSE_OFF = (b"\x1b[?1000l", b"\x1b[?1003l", b"\x1b[?1006l")
PASTE_OFF = b"\x1b[?2004l"
WAIT = 20.0  # seconds: generous for a loaded machine, and still a bound


class Terminal:
    """A process on the slave side of a pty; the test holds the master side."""

    def __init__(self, args: list[str], env: dict[str, str], size: tuple[int, int]) -> None:
        self.master, self.slave = os.openpty()
        columns, rows = size
        fcntl.ioctl(self.slave, termios.TIOCSWINSZ, struct.pack("HHHH", rows, columns, 0, 0))
        self.modes_before = termios.tcgetattr(self.slave)
        self.output = bytearray()
        self.process = subprocess.Popen(
            args,
            stdin=self.slave,
            stdout=self.slave,
            stderr=self.slave,
            env=env,
            cwd=REPO,
            start_new_session=True,  # signals meant for pytest never reach it
            # The pty is its controlling terminal, as a shell's window is: when
            # it goes away the kernel hangs it up (SIGHUP, reads and writes fail).
            preexec_fn=_control_the_terminal,
        )

    def read_for(self, seconds: float) -> None:
        """Collect what the process writes for `seconds`."""
        deadline = time.monotonic() + seconds
        while (left := deadline - time.monotonic()) > 0:
            ready, _, _ = select.select([self.master], [], [], min(left, 0.05))
            if ready:
                try:
                    self.output += os.read(self.master, 65536)
                except OSError:  # the slave side is gone
                    return

    def wait_for(self, text: bytes, since: int = 0, timeout: float = WAIT) -> int:
        """Read until `text` appears after offset `since`; where it starts."""
        deadline = time.monotonic() + timeout
        while (found := self.output.find(text, since)) < 0:
            if time.monotonic() > deadline or self.process.poll() is not None:
                self.read_for(0.2)
                found = self.output.find(text, since)
                if found >= 0:
                    return found
                raise AssertionError(
                    f"{text!r} did not appear within {timeout} s "
                    f"(exit status {self.process.poll()}); the screen ended with "
                    f"{bytes(self.output[-600:])!r}"
                )
            self.read_for(0.05)
        return found

    def wait_until_drawn(self) -> None:
        """The reader is up: it drew its footer and took the terminal's input modes."""
        start = self.wait_for(ALTERNATE_SCREEN_ON)
        self.wait_for(b"Quit", since=start)
        self.read_for(0.3)  # let it finish the frame and settle

    def press(self, keys: bytes) -> None:
        os.write(self.master, keys)

    def signal(self, signum: int) -> None:
        os.kill(self.process.pid, signum)

    def exit_status(self, timeout: float = WAIT) -> int:
        """Wait for the process to end (reading all the while); its exit status."""
        deadline = time.monotonic() + timeout
        while self.process.poll() is None:
            if time.monotonic() > deadline:
                raise AssertionError(
                    f"still running {timeout} s later; the screen ended with "
                    f"{bytes(self.output[-600:])!r}"
                )
            self.read_for(0.05)
        self.read_for(0.2)
        return self.process.returncode

    def wait_stopped(self, timeout: float = WAIT) -> None:
        """Wait until the process is stopped (Ctrl+Z), reading all the while."""
        deadline = time.monotonic() + timeout
        while not _stopped(self.process.pid):
            if time.monotonic() > deadline or self.process.poll() is not None:
                raise AssertionError(
                    f"not stopped within {timeout} s (exit status {self.process.poll()}); "
                    f"the screen ended with {bytes(self.output[-600:])!r}"
                )
            self.read_for(0.05)
        self.read_for(0.2)

    def hang_up(self) -> None:
        """The terminal goes away (its window closed, tmux kill-session): its
        master side closes; the kernel sends SIGHUP, and writes to it fail."""
        os.close(self.master)
        self.master = -1

    def modes(self) -> list:  # type: ignore[type-arg]
        return termios.tcgetattr(self.slave)

    def echo_and_lines(self) -> tuple[bool, bool]:
        """Whether the terminal echoes keys and reads whole lines (a shell's modes)."""
        local = self.modes()[3]
        return bool(local & termios.ECHO), bool(local & termios.ICANON)

    def text(self) -> str:
        return self.output.decode("utf-8", "replace")

    def close(self) -> None:
        if self.process.poll() is None:
            os.kill(self.process.pid, signal.SIGKILL)
            self.process.wait(timeout=WAIT)
        if self.master >= 0:
            os.close(self.master)
        os.close(self.slave)


def _control_the_terminal() -> None:
    fcntl.ioctl(0, termios.TIOCSCTTY, 0)


def _stopped(pid: int) -> bool:
    """True when the process is stopped (state T in /proc)."""
    try:
        status = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return status.rsplit(")", 1)[1].split()[0] in ("T", "t")


def reader_env(tmp_path: Path, **extra: str) -> dict[str, str]:
    """The environment of a user's shell, with an index, state, settings and notes of the
    test's own."""
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("PYTEST", "TEXTUAL", "BRIEFING"))
    }
    env.update(
        TERM="xterm-256color",
        BRIEFING_INDEX_DIR=str(tmp_path / "index"),
        BRIEFING_STATE_DIR=str(tmp_path / "state"),
        BRIEFING_CONFIG_DIR=str(tmp_path / "config"),
        BRIEFING_DATA_DIR=str(tmp_path / "data"),
        PYTHONPATH=str(REPO / "tests"),
    )
    env.update(extra)
    return env


@contextmanager
def terminal(
    tmp_path: Path, *args: str, script: str | None = None, size: tuple[int, int] = (120, 40)
) -> Iterator[Terminal]:
    """`briefing ARGS` (or `python SCRIPT ARGS`) running in a fresh pty; killed at the end."""
    command = [sys.executable, script] if script else [sys.executable, "-m", "briefing"]
    term = Terminal([*command, *args], reader_env(tmp_path), size)
    try:
        yield term
    finally:
        term.close()
