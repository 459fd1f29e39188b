"""An index per briefing: only what changed is checked, written and read.

A library's catalogue lists every folder; each folder's records are in a
file of their own. An edit checks one folder again and writes one file and
the catalogue; a run killed between the two is repaired by the next one
without checking anything again; a build in processes writes the same bytes
as one in a single process.
"""

from __future__ import annotations

import hashlib
import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import BASE_FILES, briefing_files, write_folder

from briefing import cli
from briefing.check.content import check_content
from briefing.index import storage
from briefing.index.build import NAMED_LEFT, Progress
from briefing.index.catalogue import files_folder
from briefing.index.records_file import file_name
from briefing.index.storage import MARKER, encode
from briefing.index.store import Index, open_index
from briefing.records.words import SearchQuery

REPO = Path(__file__).resolve().parent.parent
BASE = BASE_FILES["briefing.yaml"]
assert isinstance(BASE, str)


def write_library(root: Path, count: int) -> Path:
    """Folders n0, n1, ... holding briefings b0, b1, ... titled T0, T1, ..."""
    for number in range(count):
        retitled = BASE.replace("id: b", f"id: b{number}").replace("title: T", f"title: T{number}")
        write_folder(root / f"n{number}", briefing_files(**{"briefing.yaml": retitled}))
    return root


def retitle(content: Path, number: int, title: str) -> None:
    path = content / f"n{number}" / "briefing.yaml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace(f"title: T{number}\n", f"title: {title}\n"), encoding="utf-8")


@pytest.fixture
def content(tmp_path: Path) -> Path:
    return write_library(tmp_path / "content", 4)


@pytest.fixture
def index(tmp_path: Path) -> Path:
    return tmp_path / "cache" / "index.json"


@pytest.fixture
def checked(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The folders the checker is asked to check, by name, in this process."""
    from briefing.check import folder

    calls: list[str] = []
    real = folder.check_folder

    def counting(path: Path, text_places: bool = False):  # type: ignore[no-untyped-def]
        calls.append(path.name)
        return real(path, text_places)

    monkeypatch.setattr(folder, "check_folder", counting)
    return calls


def files_of(index: Path) -> dict[str, tuple[int, bytes]]:
    """Every file of the index (the catalogue and each briefing's): inode and bytes."""
    found = {index.name: (index.stat().st_ino, index.read_bytes())}
    for path in sorted(files_folder(index).iterdir()):
        found[path.name] = (path.stat().st_ino, path.read_bytes())
    return found


def titles(index_path: Path, content: Path) -> dict[str, str | None]:
    return {s.id or s.folder: s.title for s in open_index(content, index_path).summaries()}


def test_one_edit_checks_and_writes_that_briefing_alone(
    content: Path, index: Path, checked: list[str]
) -> None:
    open_index(content, index, workers=1)
    assert sorted(checked) == ["n0", "n1", "n2", "n3"]
    checked.clear()
    before = files_of(index)
    retitle(content, 2, "Edited")
    reopened = open_index(content, index)
    assert checked == ["n2"]
    assert reopened.rebuilt and reopened.checked == 1
    after = files_of(index)
    changed = {name for name in before if before[name] != after.get(name)}
    assert changed == {index.name, file_name("n2")}  # the others not even rewritten
    assert reopened.briefing("b2").title == "Edited"
    assert titles(index, content)["b3"] == "T3"


def test_an_added_folder_is_checked_alone(content: Path, index: Path, checked: list[str]) -> None:
    open_index(content, index)
    before = files_of(index)
    checked.clear()
    write_library(content, 5)  # n4 is new; n0 to n3 are written again with the same bytes
    for number in range(4):  # ... and the same mtimes, as an untouched folder has
        for name in ("briefing.yaml", "sources/s.txt"):
            path = content / f"n{number}" / name
            os.utime(path, ns=(path.stat().st_atime_ns, os.stat(path).st_mtime_ns))
    reopened = open_index(content, index)
    assert checked == ["n4"]
    assert reopened.briefing("b4").title == "T4"
    after = files_of(index)
    assert {n for n in after if before.get(n) != after[n]} == {index.name, file_name("n4")}


def test_a_removed_folder_checks_nothing_and_its_file_goes(
    content: Path, index: Path, checked: list[str]
) -> None:
    open_index(content, index)
    before = files_of(index)
    checked.clear()
    for path in sorted((content / "n1").rglob("*"), reverse=True):
        path.rmdir() if path.is_dir() else path.unlink()
    (content / "n1").rmdir()
    reopened = open_index(content, index)
    assert checked == []
    assert [s.id for s in reopened.summaries()] == ["b0", "b2", "b3"]
    after = files_of(index)
    assert set(before) - set(after) == {file_name("n1")}
    assert {n for n in after if before[n] != after[n]} == {index.name}


def test_a_duplicate_id_is_resolved_when_the_first_folder_changes_alone(
    tmp_path: Path, index: Path, checked: list[str]
) -> None:
    content = write_library(tmp_path / "content", 2)
    first = content / "n0" / "briefing.yaml"
    first.write_text(first.read_text(encoding="utf-8").replace("id: b0", "id: b1"), "utf-8")
    (n0, n1) = open_index(content, index).summaries()
    assert not n0.opens and not n1.opens  # neither is named after the id: neither keeps it
    assert [p.code for p in n1.problems] == ["duplicate-briefing-id"]
    assert [p.code for p in check_content(content).folders[1].problems] == [
        "duplicate-briefing-id"
    ]  # as briefing check says it
    assert n1.problems[0].message == check_content(content).folders[1].problems[0].message
    assert n0.problems[0].hint == check_content(content).folders[0].problems[0].hint
    checked.clear()
    first.write_text(first.read_text(encoding="utf-8").replace("id: b1", "id: b0"), "utf-8")
    reopened = open_index(content, index)
    assert checked == ["n0"]  # n1 opens again, without being checked again
    assert all(s.opens for s in reopened.summaries())
    assert reopened.briefing("b1").title == "T1"


def test_a_link_to_a_briefing_of_the_library_is_said_to_be_the_same_briefing(
    tmp_path: Path, index: Path
) -> None:
    """A symbolic link to a folder of the same library gave two briefings one id,
    with a hint to give each its own: it is one briefing, listed twice."""
    content = write_library(tmp_path / "content", 1)
    (content / "b0").symlink_to("n0")
    link, folder = open_index(content, index).summaries()  # b0, named after the id, keeps it
    assert link.opens and not folder.opens
    said = check_content(content).folders[1].problems  # n0, as briefing check says it
    assert [p.code for p in said] == [p.code for p in folder.problems] == ["duplicate-briefing-id"]
    assert said[0].message == folder.problems[0].message
    assert "also in the content directory as b0: the same folder" in said[0].message
    assert said[0].hint.startswith("remove the link")


def test_an_edited_library_indexes_to_the_same_bytes_as_a_fresh_build(
    content: Path, tmp_path: Path
) -> None:
    edited = tmp_path / "edited" / "index.json"
    open_index(content, edited)
    retitle(content, 1, "Edited")
    write_library(content, 5)
    open_index(content, edited)
    fresh = tmp_path / "fresh" / "index.json"
    open_index(content, fresh)
    assert {n: b for n, (_, b) in files_of(edited).items()} == {
        n: b for n, (_, b) in files_of(fresh).items()
    }


def test_parallel_and_serial_builds_are_byte_identical(tmp_path: Path) -> None:
    content = write_library(tmp_path / "content", 6)
    (content / "n3" / "extra.yaml").write_text("actor: []\n", encoding="utf-8")  # an error
    (content / "gone").symlink_to(tmp_path / "nowhere")  # a refused folder link
    progress: list[Progress] = []
    serial, parallel = tmp_path / "serial" / "i.json", tmp_path / "parallel" / "i.json"
    open_index(content, serial, workers=1)
    opened = open_index(content, parallel, workers=2, on_progress=progress.append)
    counts = [(p.done, p.total) for p in progress]  # the refused link is not checked
    assert counts == sorted(counts) and {1, 2, 3, 4, 5, 6} <= {done for done, _ in counts}
    assert counts[-1] == (6, 6)
    for report in progress:  # the folders still being checked are named once few are left
        left = report.total - report.done
        assert len(report.left) == (left if left <= NAMED_LEFT else 0)
        assert set(report.left) <= {f"n{number}" for number in range(6)}
    assert opened.checked == 6 and len(opened.summaries()) == 7
    assert {n: b for n, (_, b) in files_of(serial).items()} == {
        n: b for n, (_, b) in files_of(parallel).items()
    }
    assert opened.briefing("b5") == check_content(content / "n5").folders[0].briefing


def test_the_library_reads_the_catalogue_alone_and_a_briefing_its_own_file(
    content: Path, index: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    open_index(content, index)
    read: list[str] = []
    real = storage.read_index

    def recording(path: Path):  # type: ignore[no-untyped-def]
        read.append(Path(path).name)
        return real(path)

    monkeypatch.setattr(storage, "read_index", recording)
    opened = open_index(content, index)
    assert len(opened.summaries()) == 4
    assert read == [index.name]
    assert opened.briefing("b1").title == "T1"
    assert read == [index.name, file_name("n1")]


# --- killed between a briefing's file and the catalogue ----------------------

OPEN = (
    "import sys; from pathlib import Path; from briefing.index.store import open_index\n"
    "open_index(Path(sys.argv[1]), Path(sys.argv[2]), workers=1)\n"
)

#: Fault injection from outside the write path: the catalogue is not written;
#: the process says so and waits to be killed.
KILLED_BEFORE_THE_CATALOGUE = (
    "import sys, time\n"
    "from briefing.index import update\n"
    "def paused(path, rows):\n"
    "    print('briefing files written', file=sys.stderr, flush=True)\n"
    "    time.sleep(60)\n"
    "update.write_catalogue = paused\n"
)

#: The same, after the second briefing's file of a first build.
KILLED_AFTER_TWO_FILES = (
    "import sys, time\n"
    "from briefing.index import build\n"
    "real, written = build.write_file, []\n"
    "def counting(path, tables):\n"
    "    real(path, tables)\n"
    "    written.append(path)\n"
    "    if len(written) == 2:\n"
    "        print('briefing files written', file=sys.stderr, flush=True)\n"
    "        time.sleep(60)\n"
    "build.write_file = counting\n"
)


def _killed_while_indexing(content: Path, index: Path, prelude: str) -> None:
    process = subprocess.Popen(
        [sys.executable, "-c", prelude + OPEN, str(content), str(index)],
        stderr=subprocess.PIPE,
        text=True,
        cwd=REPO,
    )
    try:
        assert process.stderr is not None
        assert process.stderr.readline().strip() == "briefing files written"
    finally:
        process.send_signal(signal.SIGKILL)
        process.wait()


def test_killed_between_a_briefings_file_and_the_catalogue_the_next_open_repairs_it(
    content: Path, index: Path, checked: list[str]
) -> None:
    open_index(content, index)
    before = files_of(index)
    retitle(content, 1, "Edited")
    _killed_while_indexing(content, index, KILLED_BEFORE_THE_CATALOGUE)
    after = files_of(index)
    assert after[index.name] == before[index.name]  # the catalogue as it was
    assert after[file_name("n1")] != before[file_name("n1")]  # the new file, whole
    checked.clear()
    reopened = open_index(content, index)
    assert checked == []  # nothing lost: the file written before the kill is taken
    assert reopened.rebuilt
    assert reopened.briefing("b1").title == "Edited"
    assert titles(index, content) == {"b0": "T0", "b1": "Edited", "b2": "T2", "b3": "T3"}


def test_an_edit_undone_after_a_kill_is_not_read_from_the_newer_file(
    content: Path, index: Path
) -> None:
    """The catalogue's row matches the folder again, but the file holds the
    undone edit: its generation says so, and it is built again."""
    open_index(content, index)
    path = content / "n1" / "briefing.yaml"
    original = path.read_bytes()
    retitle(content, 1, "Undone")
    _killed_while_indexing(content, index, KILLED_BEFORE_THE_CATALOGUE)
    path.write_bytes(original)
    reopened = open_index(content, index)
    assert reopened.summaries()[1].title == "T1"
    assert reopened.briefing("b1").title == "T1"
    assert open_index(content, index).briefing("b1").title == "T1"


def test_a_first_build_killed_half_way_keeps_the_files_it_wrote(
    content: Path, index: Path, checked: list[str]
) -> None:
    _killed_while_indexing(content, index, KILLED_AFTER_TWO_FILES)
    assert not index.exists()
    checked.clear()
    opened = open_index(content, index)
    assert sorted(checked) == ["n2", "n3"]  # n0 and n1 were written before the kill
    assert titles(index, content) == {"b0": "T0", "b1": "T1", "b2": "T2", "b3": "T3"}
    assert opened.briefing("b0") == check_content(content / "n0").folders[0].briefing


# --- files of the index that are missing, damaged, or not ours ---------------


def test_a_missing_briefing_file_is_built_again(content: Path, index: Path) -> None:
    open_index(content, index)
    (files_folder(index) / file_name("n2")).unlink()
    assert open_index(content, index).briefing("b2").title == "T2"
    assert (files_folder(index) / file_name("n2")).exists()


#: What an opened index reads of one briefing: the reader's three ways in.
READS: dict[str, Callable[[Index], object]] = {
    "briefing": lambda opened: opened.briefing("b2"),
    "word_index": lambda opened: opened.word_index("b2").search(SearchQuery.parse("hello")),
    "word_table": lambda opened: opened.word_table("b2"),
}

#: What can befall a briefing's file while the reader has the index open.
BEFALLS: dict[str, Callable[[Path], None]] = {
    "deleted": lambda path: path.unlink(),
    "damaged": lambda path: path.write_bytes(MARKER + b"\x00\xffnot json at all"),
}


@pytest.mark.parametrize("befall", BEFALLS, ids=list(BEFALLS))
@pytest.mark.parametrize("read", READS, ids=list(READS))
def test_a_briefing_file_lost_while_the_index_is_open_is_built_again_once(
    content: Path, index: Path, checked: list[str], read: str, befall: str
) -> None:
    """The catalogue was read at the open; the file goes (or is damaged) before
    the briefing is opened or searched: it is built again, once, and read."""
    opened = open_index(content, index)
    expected = READS[read](opened)
    assert expected  # something to compare: the search finds its quote
    path = files_folder(index) / file_name("n2")
    BEFALLS[befall](path)
    checked.clear()
    assert READS[read](opened) == expected
    assert checked == ["n2"]  # that folder alone, checked once
    assert path.exists()
    set_aside = path.with_name(path.name + ".damaged")
    assert set_aside.exists() is (befall == "damaged")
    assert any("set aside" in notice for notice in opened.notices) is (befall == "damaged")


def snapshot(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        if p.is_file()
        else "/"
        for p in sorted(folder.rglob("*"))
    }


@pytest.mark.parametrize("what", ["a file", "a folder of the user's"])
def test_the_users_file_or_folder_beside_the_catalogue_is_refused_and_left_untouched(
    capsys: pytest.CaptureFixture[str], content: Path, tmp_path: Path, what: str
) -> None:
    home = tmp_path / "home"
    beside = home / "notes.json.briefings"
    if what == "a file":
        home.mkdir()
        beside.write_text("my notes\n", encoding="utf-8")
    else:
        write_folder(beside, {"plan.txt": "mine\n"})
    before = snapshot(home)
    status = cli.main(["index", str(content), "--index", str(home / "notes.json")])
    out, err = capsys.readouterr()
    assert status == 2 and out == ""
    assert err.startswith(f"briefing: {beside} is not a briefing index")
    assert len(err.splitlines()) == 1
    assert snapshot(home) == before


def test_a_file_not_ours_in_place_of_a_briefings_file_is_refused_and_left_untouched(
    capsys: pytest.CaptureFixture[str], content: Path, index: Path
) -> None:
    """Refused, and that briefing read from its folder (tests/test_index_refused_file.py)."""
    open_index(content, index)
    mine = files_folder(index) / file_name("n1")
    mine.write_bytes(b"the user's own file\n")
    opened = open_index(content, index)
    assert opened.briefing("b1").id == "b1"
    assert [f"{mine}, the index's file for" in notice for notice in opened.notices] == [True]
    retitle(content, 1, "Edited")  # the folder changed: its file would be replaced
    assert cli.main(["index", str(content), "--index", str(index)]) == 1
    assert capsys.readouterr().err.startswith(f"briefing: {mine}, the index's file for")
    assert mine.read_bytes() == b"the user's own file\n"


def with_files_folder_read_only(
    capsys: pytest.CaptureFixture[str], command: str, content: Path, index: Path
) -> tuple[int, str, str]:
    """`command` run after a briefing was retitled, its index's files folder read-only."""
    folder = files_folder(index)
    retitle(content, 3, "New")
    folder.chmod(0o555)
    try:
        status = cli.main([command, str(content), "--index", str(index)])
        out, err = capsys.readouterr()
    finally:
        folder.chmod(0o755)
    return status, out, err


def test_a_read_only_folder_of_briefing_files_is_left_alone(
    capsys: pytest.CaptureFixture[str], content: Path, index: Path
) -> None:
    open_index(content, index)
    before = snapshot(index.parent)
    status, out, err = with_files_folder_read_only(capsys, "list", content, index)
    assert status == 0
    assert "b3  New  " in out and "b0  T0  " in out
    assert "read-only" in err and "working from memory" in err
    assert snapshot(index.parent) == before


def test_the_index_command_says_how_many_briefings_it_checked(
    capsys: pytest.CaptureFixture[str], content: Path, index: Path
) -> None:
    assert cli.main(["index", str(content), "--index", str(index), "--jobs", "1"]) == 0
    assert capsys.readouterr().out.startswith("indexed 4 of 4 briefings in ")
    retitle(content, 0, "Edited")
    cli.main(["index", str(content), "--index", str(index)])
    assert capsys.readouterr().out.startswith("indexed 1 of 4 briefings in ")
    cli.main(["index", str(content), "--index", str(index)])
    assert capsys.readouterr().out.startswith("up to date in ")


def test_an_index_in_a_folder_that_is_not_there_is_refused_and_nothing_made(
    capsys: pytest.CaptureFixture[str], content: Path, tmp_path: Path
) -> None:
    """A typo in `--index` made the whole tree of folders it named (a robustness trial)."""
    typo = tmp_path / "cahce" / "deep" / "index.json"
    with pytest.raises(SystemExit) as exit_status:
        cli.main(["index", str(content), "--index", str(typo)])
    assert exit_status.value.code == 2
    err = capsys.readouterr().err
    assert f"no such folder: {typo.parent.parent} (the index's folder is made only in" in err
    assert not (tmp_path / "cahce").exists()


def test_a_number_of_jobs_that_is_not_one_or_more_is_a_usage_error(
    capsys: pytest.CaptureFixture[str], content: Path
) -> None:
    with pytest.raises(SystemExit) as exit_status:
        cli.main(["index", str(content), "--jobs", "0"])
    assert exit_status.value.code == 2
    assert "not a whole number of at least 1: '0'" in capsys.readouterr().err


def test_actors_are_listed_for_features_across_briefings(content: Path, index: Path) -> None:
    appearances = open_index(content, index).appearances()
    assert [(a.briefing_id, a.actor_id, a.name) for a in appearances] == [
        (f"b{n}", "a", "A") for n in range(4)
    ]
    assert all(a.same_as == () for a in appearances)


def test_a_lost_catalogue_is_made_again_from_the_briefing_files(
    content: Path, index: Path, checked: list[str]
) -> None:
    """Nothing is checked again, but a file whose summary is of another shape."""
    open_index(content, index)
    index.unlink()
    odd = files_folder(index) / file_name("n1")
    data = json.loads(odd.read_bytes())
    data["_meta"]["1"]["summary"]["counts"] = "three"
    odd.write_bytes(b"".join(encode(data)))
    checked.clear()
    reopened = open_index(content, index)
    assert checked == ["n1"]
    assert [s.title for s in reopened.summaries()] == ["T0", "T1", "T2", "T3"]
    assert reopened.briefing("b1").title == "T1"


#: The reader's situation: Textual's sys.stderr has no file descriptor (-1).
BUILD_WITHOUT_A_STDERR_DESCRIPTOR = (
    "import io, sys\n"
    "from pathlib import Path\n"
    "from briefing.index.store import open_index\n"
    "class Captured(io.StringIO):\n"
    "    def fileno(self):\n"
    "        return -1\n"
    "real, sys.stderr = sys.stderr, Captured()\n"
    "opened = open_index(Path(sys.argv[1]), Path(sys.argv[2]), workers=2)\n"
    "print(opened.checked, sys.stderr.getvalue() == '', file=real)\n"
)


def test_a_build_in_processes_starts_where_stderr_has_no_descriptor(
    content: Path, index: Path
) -> None:
    done = subprocess.run(
        [sys.executable, "-c", BUILD_WITHOUT_A_STDERR_DESCRIPTOR, str(content), str(index)],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=REPO,
    )
    assert (done.returncode, done.stderr) == (0, "4 True\n")


#: A parent that says which worker processes it started, and waits to be killed.
KILLED_IN_A_BUILD_IN_PROCESSES = (
    "import multiprocessing, sys, time\n"
    "from pathlib import Path\n"
    "from briefing.index.store import open_index\n"
    "def paused(progress):\n"
    "    children = [p.pid for p in multiprocessing.active_children()]\n"
    "    print(*children, file=sys.stderr, flush=True)\n"
    "    time.sleep(60)\n"
    "open_index(Path(sys.argv[1]), Path(sys.argv[2]), workers=2, on_progress=paused)\n"
)


def _running(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="reads /proc")
def test_worker_processes_do_not_outlive_a_killed_build(content: Path, index: Path) -> None:
    parent = subprocess.Popen(
        [sys.executable, "-c", KILLED_IN_A_BUILD_IN_PROCESSES, str(content), str(index)],
        stderr=subprocess.PIPE,
        text=True,
        cwd=REPO,
    )
    assert parent.stderr is not None
    workers = [int(pid) for pid in parent.stderr.readline().split()]
    assert len(workers) == 2 and all(_running(pid) for pid in workers)
    parent.send_signal(signal.SIGKILL)
    parent.wait()
    deadline = time.monotonic() + 20
    while any(_running(pid) for pid in workers) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not any(_running(pid) for pid in workers)


def test_the_index_command_fails_when_the_index_cannot_be_written(
    capsys: pytest.CaptureFixture[str], content: Path, index: Path
) -> None:
    """It said "working from memory this time" and exited 0 (a new user's trial):
    writing the index is its whole job. `list` from memory stays a success."""
    open_index(content, index)
    status, out, err = with_files_folder_read_only(capsys, "index", content, index)
    assert status == 1
    assert out.rstrip().endswith(": memory") and "working from memory" in err


def test_the_files_an_open_saw_are_the_files_as_they_are(tmp_path: Path, index: Path) -> None:
    """What the reader compares the files with to see an edit (`files_seen`)
    is what a stat of them says, for an open that built, one that found the
    index fresh, one after a touch, one from memory, and one briefing's
    folder alone: else the reader would read again what did not change, or
    miss what did."""
    from briefing.index.watch import files_state

    content = write_library(tmp_path / "content", 3)
    (content / "n0" / "sources" / "more").mkdir()
    (content / "n0" / "sources" / "more" / "x.txt").write_text("x", encoding="utf-8")
    (content / "b1").symlink_to("n1")
    outside = write_library(tmp_path / "elsewhere", 1) / "n0"
    (content / "far").symlink_to(outside)
    built = open_index(content, index)
    assert built.rebuilt and built.files_seen() == files_state(content)
    assert open_index(content, index).files_seen() == files_state(content)  # fresh
    os.utime(content / "n2" / "briefing.yaml")  # touched: the stamps refreshed
    assert open_index(content, index).files_seen() == files_state(content)
    retitle(content, 2, "Edited")
    assert open_index(content, index, rebuild=True).files_seen() == files_state(content)
    (tmp_path / "a-file").write_text("", encoding="utf-8")
    memory = open_index(content, tmp_path / "a-file" / "index.json")  # cannot be written
    assert memory.location is None and memory.files_seen() == files_state(content)
    alone = content / "n1"
    assert open_index(alone, tmp_path / "one.json").files_seen() == files_state(alone)
    seen = open_index(content, index).files_seen()
    retitle(content, 0, "Edited after")
    assert seen != files_state(content)


def test_list_in_json_gives_an_object_per_briefing(
    capsys: pytest.CaptureFixture[str], content: Path, tmp_path: Path
) -> None:
    """Its text rows had two shapes, double-space separated: a title holding two
    spaces broke a script's parse."""
    import json

    status = cli.main(
        ["list", "--format", "json", str(content), "--index", str(tmp_path / "i.json")]
    )
    listed = json.loads(capsys.readouterr().out)
    assert status == (0 if all(b["ok"] for b in listed) else 1)
    assert listed and {"id", "folder", "title", "as_of", "errors", "ok"} <= set(listed[0])


def test_a_hint_naming_a_folder_whose_name_is_not_utf8_can_be_pasted(
    capsys: pytest.CaptureFixture[str], in_tmp: Path
) -> None:
    """It said `briefing check 'lib/caf\\xe9' shows them`: in single quotes the
    escape is four characters, and names no folder."""
    import re
    import shutil
    import subprocess

    from conftest import briefing_files, write_folder

    folder = Path(os.fsdecode(b"lib/caf\xe9"))
    write_folder(folder, briefing_files(**{"more.yaml": "actor: []\n"}))
    status = cli.main(["list", "lib", "--index", str(in_tmp / "i.json")])
    out = capsys.readouterr().out
    assert status == 1
    said = re.search(r"\(briefing check (.*) shows them\)", out)
    assert said is not None and said.group(1) == "$'lib/caf\\xe9'"
    if shutil.which("bash"):
        assert (
            subprocess.run(["bash", "-c", f"test -d {said.group(1)}"], check=False).returncode == 0
        )
