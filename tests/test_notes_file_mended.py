"""A notes file that could not be read, then mended; format 2; moving a note (a review).

A damaged notes file is left where it is until mended (a long-time user's
trial): a review of that change found the session's first-visit marks
merged over the file's at the mend, a pin of the file unpinned unseen, the
end of the session still saying "damaged", the damaged file read every 2 s,
the format-1 copy made again at each failed save, and a quote's exact
reading losing its `m` to one alike but for its quotation marks. Each test
here is one of its reproductions.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import briefing_files, write_folder
from test_userdata import built, note

from briefing.userdata import store as store_module
from briefing.userdata import storefile
from briefing.userdata.reading import BriefingMemory
from briefing.userdata.store import UserStore


@pytest.fixture
def store_file(tmp_path: Path) -> Path:
    return tmp_path / "data" / "notes.json"


def missing_comma(path: Path) -> bytes:
    good = path.read_bytes()
    text = json.dumps(json.loads(good), indent=1)
    path.write_text(text.replace('"meta": {', '"meta": {\n "x": 1\n', 1), encoding="utf-8")
    return good


def broken_after_a_note(store_file: Path) -> tuple[bytes, UserStore]:
    """A file with a note on b/quote/q, then a comma taken out of it by hand:
    its good bytes, and a store that has read it broken."""
    first = UserStore(store_file)
    first.put(storefile.NOTES, "b/quote/q", note(1))
    assert first.save()
    good = missing_comma(store_file)
    broken = UserStore(store_file)
    broken.load()
    return good, broken


# 1. The end-of-session message says "damaged" though the file was mended and saved.
def test_told_at_end_after_mend_does_not_say_damaged(store_file: Path) -> None:
    good, r = broken_after_a_note(store_file)
    r.put(storefile.NOTES, "b/quote/n", note(2))
    assert not r.save()
    store_file.write_bytes(good)  # mended
    assert r.save()
    assert sorted(json.loads(store_file.read_bytes())["notes"]) == ["b/quote/n", "b/quote/q"]
    # what the reader prints as it ends (keeper.told = list(store.done_to_file))
    assert not [t for t in r.done_to_file if "is damaged" in t], r.done_to_file


# 2. Mended, no change made since: the store still says read_only/unread ("damaged") to the end.
def test_mended_without_a_change_is_not_still_damaged(store_file: Path) -> None:
    good, r = broken_after_a_note(store_file)
    store_file.write_bytes(good)
    assert r.refresh()  # the look every 2 s reads the mended file: its notes show
    assert "b/quote/q" in r.table(storefile.NOTES)
    assert r.save()  # nothing to save
    assert r.read_only is None and not r.done_to_file, (r.read_only, r.done_to_file)


# 3. A briefing opened while the file is damaged is a "first visit": every record is
#    marked seen, and once the file is mended that is merged over the user's marks.
def test_mend_keeps_the_new_and_changed_marks(tmp_path: Path, store_file: Path) -> None:
    folder = write_folder(tmp_path / "b", briefing_files())
    s = UserStore(store_file)
    BriefingMemory(s, built(folder)).record_visit()
    assert s.save()
    yaml = str(briefing_files()["briefing.yaml"])
    added = yaml + "  - id: q2\n    text: she left\n    speaker: a\n    source: s\n"
    write_folder(folder, {"briefing.yaml": added.replace("title: E", "title: E2")})
    before = BriefingMemory(UserStore(store_file), built(folder))
    assert before.counts() == (1, 1)  # q2 new, e changed
    good = missing_comma(store_file)
    r = UserStore(store_file)
    m = BriefingMemory(r, built(folder))
    assert m.first_visit  # the damaged file's "opened" is unread
    m.record_visit()
    assert not r.save()
    store_file.write_bytes(good)  # mended while the briefing is open
    r.put(storefile.NOTES, "b/quote/q", note(9))
    assert r.save()
    after = BriefingMemory(UserStore(store_file), built(folder))
    assert after.counts() == (1, 1), after.counts()


# 4. While the file is damaged (by hand, mid-run), the look every 2 s reads and parses it
#    again each time (its stamp differs from the last good one): CPU on a big file.
def test_refresh_does_not_reparse_a_damaged_file_every_time(store_file: Path, monkeypatch) -> None:
    s = UserStore(store_file)
    s.change([(storefile.SEEN, f"b/quote/q{i}", {"digest": "d" * 40}) for i in range(20000)])
    assert s.save()
    missing_comma(store_file)
    calls = []
    real = store_module.read_json
    monkeypatch.setattr(store_module, "read_json", lambda *a: calls.append(1) or real(*a))
    for _ in range(5):
        assert not s.refresh()
    assert len(calls) <= 1, f"{len(calls)} full reads of the unchanged damaged file in 5 looks"


# 5. Tables a later version adds are kept only if they are JSON objects; meta rows not at all.
def test_unknown_values_that_are_not_tables_are_kept(store_file: Path) -> None:
    s = UserStore(store_file)
    s.put(storefile.NOTES, "b/quote/q", note(1))
    assert s.save()
    data = json.loads(store_file.read_bytes())
    data["history"] = [{"at": "x"}]
    data["layout"] = "wide"
    store_file.write_text(json.dumps(data), encoding="utf-8")
    r = UserStore(store_file)
    r.put(storefile.NOTES, "b/quote/n", note(2))
    assert r.save()
    after = json.loads(store_file.read_bytes())
    lost = [k for k in ("history", "layout") if k not in after]
    assert not lost, f"dropped at the first save: {lost}"


def read_in_format_1(store_file: Path) -> UserStore:
    """A store that has read a file of format 1 holding a note on b/quote/q."""
    first = UserStore(store_file)
    first.put(storefile.NOTES, "b/quote/q", note(1))
    assert first.save()
    data = json.loads(store_file.read_bytes())
    data["meta"]["format"]["version"] = 1
    store_file.write_text(json.dumps(data), encoding="utf-8")
    older = UserStore(store_file)
    older.load()
    return older


# 6. A format-1 file whose save fails after the copy aside: each retry copies it again.
def test_failed_saves_do_not_copy_format_1_aside_again_and_again(
    store_file: Path, monkeypatch
) -> None:
    r = read_in_format_1(store_file)
    real = store_module.write_atomically

    def failing(path, chunks):  # type: ignore[no-untyped-def]
        if Path(path) == store_file:
            raise OSError(28, "No space left on device", str(path))
        return real(path, chunks)

    monkeypatch.setattr(store_module, "write_atomically", failing)
    for i in range(5):
        r.put(storefile.SEEN, f"b/quote/s{i}", {"digest": "d"})
        assert not r.save()
    copies = sorted(p.name for p in store_file.parent.iterdir() if ".format-1" in p.name)
    assert len(copies) == 1, copies


# 6b. The disk quite full: the copy fails too, and each retry leaves an empty claimed name.
def test_failed_copies_aside_leave_no_empty_files(store_file: Path, monkeypatch) -> None:
    r = read_in_format_1(store_file)

    def failing(path, chunks):  # type: ignore[no-untyped-def]
        raise OSError(28, "No space left on device", str(path))

    monkeypatch.setattr(store_module, "write_atomically", failing)
    for i in range(5):
        r.put(storefile.SEEN, f"b/quote/s{i}", {"digest": "d"})
        assert not r.save()
    copies = sorted(p.name for p in store_file.parent.iterdir() if ".format-1" in p.name)
    assert not copies, copies


# 7. 740564c: two quotes that differ only in inner quotation marks now read alike, so a
#    note whose kept text matched one of them EXACTLY is no longer offered m (ambiguous).
def test_an_exact_reading_still_wins_over_one_alike_but_for_marks(
    tmp_path: Path, store_file: Path
) -> None:
    from briefing.userdata.keys import RecordKey
    from briefing.userdata.moving import renamed_as

    yaml = str(briefing_files()["briefing.yaml"])
    two = (
        yaml.replace(
            "  - id: q\n    text: hello world\n",
            "  - id: q-new\n    text: hello world\n",
        )
        + "  - id: q3\n    text: hello 'world'\n    speaker: a\n    source: s\n"
    )
    folder = write_folder(
        tmp_path / "b",
        briefing_files(
            **{
                "briefing.yaml": two,
                "sources/s.txt": "She said hello world.\n\nShe said hello 'world'.\n",
            }
        ),
    )
    b = built(folder)
    store = UserStore(store_file)
    memory = BriefingMemory(store, b)
    texts = {k.id: memory.record_text(k) for k in memory.digests if k.kind == "quote"}
    store.put(
        storefile.NOTES,
        "b/quote/q",
        {"text": "mine", "digest": None, "record": texts["q-new"], "written": "t"},
    )  # the gone q read as q-new does now
    assert texts["q-new"] != texts["q3"], texts
    assert renamed_as(memory, RecordKey("b", "quote", "q")) == RecordKey("b", "quote", "q-new"), (
        texts
    )


# 8. A pin in the damaged (unread) file: the session sees the record unpinned; * then * again
#    (pin, unpin) is merged at the mend as "remove the pin": the file's pin is gone.
def test_a_pin_of_the_unread_file_survives_pin_and_unpin_in_the_session(store_file: Path) -> None:
    pin = {"digest": None, "record": "r", "pinned": "2020"}
    s = UserStore(store_file)
    s.put(storefile.PINS, "b/quote/q", pin)
    assert s.save()
    good = missing_comma(store_file)
    r = UserStore(store_file)
    assert r.get(storefile.PINS, "b/quote/q") is None  # unread: shown unpinned
    r.put(storefile.PINS, "b/quote/q", {**pin, "pinned": "now"})  # *
    r.put(storefile.PINS, "b/quote/q", None)  # * again
    assert not r.save()
    store_file.write_bytes(good)
    assert r.save()
    assert "b/quote/q" in json.loads(store_file.read_bytes())["pins"], "the file's pin was removed"


# 9. A note written in the session on a record the unread file has a note on: both kept,
#    but the notice and the heading say another briefing window wrote it "meanwhile".
def test_the_unread_files_note_is_not_called_another_windows(store_file: Path) -> None:
    good, r = broken_after_a_note(store_file)
    r.put(storefile.NOTES, "b/quote/q", note(2))
    assert not r.save()
    store_file.write_bytes(good)
    r.take_notices()
    assert r.save()
    text = json.loads(store_file.read_bytes())["notes"]["b/quote/q"]["text"]
    said = " ".join(r.take_notices())
    assert "another briefing window" not in text + said, (text, said)
