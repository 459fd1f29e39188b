"""The reader's own data at a lifetime's size: a note saved, and the first frame, with 10,000 notes.

    python -m bench.notes [--notes 10000] [--repeat 7]

Two measures, each a ratio to the same thing done with an empty store in the
same run, alternated so that a busy machine weighs on both alike:

- saving one note: `UserStore.save` takes the file's lock, merges this
  process's change by key into the file as it is (read again only when
  another process wrote it since) and writes the whole atomically (fsync of
  the file and of its folder; the bytes of unchanged tables kept from the
  last write), so its cost grows with what is stored;
- the reader's warm first frame (bundled briefing, tmux, 120x40): the store
  is read after the first frame, in a worker, so 10,000 notes must leave it
  within a few percent. The time until the open briefing's marks are shown
  (its header's `✎` count) is reported too: that is when the store's size
  is felt.

The notes are spread over a hundred briefings, a hundred of them on the
bundled one (on records it does not have: orphans, listed as such).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.bytecode import compile_sources
from bench.goals import goal_line
from bench.stopping import stop_as_interrupted
from bench.terminal import time_to_screen
from briefing.userdata.keys import RecordKey
from briefing.userdata.store import Change, UserStore
from briefing.userdata.storefile import NOTES

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "out"
BRIEFING = str(Path(sys.executable).parent / "briefing")
BUNDLED_ID = "ukraine-diplomacy-2022-02-10"
GOALS = {
    #: a save with 10,000 notes stored, in milliseconds (a keypress away)
    "save_ms": 100.0,
    #: the warm first frame with 10,000 notes / with none
    "first_frame_ratio": 1.05,
}


def fill(path: Path, count: int) -> int:
    """A store at `path` with `count` notes; its size in bytes."""
    store = UserStore(path)
    changes: list[Change] = []
    for number in range(count):
        briefing = BUNDLED_ID if number % 100 == 0 else f"briefing-{number % 100:03}"
        key = RecordKey(briefing, "quote", f"q{number:05}")
        note = {
            "text": f"Note {number}: check this against the second source before Friday.",
            "digest": f"{number:016x}",
            "record": f"“Words of quote {number}, as they read when the note was written” — X",
            "written": "2026-11-25T12:00:00+00:00",
        }
        changes.append((NOTES, str(key), note))
    if not changes:
        return 0
    store.change(changes)
    if not store.save():
        raise RuntimeError(store.take_notices())
    return path.stat().st_size


def save_times(path: Path, repeat: int) -> list[float]:
    """Seconds of each of `repeat` saves of one new note, in a store already read."""
    store = UserStore(path)
    store.load()
    times = []
    for number in range(repeat):
        note = {"text": f"one more, {number}", "digest": None, "record": "r", "written": "now"}
        store.put(NOTES, f"briefing-saved/event/bench-{number}", note)
        start = time.perf_counter()
        saved = store.save()
        times.append(time.perf_counter() - start)
        if not saved:
            raise RuntimeError(store.take_notices())
    return times


def saving(work: Path, count: int, repeat: int) -> dict[str, float]:
    full, empty = work / "full" / "notes.json", work / "empty" / "notes.json"
    size = fill(full, count)
    fill(empty, 0)
    ours, theirs = [], []
    for _ in range(repeat):  # alternated, a few saves at a time
        ours += save_times(full, 3)
        theirs += save_times(empty, 3)
    save_ms, empty_ms = statistics.median(ours) * 1000, statistics.median(theirs) * 1000
    return {
        "store_mb": size / 1e6,
        "save_ms": save_ms,
        "empty_save_ms": empty_ms,
        "save_to_empty": save_ms / empty_ms,
    }


def first_frames(work: Path, count: int, repeat: int) -> dict[str, float]:
    """The bundled briefing's warm first frame with the full store and with an empty
    one, alternated; and the time until the full store's marks are on screen."""
    index_dir, full, empty = work / "index", work / "full", work / "frame-empty"
    env = {**os.environ, "BRIEFING_INDEX_DIR": str(index_dir)}
    subprocess.run([BRIEFING, "index"], env=env, check=True, capture_output=True)
    prefix = f"cd {ROOT} && BRIEFING_INDEX_DIR={index_dir}"
    ours, theirs, ratios, marks = [], [], [], []
    for _ in range(repeat):
        empty.mkdir(exist_ok=True)
        (empty / "notes.json").unlink(missing_ok=True)
        with_notes = time_to_screen(f"{prefix} BRIEFING_DATA_DIR={full} {BRIEFING}", "Actors (32)")
        without = time_to_screen(f"{prefix} BRIEFING_DATA_DIR={empty} {BRIEFING}", "Actors (32)")
        # The header counts the bundled briefing's notes once the store is read.
        notes_on_it = f"✎{count // 100}"
        marks.append(time_to_screen(f"{prefix} BRIEFING_DATA_DIR={full} {BRIEFING}", notes_on_it))
        ours.append(with_notes)
        theirs.append(without)
        ratios.append(with_notes / without)
    return {
        "first_frame_s": statistics.median(ours),
        "empty_first_frame_s": statistics.median(theirs),
        "first_frame_ratio": statistics.median(ratios),
        "marks_shown_s": statistics.median(marks),
    }


def measure(count: int, repeat: int) -> dict[str, object]:
    with tempfile.TemporaryDirectory() as temporary:
        work = Path(temporary)
        row = saving(work, count, repeat)
        row |= first_frames(work, count, repeat)
    return {"notes": count, **{k: round(v, 4) for k, v in row.items()}}


def report(row: dict[str, object]) -> str:
    """The row as lines of `make bench`'s table, each measure with its goal."""

    def line(key: str, what: str) -> str:
        value = row[key]
        assert isinstance(value, float)
        return goal_line(what, value, GOALS[key])

    return "\n".join(
        [
            f"your notes: {row['notes']:,} stored ({row['store_mb']} MB); an empty store's "
            f"save {row['empty_save_ms']} ms, first frame {row['empty_first_frame_s']} s:",
            line("save_ms", "saving one note, ms"),
            line("first_frame_ratio", "warm first frame / with an empty store"),
            f"  {'the open briefing’s marks on screen, s':<52} {row['marks_shown_s']:>7.3f}"
            f"  (first frame {row['first_frame_s']} s)",
        ]
    )


def main() -> None:
    stop_as_interrupted()  # kill -TERM removes its temporary folders too
    compile_sources()
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--notes", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    row = measure(args.notes, args.repeat)
    print(report(row))
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "notes.json").write_text(json.dumps(row, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
