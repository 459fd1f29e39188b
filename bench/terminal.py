"""A program in a real terminal (tmux), timed from outside, as a person sees it.

Each `Terminal` is a tmux server of its own (`tmux -L NAME -f /dev/null`),
named for this process and a counter: two benches, or another engineer's
tmux sessions on the same machine, never meet, and no user configuration
(escape-time, a status line ...) changes what is measured.

The screen is read through one control-mode client (`tmux -C`, its output
notifications turned off): a capture then costs about 1 ms and no process,
where `tmux capture-pane` in a subprocess costs 2 ms of a process each time,
taken from the cores the measured program runs on. Keys are written through
the same client, so the clock starts when tmux gets the key.

Times: a screen is polled every POLL_SECONDS (captured with its styles, so
that a highlight moving counts as a change) until it has not changed for
`quiet` seconds; the key's time is that of the last change seen, to within
one poll. CPU is the program's own (all its threads, workers included),
read from /proc/PID/stat when each change is seen: the kernel counts it in
clock ticks (1/100 s), so a single reading is within 10 ms and only the mean
of several is finer than that.
"""

from __future__ import annotations

import atexit
import contextlib
import itertools
import os
import shlex
import shutil
import subprocess
import tempfile
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from briefing.cli.reader import FRAMES_PER_SECOND
from briefing.files.config import CONFIG_DIR_ENV
from briefing.files.crashlog import STATE_DIR_ENV
from briefing.userdata.location import DATA_DIR_ENV

#: How often a screen is read while a key's frames land.
POLL_SECONDS = 0.008
#: A screen that has not changed for this long has settled.
QUIET_SECONDS = 0.15
#: How long a key is given to change the screen at all.
NO_CHANGE_SECONDS = 1.0
#: How long a program is given to end once its terminal is gone.
ENDING_SECONDS = 10.0
#: The reader's frame cap (it sets it itself), given to it and to the bare and
#: floor apps alike, so that their keys and first frames are compared like for
#: like even where the bench runs with a TEXTUAL_FPS of the user's.
SAME_FRAME_CAP = {"TEXTUAL_FPS": FRAMES_PER_SECOND}
_CLOCK_TICKS = os.sysconf("SC_CLK_TCK")
_servers = itertools.count(1)


@dataclass(frozen=True)
class KeyTime:
    """What one key did to the screen, from the moment tmux got it."""

    #: to the last change before the screen settled (None: it never changed)
    wall_s: float | None
    #: to the first change
    first_s: float | None
    #: the program's CPU seconds from the key to the last change seen
    cpu_s: float

    @property
    def changed(self) -> bool:
        return self.wall_s is not None


@dataclass(frozen=True)
class Seen:
    """A screen seen: when (perf_counter seconds), and the program's CPU seconds then."""

    at: float
    cpu_s: float


def _running_in_session(session: int) -> bool:
    """Whether a process of session `session` is running (not ended, nor a
    zombie left to be reaped)."""
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            with open(f"/proc/{entry.name}/stat", "rb") as stat:
                fields = stat.read().rsplit(b")", 1)[1].split()
        except OSError:  # ended since the folder was listed
            continue
        # after the name: state is field 3, session 6 (man 5 proc)
        if int(fields[3]) == session and fields[0] not in (b"Z", b"X"):
            return True
    return False


def cpu_seconds(pid: int) -> float:
    """User and system CPU time of process `pid` and all its threads, live or ended."""
    with open(f"/proc/{pid}/stat", "rb") as stat:
        fields = stat.read().rsplit(b")", 1)[1].split()
    # after the name: state is field 3, utime 14 and stime 15 (man 5 proc)
    return (int(fields[11]) + int(fields[12])) / _CLOCK_TICKS


class Terminal:
    """One program running in a tmux pane of its own server."""

    def __init__(self, size: tuple[int, int] = (120, 40)) -> None:
        self.size = size
        self.socket = f"briefing-bench-{os.getpid()}-{next(_servers)}"
        self.session = "bench"
        self._control: subprocess.Popen[bytes] | None = None
        self._socket_path = ""
        self.pid = 0

    # -- running ----------------------------------------------------------

    def start(self, argv: Sequence[str], env: Mapping[str, str] | None = None,
              cwd: Path | None = None) -> float:  # fmt: skip
        """Start `argv` in a new pane; returns the perf_counter time it was started.

        The shell `exec`s the program, so the pane's process is the program
        itself and its /proc entry is the one read for CPU time.
        """
        self.stop()
        env = {**_own_user_folders(), **(env or {})}
        assignments = [f"{k}={shlex.quote(v)}" for k, v in env.items()]
        command = " ".join(["exec", "env", *assignments, *map(shlex.quote, argv)])
        if cwd is not None:
            command = f"cd {shlex.quote(str(cwd))} && {command}"
        width, height = self.size
        started = time.perf_counter()
        self._tmux(
            "new-session", "-d", "-s", self.session, "-x", str(width), "-y", str(height),
            command, ";", "set-option", "-t", self.session, "remain-on-exit", "on",
            ";", "set-option", "-t", self.session, "status", "off",
        )  # fmt: skip
        self.pid = int(self._tmux("display", "-p", "-t", self.session, "#{pane_pid}"))
        self._socket_path = self._tmux("display", "-p", "#{socket_path}").strip()
        self._control = subprocess.Popen(
            ["tmux", "-L", self.socket, "-f", "/dev/null", "-C", "attach", "-t", self.session],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            bufsize=0,
        )
        self._sync()
        return started

    def stop(self) -> None:
        """End the program and its tmux server."""
        if self._control is not None:
            if self._control.stdin is not None:
                self._control.stdin.close()
            self._control.wait(timeout=10)
            self._control = None
        self._tmux("kill-server")
        # tmux (3.3) leaves its socket behind: one file per bench terminal.
        if self._socket_path:
            Path(self._socket_path).unlink(missing_ok=True)
            self._socket_path = ""
        # The program, hung up on, may still be writing (the reader saves its
        # reading marks as it ends): a folder removed before it has ended came
        # back (a bench's temporary user folders were left at a run's end). The
        # pane's process leads a session of its own: when it is a shell that
        # started the program (`time_to_screen`), the program is in it too.
        if self.pid:
            deadline = time.perf_counter() + ENDING_SECONDS
            while _running_in_session(self.pid) and time.perf_counter() < deadline:
                time.sleep(POLL_SECONDS)
            self.pid = 0

    def dead(self) -> bool:
        """Whether the program has exited (the pane stays, remain-on-exit)."""
        return self._command(f"display -p -t {self.session} '#{{pane_dead}}'").strip() == "1"

    # -- reading and typing ----------------------------------------------

    def screen(self) -> str:
        """The pane as it shows now, with its styles (escape sequences)."""
        return self._command(f"capture-pane -p -e -t {self.session}")

    def text(self) -> str:
        """The pane's text, without styles."""
        return self._command(f"capture-pane -p -t {self.session}")

    def bottom_line(self, text: str) -> str:
        """The pane's last line in `text` (tmux leaves out blank lines at the end)."""
        lines = text.split("\n")
        height = self.size[1]
        return lines[height - 1] if len(lines) >= height else ""

    def send(self, *keys: str) -> None:
        """Keys as tmux names them (`j`, `Enter`, `BTab`, `C-p`), or `Escape`:
        sent as Esc followed at once by F20, see `ESCAPE_THEN_F20`."""
        for key in keys:
            if key == "Escape":
                self._command(f"send-keys -t {self.session} -H {ESCAPE_THEN_F20}")
            elif len(key) == 1:
                self._command(f"send-keys -t {self.session} -l {_quoted(key)}")
            else:
                self._command(f"send-keys -t {self.session} {key}")

    def wait_for(self, ready: Callable[[str], bool], limit: float = 120) -> Seen:
        """When `ready(text)` first holds, with the program's CPU then.

        TimeoutError after `limit` seconds.
        """
        deadline = time.perf_counter() + limit
        while time.perf_counter() < deadline:
            seen = time.perf_counter()
            if ready(self.text()):
                return Seen(seen, cpu_seconds(self.pid))
            if self.dead():
                raise RuntimeError(f"the program ended before its screen was ready:\n{self.text()}")
            time.sleep(POLL_SECONDS / 2)
        raise TimeoutError(f"the screen was not ready within {limit} s:\n{self.text()}")

    def peak_rss(self) -> int:
        """The program's peak resident memory so far, in bytes (VmHWM)."""
        with open(f"/proc/{self.pid}/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) * 1024
        raise RuntimeError(f"no VmHWM in /proc/{self.pid}/status")

    def settle(self, quiet: float = QUIET_SECONDS, limit: float = 30) -> str:
        """Wait until the screen has not changed for `quiet` seconds; the screen then."""
        last, since = self.screen(), time.perf_counter()
        deadline = since + limit
        while time.perf_counter() < deadline:
            time.sleep(POLL_SECONDS)
            now = self.screen()
            if now != last:
                last, since = now, time.perf_counter()
            elif time.perf_counter() - since >= quiet:
                return now
        return last

    def time_key(self, key: str, quiet: float = QUIET_SECONDS,
                 no_change: float = NO_CHANGE_SECONDS) -> KeyTime:  # fmt: skip
        """Press `key` on a settled screen and time the frames it brings."""
        last = self.screen()
        cpu_before = cpu_seconds(self.pid)
        start = time.perf_counter()
        self.send(key)
        first = changed = None
        cpu_at_change = cpu_before
        tick = start
        while True:
            tick += POLL_SECONDS
            time.sleep(max(0.0, tick - time.perf_counter()))
            seen = time.perf_counter() - start
            now = self.screen()
            if now != last:
                cpu_at_change = cpu_seconds(self.pid)
                last, changed = now, seen
                first = seen if first is None else first
            elif seen >= (no_change if changed is None else changed + quiet):
                break
        return KeyTime(changed, first, cpu_at_change - cpu_before)

    def time_to_exit(self, key: str, limit: float = 10) -> KeyTime:
        """Press `key` and time until the program has exited."""
        cpu_before = cpu_seconds(self.pid)
        start = time.perf_counter()
        self.send(key)
        cpu = cpu_before
        while time.perf_counter() - start < limit:
            with contextlib.suppress(OSError):  # already reaped
                cpu = cpu_seconds(self.pid)
            if self.dead():
                seen = time.perf_counter() - start
                return KeyTime(seen, seen, cpu - cpu_before)
            time.sleep(POLL_SECONDS)
        return KeyTime(None, None, cpu - cpu_before)

    # -- tmux ---------------------------------------------------------------

    def _sync(self) -> None:
        """Wait until the control client is attached, then turn its output notifications off.

        tmux runs the client's first commands before its own attach completes
        (a command that needs the client then fails: "no current client").
        """
        deadline = time.perf_counter() + 10
        while "no current client" in self._command("refresh-client -f no-output"):
            if time.perf_counter() > deadline:
                raise RuntimeError("tmux's control client did not attach")
            time.sleep(0.01)

    def _tmux(self, *args: str) -> str:
        command = ["tmux", "-L", self.socket, "-f", "/dev/null", *args]
        return subprocess.run(command, capture_output=True, text=True).stdout

    def _command(self, line: str) -> str:
        """Run one tmux command through the control client; its output."""
        control = self._control
        if control is None or control.stdin is None or control.stdout is None:
            raise RuntimeError("no program is running")
        control.stdin.write(line.encode() + b"\n")
        return self._reply(line)

    def _reply(self, line: str) -> str:
        """The next block of output the control client prints (to `line`)."""
        control = self._control
        if control is None or control.stdout is None:
            raise RuntimeError("no program is running")
        output: list[bytes] = []
        inside = False
        while True:
            received = control.stdout.readline()
            if not received:
                raise RuntimeError(f"tmux's control client ended during {line!r}")
            if received.startswith(b"%begin"):
                # flags 1: a reply to this client's command; 0: tmux's own (the attach)
                inside, output = received.split()[-1] == b"1", []
            elif inside and received.startswith((b"%end", b"%error")):
                return b"".join(output).decode("utf-8", "replace")
            elif inside:
                output.append(received)


#: Esc, then F20's sequence. Textual waits ESCDELAY (100 ms) and up to one
#: 100 ms read timeout more to tell a lone Esc from the start of a sequence,
#: but delivers it at once when another sequence follows; nothing binds F20.
#: F20 as the kitty keyboard protocol writes it (CSI 57383 u): Textual 8.2
#: reads the xterm form tmux sends (CSI 34 ~) as the key `"`, which a text
#: box with focus would have taken.
ESCAPE_THEN_F20 = "1b 1b 5b 35 37 33 38 33 75"


def _quoted(key: str) -> str:
    """A literal key for tmux's command parser."""
    return "\\'" if key == "'" else f"'{key}'"


def time_to_screen(
    command: str,
    marker: str,
    size: tuple[int, int] = (120, 40),
    limit: float = 120,
) -> float:
    """Seconds from starting `command` (a shell command) until `marker` is on its screen."""
    terminal = Terminal(size)
    try:
        started = terminal.start(["sh", "-c", command])
        return terminal.wait_for(lambda text: marker in text, limit).at - started
    finally:
        terminal.stop()


#: Where the programs a bench starts keep the reader's own data (notes, reading
#: marks, settings, crash reports), unless the bench says: never the user's.
#: A bench that wrote its x1000 reading marks into the user's notes (5 MB) made
#: every later run's keys depend on them.
_USER_FOLDERS = (DATA_DIR_ENV, CONFIG_DIR_ENV, STATE_DIR_ENV)
_own_folder: list[str] = []


def _own_user_folders() -> dict[str, str]:
    """The user folders of this bench run: one temporary folder, removed at exit."""
    if not _own_folder:
        _own_folder.append(tempfile.mkdtemp(prefix="briefing-bench-"))
        atexit.register(shutil.rmtree, _own_folder[0], ignore_errors=True)
    return {name: os.path.join(_own_folder[0], name.lower()) for name in _USER_FOLDERS}
