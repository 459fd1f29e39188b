"""The reader in a real terminal: however it ends, the terminal is left as it was found.

Each test starts `briefing` on the slave side of a pty, waits until it has
drawn, then ends it (a signal, Ctrl+Z, a crash) and reads what it wrote last
and the terminal's modes. Every wait is bounded (pty_terminal.WAIT).
"""

from __future__ import annotations

import json
import os
import re
import signal
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from conftest import BASE_FILES, briefing_files, write_folder
from pty_terminal import (
    ALTERNATE_SCREEN_OFF,
    ALTERNATE_SCREEN_ON,
    CURSOR_SHOWN,
    MOUSE_OFF,
    PASTE_OFF,
    WAIT,
    Terminal,
    terminal,
)

from briefing.index.build import PARALLEL_FROM_BYTES, available_cores
from briefing.index.store import open_index

CONTROL_SEQUENCE = re.compile(r"\x1b\[[0-9;?<>=$]*[A-Za-z]")

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="needs a POSIX pty")


def assert_left_as_found(term: Terminal, since: int) -> None:
    """Main screen, cursor shown, no mouse reports, no bracketed paste, the shell's modes."""
    tail = bytes(term.output[since:])
    assert ALTERNATE_SCREEN_OFF in tail
    assert term.output.rfind(ALTERNATE_SCREEN_ON) < term.output.rfind(ALTERNATE_SCREEN_OFF)
    assert CURSOR_SHOWN in tail
    for sequence in (*MOUSE_OFF, PASTE_OFF):
        assert sequence in tail, sequence
    assert term.echo_and_lines() == (True, True)
    assert term.modes() == term.modes_before


@pytest.mark.parametrize(
    ("signum", "status"),
    [(signal.SIGTERM, 143), (signal.SIGHUP, 129), (signal.SIGINT, 130)],
    ids=["TERM", "HUP", "INT"],
)
def test_a_signal_ends_the_reader_as_q_does(tmp_path: Path, signum: int, status: int) -> None:
    with terminal(tmp_path) as term:
        term.wait_until_drawn()
        assert term.echo_and_lines() == (False, False)  # the reader has the keys
        before = len(term.output)
        term.signal(signum)
        assert term.exit_status() == status
        assert_left_as_found(term, before)


def test_q_ends_at_once_with_the_pin_saved_and_the_terminal_as_found(tmp_path: Path) -> None:
    """The process ends without the interpreter's teardown after the reader
    (briefing.cli.ending): what the user kept is on disk all the same."""
    with terminal(tmp_path) as term:
        term.wait_until_drawn()
        term.press(b"*")  # pin the actor under the cursor
        term.read_for(0.5)
        before = len(term.output)
        term.press(b"q")
        assert term.exit_status() == 0
        assert_left_as_found(term, before)
    notes = (tmp_path / "data" / "notes.json").read_text(encoding="utf-8")
    assert "liz-truss" in notes


def test_keys_typed_after_q_in_one_burst_are_not_acted_on(tmp_path: Path) -> None:
    """`qsk` typed at once: `s` opened the summary as the reader ended and `k`
    scrolled it before it was composed, an internal error and exit 3 (a new
    user's trial; three times in four)."""
    for _ in range(3):
        with terminal(tmp_path) as term:
            term.wait_until_drawn()
            before = len(term.output)
            term.press(b"qsk")
            assert term.exit_status() == 0
            assert b"internal error" not in term.output
            assert_left_as_found(term, before)
    with terminal(tmp_path) as term:  # nor does a key after q change what is kept
        term.wait_until_drawn()
        term.press(b"q*")
        assert term.exit_status() == 0
    kept = json.loads((tmp_path / "data" / "notes.json").read_text(encoding="utf-8"))
    assert kept["pins"] == {}


def test_a_pin_that_could_not_be_saved_is_said_and_the_exit_is_not_0(tmp_path: Path) -> None:
    """The reader said "1 change … could not be saved" and exited 0 (a new
    user's trial): a script could not tell. The notes file here is not ours,
    so it is never written."""
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "notes.json").write_text("my own file\n", encoding="utf-8")
    with terminal(tmp_path) as term:
        term.wait_until_drawn()
        term.press(b"*")
        term.read_for(0.5)
        before = len(term.output)
        term.press(b"q")
        assert term.exit_status() == 1
        assert_left_as_found(term, before)
        term.read_for(0.2)
        assert b"could not be saved" in bytes(term.output[before:])
    assert (tmp_path / "data" / "notes.json").read_text(encoding="utf-8") == "my own file\n"


def test_a_note_that_could_not_be_saved_is_printed_in_full_when_the_reader_ends(
    tmp_path: Path,
) -> None:
    """Its folder read-only, the note was "kept", and quitting said only "3 changes
    could not be saved": its text was gone (a new user's trial). Now it is printed,
    on the terminal given back, with the record it is on."""
    data = tmp_path / "data"
    data.mkdir()
    data.chmod(0o555)  # as `chattr +i` makes it: respected even by root (why_unwritable)
    try:
        with terminal(tmp_path) as term:
            term.wait_until_drawn()
            term.press(b"w")  # a note on the actor under the cursor
            term.wait_for(b"Your note on the actor")
            term.press(b"first thought\rsecond line")
            term.read_for(0.3)
            term.press(b"\x1b")  # Esc keeps it
            term.wait_for(b"not saved yet")
            before = len(term.output)
            term.press(b"q")
            assert term.exit_status() == 1
            assert_left_as_found(term, before)
            after = bytes(term.output[term.output.rfind(ALTERNATE_SCREEN_OFF) :]).decode()
    finally:
        data.chmod(0o755)
    assert "its folder is read-only" in after
    assert "Note on the actor liz-truss of briefing" in after
    assert "first thought\r\nsecond line" in after  # its own lines, whole
    assert list(data.iterdir()) == []


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGHUP], ids=["TERM", "HUP"])
def test_a_note_being_written_is_kept_when_the_reader_is_killed_while_stopped(
    tmp_path: Path, signum: int
) -> None:
    """Ctrl+Z, then `kill %1` from the shell (TERM, then CONT), or the terminal
    closed (HUP): the process ended at once, and the note being typed was lost
    (a robustness trial). It is kept now, without a word to the terminal, which
    is the shell's."""
    with _stopped_writing_a_note(tmp_path, b"note-killed-while-stopped") as (term, pid):
        if signum == signal.SIGHUP:
            term.hang_up()  # the terminal closed: the kernel sends HUP, then CONT
            deadline = time.monotonic() + WAIT
            while Path(f"/proc/{pid}").exists() and _state(pid) != "Z":
                assert time.monotonic() < deadline, "the reader lived on"
                time.sleep(0.05)
        else:
            os.kill(pid, signum)
            os.kill(pid, signal.SIGCONT)  # as the shell's kill does for a stopped job
            assert term.exit_status() == 128 + signum
    notes = (tmp_path / "data" / "notes.json").read_text(encoding="utf-8")
    assert "note-killed-while-stopped" in notes


def test_killed_twice_while_stopped_and_keeping_its_data_the_reader_ends(
    tmp_path: Path,
) -> None:
    """Asked again while it waits for the notes' lock (another reader saving):
    the second signal gave the terminal back from the background, which
    stopped the job for good (a review). It ends at once."""
    import fcntl

    with _stopped_writing_a_note(tmp_path, b"a note") as (term, pid):
        (tmp_path / "data").mkdir(exist_ok=True)
        lock = os.open(tmp_path / "data" / "notes.json.lock", os.O_RDWR | os.O_CREAT)
        try:
            fcntl.flock(lock, fcntl.LOCK_EX)  # another reader saving, for a while
            for _ in range(2):  # `kill %1`, twice
                os.kill(pid, signal.SIGTERM)
                os.kill(pid, signal.SIGCONT)
                term.read_for(0.5)
            assert term.exit_status() == 143
        finally:
            os.close(lock)


@contextmanager
def _stopped_writing_a_note(tmp_path: Path, note: bytes) -> Iterator[tuple[Terminal, int]]:
    """The reader, as a shell's job, stopped by Ctrl+Z while `note` is typed in
    the note editor, the shell holding the terminal: the terminal, and its pid."""
    job = tmp_path / "job.pid"
    shell = str(Path(__file__).with_name("job_shell.py"))
    command = ["--takes-back", str(job), sys.executable, "-m", "briefing"]
    with terminal(tmp_path, *command, script=shell) as term:
        term.wait_until_drawn()
        term.press(b"w")  # a note on the actor under the cursor
        term.wait_for(b"Your note on the actor")
        term.press(note)
        term.read_for(0.3)
        term.press(b"\x1a")  # Ctrl+Z
        pid = int(job.read_text(encoding="utf-8"))
        deadline = time.monotonic() + WAIT
        while _state(pid) != "T":
            assert time.monotonic() < deadline, term.text()[-600:]
            term.read_for(0.05)
        yield term, pid


def _state(pid: int) -> str:
    """The process's state letter in /proc (T: stopped)."""
    return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]


@pytest.mark.parametrize("after", [0.02, 0.05, 0.1, 0.2])
def test_a_terminal_that_goes_away_ends_the_reader(tmp_path: Path, after: float) -> None:
    """Its window closed while it draws: no terminal to restore, and the reader
    must not stay behind. Textual's writer thread dies on the first failed write;
    its shutdown then waited forever to hand it the last ones (4 of 7 readers
    hung up in their first 0.3 s stayed, each holding its files)."""
    with terminal(tmp_path) as term:
        term.wait_for(ALTERNATE_SCREEN_ON)
        term.read_for(after)
        term.hang_up()
        assert term.process.wait(timeout=20) == 128 + signal.SIGHUP


def test_a_terminal_gone_ends_a_reader_that_ignores_hangups(tmp_path: Path) -> None:
    """Started with SIGHUP ignored, its window closed: the reader read on from a
    terminal with nothing more to read, two threads at full speed, until someone
    killed it (a trial). It ends as on SIGHUP, the note being typed kept."""
    script = str(Path(__file__).with_name("deaf_to_hangups.py"))
    with terminal(tmp_path, script=script) as term:
        term.wait_until_drawn()
        term.press(b"w")  # a note on the actor under the cursor
        term.wait_for(b"Your note on the actor")
        term.press(b"typed-as-the-window-closed")
        term.read_for(0.3)
        term.hang_up()
        assert term.process.wait(timeout=WAIT) == 128 + signal.SIGHUP
    notes = (tmp_path / "data" / "notes.json").read_text(encoding="utf-8")
    assert "typed-as-the-window-closed" in notes


def test_ctrl_z_suspends_with_the_terminal_restored_and_fg_resumes(tmp_path: Path) -> None:
    with terminal(tmp_path) as term:
        term.wait_until_drawn()
        before = len(term.output)
        term.press(b"\x1a")  # Ctrl+Z
        term.wait_stopped()
        assert_left_as_found(term, before)
        resumed = len(term.output)
        term.signal(signal.SIGCONT)  # what `fg` sends
        back = term.wait_for(ALTERNATE_SCREEN_ON, since=resumed)
        term.wait_for(b"Quit", since=back)  # drawn again
        term.read_for(0.3)
        assert term.echo_and_lines() == (False, False)
        before = len(term.output)
        term.press(b"q")
        assert term.exit_status() == 0
        assert_left_as_found(term, before)


def test_a_crash_restores_the_terminal_says_one_line_and_exits_3(tmp_path: Path) -> None:
    script = str(Path(__file__).with_name("crashing_reader.py"))
    with terminal(tmp_path, script=script) as term:
        term.wait_until_drawn()
        before = len(term.output)
        term.press(b"x")  # its action raises
        assert term.exit_status() == 3
        assert_left_as_found(term, before)
        after = term.output[term.output.rfind(ALTERNATE_SCREEN_OFF) :].decode("utf-8", "replace")
        lines = [line for line in CONTROL_SEQUENCE.sub("", after).splitlines() if line.strip()]
        assert len(lines) == 1, lines
        head = (
            "briefing: internal error: RuntimeError: injected for the test "
            "(please report it); details in "
        )
        assert lines[0].startswith(head)
        log = Path(lines[0][len(head) :].strip())
        assert log.parent == tmp_path / "state"
        details = log.read_text(encoding="utf-8")
        assert "action_crash" in details and "RuntimeError: injected for the test" in details
        assert "Traceback" not in term.text()  # the traceback is in the log, not on screen


@pytest.fixture
def two_briefings(tmp_path: Path) -> Path:
    """`b`, which opens, and `broken`, which has one error."""
    library = tmp_path / "library"
    write_folder(library / "good", briefing_files())
    yaml = str(BASE_FILES["briefing.yaml"])
    broken = yaml.replace("id: b\n", "id: broken\n").replace("kind: person", "kind: robot")
    write_folder(library / "broken", briefing_files(**{"briefing.yaml": broken}))
    return library


@pytest.mark.parametrize(
    ("wanted", "said"),
    [
        ("bb", "no briefing with the id 'bb' in "),
        ("bb", "(did you mean 'b'?)"),
        ("broken", "the briefing 'broken' has 1 error and does not open"),
    ],
)
def test_a_briefing_that_does_not_open_is_refused_before_the_reader_starts(
    tmp_path: Path, two_briefings: Path, wanted: str, said: str
) -> None:
    with terminal(tmp_path, "open", str(two_briefings), "--briefing", wanted) as term:
        assert term.exit_status() == 2
        assert ALTERNATE_SCREEN_ON not in term.output
        assert said in term.text()


def test_a_file_that_is_not_an_index_is_refused_before_the_reader_starts(
    tmp_path: Path, two_briefings: Path
) -> None:
    """`briefing open DIR --index notes.txt` (a typo): exit 2 at once, the notes untouched."""
    notes = tmp_path / "notes.txt"
    notes.write_text("my notes\n")
    with terminal(tmp_path, "open", str(two_briefings), "--index", str(notes)) as term:
        assert term.exit_status() == 2
        assert ALTERNATE_SCREEN_ON not in term.output
        assert "is not a briefing index" in term.text()
    assert notes.read_text() == "my notes\n"
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("notes")) == ["notes.txt"]


def test_the_grace_before_the_process_ends_outlasts_the_last_save() -> None:
    """A reader ended by a signal is let end on its own for longer than its last
    save may wait for the notes' lock: a note is never cut off by the grace."""
    from briefing.screens.keeper import LAST_SAVE_WAIT
    from briefing.screens.process import EXIT_GRACE_SECONDS

    assert EXIT_GRACE_SECONDS >= LAST_SAVE_WAIT + 2


def test_q_while_a_library_is_first_indexed_stops_the_build(tmp_path: Path) -> None:
    """The build stops after the folder it is on (the worker's cancellation is
    checked after each), so the process ends with the reader; what was built
    is kept for the next open. Before, only a failed report to the closed
    loading screen stopped it, and a build with no screen to report to ran on."""
    base = BASE_FILES["briefing.yaml"]
    assert isinstance(base, str)
    content = tmp_path / "content"
    total = 300
    for number in range(total):
        files = briefing_files(**{"briefing.yaml": base.replace("id: b", f"id: b{number}", 1)})
        write_folder(content / f"b{number:03}", files)
    with terminal(tmp_path, "open", str(content)) as term:
        term.wait_for(b"indexing")
        before = len(term.output)
        term.press(b"q")
        assert term.exit_status() == 0
        assert_left_as_found(term, before)
    index = tmp_path / "index"
    assert not list(index.glob("*.index.json"))  # the catalogue: never written
    built = [f for f in index.glob("*.briefings/*.json")]
    assert len(built) < total


SLOW_READER = str(Path(__file__).with_name("slow_reader.py"))
#: Small briefings beside the slow one: the count climbs, then holds on the slow one.
SMALL_BRIEFINGS = 30
needs_two_cores = pytest.mark.skipif(
    available_cores() < 2, reason="a build in processes (one per core) needs two cores"
)


def slow_library(content: Path) -> Path:
    """Small briefings and `slow`, which tests/slow_reader.py takes a minute to check,
    with over 2 MB of source text: enough for the build to be shared among processes."""
    base = BASE_FILES["briefing.yaml"]
    assert isinstance(base, str)
    for number in range(SMALL_BRIEFINGS):
        files = briefing_files(**{"briefing.yaml": base.replace("id: b", f"id: b{number}", 1)})
        write_folder(content / f"b{number:02}", files)
    slow_folder(content / "slow")
    return content


def slow_folder(folder: Path) -> Path:
    """The briefing `slow`, with over 2 MB of source text."""
    base = BASE_FILES["briefing.yaml"]
    assert isinstance(base, str)
    text = "She said hello world.\n\n" + "Then she left.\n" * 150_000
    assert len(text) > PARALLEL_FROM_BYTES
    slow = briefing_files(**{"briefing.yaml": base.replace("id: b", "id: slow", 1)})
    return write_folder(folder, {**slow, "sources/s.txt": text})


def worker_reading_slow(tmp_path: Path, term: Terminal) -> int:
    """Once every small briefing's file is written: the id of the process still reading
    `slow` (bounded: pty_terminal.WAIT)."""
    mark, files = tmp_path / "slow.pid", tmp_path / "index"
    deadline = time.monotonic() + WAIT
    while True:
        pid = mark.read_text(encoding="utf-8") if mark.is_file() else ""
        if pid and len(list(files.glob("*.briefings/*.json"))) == SMALL_BRIEFINGS:
            return int(pid)
        assert time.monotonic() < deadline and term.process.poll() is None, term.text()[-600:]
        term.read_for(0.05)


def running(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


@needs_two_cores
@pytest.mark.skipif(not Path("/proc").is_dir(), reason="reads /proc")
@pytest.mark.parametrize(
    ("ending", "status"),
    [(signal.SIGTERM, 143), (signal.SIGHUP, 129), (signal.SIGINT, 130), ("q", 0)],
    ids=["TERM", "HUP", "INT", "q"],
)
def test_ended_while_a_large_briefing_is_indexed_the_reader_ends_at_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, ending: int | str, status: int
) -> None:
    """A new user's trial: `kill` while only a very large briefing was still being
    read blanked the screen, and the process lived on for 6 s (the grace), its
    worker processes after it, then a warning of leaked semaphores. Now the build
    stops where it is: its processes ended, the reader gone well within 3 s."""
    content = slow_library(tmp_path / "content")
    with terminal(tmp_path, "open", str(content), script=SLOW_READER) as term:
        worker = worker_reading_slow(tmp_path, term)
        assert running(worker)
        before = len(term.output)
        if isinstance(ending, str):
            term.press(ending.encode())
        else:
            term.signal(ending)
        assert term.exit_status(timeout=3) == status
        assert_left_as_found(term, before)
        term.read_for(0.5)  # what the semaphore tracker would say, once the reader is gone
        assert not running(worker)  # ended with the reader: no orphan
        after = term.text()[term.text().rfind(ALTERNATE_SCREEN_OFF.decode()) :]
        assert CONTROL_SEQUENCE.sub("", after).strip() == ""  # nothing said (no warning)
    index = tmp_path / "index"
    assert not list(index.glob("*.index.json"))  # the catalogue: never written half-built
    # The next open takes what was built and checks the rest; nothing half-written is kept.
    monkeypatch.setenv("BRIEFING_INDEX_DIR", str(index))
    opened = open_index(content)
    assert len(opened.summaries()) == SMALL_BRIEFINGS + 1
    assert opened.briefing("slow").id == "slow"
    assert not [f for f in index.rglob("*") if f.name.endswith(".tmp")]


def test_q_while_a_small_slow_briefing_is_indexed_ends_the_reader_at_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A briefing too small for a worker process is checked in the reader's own
    thread: one slow to check (a crafted source) kept the process after `q`,
    on a blank screen, until its check ended (50 s; a security review)."""
    content = tmp_path / "content"
    write_folder(content / "b", briefing_files())
    base = BASE_FILES["briefing.yaml"]
    assert isinstance(base, str)
    write_folder(
        content / "slow", briefing_files(**{"briefing.yaml": base.replace("id: b", "id: slow", 1)})
    )
    mark = tmp_path / "slow.pid"
    with terminal(tmp_path, "open", str(content), script=SLOW_READER) as term:
        term.wait_for("Still reading “slow”".encode())
        deadline = time.monotonic() + WAIT
        while not mark.is_file():
            assert time.monotonic() < deadline and term.process.poll() is None, term.text()[-600:]
            term.read_for(0.05)
        assert int(mark.read_text(encoding="utf-8")) == term.process.pid  # in its own thread
        before = len(term.output)
        term.press(b"q")
        assert term.exit_status(timeout=3) == 0
        assert_left_as_found(term, before)
        after = term.text()[term.text().rfind(ALTERNATE_SCREEN_OFF.decode()) :]
        assert "the next start goes on from there" in CONTROL_SEQUENCE.sub("", after)
    monkeypatch.setenv("BRIEFING_INDEX_DIR", str(tmp_path / "index"))
    assert open_index(content).briefing("b").id == "b"  # the next start: what was kept, and more


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="reads /proc")
def test_ended_while_one_large_briefing_is_first_indexed_the_reader_ends_at_once(
    tmp_path: Path,
) -> None:
    """Alone, a large briefing was built in the reader's own thread, which finishes
    its folder before the process may end: `kill` during the first build of a
    x1000 briefing took 5 s, on an empty screen. It is built in a process now."""
    folder = slow_folder(tmp_path / "slow")
    mark = tmp_path / "slow.pid"
    with terminal(tmp_path, "open", str(folder), script=SLOW_READER) as term:
        deadline = time.monotonic() + WAIT
        while not (mark.is_file() and mark.read_text(encoding="utf-8")):
            assert time.monotonic() < deadline and term.process.poll() is None, term.text()[-600:]
            term.read_for(0.05)
        worker = int(mark.read_text(encoding="utf-8"))
        assert worker != term.process.pid  # not the reader's own thread
        before = len(term.output)
        term.signal(signal.SIGTERM)
        assert term.exit_status(timeout=3) == 143
        assert_left_as_found(term, before)
        term.read_for(0.5)
        assert not running(worker)


@pytest.mark.parametrize("gap", [0.02, 0.1])
def test_a_hang_up_told_twice_keeps_the_note_being_written(tmp_path: Path, gap: float) -> None:
    """A terminal window closed with a shell in it: the kernel's SIGHUP, then the
    shell's own passed on to its jobs. The second was taken for being asked
    twice, and the reader ended before its last save (a trial of a shared desk)."""
    with terminal(tmp_path) as term:
        term.wait_until_drawn()
        term.press(b"w")
        term.wait_for(b"Your note on the actor")
        term.press(b"hung-up-twice")
        term.read_for(0.3)
        term.signal(signal.SIGHUP)
        term.read_for(gap)  # the shell's, after the kernel's (one pending signal is one)
        term.signal(signal.SIGHUP)
        assert term.exit_status() == 128 + signal.SIGHUP
    notes = (tmp_path / "data" / "notes.json").read_text(encoding="utf-8")
    assert "hung-up-twice" in notes


@pytest.mark.parametrize("gap", [0.0, 0.05, 0.1])
def test_a_second_signal_right_after_the_first_still_leaves_the_terminal_as_found(
    tmp_path: Path, gap: float
) -> None:
    """The second ends the process at once, before Textual could restore the
    terminal: it is given back all the same (screens/process.py)."""
    with terminal(tmp_path) as term:
        term.wait_until_drawn()
        before = len(term.output)
        term.signal(signal.SIGTERM)
        if gap:
            term.read_for(gap)
        term.signal(signal.SIGTERM)
        assert term.exit_status() == 143
        assert_left_as_found(term, before)


def test_an_app_that_does_not_end_within_the_grace_is_ended(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The watch is started with the reader, not by the signal's handler (which
    would start a thread there); the first ending signal sets it going."""
    import threading

    from briefing.screens import process

    ended = threading.Event()
    statuses: list[int] = []

    def end_now(status: int) -> None:
        statuses.append(status)
        ended.set()

    monkeypatch.setattr(process, "EXIT_GRACE_SECONDS", 0.1)
    monkeypatch.setattr(process, "_end_now", end_now)
    monkeypatch.setattr(process, "_ending", None)
    process._grace_watch()
    threads = threading.active_count()
    process._on_ending_signal(signal.SIGTERM, None)
    assert threading.active_count() == threads  # no thread started by the handler
    assert ended.wait(5) and statuses[0] == 143
    process._ending = None  # as a next reader in this process starts: nothing to end
    process._grace_watch()  # and the watch waits again
