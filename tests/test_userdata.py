"""The reader's own data: kept apart from the cache, never lost, merged between readers."""

from __future__ import annotations

import json
import random
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from conftest import BASE_FILES, briefing_files, write_folder

import briefing.userdata.store
from briefing.check.content import check_content
from briefing.files.jsonfile import dumps, read_json
from briefing.records.model import Briefing
from briefing.records.refs import Kind
from briefing.userdata import storefile
from briefing.userdata.keys import SECTIONS, RecordKey, digests, former_digest, records
from briefing.userdata.location import DATA_DIR_ENV, store_path
from briefing.userdata.moving import move_kept, renamed_as
from briefing.userdata.reading import BriefingMemory, Mark, Standing
from briefing.userdata.store import UserStore
from briefing.userdata.unsaved import Unsaved

REPO = Path(__file__).resolve().parent.parent


def note(number: int) -> dict[str, object]:
    return {"text": f"note {number}", "digest": None, "record": "r", "written": "t"}


def built(folder: Path) -> Briefing:
    briefing = check_content(folder).folders[0].briefing
    assert briefing is not None
    return briefing


@pytest.fixture
def store_file(tmp_path: Path) -> Path:
    return tmp_path / "data" / "notes.json"


def notes_in(path: Path) -> dict[str, object]:
    """The notes table of the file, read as a fresh reader reads it (no notice)."""
    store = UserStore(path)
    notes = dict(store.table(storefile.NOTES))
    assert store.take_notices() == []
    return notes


# --- where it lives ------------------------------------------------------------


def test_the_store_lives_in_the_data_folder_the_environment_names(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(DATA_DIR_ENV, str(tmp_path / "mine"))
    assert store_path() == tmp_path / "mine" / "notes.json"
    monkeypatch.delenv(DATA_DIR_ENV)
    assert "cache" not in str(store_path()).lower()


def test_nothing_is_read_or_written_before_it_is_asked_for(store_file: Path) -> None:
    store = UserStore(store_file)
    store.put(storefile.NOTES, "b/quote/q", note(1))
    assert not store_file.parent.exists()
    assert store.save()
    assert list(notes_in(store_file)) == ["b/quote/q"]


# --- never lost ----------------------------------------------------------------

#: A reader that saves a note at a time, and says which once each is saved.
WRITER = """
import sys
from pathlib import Path
from briefing.userdata.store import UserStore
store = UserStore(Path(sys.argv[1]))
first = int(sys.argv[2])
for number in range(first, first + 100_000):
    store.put("notes", f"b/quote/q{number}", {"text": f"note {number}", "digest": None,
                                              "record": "r", "written": "t"})
    if store.save():
        print(number, flush=True)
"""


def test_sigkill_during_saves_never_loses_a_note_saved_before(store_file: Path) -> None:
    """A loop of kills at random moments, most of them in the middle of a save."""
    rng = random.Random(14)
    saved: list[int] = []
    for _ in range(12):
        first = saved[-1] + 1 if saved else 0
        writer = subprocess.Popen(
            [sys.executable, "-c", WRITER, str(store_file), str(first)],
            stdout=subprocess.PIPE,
            text=True,
            cwd=REPO,
        )
        assert writer.stdout is not None
        saved.append(int(writer.stdout.readline()))  # at least one saved this round
        time.sleep(rng.uniform(0.0, 0.15))
        writer.send_signal(signal.SIGKILL)
        out, _ = writer.communicate()
        saved += [int(line) for line in out.split()]
        kept = notes_in(store_file)
        assert all(f"b/quote/q{n}" in kept for n in saved)
    assert len(saved) > 12


#: The store's bytes stop after the marker and the meta table: the save is
#: paused there, unbuffered, for the test to kill it (fault injection from
#: outside the write path, as for the index).
PAUSED_SAVE = """
import builtins, sys, time
from pathlib import Path
from briefing.files import atomic
from briefing.userdata import storefile
from briefing.userdata.store import UserStore
atomic.open = lambda *a, **k: builtins.open(*a, **{**k, "buffering": 0})
encode = storefile.encode
def paused(tables, kept=None):
    for number, chunk in enumerate(encode(tables, kept)):
        if number == 2:
            print("paused mid-write", flush=True)
            time.sleep(60)
        yield chunk
storefile.encode = paused
store = UserStore(Path(sys.argv[1]))
store.put("notes", "b/quote/late", {"text": "late", "digest": None, "record": "r", "written": "t"})
store.save()
"""


def test_a_save_killed_mid_write_leaves_every_earlier_note(store_file: Path) -> None:
    store = UserStore(store_file)
    store.change([(storefile.NOTES, f"b/quote/q{n}", note(n)) for n in range(50)])
    assert store.save()
    before = store_file.read_bytes()
    writer = subprocess.Popen(
        [sys.executable, "-c", PAUSED_SAVE, str(store_file)],
        stdout=subprocess.PIPE,
        text=True,
        cwd=REPO,
    )
    assert writer.stdout is not None
    assert writer.stdout.readline().strip() == "paused mid-write"
    writer.send_signal(signal.SIGKILL)
    writer.wait()
    (half,) = store_file.parent.glob(".notes.json.*.tmp")
    assert half.stat().st_size > len(storefile.MARKER.prefix)
    assert store_file.read_bytes() == before
    assert len(notes_in(store_file)) == 50
    again = UserStore(store_file)
    again.put(storefile.NOTES, "b/quote/next", note(51))
    assert again.save()
    assert len(notes_in(store_file)) == 51
    assert not list(store_file.parent.glob("*.tmp"))  # the killed save's, cleared under the lock


#: Two readers: each reads the store, waits for the word, adds its note, saves.
TWO_READERS = """
import sys, time
from pathlib import Path
from briefing.userdata.store import UserStore
store = UserStore(Path(sys.argv[1]))
store.load()
print("read", flush=True)
go = Path(sys.argv[3])
while not go.exists():
    time.sleep(0.005)
store.put("notes", sys.argv[2], {"text": sys.argv[2], "digest": None, "record": "r",
                                 "written": "t"})
print("saved" if store.save() else "not saved", flush=True)
"""


def test_two_processes_saving_different_notes_at_once_keep_both(
    store_file: Path, tmp_path: Path
) -> None:
    first = UserStore(store_file)
    first.put(storefile.NOTES, "b/quote/earlier", note(0))
    assert first.save()
    go = tmp_path / "go"
    readers = [
        subprocess.Popen(
            [sys.executable, "-c", TWO_READERS, str(store_file), key, str(go)],
            stdout=subprocess.PIPE,
            text=True,
            cwd=REPO,
        )
        for key in ("b/quote/one", "b/event/two")
    ]
    for reader in readers:
        assert reader.stdout is not None
        assert reader.stdout.readline().strip() == "read"  # both read before either saves
    go.touch()
    outputs = [reader.communicate(timeout=60)[0].strip() for reader in readers]
    assert outputs == ["saved", "saved"]
    assert sorted(notes_in(store_file)) == ["b/event/two", "b/quote/earlier", "b/quote/one"]


def test_a_reader_sees_the_other_readers_notes_once_it_saves(store_file: Path) -> None:
    one, two = UserStore(store_file), UserStore(store_file)
    one.load()
    two.load()
    one.put(storefile.NOTES, "b/quote/one", note(1))
    two.put(storefile.NOTES, "b/quote/two", note(2))
    two.put(storefile.PINS, "b/quote/one", {"digest": None, "record": "r", "pinned": "t"})
    assert one.save() and two.save()
    assert set(two.table(storefile.NOTES)) == {"b/quote/one", "b/quote/two"}
    one.put(storefile.NOTES, "b/quote/one", None)  # deleted by one: only that key
    assert one.save()
    assert set(notes_in(store_file)) == {"b/quote/two"}
    assert set(UserStore(store_file).table(storefile.PINS)) == {"b/quote/one"}


def two_readers_of_one_note(store_file: Path) -> tuple[UserStore, UserStore]:
    """Two readers that have both read the note on `b/quote/q` (note 0)."""
    first = UserStore(store_file)
    first.put(storefile.NOTES, "b/quote/q", note(0))
    assert first.save()
    one, two = UserStore(store_file), UserStore(store_file)
    one.load()
    two.load()
    return one, two


def test_one_note_changed_in_two_readers_at_once_keeps_both_texts(store_file: Path) -> None:
    """Each reader wrote the same record's note; the second save replaced the
    first's text, and nothing said so (a new user's trial)."""
    one, two = two_readers_of_one_note(store_file)
    one.put(
        storefile.NOTES,
        "b/quote/q",
        {**note(0), "text": "note 0 R1", "written": "2026-11-26T05:04:00+00:00"},
    )
    two.put(storefile.NOTES, "b/quote/q", {**note(0), "text": "note 0 R2"})
    assert one.save() and two.save()
    text = notes_in(store_file)["b/quote/q"]["text"]  # type: ignore[index]
    assert text == (
        "note 0 R2\n\n— written meanwhile in another briefing window, 2026-11-26 05:04 UTC —\n"
        "note 0 R1"
    )
    assert one.take_notices() == []
    assert two.take_notices() == [
        "your note on r: changed in another briefing window too; both texts are kept in it"
    ]
    assert two.table(storefile.NOTES)["b/quote/q"]["text"] == text  # what its reader shows
    two.put(storefile.NOTES, "b/quote/q", {**note(0), "text": "tidied"})  # no one else since
    assert two.save() and notes_in(store_file)["b/quote/q"]["text"] == "tidied"  # type: ignore[index]


def test_a_note_saved_elsewhere_while_its_editor_is_open_is_kept_beside_this_one(
    store_file: Path,
) -> None:
    """Both readers opened the note's editor; one saved; the other, which read the
    file again meanwhile (every few seconds it looks for others' saves), then
    saved its own over it: the first's words were lost and nothing said so
    (an analyst's trial). What it knew is the note as its editor opened on it."""
    one, two = two_readers_of_one_note(store_file)
    as_opened = two.get(storefile.NOTES, "b/quote/q")  # two's editor opens
    one.put(storefile.NOTES, "b/quote/q", {**note(0), "text": "note 0 R1"})
    assert one.save()
    assert two.refresh()  # two looks for others' saves while its user types
    two.put(storefile.NOTES, "b/quote/q", {**note(0), "text": "note 0 R2"}, as_opened)
    assert two.save()
    text = notes_in(store_file)["b/quote/q"]["text"]  # type: ignore[index]
    assert text.startswith("note 0 R2\n\n— written meanwhile in another briefing window")
    assert text.endswith("—\nnote 0 R1")
    assert "both texts are kept" in two.take_notices()[0]


def test_a_new_note_written_in_two_readers_at_once_keeps_both(store_file: Path) -> None:
    one, two = UserStore(store_file), UserStore(store_file)
    one.load()
    two.load()
    as_opened = two.get(storefile.NOTES, "b/quote/q")
    assert as_opened is None
    one.put(storefile.NOTES, "b/quote/q", {**note(0), "text": "from one"})
    assert one.save() and two.refresh()
    two.put(storefile.NOTES, "b/quote/q", {**note(0), "text": "from two"}, as_opened)
    assert two.save()
    text = notes_in(store_file)["b/quote/q"]["text"]  # type: ignore[index]
    assert text.startswith("from two\n\n") and text.endswith("\nfrom one")


def test_a_note_emptied_in_one_reader_and_rewritten_in_another_is_kept(store_file: Path) -> None:
    one, two = two_readers_of_one_note(store_file)
    one.put(storefile.NOTES, "b/quote/q", note(1))
    two.put(storefile.NOTES, "b/quote/q", None)
    assert one.save() and two.save()
    assert notes_in(store_file)["b/quote/q"] == note(1)
    assert "another briefing window changed it meanwhile" in two.take_notices()[0]


# --- files that are not ours, damaged, newer, older ----------------------------


@pytest.mark.parametrize(
    "damage",
    [
        lambda good: good[: len(good) // 2],  # cut short
        lambda good: good.replace(b'"notes":{', b'"notes":[', 1),  # of another shape
        lambda good: good.replace(b'"version":2', b'"version":"one"', 1),  # no format
    ],
    ids=["truncated", "shape", "format"],
)
def test_a_damaged_store_is_left_as_it_is_until_mended(store_file: Path, damage) -> None:  # type: ignore[no-untyped-def]
    """Set aside for a new one, a damaged file's notes vanished from view, said
    once and never again (a trial of a long-time user): it is left where it is,
    said where it breaks, and written again once mended, the notes made
    meanwhile kept in memory and saved then."""
    store = UserStore(store_file)
    store.put(storefile.NOTES, "b/quote/q", note(1))
    assert store.save()
    good = store_file.read_bytes()
    damaged = damage(good)
    store_file.write_bytes(damaged)
    fresh = UserStore(store_file)
    assert fresh.table(storefile.NOTES) == {}
    (notice,) = fresh.take_notices()
    assert "is damaged" in notice and "left as it is" in notice and "until you mend it" in notice
    fresh.put(storefile.NOTES, "b/quote/new", note(2))
    assert not fresh.save()
    assert store_file.read_bytes() == damaged  # never written over, nor moved
    assert not [p for p in store_file.parent.iterdir() if "damaged" in p.name]
    assert "is damaged" in (fresh.why_not_saved or "")  # said again as the reader ends
    store_file.write_bytes(good)  # mended
    assert fresh.save()
    assert sorted(notes_in(store_file)) == ["b/quote/new", "b/quote/q"]  # both, nothing lost
    assert "reads well again" in " ".join(fresh.take_notices())
    assert not fresh.unread


def test_a_notes_file_broken_by_hand_is_said_where_it_breaks(store_file: Path) -> None:
    """A comma too many, typed by hand: the notice said "line 1 column 534 (char 533)"
    deep inside a sentence; a located error reads FILE:LINE:COL first."""
    store = UserStore(store_file)
    store.put(storefile.NOTES, "b/quote/q", note(1))
    assert store.save()
    text = json.dumps(json.loads(store_file.read_bytes()), indent=1)
    broken = text.replace('"text": "note 1"', '"text": "note 1",')
    store_file.write_text(broken, encoding="utf-8")
    line = broken[: broken.index('"text": "note 1",')].count("\n") + 1
    store = UserStore(store_file)
    store.load()
    (notice,) = store.take_notices()
    column = broken.split("\n")[line - 1].index(",,") + 2
    assert notice.split(" ")[0].endswith(f"/notes.json:{line}:{column}:")
    assert broken.split("\n")[line - 1][column - 1] == ","
    assert store_file.read_text(encoding="utf-8") == broken


def test_a_typo_typed_while_the_reader_runs_is_not_written_over(store_file: Path) -> None:
    """The user edits notes.json by hand while a reader is open, and saves it
    with a typo: the reader's next save set the edit aside and wrote over it
    what it had read."""
    store = UserStore(store_file)
    store.put(storefile.NOTES, "b/quote/q", note(1))
    assert store.save()
    broken = store_file.read_text(encoding="utf-8").replace('"note 1"', '"note 1 mended by hand,')
    store_file.write_text(broken, encoding="utf-8")
    store.put(storefile.PINS, "b/quote/q", {"digest": None, "record": "r", "pinned": "t"})
    assert not store.save()
    assert store_file.read_text(encoding="utf-8") == broken
    assert "is damaged" in " ".join(store.take_notices())


@pytest.mark.parametrize("content", [b"my own notes\n", b"", b'{"notes": {}}'])
def test_a_file_that_is_not_ours_is_left_exactly_as_it_is(store_file: Path, content: bytes) -> None:
    store_file.parent.mkdir(parents=True)
    store_file.write_bytes(content)
    store = UserStore(store_file)
    store.put(storefile.NOTES, "b/quote/q", note(1))
    assert not store.save()
    (notice,) = store.take_notices()
    assert "left as it is" in notice
    assert ("not briefing's notes file" in notice) == bool(content)
    assert store_file.read_bytes() == content
    assert sorted(p.name for p in store_file.parent.iterdir()) == ["notes.json"]
    assert store.get(storefile.NOTES, "b/quote/q") is not None  # kept for this session


def test_an_empty_notes_file_is_left_but_said_what_to_do(
    store_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A 0-byte notes.json was refused as "not briefing's notes file (an empty
    file)", and every session ended "75 reading marks could not be saved", with
    nothing said of what to do (a trial). It is still never replaced."""
    monkeypatch.chdir(store_file.parent.parent)
    store_file.parent.mkdir(parents=True)
    store_file.write_bytes(b"")
    store = UserStore(store_file)
    store.put(storefile.SEEN, "b/quote/q", {"digest": "d"})
    assert not store.save()
    (notice,) = store.take_notices()
    said = (
        "your notes file data/notes.json is empty (0 bytes), so briefing does not take it "
        "for its own and it was left as it is: nothing is in it to lose; delete it "
        "(rm data/notes.json) and briefing begins a new one"
    )
    assert notice == f"{said}; pins and notes made now are kept only until you quit"
    assert store.why_not_saved == said  # what the reader says as it ends
    assert store_file.read_bytes() == b""


def test_a_notes_file_cut_short_says_its_json_error_whole(store_file: Path) -> None:
    """The notice read "(not JSON: Unterminated string starting at)", cut mid-phrase."""
    store = UserStore(store_file)
    store.put(storefile.NOTES, "b/quote/q", note(1))
    assert store.save()
    good = store_file.read_bytes()
    cut = good[: good.index(b'"note 1') + 4]
    store_file.write_bytes(cut)
    fresh = UserStore(store_file)
    fresh.load()
    (notice,) = fresh.take_notices()
    column = len(cut[: cut.rindex(b'"')].decode()) + 1  # where the string starts
    assert f"(not JSON: Unterminated string starting at line 1, column {column}):" in notice
    assert notice.split(" ")[0].endswith(f"/notes.json:1:{column}:")


def test_a_lock_that_is_a_folder_is_named_not_the_notes_file(store_file: Path) -> None:
    """`mkdir notes.json.lock` was said as "could not be saved to …/notes.json (Is a
    directory)", blaming a file that was fine (a trial)."""
    store = UserStore(store_file)
    store.put(storefile.NOTES, "b/quote/q", note(1))
    assert store.save()
    lock = store_file.parent / "notes.json.lock"
    lock.unlink(missing_ok=True)
    lock.mkdir()
    store.put(storefile.PINS, "b/quote/q", {"digest": None, "record": "r", "pinned": "t"})
    assert not store.save()
    (notice,) = store.take_notices()
    assert notice == (
        f"your notes could not be saved to {store_file} (its lock file {lock} is a folder, "
        "not a file); saving again at the next change, and when you quit"
    )
    assert store.why_not_saved == (
        f"{store_file} could not be written: its lock file {lock} is a folder, not a file"
    )
    assert lock.is_dir()


def test_a_notes_file_reformatted_by_hand_is_still_read_and_saved_to(store_file: Path) -> None:
    """Pretty-printed by an editor or `python -m json.tool` (a journalist's trial), the
    file was refused as "not briefing's notes file": every note vanished from the reader
    and every note written after it was kept only until quitting."""
    store = UserStore(store_file)
    store.put(storefile.NOTES, "b/quote/q", note(1))
    assert store.save()
    data = json.loads(store_file.read_bytes())
    store_file.write_text(json.dumps(data, indent=2), encoding="utf-8")
    assert list(notes_in(store_file)) == ["b/quote/q"]
    again = UserStore(store_file)
    again.put(storefile.NOTES, "b/quote/r", note(2))
    assert again.save() and again.take_notices() == []
    assert set(notes_in(store_file)) == {"b/quote/q", "b/quote/r"}


def test_one_entry_mended_wrongly_by_hand_leaves_the_others_shown_and_the_file_alone(
    store_file: Path,
) -> None:
    """A note added by hand without its `written` field set the whole file aside: every
    note vanished, even from `briefing notes`, which only reads (a journalist's trial).
    The others are shown; the file is not written until it is mended, and the notice
    says where the entry is."""
    store = UserStore(store_file)
    store.put(storefile.NOTES, "b/quote/q", note(1))
    store.put(storefile.NOTES, "b/quote/r", note(2))
    assert store.save()
    data = json.loads(store_file.read_bytes())
    del data["notes"]["b/quote/r"]["written"]
    edited = json.dumps(data, indent=1).encode()
    store_file.write_bytes(edited)
    reader = UserStore(store_file)
    assert list(reader.table(storefile.NOTES)) == ["b/quote/q"]
    (notice,) = reader.take_notices()
    line = edited.decode()[: edited.decode().index('"b/quote/r"')].count("\n") + 1
    assert f"notes.json:{line}:" in notice
    assert "b/quote/r" in notice and "written" in notice
    reader.put(storefile.NOTES, "b/quote/s", note(3))
    assert not reader.save()
    assert store_file.read_bytes() == edited
    assert sorted(p.name for p in store_file.parent.iterdir()) == ["notes.json", "notes.json.lock"]
    data["notes"]["b/quote/r"]["written"] = "mended"
    store_file.write_text(json.dumps(data), encoding="utf-8")
    reader.put(storefile.PINS, "b/quote/q", {"digest": None, "record": "r", "pinned": "t"})
    assert reader.save()  # mended meanwhile: saved to again, with what was kept
    assert set(notes_in(store_file)) == {"b/quote/q", "b/quote/r", "b/quote/s"}
    assert any("reads well again" in notice for notice in reader.take_notices())


def test_a_notes_file_saved_with_a_byte_order_mark_is_still_read_and_saved_to(
    store_file: Path,
) -> None:
    """An editor that begins UTF-8 with a byte order mark (Windows' Notepad) made the
    file "not briefing's notes file": every note vanished from the reader, and every
    note written afterwards was kept only until quitting."""
    store = UserStore(store_file)
    store.put(storefile.NOTES, "b/quote/q", note(1))
    assert store.save()
    laid_out = json.dumps(json.loads(store_file.read_bytes()), indent=2)
    store_file.write_bytes(b"\xef\xbb\xbf" + laid_out.replace("\n", "\r\n").encode())
    assert list(notes_in(store_file)) == ["b/quote/q"]
    again = UserStore(store_file)
    again.put(storefile.NOTES, "b/quote/r", note(2))
    assert again.save() and again.take_notices() == []
    assert set(notes_in(store_file)) == {"b/quote/q", "b/quote/r"}


def test_many_entries_mended_wrongly_are_counted_and_only_the_first_looked_for(
    store_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each entry said was looked for through the whole file, though three are said:
    a script that dropped a field from 20,000 reading marks held the reader 9 s."""
    seen = {f"b/quote/q{n}": {"wrong": "x"} for n in range(50)}
    store_file.parent.mkdir(parents=True)
    marker = {storefile.MARKER.key: storefile.MARKER.value}
    meta = {"format": {"version": storefile.FORMAT}}
    store_file.write_text(dumps({**marker, "meta": meta, "seen": seen}), encoding="utf-8")
    looked_for = []
    place_of = storefile.place_of

    def counted(text: str, table: str, key: str) -> tuple[int, int]:
        looked_for.append(key)
        return place_of(text, table, key)

    monkeypatch.setattr(storefile, "place_of", counted)
    store = UserStore(store_file)
    assert store.table(storefile.SEEN) == {}
    (notice,) = store.take_notices()
    assert notice.count("notes.json:1:") == 3 and "(and 47 more)" in notice
    assert len(looked_for) == 3


def test_saves_while_an_entry_is_still_odd_read_the_file_again_only_once_it_changed(
    store_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each save looks whether the entries were mended: it read and checked the
    whole file each time (reading marks are saved every few seconds of reading)."""
    store = UserStore(store_file)
    store.put(storefile.NOTES, "b/quote/q", note(1))
    assert store.save()
    data = json.loads(store_file.read_bytes())
    data["notes"]["b/quote/r"] = {"text": "mine"}
    store_file.write_text(json.dumps(data, indent=1), encoding="utf-8")
    reads = []
    monkeypatch.setattr(
        briefing.userdata.store, "read_json", lambda *args: reads.append(1) or read_json(*args)
    )
    reader = UserStore(store_file)
    reader.load()
    reads.clear()
    for number in range(5):
        reader.put(storefile.SEEN, f"b/quote/q{number}", {"digest": "d"})
        assert not reader.save()
    assert len(reads) == 1
    data["notes"]["b/quote/r"] = note(2)
    store_file.write_text(json.dumps(data, indent=1), encoding="utf-8")
    assert reader.save()  # mended: looked at again, and saved to
    assert set(notes_in(store_file)) == {"b/quote/q", "b/quote/r"}


def test_an_odd_entry_in_a_file_laid_out_by_json_tool_is_said_where_it_is(
    store_file: Path,
) -> None:
    """`python -m json.tool` writes every character past ASCII as an escape: a key
    with an accent was not found as written, and said to be at 1:1."""
    store = UserStore(store_file)
    store.put(storefile.NOTES, "b/quote/q", note(1))
    assert store.save()
    data = json.loads(store_file.read_bytes())
    data["notes"]["b/quote/été"] = {"text": "mine"}
    edited = json.dumps(data, indent=2)  # as json.tool lays it out
    store_file.write_text(edited, encoding="utf-8")
    reader = UserStore(store_file)
    assert list(reader.table(storefile.NOTES)) == ["b/quote/q"]
    (notice,) = reader.take_notices()
    line = edited[: edited.index('"b/quote/\\u00e9t\\u00e9"')].count("\n") + 1
    assert f"notes.json:{line}:5: the entry 'b/quote/été' of notes is not a record's key" in notice


def test_a_file_replaced_between_two_saves_is_looked_at_again(store_file: Path) -> None:
    """A save starts from what this reader last wrote only while the file is still
    that one: another program's file written over it since is left as it is."""
    store = UserStore(store_file)
    store.put(storefile.NOTES, "b/quote/one", note(1))
    assert store.save()
    theirs = b"my own notes\n"
    store_file.write_bytes(theirs)
    store.put(storefile.NOTES, "b/quote/two", note(2))
    assert not store.save()
    assert store_file.read_bytes() == theirs
    (notice,) = store.take_notices()
    assert "no longer briefing's notes file" in notice


def test_saves_that_reuse_unchanged_tables_write_what_a_whole_encode_would(
    store_file: Path,
) -> None:
    """Each save writes again only the tables that changed since the last: the
    file stays byte for byte what encoding every table afresh gives."""
    store = UserStore(store_file)
    store.put(storefile.NOTES, "b/quote/one", note(1))
    store.put(storefile.SEEN, "b/quote/one", {"digest": "d1"})
    assert store.save()
    again = UserStore(store_file)  # as a reader that starts: the tables' bytes kept at load
    for step in range(3):
        again.put(
            storefile.PINS, f"b/event/e{step}", {"digest": None, "record": "E", "pinned": "t"}
        )
        assert again.save()
        again.put(storefile.SEEN, f"b/quote/q{step}", {"digest": f"d{step}"})
        assert again.save()
    fresh = UserStore(store_file)
    tables = {name: dict(fresh.table(name)) for name in storefile.TABLE_NAMES}
    assert store_file.read_bytes() == b"".join(storefile.encode(tables))
    assert set(fresh.table(storefile.PINS)) == {"b/event/e0", "b/event/e1", "b/event/e2"}
    assert len(fresh.table(storefile.SEEN)) == 4 and set(fresh.table(storefile.NOTES)) == {
        "b/quote/one"
    }


def test_a_store_of_a_newer_version_is_read_and_never_written(store_file: Path) -> None:
    store = UserStore(store_file)
    store.put(storefile.NOTES, "b/quote/q", note(1))
    assert store.save()
    now, newer_format = storefile.FORMAT, storefile.FORMAT + 1
    newer = store_file.read_bytes().replace(
        f'"version":{now}'.encode(), f'"version":{newer_format}'.encode(), 1
    )
    store_file.write_bytes(newer)
    reader = UserStore(store_file)
    assert list(reader.table(storefile.NOTES)) == ["b/quote/q"]  # shown
    reader.put(storefile.NOTES, "b/quote/other", note(2))
    assert not reader.save()
    (notice,) = reader.take_notices()
    assert "newer version" in notice
    assert store_file.read_bytes() == newer


def test_a_store_of_an_older_format_is_migrated_and_a_copy_kept(
    store_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The path for format 2: format 1's notes were named `body` (an example step)."""
    kept = {"body": "kept", "digest": None, "record": "r", "written": "t"}
    old = {"meta": {"format": {"version": 1}}, "notes": {"b/quote/q": kept}}
    store_file.parent.mkdir(parents=True)
    old_bytes = (storefile.MARKER.prefix.decode() + "," + dumps(old)[1:]).encode()
    store_file.write_bytes(old_bytes)

    def rename_body(data: dict) -> dict:  # type: ignore[type-arg]
        for document in data["notes"].values():
            document["text"] = document.pop("body")
        return data

    monkeypatch.setattr(storefile, "FORMAT", 2)
    monkeypatch.setattr("briefing.userdata.store.FORMAT", 2)
    monkeypatch.setitem(storefile.MIGRATIONS, 1, rename_body)
    store = UserStore(store_file)
    assert store.get(storefile.NOTES, "b/quote/q")["text"] == "kept"  # type: ignore[index]
    store.put(storefile.PINS, "b/quote/q", {"digest": None, "record": "r", "pinned": "t"})
    assert store.save()
    assert (store_file.parent / "notes.json.format-1").read_bytes() == old_bytes
    written = json.loads(store_file.read_bytes())
    assert written["meta"]["format"]["version"] == 2
    assert written["notes"]["b/quote/q"]["text"] == "kept"


def test_a_read_only_store_is_respected(store_file: Path) -> None:
    """Even by root, who could write it anyway."""
    store = UserStore(store_file)
    store.put(storefile.NOTES, "b/quote/q", note(1))
    assert store.save()
    before = store_file.read_bytes()
    store_file.chmod(0o444)
    again = UserStore(store_file)
    again.put(storefile.NOTES, "b/quote/r", note(2))
    assert not again.save()
    assert "read-only" in again.take_notices()[0]
    assert store_file.read_bytes() == before


def test_a_store_made_writable_again_is_saved_to_again(store_file: Path) -> None:
    """Once refused for a read-only folder, every later save was refused too, the
    folder writable again or not, and quitting said it was read-only (a new
    user's trial). A file that is not ours stays refused for good."""
    store = UserStore(store_file)
    store.put(storefile.NOTES, "b/quote/q", note(1))
    assert store.save()
    store_file.parent.chmod(0o555)
    try:
        store.put(storefile.NOTES, "b/quote/r", note(2))
        assert not store.save()
        assert store.why_not_saved is not None and "read-only" in store.why_not_saved
    finally:
        store_file.parent.chmod(0o755)
    store.put(storefile.PINS, "b/quote/q", {"digest": None, "record": "r", "pinned": "t"})
    assert store.save()
    assert store.why_not_saved is None and store.unsaved == 0
    assert set(notes_in(store_file)) == {"b/quote/q", "b/quote/r"}
    assert any("can be written again" in notice for notice in store.take_notices())


def test_what_a_read_only_store_could_not_save_lists_notes_and_pins_and_counts_the_rest(
    store_file: Path,
) -> None:
    """The notes and pins in full, to copy; a thousand reading marks only counted."""
    store_file.parent.mkdir(parents=True, exist_ok=True)
    store_file.parent.chmod(0o555)
    try:
        store = UserStore(store_file)
        store.put(storefile.NOTES, "b/quote/q", {**note(1), "text": "draft"})
        store.put(storefile.NOTES, "b/quote/q", {**note(1), "text": "one\ntwo\x07"})
        store.put(storefile.PINS, "b/event/e", {"digest": None, "record": "E", "pinned": "x"})
        store.put(storefile.PINS, "b/actor/a", None)
        for number in range(1000):
            store.put(storefile.SEEN, f"b/quote/q{number}", {"digest": "d"})
        assert not store.save()
    finally:
        store_file.parent.chmod(0o755)
    assert store.why_not_saved is not None and "read-only" in store.why_not_saved
    left = Unsaved.of(store.pending())
    assert left.summary() == "1 note, 1 pin, 1 note or pin removed and 1000 reading marks"
    assert left.what_follows() == "are the note and the pin"
    listing = left.listing()
    assert listing[1].startswith("Note on the quote q of briefing b (")
    assert listing[2:4] == ["one", "two␇"]  # the last text typed, and no bell
    assert listing[-1] == "Pinned: the event e of briefing b (E)"
    assert len(listing) == 6
    assert Unsaved.of([]).summary() == "nothing"


def test_a_note_under_a_key_of_another_shape_is_listed_all_the_same() -> None:
    """Its text is the user's: counted among the reading marks, it was never printed."""
    left = Unsaved.of([(storefile.NOTES, "odd key", {**note(1), "text": "keep me"})])
    assert left.notes and left.marks == 0
    assert left.listing()[1:] == ["Note on the record odd key (r), written t:", "keep me"]


# --- keys, marks, pins and notes against a briefing -----------------------------


EDITED = str(briefing_files()["briefing.yaml"])


def test_the_digest_follows_what_authors_write_and_only_that(tmp_path: Path) -> None:
    def digests_of(name: str, **changes: str) -> dict[RecordKey, str]:
        return digests(built(write_folder(tmp_path / name, briefing_files(**changes))))

    one = digests_of("one")
    # A source's text and the quote's span are derived, not written: the same digests.
    assert digests_of("same", **{"sources/s.txt": "She said hello world, and more.\n"}) == one
    edited = digests_of("edited", **{"briefing.yaml": EDITED.replace("title: E", "title: F")})
    assert {key for key in one if one[key] != edited[key]} == {RecordKey("b", "event", "e")}


#: The base briefing whose quote belongs to its event.
WITH_EVENT = EDITED + "    event: e\n"
#: The same, its event's id renamed, and the quote's `event:` with it.
EVENT_RENAMED = WITH_EVENT.replace("  - id: e\n", "  - id: first-e\n").replace(
    "    event: e\n", "    event: first-e\n"
)


def test_an_id_renamed_that_a_quote_refers_to_changes_nothing_a_reader_sees(
    tmp_path: Path, store_file: Path
) -> None:
    """An event's id renamed, its quotes' `event:` with it: the quotes were
    "changed since you last saw it", and their notes flagged with the very words
    they had (a trial of a shared desk). What they refer to is what it names."""
    folder = write_folder(tmp_path / "b", briefing_files(**{"briefing.yaml": WITH_EVENT}))
    store = UserStore(store_file)
    memory = BriefingMemory(store, built(folder))
    memory.record_visit()
    quote = memory.key("quote", "q")
    memory.write_note(quote, "check this")
    memory.toggle_pin(quote)
    assert store.save()
    write_folder(folder, {"briefing.yaml": EVENT_RENAMED})
    again = BriefingMemory(UserStore(store_file), built(folder))
    assert again.marks(Kind.QUOTE) == {}
    assert again.note(quote).standing is Standing.CURRENT  # type: ignore[union-attr]
    assert [pin.standing for pin in again.pins()] == [Standing.CURRENT]
    assert again.marks(Kind.EVENT) == {"first-e": Mark.NEW}  # its key is another: as it was
    # The quote given to another event, or another speaker, is a change.
    other = EVENT_RENAMED.replace("    event: first-e\n", "")
    write_folder(folder, {"briefing.yaml": other})
    third = BriefingMemory(UserStore(store_file), built(folder))
    assert third.marks(Kind.QUOTE) == {"q": Mark.CHANGED}


def test_digests_kept_before_they_covered_what_is_seen_flag_nothing(
    tmp_path: Path, store_file: Path
) -> None:
    """The digests kept by an earlier version (ids and references as written)
    still read as the wording they were taken of: an upgrade flagged every note
    otherwise. The seen entries are rewritten in the new kind as it opens."""
    folder = write_folder(tmp_path / "b", briefing_files(**{"briefing.yaml": WITH_EVENT}))
    briefing = built(folder)
    store = UserStore(store_file)
    BriefingMemory(store, briefing).record_visit()
    former = {key: former_digest(record, SECTIONS[key.kind]) for key, record in records(briefing)}
    quote = RecordKey("b", "quote", "q")
    assert former[quote] != digests(briefing)[quote]
    when = "2024-01-01T00:00:00+00:00"
    changes: list[Any] = [
        (storefile.SEEN, str(key), {"digest": digest}) for key, digest in former.items()
    ]
    noted = {"text": "n", "digest": former[quote], "record": "r", "written": when}
    changes.append((storefile.NOTES, str(quote), noted))
    changes.append(
        (storefile.PINS, str(quote), {"digest": former[quote], "record": "r", "pinned": when})
    )
    store.change(changes)
    assert store.save()
    upgraded = BriefingMemory(UserStore(store_file), briefing)
    assert upgraded.counts() == (0, 0)
    assert upgraded.note(quote).standing is Standing.CURRENT  # type: ignore[union-attr]
    assert [pin.standing for pin in upgraded.pins()] == [Standing.CURRENT]
    upgraded.record_visit()
    assert upgraded.store.save()
    seen = stored_table(store_file, storefile.SEEN)[str(quote)]
    assert seen["digest"] == digests(briefing)[quote] and seen["earlier"] == [former[quote]]
    # An edit since is a change all the same.
    write_folder(folder, {"briefing.yaml": WITH_EVENT.replace("hello world", "hello")})
    edited = BriefingMemory(UserStore(store_file), built(folder))
    assert edited.marks(Kind.QUOTE) == {"q": Mark.CHANGED}
    assert edited.note(quote).standing is Standing.CHANGED  # type: ignore[union-attr]


def stored_table(path: Path, table: str) -> dict[str, Any]:
    return dict(UserStore(path).table(table))


def test_a_first_visit_marks_nothing_and_later_additions_are_new(
    tmp_path: Path, store_file: Path
) -> None:
    folder = write_folder(tmp_path / "b", briefing_files())
    store = UserStore(store_file)
    first = BriefingMemory(store, built(folder))
    assert first.first_visit and first.counts() == (0, 0)
    first.record_visit()
    assert store.save()
    added = EDITED + "  - id: q2\n    text: she left\n    speaker: a\n    source: s\n"
    write_folder(folder, {"briefing.yaml": added})
    later = BriefingMemory(UserStore(store_file), built(folder))
    assert not later.first_visit
    assert later.marks(later.key("quote", "q").kind) == {"q2": Mark.NEW}
    assert later.seen(later.key("quote", "q2"))
    assert later.counts() == (0, 0)
    assert later.marks(later.key("quote", "q").kind) == {}  # seen: its row's mark goes


def test_marks_seen_go_from_their_kind_only(tmp_path: Path, store_file: Path) -> None:
    folder = write_folder(tmp_path / "b", briefing_files())
    store = UserStore(store_file)
    BriefingMemory(store, built(folder)).record_visit()
    assert store.save()
    renamed = EDITED.replace("title: E", "title: F").replace("name: A", "name: Ann")
    write_folder(folder, {"briefing.yaml": renamed})
    memory = BriefingMemory(UserStore(store_file), built(folder))
    assert memory.marks(Kind.EVENT) == {"e": Mark.CHANGED}
    assert memory.marks(Kind.ACTOR) == {"a": Mark.CHANGED}
    shown = memory.marks(Kind.EVENT)
    assert memory.seen(memory.key(Kind.EVENT, "e"))
    assert memory.marks(Kind.EVENT) == {} and shown == {"e": Mark.CHANGED}  # a copy was given
    assert memory.marks(Kind.ACTOR) == {"a": Mark.CHANGED}
    # its quote is said by "Ann" now: what a reader sees of it changed too
    assert memory.marks(Kind.QUOTE) == {"q": Mark.CHANGED}
    assert memory.mark_all_seen() == 2
    assert memory.marks(Kind.ACTOR) == {} and memory.counts() == (0, 0)


def test_a_copy_edited_and_seen_leaves_its_original_unmarked(
    tmp_path: Path, store_file: Path
) -> None:
    """Two folders of one briefing id share their marks: seeing an author's
    edit in a copy marked the untouched original's event as "changed by its
    author" (a trial). A wording seen once is not changed; one never seen is."""
    original = write_folder(tmp_path / "b", briefing_files())
    store = UserStore(store_file)
    BriefingMemory(store, built(original)).record_visit()
    assert store.save()
    copy = write_folder(tmp_path / "copy" / "b", briefing_files())
    write_folder(copy, {"briefing.yaml": EDITED.replace("title: E", "title: F")})
    in_copy = BriefingMemory(UserStore(store_file), built(copy))
    assert in_copy.marks(Kind.EVENT) == {"e": Mark.CHANGED}  # the copy's wording is new to you
    assert in_copy.seen(in_copy.key(Kind.EVENT, "e"))
    assert in_copy.store.save()
    back = BriefingMemory(UserStore(store_file), built(original))
    assert back.counts() == (0, 0)
    again = BriefingMemory(UserStore(store_file), built(copy))
    assert again.counts() == (0, 0)
    write_folder(copy, {"briefing.yaml": EDITED.replace("title: E", "title: G")})
    third = BriefingMemory(UserStore(store_file), built(copy))
    assert third.marks(Kind.EVENT) == {"e": Mark.CHANGED}  # a wording never seen


def test_an_edited_quote_shows_as_changed_and_its_note_is_flagged(
    tmp_path: Path, store_file: Path
) -> None:
    folder = write_folder(tmp_path / "b", briefing_files())
    store = UserStore(store_file)
    memory = BriefingMemory(store, built(folder))
    memory.record_visit()
    quote = memory.key("quote", "q")
    memory.write_note(quote, "check this")
    memory.toggle_pin(quote)
    assert store.save()
    write_folder(folder, {"briefing.yaml": EDITED.replace("text: hello world", "text: hello")})
    again = BriefingMemory(UserStore(store_file), built(folder))
    assert again.mark(quote) is Mark.CHANGED
    assert again.counts() == (0, 1)
    flagged = again.note(quote)
    assert flagged is not None and flagged.standing is Standing.CHANGED
    assert flagged.record == "“hello world” — A"  # as it read when the note was written
    (pin,) = again.pins()
    assert pin.standing is Standing.CHANGED
    assert again.seen(quote) and again.mark(quote) is None
    assert again.note(quote).standing is Standing.CHANGED  # type: ignore[union-attr]
    rewritten = again.write_note(quote, "checked")
    assert rewritten is not None and rewritten.standing is Standing.CURRENT


def test_a_note_whose_record_was_removed_stays_with_its_last_known_text(
    tmp_path: Path, store_file: Path
) -> None:
    folder = write_folder(tmp_path / "b", briefing_files())
    store = UserStore(store_file)
    memory = BriefingMemory(store, built(folder))
    memory.record_visit()
    memory.write_note(memory.key("quote", "q"), "about hello")
    memory.write_note(memory.briefing_key, "on the whole")
    assert store.save()
    without = EDITED.split("quotes:")[0]
    (folder / "briefing.yaml").write_text(without, encoding="utf-8")
    reopened = UserStore(store_file)
    after = BriefingMemory(reopened, built(folder))
    after.record_visit()
    assert reopened.save()
    notes = {n.key.kind: n for n in after.notes()}
    assert notes["quote"].standing is Standing.REMOVED
    assert notes["quote"].record == "“hello world” — A" and notes["quote"].text == "about hello"
    assert notes["briefing"].standing is Standing.CURRENT
    assert len(notes_in(store_file)) == 2  # never dropped, however often it is opened


def test_mark_all_seen_clears_every_mark(tmp_path: Path, store_file: Path) -> None:
    folder = write_folder(tmp_path / "b", briefing_files())
    store = UserStore(store_file)
    BriefingMemory(store, built(folder)).record_visit()
    assert store.save()
    write_folder(folder, {"briefing.yaml": EDITED.replace("name: A", "name: A. N. Other")})
    memory = BriefingMemory(UserStore(store_file), built(folder))
    assert memory.counts() == (0, 2)  # the actor, and its quote said by another name now
    assert memory.mark_all_seen() == 2
    assert memory.store.save()
    assert BriefingMemory(UserStore(store_file), built(folder)).counts() == (0, 0)


def test_a_reader_sees_what_another_reader_saved_when_it_looks_again(store_file: Path) -> None:
    """A second reader showed its old copy of the pins and notes: a note opened
    for editing there was the old text, and the save that merged both held the
    older one twice (a new user's trial)."""
    one, two = two_readers_of_one_note(store_file)
    assert not two.refresh()  # nobody wrote since it read
    one.put(storefile.NOTES, "b/quote/q", {**note(0), "text": "changed by one"})
    one.put(storefile.PINS, "b/quote/p", {"digest": None, "record": "p", "pinned": "t"})
    assert one.save()
    two.put(storefile.PINS, "b/actor/a", {"digest": None, "record": "a", "pinned": "t"})
    assert two.refresh()  # (its own pin, not saved yet, stays on top)
    assert two.get(storefile.NOTES, "b/quote/q")["text"] == "changed by one"  # type: ignore[index]
    assert set(two.table(storefile.PINS)) == {"b/quote/p", "b/actor/a"}
    assert not two.refresh()
    two.put(storefile.NOTES, "b/quote/q", {**note(0), "text": "changed by two, after"})
    assert two.save()
    assert notes_in(store_file)["b/quote/q"]["text"] == "changed by two, after"  # type: ignore[index]
    assert two.take_notices() == []  # edited from the latest text: nothing to merge


def test_a_save_that_lands_while_the_file_is_read_again_is_not_undone(
    store_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`refresh` put back the tables it read over those a save had just left: a
    pin just made looked unpinned (a review of the change)."""
    from briefing.userdata import store as store_module

    one, two = two_readers_of_one_note(store_file)
    one.put(storefile.NOTES, "b/quote/q", {**note(0), "text": "changed by one"})
    assert one.save()
    two.put(storefile.PINS, "b/actor/mine", {"digest": None, "record": "m", "pinned": "t"})
    real = store_module.read_json
    landed: list[bool] = []

    def read_while_a_save_lands(*args: Any) -> Any:
        data = real(*args)
        if not landed:
            landed.append(False)  # (the save reads the file too)
            landed[0] = two.save()  # the save worker, between the read and its use
        return data

    monkeypatch.setattr(store_module, "read_json", read_while_a_save_lands)
    two.refresh()
    assert landed == [True]
    assert "b/actor/mine" in two.table(storefile.PINS)
    assert two.get(storefile.NOTES, "b/quote/q")["text"] == "changed by one"  # type: ignore[index]


def test_every_kept_record_is_listed_briefing_first_then_as_the_panes_stand(
    store_file: Path,
) -> None:
    """The library's pins listed a briefing's actors before the briefing itself,
    where the briefing's own pins list it first (an analyst's trial)."""
    from briefing.userdata.reading import all_kept

    store = UserStore(store_file)
    for key in ("b/quote/q", "b/actor/a", "b/briefing/b", "a/event/e", "b/event/e"):
        store.put(storefile.PINS, key, {"digest": None, "record": key, "pinned": "t"})
    assert store.save()
    listed = [str(key) for key, _, _ in all_kept(UserStore(store_file))]
    assert listed == ["a/event/e", "b/briefing/b", "b/actor/a", "b/event/e", "b/quote/q"]


def test_a_kept_note_rewritten_after_another_reader_deleted_it_keeps_its_record(
    store_file: Path,
) -> None:
    """Edited from the library's pins while another reader emptied it, the note
    came back tied to no record: its text and digest were read after the
    deletion (a review)."""
    from briefing.userdata.reading import rewrite_kept_note

    one, two = two_readers_of_one_note(store_file)
    key = RecordKey("b", "quote", "q")
    as_opened = one.get(storefile.NOTES, str(key))
    two.put(storefile.NOTES, str(key), None)
    assert two.save() and one.refresh()
    assert rewrite_kept_note(one, key, "edited", as_opened)
    assert one.save()
    kept = notes_in(store_file)[str(key)]
    assert kept["text"] == "edited"  # type: ignore[index]
    assert as_opened is not None
    assert (kept["record"], kept["digest"]) == (as_opened["record"], as_opened["digest"])  # type: ignore[index]


def test_a_note_saved_again_unchanged_elsewhere_is_not_kept_twice(store_file: Path) -> None:
    """The other reader saved the note with its words as they were (a new time,
    its record tied anew): this reader's save kept both texts, the same words
    under "written meanwhile in another briefing window" (a review)."""
    one, two = two_readers_of_one_note(store_file)
    two.put(storefile.NOTES, "b/quote/q", {**note(0), "written": "later", "digest": "new"})
    assert two.save()
    one.put(storefile.NOTES, "b/quote/q", {**note(0), "text": "mine"})
    assert one.save()
    assert notes_in(store_file)["b/quote/q"]["text"] == "mine"  # type: ignore[index]
    assert one.take_notices() == []


def test_a_note_on_a_quote_keeps_its_words_in_its_briefings_quotation_marks(
    tmp_path: Path, store_file: Path
) -> None:
    """A note or pin on a German briefing's quote remembers it „…“, as its row shows it."""
    yaml = str(BASE_FILES["briefing.yaml"]).replace("  as_of:", "  language: de\n  as_of:", 1)
    folder = write_folder(tmp_path / "b", briefing_files(**{"briefing.yaml": yaml}))
    memory = BriefingMemory(UserStore(store_file), built(folder))
    quote = memory.key("quote", "q")
    memory.write_note(quote, "check this")
    note = memory.note(quote)
    assert note is not None and note.record == "„hello world“ — A"


def test_a_note_kept_in_the_former_digest_moved_to_its_renamed_record_is_current(
    tmp_path: Path, store_file: Path
) -> None:
    """A digest of the former kind covers the id: the moved note is compared
    with its new record under its old id, and tied to it when that is all."""
    folder = write_folder(tmp_path / "b", briefing_files())
    briefing = built(folder)
    quote = RecordKey("b", "quote", "q")
    former = former_digest(dict(records(briefing))[quote], "quotes")
    store = UserStore(store_file)
    when = "2024-01-01T00:00:00+00:00"
    noted = {"text": "n", "digest": former, "record": "“hello world” — A", "written": when}
    store.put(storefile.NOTES, str(quote), noted)
    assert store.save()
    write_folder(folder, {"briefing.yaml": EDITED.replace("id: q\n", "id: q-new\n")})
    memory = BriefingMemory(UserStore(store_file), built(folder))
    target = renamed_as(memory, quote)
    assert target == RecordKey("b", "quote", "q-new")
    assert "Moved your note from the quote q" in move_kept(memory, quote, target)
    assert memory.note(target).standing is Standing.CURRENT  # type: ignore[union-attr]
    assert memory.note(quote) is None


def test_a_table_this_version_does_not_know_is_written_back_as_it_was(store_file: Path) -> None:
    """A later version's table was dropped at the first save (a trial of a
    long-time user going back and forth between versions)."""
    store = UserStore(store_file)
    store.put(storefile.NOTES, "b/quote/q", note(1))
    assert store.save()
    data = json.loads(store_file.read_bytes())
    data["highlights"] = {"b/quote/q": {"colour": "yellow", "words": [1, 4]}}
    store_file.write_text(json.dumps(data), encoding="utf-8")
    again = UserStore(store_file)
    again.put(storefile.PINS, "b/quote/q", {"digest": None, "record": "r", "pinned": "t"})
    assert again.save()
    written = json.loads(store_file.read_bytes())
    assert written["highlights"] == {"b/quote/q": {"colour": "yellow", "words": [1, 4]}}
    assert list(written["pins"]) == ["b/quote/q"] and list(written["notes"]) == ["b/quote/q"]


def test_a_file_of_format_1_is_written_in_format_2_which_older_versions_never_write(
    store_file: Path,
) -> None:
    """A version of format 1 running beside this one wrote a note over the one
    this one had saved, and one going back said 74 records had changed: a file
    of format 2 is one they read and never write (a trial of a long-time user)."""
    kept = {"text": "kept", "digest": None, "record": "r", "written": "t"}
    old = {"meta": {"format": {"version": 1}}, "notes": {"b/quote/q": kept}}
    store_file.parent.mkdir(parents=True)
    old_bytes = (storefile.MARKER.prefix.decode() + "," + dumps(old)[1:]).encode()
    store_file.write_bytes(old_bytes)
    store = UserStore(store_file)
    store.put(storefile.PINS, "b/quote/q", {"digest": None, "record": "r", "pinned": "t"})
    assert store.save()
    assert (store_file.parent / "notes.json.format-1").read_bytes() == old_bytes
    written = json.loads(store_file.read_bytes())
    assert written["meta"]["format"]["version"] == 2
    assert written["notes"]["b/quote/q"] == kept
    assert "now in format 2" in " ".join(store.take_notices())
