"""The index file: only ours is read or replaced; damage is kept; waits are said and bounded.

Whatever path is given as the index (a typo naming the user's notes, a
device, a folder), briefing refuses it in one line with exit 2 and leaves it
exactly as it was. What is ours but damaged is set aside, never over an
earlier copy; what is read-only is left alone. A lock held by a stopped
process is waited on visibly, for a bounded time.
"""

from __future__ import annotations

import hashlib
import os
import select
import signal
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import briefing_files, write_folder

from briefing import cli
from briefing.index.storage import MARKER
from briefing.index.store import INDEX_DIR_ENV, LOCK_WAIT_ENV, default_index_path, open_index

REPO = Path(__file__).resolve().parent.parent
BRIEFING = Path(sys.executable).with_name("briefing")


@pytest.fixture
def content(tmp_path: Path) -> Path:
    root = tmp_path / "content"
    write_folder(root / "one", briefing_files())
    return root


@pytest.fixture
def home(tmp_path: Path) -> Path:
    """The user's own folder, where a mistyped --index points."""
    folder = tmp_path / "home"
    folder.mkdir()
    return folder


def snapshot(folder: Path) -> dict[str, tuple[int, int, str]]:
    """Every entry of `folder`: its kind, inode and (for a file) the sha256 of its bytes."""
    seen = {}
    for entry in sorted(os.scandir(folder), key=lambda e: e.name):
        status = entry.stat(follow_symlinks=False)
        digest = ""
        if stat.S_ISREG(status.st_mode):
            digest = hashlib.sha256(Path(entry.path).read_bytes()).hexdigest()
        elif stat.S_ISLNK(status.st_mode):
            digest = os.readlink(entry.path)
        seen[entry.name] = (stat.S_IFMT(status.st_mode), status.st_ino, digest)
    return seen


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    status = cli.main(list(args))
    out, err = capsys.readouterr()
    return status, out, err


USER_FILES: dict[str, bytes] = {
    "notes.txt": b"Call the embassy on Monday.\n",
    "briefing.yaml": b"briefing:\n  id: mine\n",
    "settings.json": b'{"theme": "dark", "meta": {"1": {"format": 2}}}',
    "empty.json": b"",
    "almost.json": MARKER[:-1],  # one byte short of our marker
}
COMMANDS = {"list": ["list"], "index --rebuild": ["index", "--rebuild"]}


@pytest.mark.parametrize("command", COMMANDS.values(), ids=list(COMMANDS))
@pytest.mark.parametrize("name", USER_FILES)
def test_the_users_file_given_as_index_is_refused_and_left_untouched(
    capsys: pytest.CaptureFixture[str], content: Path, home: Path, name: str, command: list[str]
) -> None:
    (home / name).write_bytes(USER_FILES[name])
    before = snapshot(home)
    status, out, err = run(capsys, *command, str(content), "--index", str(home / name))
    assert status == 2
    assert out == ""
    assert len(err.splitlines()) == 1
    assert err.startswith(f"briefing: {home / name} is not a briefing index")
    # the two ways on, the default path included, where no --index was given
    assert err.rstrip().endswith(
        "delete it if nothing in it is yours to keep, or give another index file with --index FILE"
    )
    assert snapshot(home) == before  # same bytes, same inode, nothing beside it (no .damaged)


def test_a_file_in_the_index_folder_by_the_index_name_is_refused(
    capsys: pytest.CaptureFixture[str],
    content: Path,
    home: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """$BRIEFING_INDEX_DIR may name a folder of the user's own files."""
    monkeypatch.setenv(INDEX_DIR_ENV, str(home))
    default_index_path(content).write_bytes(b"not mine to replace\n")
    before = snapshot(home)
    status, _, err = run(capsys, "index", str(content), "--rebuild")
    assert status == 2 and len(err.splitlines()) == 1
    assert snapshot(home) == before


def _make_special(home: Path, kind: str) -> Path:
    """A folder, a FIFO, a character device (as /dev/null and /dev/zero are) or a link to one."""
    path = home / kind
    if kind == "folder":
        write_folder(path, {"keep.txt": "mine\n"})
    elif kind == "fifo":
        os.mkfifo(path)
    elif kind in ("null device", "zero device", "link to a device"):
        minor = 3 if kind == "null device" else 5  # Linux: 1,3 is /dev/null; 1,5 is /dev/zero
        device = home / f"{kind}.node"
        try:
            os.mknod(device, stat.S_IFCHR | 0o666, os.makedev(1, minor))
        except PermissionError:
            pytest.skip("making a device node needs root")
        if kind == "link to a device":
            path.symlink_to(device)
        else:
            device.rename(path)
    elif kind == "link to a folder":
        (home / "target").mkdir()
        path.symlink_to(home / "target")
    elif kind == "broken link":
        path.symlink_to(home / "nowhere")
    return path


SPECIAL = ["folder", "fifo", "null device", "zero device", "link to a device", "link to a folder"]


@pytest.mark.parametrize("command", COMMANDS.values(), ids=list(COMMANDS))
@pytest.mark.parametrize("kind", [*SPECIAL, "broken link"])
def test_a_folder_fifo_or_device_as_index_is_refused_at_once(
    content: Path, home: Path, kind: str, command: list[str]
) -> None:
    """Run as a separate process, bounded in time and memory: the code before this
    read a FIFO forever, read /dev/zero without bound, and renamed devices."""
    path = _make_special(home, kind)
    before = snapshot(home)

    def bounded_memory() -> None:
        import resource

        resource.setrlimit(resource.RLIMIT_AS, (2 << 30, 2 << 30))

    done = subprocess.run(
        [str(BRIEFING), *command, str(content), "--index", str(path)],
        capture_output=True,
        text=True,
        timeout=60,
        preexec_fn=bounded_memory,
        cwd=home,
    )
    assert done.returncode == 2, done.stderr
    assert len(done.stderr.splitlines()) == 1
    assert "is not a briefing index" in done.stderr
    assert snapshot(home) == before


def _good_index(content: Path, index: Path) -> bytes:
    open_index(content, index)
    return index.read_bytes()


def test_two_damaged_indexes_are_both_kept(content: Path, tmp_path: Path) -> None:
    index = tmp_path / "index.json"
    good = _good_index(content, index)
    damaged = [good[: len(good) // 2], good[: len(good) // 3]]
    for copy in damaged:
        index.write_bytes(copy)
        reopened = open_index(content, index)
        assert reopened.rebuilt and "set aside" in reopened.notices[0]
    assert (tmp_path / "index.json.damaged").read_bytes() == damaged[0]
    assert (tmp_path / "index.json.damaged.1").read_bytes() == damaged[1]
    assert "index.json.damaged.1" in reopened.notices[0]


def test_an_index_nested_100000_deep_is_set_aside_and_rebuilt(
    content: Path, tmp_path: Path
) -> None:
    index = tmp_path / "index.json"
    _good_index(content, index)
    deep = MARKER + b',"meta":' + b"[" * 100_000 + b"]" * 100_000 + b"}"
    index.write_bytes(deep)
    reopened = open_index(content, index)
    assert reopened.rebuilt and reopened.location == index
    assert len(reopened.notices) == 1 and "nested" in reopened.notices[0]
    assert (tmp_path / "index.json.damaged").read_bytes() == deep
    assert reopened.briefing("b").id == "b"


def test_an_index_larger_than_the_cap_is_set_aside_without_being_parsed(
    content: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from briefing.index import storage as index_storage

    index = tmp_path / "index.json"
    good = _good_index(content, index)
    monkeypatch.setattr(index_storage, "MAX_INDEX_BYTES", len(good) - 1)
    (content / "one" / "new.yaml").write_text("actors: []\n", encoding="utf-8")
    reopened = open_index(content, index)
    assert "more than an index may hold" in reopened.notices[0]
    assert (tmp_path / "index.json.damaged").read_bytes() == good


@pytest.fixture
def read_only(tmp_path: Path) -> Iterator[list[Path]]:
    """Paths made read-only by a test, made writable again afterwards."""
    paths: list[Path] = []
    yield paths
    for path in paths:
        path.chmod(0o755)


@pytest.mark.parametrize("what", ["file", "folder"])
def test_a_read_only_index_is_not_replaced_and_the_command_works_from_memory(
    capsys: pytest.CaptureFixture[str],
    content: Path,
    tmp_path: Path,
    read_only: list[Path],
    what: str,
) -> None:
    index = tmp_path / "cache" / "index.json"
    good = _good_index(content, index)
    base = briefing_files()["briefing.yaml"]
    assert isinstance(base, str)
    (content / "one" / "briefing.yaml").write_text(base.replace("title: T", "title: New"), "utf-8")
    target = index if what == "file" else index.parent
    target.chmod(0o444 if what == "file" else 0o555)
    read_only.append(target)
    before = snapshot(index.parent)
    status, out, err = run(capsys, "list", str(content), "--index", str(index))
    assert status == 0
    assert out.startswith("b  New  ")  # the new title: worked from memory
    assert len(err.splitlines()) == 1
    assert "read-only" in err and "working from memory" in err
    assert snapshot(index.parent) == before
    assert index.read_bytes() == good


def test_a_symlink_to_an_index_stays_a_symlink(content: Path, tmp_path: Path) -> None:
    real = tmp_path / "real.json"
    _good_index(content, real)
    link = tmp_path / "link.json"
    link.symlink_to(real)
    (content / "one" / "new.yaml").write_text("actors: []\n", encoding="utf-8")
    assert open_index(content, link).rebuilt
    assert link.is_symlink() and os.readlink(link) == str(real)
    assert b"new.yaml" in real.read_bytes()  # the file it points to was rebuilt


def _line_within(stream: object, seconds: float) -> str | None:
    """The next line from a child's pipe, or None if none comes in `seconds`."""
    fileno = stream.fileno()  # type: ignore[attr-defined]
    ready, _, _ = select.select([fileno], [], [], seconds)
    return stream.readline() if ready else None  # type: ignore[attr-defined]


HOLD_AND_STOP = """\
import os, signal, sys
from pathlib import Path
from briefing.index.store import open_index

def stop():
    print("holding the lock", flush=True)
    os.kill(os.getpid(), signal.SIGSTOP)

open_index(Path(sys.argv[1]), Path(sys.argv[2]), rebuild=True, on_rebuild=stop)
"""


def test_a_stopped_lock_holder_is_named_and_waited_on_for_a_bounded_time(
    content: Path, tmp_path: Path
) -> None:
    index = tmp_path / "index.json"
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD_AND_STOP, str(content), str(index)],
        stdout=subprocess.PIPE,
        text=True,
        cwd=REPO,
    )
    try:
        assert _line_within(holder.stdout, 30) == "holding the lock\n"
        second = subprocess.Popen(
            [str(BRIEFING), "index", str(content), "--index", str(index), "--rebuild"],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env={**os.environ, LOCK_WAIT_ENV: "5"},
        )
        try:
            said = _line_within(second.stderr, 20)
            assert said is not None, "waited without a word"
            assert second.poll() is None  # said while still waiting, not when giving up
            assert said.startswith(f"briefing: waiting for process {holder.pid} (")
            assert "stopped" in said and "giving up after 5 s" in said
            out, err = second.communicate(timeout=30)
        finally:
            second.kill()
            second.wait()
        assert second.returncode == 1  # `index` did not write the index: its job undone
        assert err.startswith("briefing: gave up after 5 s waiting for process")
        assert "working from memory" in err
        assert out.startswith("indexed 1 of 1 briefing in ") and out.rstrip().endswith(": memory")
    finally:
        holder.kill()
        holder.wait()


def test_open_index_reports_a_wait_and_gives_up_after_its_bound(
    content: Path, tmp_path: Path
) -> None:
    """The API the reader's loading screen uses: on_wait is told once."""
    from filelock import FileLock

    index = tmp_path / "index.json"
    waits: list[str] = []
    with FileLock(f"{index}.lock"):
        opened = open_index(content, index, rebuild=True, on_wait=waits.append, lock_wait=1)
    assert len(waits) == 1 and waits[0].startswith("waiting for process ")
    assert opened.location is None and opened.rebuilt
    assert len(opened.notices) == 1 and opened.notices[0].startswith("gave up after 1 s")
    assert opened.briefing("b").id == "b"
    assert not index.exists()


@pytest.mark.parametrize("setting", ["soon", "-1", "inf", "nan"])
def test_a_lock_wait_that_is_not_a_number_of_seconds_is_a_usage_error(
    capsys: pytest.CaptureFixture[str],
    content: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    setting: str,
) -> None:
    monkeypatch.setenv(LOCK_WAIT_ENV, setting)
    status, _, err = run(capsys, "index", str(content), "--index", str(tmp_path / "i.json"))
    assert status == 2
    assert err == f"briefing: {LOCK_WAIT_ENV} must be a number of seconds, not '{setting}'\n"


def test_a_killed_process_leaves_no_stale_holder(content: Path, tmp_path: Path) -> None:
    """The holder is named from the lock the system holds, not from a file
    left behind: once the holder is gone, nobody is waited on."""
    index = tmp_path / "index.json"
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD_AND_STOP, str(content), str(index)],
        stdout=subprocess.PIPE,
        text=True,
        cwd=REPO,
    )
    assert _line_within(holder.stdout, 30) == "holding the lock\n"
    holder.send_signal(signal.SIGKILL)
    holder.wait()
    waits: list[str] = []
    opened = open_index(content, index, on_wait=waits.append, lock_wait=5)
    assert waits == [] and opened.location == index and opened.notices == []
