"""`briefing index` ended by a signal while its progress bar is drawn, in a real terminal.

TERM and HUP ended it where it stood: the bar's hidden cursor stayed hidden
at the shell's prompt, and multiprocessing warned of leaked semaphores;
Ctrl+C ended it cleanly but said nothing; Ctrl+Z left the cursor hidden
while it was stopped (a trial). Now each signal ends it as Ctrl+C does,
with 128 + its number, the cursor shown, the worker processes ended, and
one line that says what is kept.
"""

from __future__ import annotations

import os
import re
import shutil
import signal
import sys
import time
from pathlib import Path

import pytest
from pty_terminal import CURSOR_SHOWN, WAIT, Terminal, terminal
from test_pty import (
    CONTROL_SEQUENCE,
    SLOW_READER,
    SMALL_BRIEFINGS,
    needs_two_cores,
    running,
    slow_library,
    worker_reading_slow,
)

from briefing.index.store import open_index

pytestmark = [
    pytest.mark.skipif(sys.platform == "win32", reason="needs a POSIX pty"),
    pytest.mark.skipif(not Path("/proc").is_dir(), reason="reads /proc"),
    needs_two_cores,
]

CURSOR_HIDDEN = b"\x1b[?25l"
JOB_SHELL = str(Path(__file__).with_name("job_shell.py"))
SLOW_START = str(Path(__file__).with_name("slow_start.py"))
#: Every small briefing's file is written when the signal comes; the last may not
#: have been reported to the command yet.
KEPT = re.compile(
    r"briefing: interrupted: the (\d+) briefings checked so far are kept; "
    r"the next run goes on from there"
)


def said_after(term: Terminal, since: int) -> list[str]:
    """The lines written after offset `since`, control sequences and the bar's
    frames (each cleared as the next is drawn) taken out."""
    text = bytes(term.output[since:]).decode("utf-8", "replace")
    lines = [line.strip() for line in CONTROL_SEQUENCE.sub("", text).splitlines()]
    return [line for line in lines if line and not line.startswith("indexing briefings")]


@pytest.mark.parametrize(
    ("signum", "status"),
    [(signal.SIGTERM, 143), (signal.SIGHUP, 129), (signal.SIGINT, 130)],
    ids=["TERM", "HUP", "INT"],
)
def test_a_signal_ends_the_index_command_with_the_cursor_back_and_says_what_is_kept(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, signum: int, status: int
) -> None:
    content = slow_library(tmp_path / "content")
    with terminal(tmp_path, "index", str(content), script=SLOW_READER) as term:
        worker = worker_reading_slow(tmp_path, term)
        assert CURSOR_HIDDEN in term.output  # the bar is drawn
        before = len(term.output)
        term.signal(signum)
        assert term.exit_status(timeout=5) == status
        term.read_for(0.5)  # what the semaphore tracker would say, once the command is gone
        assert CURSOR_SHOWN in term.output[before:]
        assert not running(worker)  # ended with the command: no orphan
        lines = said_after(term, before)
        assert len(lines) == 1, lines  # no warning of leaked semaphores
        kept = KEPT.fullmatch(lines[0])
        assert kept is not None and 0 < int(kept[1]) <= SMALL_BRIEFINGS, lines
    index = tmp_path / "index"
    assert not list(index.glob("*.index.json"))  # the catalogue: never written half-built
    monkeypatch.setenv("BRIEFING_INDEX_DIR", str(index))
    checked: list[int] = []
    opened = open_index(content, on_progress=lambda progress: checked.append(progress.total))
    assert set(checked) == {1}  # the next run took what was kept, and checked the rest
    assert len(opened.summaries()) == SMALL_BRIEFINGS + 1


def test_ctrl_c_while_the_workers_start_says_one_line_and_no_traceback(tmp_path: Path) -> None:
    """Ctrl+C reaches every process of the terminal: a worker still starting
    (importing, before any code of the build runs in it) printed its own
    KeyboardInterrupt traceback above the command's line (a trial: 3 of 8)."""
    content = slow_library(tmp_path / "content")
    mark = tmp_path / "starting.pid"
    with terminal(tmp_path, "index", str(content), script=SLOW_START) as term:
        deadline = time.monotonic() + WAIT
        while not mark.is_file():
            assert time.monotonic() < deadline and term.process.poll() is None, term.text()
            term.read_for(0.05)
        worker, hears = mark.read_text(encoding="utf-8").split()
        assert hears == "deaf"  # Ctrl+C cannot reach a worker, from its start
        before = len(term.output)
        term.press(b"\x03")  # the terminal sends SIGINT to the command and its workers
        assert term.exit_status(timeout=10) == 130
        term.read_for(0.5)  # what a worker would print as it goes
        echoed = [line.removeprefix("^C") for line in said_after(term, before)]  # the echo
        lines = [line for line in echoed if line]
        assert lines == ["briefing: interrupted: the index is left as it was"], lines
        assert not running(int(worker))
    assert not (tmp_path / "interrupted.pid").exists()  # the worker never saw Ctrl+C


def test_a_terminal_closed_ends_the_index_command_and_its_workers(tmp_path: Path) -> None:
    """Its window closed: SIGHUP, and every write to the terminal fails from then on."""
    content = slow_library(tmp_path / "content")
    with terminal(tmp_path, "index", str(content), script=SLOW_READER) as term:
        worker = worker_reading_slow(tmp_path, term)
        term.hang_up()
        assert term.process.wait(timeout=5) == 128 + signal.SIGHUP
        deadline = time.monotonic() + WAIT
        while running(worker):
            assert time.monotonic() < deadline
            time.sleep(0.05)
    assert not list((tmp_path / "index").glob("*.index.json"))


def test_a_signal_before_any_briefing_is_kept_says_the_index_is_as_it_was(
    tmp_path: Path,
) -> None:
    """Only the slow briefing to check: nothing is written when TERM comes."""
    content = slow_library(tmp_path / "content")
    for number in range(SMALL_BRIEFINGS):
        shutil.rmtree(content / f"b{number:02}")
    mark = tmp_path / "slow.pid"
    with terminal(tmp_path, "index", str(content), script=SLOW_READER) as term:
        term.wait_for(CURSOR_HIDDEN)
        while not mark.is_file():
            term.read_for(0.05)
        before = len(term.output)
        term.signal(signal.SIGTERM)
        assert term.exit_status(timeout=5) == 143
        assert CURSOR_SHOWN in term.output[before:]
        assert said_after(term, before) == ["briefing: interrupted: the index is left as it was"]


def stopped(pid: int) -> bool:
    status = Path(f"/proc/{pid}/stat").read_text(encoding="utf-8")
    return status.rsplit(")", 1)[1].split()[0] in ("T", "t")


def test_ctrl_z_shows_the_cursor_while_stopped_and_hides_it_again_for_the_bar(
    tmp_path: Path,
) -> None:
    content = slow_library(tmp_path / "content")
    job = tmp_path / "job.pid"
    command = [str(job), sys.executable, SLOW_READER, "index", str(content)]
    with terminal(tmp_path, *command, script=JOB_SHELL) as term:
        worker_reading_slow(tmp_path, term)
        pid = int(job.read_text(encoding="utf-8"))
        before = len(term.output)
        term.press(b"\x1a")  # Ctrl+Z
        deadline = time.monotonic() + WAIT
        while not stopped(pid):
            assert time.monotonic() < deadline, term.text()[-600:]
            term.read_for(0.05)
        term.read_for(0.2)
        assert term.output.rfind(CURSOR_SHOWN) > max(before, term.output.rfind(CURSOR_HIDDEN))
        resumed = len(term.output)
        os.killpg(pid, signal.SIGCONT)  # what `fg` sends, to the whole job
        term.wait_for(CURSOR_HIDDEN, since=resumed)  # the bar is drawn on, the cursor hidden
        before = len(term.output)
        os.kill(pid, signal.SIGTERM)
        assert term.exit_status(timeout=5) == 143
        assert CURSOR_SHOWN in term.output[before:]
