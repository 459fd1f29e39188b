"""A library of briefings: what a thousand cost against one, measured as ratios in one run.

    python -m bench.library [--count 1000] [--repeat 3]

Every figure is a ratio of two things measured here, alternated so that a
busy machine weighs on both alike:

- one briefing edited, then `briefing index`, against the first build;
- the first build in processes (the default) against one process (--jobs 1);
- `briefing list` of the library against `briefing list` of the bundled
  content (time, and peak memory in MB);
- the library's warm first frame in tmux (bench/terminal.py) against the
  bundled briefing's.

Commands are timed as a user runs them, from start to exit, in a fresh process.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from bench.bytecode import compile_sources
from bench.generate import library
from bench.goals import goal_line
from bench.stopping import stop_as_interrupted
from bench.terminal import time_to_screen

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "out"
BRIEFING = str(Path(sys.executable).parent / "briefing")
GOALS = {
    "edit_to_first_build": 0.03,
    "parallel_to_serial_build": 0.6,
    "list_to_bundled_list": 2.0,
    "list_peak_mb": 60.0,
    "first_frame_to_bundled": 1.3,
}
#: A command run in a fresh process: its wall time and the peak memory of the child.
_TIMED = (
    "import resource, subprocess, sys, time\n"
    "start = time.perf_counter()\n"
    "subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, check=True)\n"
    "peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024\n"
    "print(time.perf_counter() - start, peak)\n"
)


def timed(*args: str | Path, env: dict[str, str] | None = None) -> tuple[float, int]:
    """Seconds and peak bytes of `briefing ARGS`, run to its end."""
    done = subprocess.run(
        [sys.executable, "-c", _TIMED, BRIEFING, *map(str, args)],
        capture_output=True,
        text=True,
        env={**os.environ, **(env or {})},
        check=True,
    )
    seconds, peak = done.stdout.split()
    return float(seconds), int(peak)


def _median(values: list[float]) -> float:
    return statistics.median(values)


def first_builds(folder: Path, work: Path, repeat: int) -> dict[str, float]:
    """The first build of the library's index, in processes and in one, alternated."""
    index = work / "first" / "index.json"
    runs: dict[str, list[float]] = {"parallel": [], "serial": []}
    for _ in range(repeat):
        for name, jobs in (("parallel", ()), ("serial", ("--jobs", "1"))):
            shutil.rmtree(index.parent, ignore_errors=True)
            runs[name].append(timed("index", folder, "--index", index, *jobs)[0])
    parallel, serial = _median(runs["parallel"]), _median(runs["serial"])
    return {"first_build_s": parallel, "serial_build_s": serial,
            "parallel_to_serial_build": parallel / serial}  # fmt: skip


def one_edit(folder: Path, work: Path, repeat: int, first_build: float) -> dict[str, float]:
    """`briefing index` after one briefing's title is edited (each time another title)."""
    index = work / "edit" / "index.json"
    timed("index", folder, "--index", index)
    briefing = sorted(folder.iterdir())[len(list(folder.iterdir())) // 2] / "briefing.yaml"
    original = briefing.read_bytes()
    times = []
    try:
        for number in range(repeat):
            edited = original.replace(b"\n  title: ", f"\n  title: edited {number} ".encode(), 1)
            briefing.write_bytes(edited)
            times.append(timed("index", folder, "--index", index)[0])
    finally:
        briefing.write_bytes(original)
    edit = _median(times)
    return {"edit_index_s": edit, "edit_to_first_build": edit / first_build}


def listing(folder: Path, work: Path, repeat: int) -> dict[str, float]:
    """`briefing list` of the library against the bundled content's, warm, alternated."""
    index, bundled = work / "list" / "index.json", work / "bundled" / "index.json"
    timed("index", folder, "--index", index)
    timed("index", "--index", bundled)
    ours, theirs, peaks = [], [], []
    for _ in range(repeat):
        seconds, peak = timed("list", folder, "--index", index)
        ours.append(seconds)
        peaks.append(peak)
        theirs.append(timed("list", "--index", bundled)[0])
    return {
        "list_s": _median(ours),
        "bundled_list_s": _median(theirs),
        "list_to_bundled_list": _median(ours) / _median(theirs),
        "list_peak_mb": max(peaks) / 1e6,
    }


def first_frames(folder: Path, work: Path, repeat: int) -> dict[str, float]:
    """The library's warm first frame (its newest briefing listed) against the bundled
    briefing's (its actors shown), in tmux at 120x40, alternated."""
    index_dir = work / "frames"
    env = {"BRIEFING_INDEX_DIR": str(index_dir)}
    timed("index", folder, env=env)
    timed("index", env=env)
    prefix = f"cd {ROOT} && BRIEFING_INDEX_DIR={index_dir} {BRIEFING}"
    ours, theirs, ratios = [], [], []
    for _ in range(repeat):
        library_s = time_to_screen(f"{prefix} open {folder}", "Library briefing 0001")
        bundled_s = time_to_screen(prefix, "Actors (32)")
        ours.append(library_s)
        theirs.append(bundled_s)
        ratios.append(library_s / bundled_s)
    return {
        "first_frame_s": _median(ours),
        "bundled_first_frame_s": _median(theirs),
        "first_frame_to_bundled": _median(ratios),
    }


def measure(count: int, repeat: int) -> dict[str, object]:
    folder = OUT / f"library-{count}"
    if not folder.exists():
        library(folder, count)
    with tempfile.TemporaryDirectory() as temporary:
        work = Path(temporary)
        row: dict[str, float] = first_builds(folder, work, repeat)
        row |= one_edit(folder, work, repeat, row["first_build_s"])
        row |= listing(folder, work, max(repeat, 5))
        row |= first_frames(folder, work, max(repeat, 5))
    return {"briefings": count, **{k: round(v, 4) for k, v in row.items()}}


def report(row: dict[str, object]) -> str:
    """The row as lines of `make bench`'s table: each ratio with its goal."""

    def ratio(key: str, what: str) -> str:
        value = row[key]
        assert isinstance(value, float)
        return goal_line(what, value, GOALS[key])

    return "\n".join(
        [
            f"library of {row['briefings']} briefings of the bundled size "
            f"(first build {row['first_build_s']} s, serial {row['serial_build_s']} s):",
            ratio("edit_to_first_build", "one edited → briefing index / first build"),
            ratio("parallel_to_serial_build", "first build in processes / in one"),
            ratio("list_to_bundled_list", "briefing list / list of the bundled content"),
            ratio("list_peak_mb", "briefing list peak memory, MB"),
            ratio("first_frame_to_bundled", "warm first frame / the bundled briefing's"),
        ]
    )


def main() -> None:
    stop_as_interrupted()  # kill -TERM removes its temporary folders too
    compile_sources()
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    row = measure(args.count, args.repeat)
    print(report(row))
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "library.json").write_text(json.dumps(row, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
