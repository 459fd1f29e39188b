"""`make bench`: the reader measured the way a user feels it, against the floor.

    python -m bench.run            the full run (sizes 1×, 10×, 100×, 1000×)
    python -m bench.run --quick    a short run that keeps the bench from rotting

Every time is also a ratio to something measured in the same run: the first
frame to a bare Textual app (bench/bare_app.py: the issue's 1.00) and to the
floor app, the reader's skeleton in stock widgets (bench/floor_app.py), cold
to warm, each size to the one before, and a library of a thousand briefings
to the bundled content (bench/library.py). Prints one table and writes
bench/results.json (a --quick run writes bench/out/results-quick.json, so
it never replaces the full run's results).
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bench import keys, library
from bench.bare_app import MARKER as BARE_MARKER
from bench.bytecode import compile_sources
from bench.generate import ensure
from bench.stopping import stop_as_interrupted
from bench.terminal import SAME_FRAME_CAP, Terminal

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "out"
PYTHON = sys.executable
BRIEFING = str(Path(PYTHON).parent / "briefing")
#: Rounds of the key walk; each key's median is reported.
ROUNDS = 3
GOALS = {
    #: issue 17: first frame (to the footer) against the bare Textual app's, warm and cold
    "warm_ratio": 1.10,
    "cold_ratio": 1.2,
    #: issue 17: every key within this of the floor app's key, wall ms
    "key_above_floor_ms": 16.0,
    "scale_first_frame_ratio": 2.0,
    "growth_100_to_1000": 12.0,
    #: the largest size's warm first frame against the ×1 briefing's (issue 12)
    "largest_to_x1_first_frame": 1.5,
    "library": library.GOALS,
}


@dataclass(frozen=True)
class FirstFrame:
    """A program's start in tmux, as a person sees it."""

    #: seconds to the first rows (the marker)
    rows_s: float
    #: seconds to the footer's keys on the last line
    footer_s: float
    #: the process's CPU seconds when the footer showed (from /proc)
    cpu_s: float
    #: peak RSS in bytes once the screen had settled (None: not asked)
    peak_rss: int | None


def _first_frame(
    argv: list[str], marker: str, env: dict[str, str] | None = None, rss: bool = False
) -> FirstFrame:
    """Start `argv` in tmux; time its first rows and its footer (whose last key is ^p palette)."""
    terminal = Terminal()
    try:
        started = terminal.start(argv, env, cwd=ROOT)
        rows = terminal.wait_for(lambda text: marker in text, limit=600)
        footer = terminal.wait_for(lambda text: "palette" in terminal.bottom_line(text), 600)
        peak = None
        if rss:
            # a large briefing reads its whole after the first rows
            terminal.wait_for(lambda text: "reading all" not in text, limit=600)
            terminal.settle()
            peak = terminal.peak_rss()
        return FirstFrame(rows.at - started, footer.at - started, footer.cpu_s, peak)
    finally:
        terminal.stop()


def _bare_frame() -> FirstFrame:
    """The bare app's one frame: its only line is its rows and its footer alike."""
    terminal = Terminal()
    try:
        started = terminal.start([PYTHON, "-m", "bench.bare_app"], SAME_FRAME_CAP, cwd=ROOT)
        seen = terminal.wait_for(lambda text: BARE_MARKER in text, limit=600)
        return FirstFrame(seen.at - started, seen.at - started, seen.cpu_s, None)
    finally:
        terminal.stop()


def warm_and_cold(pairs: int, work: Path) -> dict[str, float]:
    """First frame of `briefing` (bundled) alternated with the bare app's and the floor's."""
    index_dir = work / "index-bundled"
    env = {"BRIEFING_INDEX_DIR": str(index_dir), **SAME_FRAME_CAP}
    subprocess.run([BRIEFING, "index"], env={**os.environ, **env}, check=True, capture_output=True)
    bare: list[FirstFrame] = []
    floor: list[FirstFrame] = []
    warm: list[FirstFrame] = []
    cold: list[FirstFrame] = []
    for _ in range(pairs):
        bare.append(_bare_frame())
        floor.append(_first_frame([PYTHON, "-m", "bench.floor_app"], "Actors (3)", SAME_FRAME_CAP))
        warm.append(_first_frame([BRIEFING], "Actors (32)", env))
    for _ in range(pairs):
        shutil.rmtree(index_dir, ignore_errors=True)
        cold.append(_first_frame([BRIEFING], "Actors (32)", env))

    def median(frames: list[FirstFrame], attribute: str) -> float:
        return float(statistics.median(getattr(f, attribute) for f in frames))

    figures: dict[str, float] = {}
    for name, frames in (("bare", bare), ("floor", floor), ("warm", warm), ("cold", cold)):
        for attribute in ("rows_s", "footer_s", "cpu_s"):
            figures[f"{name}_{attribute}"] = median(frames, attribute)
    for attribute in ("rows_s", "footer_s", "cpu_s"):
        # each warm start against the bare app's and the floor's started just before it
        for against, frames in (("", bare), ("floor_", floor)):
            figures[f"warm_{against}ratio_{attribute}"] = statistics.median(
                getattr(w, attribute) / max(getattr(f, attribute), 1e-3)
                for w, f in zip(warm, frames, strict=True)
            )
            figures[f"cold_{against}ratio_{attribute}"] = median(cold, attribute) / median(
                frames, attribute
            )
    return figures


def _timed_peak(code: str, *args: str) -> tuple[float, int]:
    """Wall time and peak RSS of a fresh Python process running `code`."""
    wrapper = (
        "import sys, time\n"
        "start = time.perf_counter()\n"
        f"{code}\n"
        # VmHWM, not ru_maxrss: a forked child inherits the bench's own peak
        "peak = int(open('/proc/self/status').read().split('VmHWM:')[1].split()[0]) * 1024\n"
        "print(time.perf_counter() - start, peak)\n"
    )
    done = subprocess.run([PYTHON, "-c", wrapper, *args], capture_output=True, text=True, cwd=ROOT)
    if done.returncode != 0:
        raise RuntimeError(done.stderr)
    seconds, rss = done.stdout.split()[-2:]
    return float(seconds), int(rss)


def scale(sizes: list[int], work: Path) -> list[dict[str, object]]:
    rows: list[dict[str, object]] = []
    floor_rss = _first_frame(
        [PYTHON, "-m", "bench.floor_app"], "Actors (3)", SAME_FRAME_CAP, rss=True
    ).peak_rss
    for size in sizes:
        folder = OUT / f"generated-{size}"
        ensure(folder, size)
        yaml_bytes = sum(p.stat().st_size for p in folder.glob("*.yaml"))
        check_s, check_rss = _timed_peak(
            "from pathlib import Path; from briefing.check.content import check_content\n"
            "check_content(Path(sys.argv[1]))",
            str(folder),
        )
        index = work / f"index-{size}.json"
        index.unlink(missing_ok=True)
        build_s, build_rss = _timed_peak(
            "from pathlib import Path; from briefing.index.store import open_index\n"
            "open_index(Path(sys.argv[1]), Path(sys.argv[2]))",
            str(folder),
            str(index),
        )
        opened = _first_frame(
            [BRIEFING, "open", str(folder), "--index", str(index)], "Actors (", rss=True
        )
        first_frame, open_rss = opened.footer_s, opened.peak_rss
        rows.append(
            {
                "size": size,
                "yaml_mb": round(yaml_bytes / 1e6, 2),
                "check_s": round(check_s, 3),
                "index_build_s": round(build_s, 3),
                "warm_first_frame_s": round(first_frame, 3),
                "peak_rss_mb": round(max(check_rss, build_rss, open_rss or 0) / 1e6, 1),
                "rss_check_build_open_mb": [
                    round(check_rss / 1e6, 1),
                    round(build_rss / 1e6, 1),
                    round((open_rss or 0) / 1e6, 1),
                ],
                "memory_budget_mb": round((10 * yaml_bytes + (floor_rss or 0)) / 1e6, 1),
            }
        )
    for previous, row in itertools.pairwise(rows):
        for key in ("check_s", "index_build_s", "warm_first_frame_s"):
            row[f"{key}_growth"] = round(row[key] / previous[key], 1)  # type: ignore[operator]
    largest, first = rows[-1]["warm_first_frame_s"], rows[0]["warm_first_frame_s"]
    rows[-1]["first_frame_to_x1"] = round(largest / first, 2)  # type: ignore[operator]
    return rows


def key_walk(sizes: list[int], work: Path, rounds: int) -> dict[str, object]:
    """Every footer key from outside (bench/keys.py) at each size, beside the floor's keys."""
    floor = keys.floor_keys(PYTHON, ROOT, rounds)
    result: dict[str, object] = {"floor": floor}
    for size in sizes:
        folder = ensure(OUT / f"generated-{size}", size)
        argv = [BRIEFING, "open", str(folder), "--index", str(work / f"index-{size}.json")]
        walked = keys.reader_keys(argv, SAME_FRAME_CAP, rounds)
        result[f"x{size}"] = keys.against_floor(walked, floor)
    return result


def main() -> None:
    stop_as_interrupted()  # kill -TERM removes its temporary folders too
    compile_sources()
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="small sizes, few repeats")
    parser.add_argument(
        "--only",
        choices=("first-frame", "keys"),
        help="time only this part and print it (results.json is left as it is)",
    )
    args = parser.parse_args()
    pairs = 3 if args.quick else 7
    sizes = [1, 10] if args.quick else [1, 10, 100, 1000]
    OUT.mkdir(parents=True, exist_ok=True)
    if args.only:
        _only(args.only, pairs, [sizes[0], sizes[-1]], 1 if args.quick else ROUNDS)
        return
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        first = warm_and_cold(pairs, work)
        rows = scale(sizes, work)
        walked = key_walk(sorted({sizes[0], sizes[-1]}), work, 1 if args.quick else ROUNDS)
    books = library.measure(50 if args.quick else 1000, 1 if args.quick else 3)
    report = {
        "machine": f"{platform.machine()}, {os.cpu_count()} cores, "
        f"Python {platform.python_version()}",
        "first_frame": {k: round(v, 3) for k, v in first.items()},
        "scale": rows,
        "keys_ms": walked,
        "library": books,
        "goals": GOALS,
    }
    _print(report)
    # The committed results are the full run's; a quick run keeps its own.
    results = OUT / "results-quick.json" if args.quick else ROOT / "bench" / "results.json"
    results.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")


def _only(part: str, pairs: int, sizes: list[int], rounds: int) -> None:
    """One part of the bench, timed and printed alone (to measure a change quickly)."""
    with tempfile.TemporaryDirectory() as folder:
        if part == "first-frame":
            _print_first_frame(
                {k: round(v, 3) for k, v in warm_and_cold(pairs, Path(folder)).items()}
            )
        else:
            _print_keys(key_walk(sizes, Path(folder), rounds))


def _print(report: dict) -> None:  # type: ignore[type-arg]
    print(f"machine: {report['machine']}")
    _print_first_frame(report["first_frame"])
    _print_scale(report["scale"])
    _print_keys(report["keys_ms"])
    print(library.report(report["library"]))


def _print_first_frame(first: dict[str, float]) -> None:
    print("first frame (bundled, tmux 120x40, medians): rows / footer / CPU at footer")
    kinds = ("rows_s", "footer_s", "cpu_s")
    for name in ("bare", "floor", "warm", "cold"):
        figures = [f"{first[f'{name}_{a}']:.3f}" for a in kinds]
        print(f"  {name:<6} {' / '.join(figures)} s")
    for name in ("warm", "cold"):
        bare = " / ".join(f"{first[f'{name}_ratio_{a}']:.2f}×" for a in kinds)
        floor = " / ".join(f"{first[f'{name}_floor_ratio_{a}']:.2f}×" for a in kinds)
        goal = GOALS[f"{name}_ratio"]
        print(f"  {name} / bare app {bare} (goal ≤{goal}× to the footer); / floor app {floor}")


def _print_scale(rows: list[dict]) -> None:  # type: ignore[type-arg]
    heads = (
        "size",
        "YAML MB",
        "check s",
        "index s",
        "frame s",
        "RSS MB",
        "budget MB",
        "growth c/i/f",
    )
    widths = (6, 8, 8, 8, 8, 7, 9, 14)
    print(" ".join(f"{h:>{w}}" for h, w in zip(heads, widths, strict=True)))
    growth_keys = ("check_s", "index_build_s", "warm_first_frame_s")
    for row in rows:
        growth = "/".join(str(row.get(f"{k}_growth", "-")) for k in growth_keys)
        cells = (
            f"{row['size']}×", row["yaml_mb"], row["check_s"], row["index_build_s"],
            row["warm_first_frame_s"], row["peak_rss_mb"], row["memory_budget_mb"], growth,
        )  # fmt: skip
        print(" ".join(f"{c!s:>{w}}" for c, w in zip(cells, widths, strict=True)))
    largest = rows[-1]
    print(
        f"warm first frame (to the footer) ×{largest['size']} / ×1: "
        f"{largest['first_frame_to_x1']} (goal ≤{GOALS['largest_to_x1_first_frame']})"
    )


def _print_keys(keys_ms: dict[str, Any]) -> None:
    walked = dict(keys_ms)
    floor = walked.pop("floor")
    print("floor app's keys, wall / CPU ms (tmux, to the last frame): " + ", ".join(
        f"{k} {v['wall_ms']}/{v['cpu_ms']}" for k, v in floor.items()
    ))  # fmt: skip
    goal = GOALS["key_above_floor_ms"]
    sizes = list(walked)
    print(f"key to last frame, wall ms (CPU ms), and wall above the floor's key (goal ≤{goal}):")
    print(f"  {'key':<32}" + "".join(f"{s:>26}" for s in sizes))
    met = total = 0
    for name in walked[sizes[0]]:
        columns: list[str] = []
        for size in sizes:
            row = walked[size][name]
            above = row["wall_above_floor_ms"]
            if above is not None:
                total += 1
                met += above <= goal
            flag = "" if above is None or above <= goal else " !"
            columns.append(f"{row['wall_ms']!s:>7} ({row['cpu_ms']!s:>5}) {above!s:>7}{flag:<2}")
        print(f"  {name:<32}" + "".join(f"{c:>26}" for c in columns))
    print(f"  keys within {goal} ms of the floor's: {met} of {total}")


if __name__ == "__main__":
    main()
