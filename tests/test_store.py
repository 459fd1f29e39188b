"""The index: rebuilt only when content changed, never corrupt, read from memory."""

from __future__ import annotations

import json
import os
import shlex
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import CONTENT, briefing_files, write_folder

from briefing import __version__, cli
from briefing.check import folder
from briefing.check.content import check_content
from briefing.check.raw import RawRecord, SharedValues
from briefing.index import store as store_module
from briefing.index.catalogue import files_folder
from briefing.index.storage import MARKER, AtomicJSONStorage, encode
from briefing.index.store import INDEX_FORMAT, open_index
from briefing.records.problems import ProblemSink

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture
def content(tmp_path: Path) -> Path:
    root = tmp_path / "content"
    write_folder(root / "one", briefing_files())
    return root


@pytest.fixture
def index(tmp_path: Path) -> Path:
    return tmp_path / "cache" / "index.json"


@pytest.fixture
def yaml_reads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Counts how many YAML files the checker reads (either way: a file with nothing
    to report is read straight into records, `streamed.read_records`)."""
    calls: list[str] = []
    real = folder.read_yaml
    real_records = folder.read_records

    def counting(data, sink, loader=None):  # type: ignore[no-untyped-def]
        calls.append(sink.file)
        return real(data, sink, loader)

    def counting_records(
        data: bytes, sink: ProblemSink, shared: SharedValues
    ) -> list[RawRecord] | None:
        calls.append(sink.file)
        return real_records(data, sink, shared)

    monkeypatch.setattr(folder, "read_yaml", counting)
    monkeypatch.setattr(folder, "read_records", counting_records)
    return calls


def test_first_open_builds_and_reads_back_the_checkers_records(content: Path, index: Path) -> None:
    opened = open_index(content, index)
    assert opened.rebuilt and index.exists()
    assert opened.briefing("b") == check_content(content).folders[0].briefing


def test_the_bundled_briefing_comes_back_whole_and_in_order(tmp_path: Path) -> None:
    opened = open_index(CONTENT, tmp_path / "index.json")
    built = check_content(CONTENT).folders[0].briefing
    assert built is not None and len(built.quotes) >= 10  # more than 9: "10" sorts before "2"
    reread = open_index(CONTENT, tmp_path / "index.json")
    assert not reread.rebuilt
    assert reread.briefing(built.id) == built == opened.briefing(built.id)


def test_unchanged_content_is_not_read_again(
    content: Path, index: Path, yaml_reads: list[str]
) -> None:
    open_index(content, index)
    assert yaml_reads
    yaml_reads.clear()
    reopened = open_index(content, index)
    assert not reopened.rebuilt
    assert yaml_reads == []
    assert reopened.briefing("b").quotes[0].span is not None


def test_one_changed_byte_in_a_source_text_rebuilds(content: Path, index: Path) -> None:
    open_index(content, index)
    text = content / "one" / "sources" / "s.txt"
    text.write_text(text.read_text(encoding="utf-8").replace("left", "lefT"), encoding="utf-8")
    assert open_index(content, index).rebuilt


def test_same_size_change_with_the_old_mtime_is_still_seen_by_hash(
    content: Path, index: Path
) -> None:
    open_index(content, index)
    text = content / "one" / "sources" / "s.txt"
    stat = text.stat()
    text.write_text(text.read_text(encoding="utf-8").replace("left", "lefT"), encoding="utf-8")
    os.utime(text, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1))
    assert open_index(content, index).rebuilt


def test_same_size_change_set_back_to_the_old_mtime_is_still_seen(
    content: Path, index: Path
) -> None:
    """`cp -p`, `rsync -t` or `touch -d` can give a changed text its old size and
    mtime: the index kept the old words, and the reader showed them as the
    source's (a new user's trial). Only the ctime says the file was written."""
    built = open_index(content, index)
    assert built.summaries()[0].problems == ()
    text = content / "one" / "sources" / "s.txt"
    stat = text.stat()
    text.write_text(text.read_text(encoding="utf-8").replace("hello", "HELLO"), encoding="utf-8")
    os.utime(text, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    assert (text.stat().st_size, text.stat().st_mtime_ns) == (stat.st_size, stat.st_mtime_ns)
    reopened = open_index(content, index)
    assert reopened.rebuilt
    assert [p.code for p in reopened.summaries()[0].problems] == ["quote-not-found"]


def test_an_index_built_by_a_checker_with_other_codes_is_built_again(
    content: Path, index: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """New warnings on the same shape: an index built before them showed those
    quotes unmarked until their files changed (stop 37). Who built an index
    holds a digest of the checker's codes: another set, and it is built again."""
    from briefing.index import catalogue, records_file, tables

    open_index(content, index)
    assert not open_index(content, index).rebuilt
    assert tables.BUILT_BY.startswith(f"{__version__}+")
    for module in (catalogue, records_file):
        monkeypatch.setattr(module, "BUILT_BY", tables.BUILT_BY + "-a-new-code")
    assert open_index(content, index).rebuilt


def test_touch_alone_does_not_rebuild(content: Path, index: Path, yaml_reads: list[str]) -> None:
    open_index(content, index)
    yaml_reads.clear()
    os.utime(content / "one" / "briefing.yaml")
    assert not open_index(content, index).rebuilt
    assert yaml_reads == []


@pytest.mark.parametrize("change", ["add", "remove"])
def test_a_file_added_or_removed_rebuilds(content: Path, index: Path, change: str) -> None:
    write_folder(content / "one", {"extra.yaml": "actors: []\n"})
    open_index(content, index)
    if change == "add":
        write_folder(content / "one", {"more.yaml": ""})
    else:
        (content / "one" / "extra.yaml").unlink()
    assert open_index(content, index).rebuilt


def _moved_aside(folder: Path, aside: Path) -> None:
    """`folder` moved to `aside` and replaced by a symlink to it: the same names and stats."""
    folder.rename(aside)
    folder.symlink_to(aside, target_is_directory=True)


@pytest.mark.parametrize(
    ("change", "rebuilds"),
    [
        ("a file added in sources/", True),
        ("an empty folder added in sources/", True),
        ("a file in sources/ replaced by a folder", True),
        ("sources/ replaced by a link to the same files", True),
        ("a hidden file added", False),
        ("nothing", False),
    ],
)
def test_what_a_stat_alone_can_tell_inside_a_folder(
    content: Path, index: Path, change: str, rebuilds: bool
) -> None:
    """Each case the warm open's listing-and-stat comparison must tell apart."""
    open_index(content, index)
    sources = content / "one" / "sources"
    if change == "a file added in sources/":
        (sources / "t.txt").write_text("More.\n")
    elif change == "an empty folder added in sources/":
        (sources / "more").mkdir()
    elif change == "a file in sources/ replaced by a folder":
        (sources / "s.txt").unlink()
        (sources / "s.txt").mkdir()
    elif change == "sources/ replaced by a link to the same files":
        _moved_aside(sources, content.parent / "aside")
    elif change == "a hidden file added":
        (content / "one" / ".notes.yaml").write_text("x: 1\n")
    assert open_index(content, index).rebuilt is rebuilds


def test_two_builds_are_byte_identical(content: Path, tmp_path: Path) -> None:
    first, second = tmp_path / "a.json", tmp_path / "b.json"
    open_index(content, first)
    open_index(content, second)
    assert first.read_bytes() == second.read_bytes()


def test_every_file_of_the_index_is_the_json_of_its_tables_in_one_canonical_form(
    tmp_path: Path,
) -> None:
    """Written a table at a time, each file (the catalogue and a briefing's) is
    still exactly the canonical JSON of the whole: keys sorted, no spaces, UTF-8 as is."""
    path = tmp_path / "i.json"
    open_index(CONTENT, path)
    (briefing_file,) = files_folder(path).glob("*.json")
    for written in (path.read_bytes(), briefing_file.read_bytes()):
        tables = json.loads(written)
        canonical = json.dumps(tables, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
        assert written == canonical.encode("utf-8")
        assert len(tables) > 2  # the marker and several tables
    assert "’" in briefing_file.read_text(encoding="utf-8")  # text outside ASCII, as is


def test_nan_can_never_be_written(tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        AtomicJSONStorage(tmp_path / "x.json").write({"t": {"1": {"v": float("nan")}}})
    assert not (tmp_path / "x.json").exists()
    assert list(tmp_path.iterdir()) == []  # no temporary file left either


# Damage after the marker: the file is still recognisably ours, so it is set
# aside (a file without the marker is refused untouched: test_index_safety).
DAMAGE = {
    "truncated": lambda good: good[: len(good) // 2],
    "garbage": lambda good: MARKER + b"\x00\xffnot json at all",
    "wrong shape": lambda good: MARKER + b',"meta":[1, 2, 3]}',
    "no meta": lambda good: MARKER + b',"briefings": {}}',
    "future version": lambda good: good.replace(
        f'"format":{INDEX_FORMAT}'.encode(), f'"format":{INDEX_FORMAT + 1}'.encode()
    ),
}


@pytest.mark.parametrize("damage", DAMAGE, ids=list(DAMAGE))
def test_damaged_index_is_set_aside_and_rebuilt(content: Path, index: Path, damage: str) -> None:
    open_index(content, index)
    good = index.read_bytes()
    index.write_bytes(DAMAGE[damage](good))
    reopened = open_index(content, index)
    assert reopened.rebuilt
    assert len(reopened.notices) == 1 and "set aside" in reopened.notices[0]
    assert (index.parent / (index.name + ".damaged")).exists()
    assert reopened.briefing("b") == check_content(content).folders[0].briefing


def test_records_of_another_shape_are_set_aside_and_rebuilt(content: Path, index: Path) -> None:
    open_index(content, index)
    (briefing_file,) = files_folder(index).glob("*.json")
    data = json.loads(briefing_file.read_bytes())
    for row in data["actors"].values():
        del row["name"]
    damaged = b"".join(encode(data))  # as briefing writes it: the marker first
    briefing_file.write_bytes(damaged)
    reopened = open_index(content, index)
    assert reopened.briefing("b") == check_content(content).folders[0].briefing
    assert len(reopened.notices) == 1 and "set aside" in reopened.notices[0]
    assert briefing_file.with_name(briefing_file.name + ".damaged").read_bytes() == damaged


def test_unwritable_index_folder_works_from_memory(
    content: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x", encoding="utf-8")
    opened = open_index(content, blocker / "index.json")
    assert opened.location is None and opened.rebuilt
    assert len(opened.notices) == 1 and "working from memory" in opened.notices[0]
    assert opened.briefing("b").id == "b"


OPEN = (
    "import sys; from pathlib import Path; from briefing.index.store import open_index\n"
    "i = open_index(Path(sys.argv[1]), Path(sys.argv[2]))\n"
    "print(len(i.briefing('b').quotes), i.rebuilt)\n"
)

#: Fault injection from outside the write path: the chunks the index is
#: written from stop after the marker and one table, say so and wait to be
#: killed; the file is opened unbuffered so what was written is on disk.
PAUSED_MID_WRITE = (
    "import builtins, sys, time\n"
    "from briefing.files import atomic\n"
    "from briefing.index import storage as index_storage\n"
    "atomic.open = lambda *a, **k: builtins.open(*a, **{**k, 'buffering': 0})\n"
    "encode = index_storage.encode\n"
    "def paused(data):\n"
    "    for number, chunk in enumerate(encode(data)):\n"
    "        if number == 2:\n"
    "            print('paused mid-write', file=sys.stderr, flush=True)\n"
    "            time.sleep(60)\n"
    "        yield chunk\n"
    "index_storage.encode = paused\n"
)


def _spawn_open(content: Path, index: Path, prelude: str = "") -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", prelude + OPEN, str(content), str(index)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=REPO,
    )


def test_a_rebuild_killed_half_way_leaves_the_old_index(content: Path, index: Path) -> None:
    open_index(content, index)
    (briefing_file,) = files_folder(index).glob("*.json")
    old = index.read_bytes(), briefing_file.read_bytes()
    (content / "one" / "sources" / "s.txt").write_text("She said hello world. Twice.\n", "utf-8")
    process = _spawn_open(content, index, PAUSED_MID_WRITE)
    assert process.stderr is not None
    assert process.stderr.readline().strip() == "paused mid-write"
    process.send_signal(signal.SIGKILL)
    process.wait()
    (half,) = files_folder(index).glob(".*.tmp")  # killed with half a briefing's file written
    assert half.stat().st_size > len(MARKER)
    assert (index.read_bytes(), briefing_file.read_bytes()) == old  # the old index, whole
    reopened = open_index(content, index)
    assert reopened.rebuilt
    quote = reopened.briefing("b").quotes[0]
    assert quote.span is not None and (quote.span.start, quote.span.end) == (9, 20)
    assert not list(index.parent.glob("**/*.tmp"))


def test_two_processes_opening_at_once_get_one_complete_index(content: Path, index: Path) -> None:
    processes = [_spawn_open(content, index) for _ in range(2)]
    outputs = [p.communicate(timeout=60) for p in processes]
    assert [p.returncode for p in processes] == [0, 0], outputs
    assert sorted(out.split()[1] for out, _ in outputs) == ["False", "True"]  # built once
    assert all(out.split()[0] == "1" for out, _ in outputs)
    json.loads(index.read_bytes())


def test_list_shows_valid_and_invalid_briefings(
    content: Path, index: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    base = briefing_files()["briefing.yaml"]
    assert isinstance(base, str)
    broken = {
        "briefing.yaml": base.replace("id: b", "id: c", 1),
        "extra.yaml": "actor: []\nquote: []\n",
    }
    write_folder(content / "two", briefing_files(**broken))
    status = cli.main(["list", str(content), "--index", str(index)])
    out = capsys.readouterr().out.splitlines()
    assert status == 1
    assert out[0] == "b  T  (as of 10 Feb 2022)  1 actor, 1 event, 1 quote  ok"
    assert out[1].startswith("c  2 errors (briefing check ") and out[1].endswith(" shows them)")
    # the folder to check is named: folders sharing an id would read alike otherwise
    named = out[1].removeprefix("c  2 errors (briefing check ").removesuffix(" shows them)")
    assert Path(named).resolve() == (content / "two").resolve()


@pytest.mark.parametrize("name", ["-draft", "two words"])
def test_the_check_command_list_prints_for_a_broken_briefing_runs_as_printed(
    content: Path,
    index: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    name: str,
) -> None:
    """A new user's trial: `briefing check -draft` was read as an option (exit 2)."""
    base = briefing_files()["briefing.yaml"]
    assert isinstance(base, str)
    broken = {"briefing.yaml": base.replace("id: b", "id: c", 1).replace("person", "robot")}
    write_folder(content / name, briefing_files(**broken))
    monkeypatch.chdir(content)
    cli.main(["list", ".", "--index", str(index)])
    line = next(x for x in capsys.readouterr().out.splitlines() if x.startswith("c  "))
    command = line.split("(", 1)[1].removesuffix(" shows it)")
    assert command.startswith("briefing check ")
    status = cli.main(shlex.split(command)[1:])
    assert status == 1  # its errors, not a usage error
    assert "error[" in capsys.readouterr().out


def test_index_command_says_whether_it_rebuilt(
    content: Path, index: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["index", str(content), "--index", str(index)]) == 0
    assert capsys.readouterr().out.startswith("indexed 1 of 1 briefing in ")
    cli.main(["index", str(content), "--index", str(index)])
    assert capsys.readouterr().out.startswith("up to date in ")
    cli.main(["index", str(content), "--index", str(index), "--rebuild"])
    assert capsys.readouterr().out.startswith("indexed 1 of 1 briefing in ")


def test_default_location_follows_the_environment(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv(store_module.INDEX_DIR_ENV, str(tmp_path))
    path = store_module.default_index_path(CONTENT)
    assert path.parent == tmp_path and path.name.startswith("content-")
    assert store_module.default_index_path(CONTENT) == path


def test_index_stays_fresh_over_time(content: Path, index: Path) -> None:
    open_index(content, index)
    time.sleep(0.01)
    assert not open_index(content, index).rebuilt


def test_an_index_folder_setting_with_a_typo_is_refused_not_made(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """BRIEFING_INDEX_DIR=/nonexistent/dir made that whole tree (a new user's
    trial). The folder itself is made when missing; the folder above it must be there."""
    monkeypatch.setenv("BRIEFING_INDEX_DIR", str(tmp_path / "typo" / "index"))
    assert cli.main(["list", str(CONTENT)]) == 2
    assert "BRIEFING_INDEX_DIR names" in capsys.readouterr().err
    assert not (tmp_path / "typo").exists()
    monkeypatch.setenv("BRIEFING_INDEX_DIR", str(tmp_path / "index"))  # a new folder: made
    assert cli.main(["list", str(CONTENT)]) == 0
    assert (tmp_path / "index").is_dir()
