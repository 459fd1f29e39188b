"""`make bench`: the reader measured the way a user feels it, against the floor.

    python -m bench.run            the full run (sizes 1×, 10×, 100×, 1000×)
    python -m bench.run --quick    a short run that keeps the bench from rotting

Every time is also a ratio to something measured in the same run: the first
frame to a bare Textual app with the same skeleton (bench/floor_app.py), cold
to warm, each size to the one before, and a library of a thousand briefings
to the bundled content (bench/library.py). Prints one table and writes
bench/results.json (a --quick run writes bench/out/results-quick.json, so
it never replaces the full run's results).
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING

from bench import library
from bench.generate import generate
from bench.terminal import SESSION, _tmux, time_to_screen

if TYPE_CHECKING:
    from textual.pilot import Pilot

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "out"
PYTHON = sys.executable
BRIEFING = str(Path(PYTHON).parent / "briefing")
#: Rounds of the interaction walk; each interaction's median is reported.
ROUNDS = 5
#: What each round types after `/` (words the generator's names and roles hold).
FILTER_WORDS = ("min", "sai", "bor", "tal", "def")
GOALS = {
    "warm_ratio": 1.25,
    "scale_first_frame_ratio": 2.0,
    "growth_100_to_1000": 12.0,
    "interaction_ms": 50.0,
    #: the largest size's warm first frame against the ×1 briefing's (issue 12)
    "largest_to_x1_first_frame": 1.5,
    "library": library.GOALS,
}


def _first_frame(
    command: str, marker: str, rss_file: Path | None = None
) -> tuple[float, int | None]:
    """Seconds to `marker` in tmux, and peak RSS when wrapped by bench.rss."""
    if rss_file is not None:
        rss_file.unlink(missing_ok=True)
        command = f"{PYTHON} -m bench.rss {rss_file} -- {command}"
    seconds = time_to_screen(
        f"cd {ROOT} && {command}", marker, limit=600, keep=rss_file is not None
    )
    rss = None
    if rss_file is not None:
        _tmux("send-keys", "-t", SESSION, "q")
        deadline = time.time() + 60
        while not rss_file.exists() and time.time() < deadline:
            time.sleep(0.05)
        _tmux("kill-session", "-t", SESSION)
        rss = int(rss_file.read_text()) if rss_file.exists() else None
    return seconds, rss


def warm_and_cold(pairs: int, work: Path) -> dict[str, float]:
    """First frame of `briefing` (bundled) alternated with the floor's."""
    index_dir = work / "index-bundled"
    env = f"BRIEFING_INDEX_DIR={index_dir}"
    subprocess.run([BRIEFING, "index"], env={**os.environ, "BRIEFING_INDEX_DIR": str(index_dir)},
                   check=True, capture_output=True)  # fmt: skip
    floor, warm, ratios, cold = [], [], [], []
    for _ in range(pairs):
        f, _ = _first_frame(f"{PYTHON} -m bench.floor_app", "Actors (3)")
        w, _ = _first_frame(f"{env} {BRIEFING}", "Actors (32)")
        floor.append(f)
        warm.append(w)
        ratios.append(w / f)
    for _ in range(pairs):
        shutil.rmtree(index_dir, ignore_errors=True)
        c, _ = _first_frame(f"{env} {BRIEFING}", "Actors (32)")
        cold.append(c)
    return {
        "floor_s": statistics.median(floor),
        "warm_s": statistics.median(warm),
        "warm_ratio_to_floor": statistics.median(ratios),
        "cold_s": statistics.median(cold),
        "cold_ratio_to_warm": statistics.median(cold) / statistics.median(warm),
    }


def _timed_peak(code: str, *args: str) -> tuple[float, int]:
    """Wall time and peak RSS of a fresh Python process running `code`."""
    wrapper = (
        "import resource, sys, time\n"
        "start = time.perf_counter()\n"
        f"{code}\n"
        "peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024\n"
        "print(time.perf_counter() - start, peak)\n"
    )
    done = subprocess.run([PYTHON, "-c", wrapper, *args], capture_output=True, text=True, cwd=ROOT)
    if done.returncode != 0:
        raise RuntimeError(done.stderr)
    seconds, rss = done.stdout.split()[-2:]
    return float(seconds), int(rss)


def scale(sizes: list[int], work: Path) -> list[dict[str, object]]:
    rows: list[dict[str, object]] = []
    _, floor_rss = _first_frame(f"{PYTHON} -m bench.floor_app", "Actors (3)", work / "floor.rss")
    for size in sizes:
        folder = OUT / f"generated-{size}"
        if not folder.exists():
            generate(folder, size)
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
        command = f"{BRIEFING} open {folder} --index {index}"
        first_frame, open_rss = _first_frame(command, "Actors (", work / f"open-{size}.rss")
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


async def _round_trip(pilot: Pilot[None], key: str) -> tuple[float, float]:
    """Wall and CPU milliseconds from pressing `key` to the app being idle again.

    The CPU time is the whole process's (both the UI thread and workers):
    the work the key costs, free of the 20 ms steps in which Pilot waits.
    """
    wall, cpu = time.perf_counter(), time.process_time()
    await pilot.press(key)
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()
    return (time.perf_counter() - wall) * 1000, (time.process_time() - cpu) * 1000


async def _pilot_floor() -> tuple[float, float]:
    """Pilot's own round trip (press, then wait for the screen) on the floor app.

    Pilot waits for the process to be idle, with sleeps: about 85 ms here even
    for a bare app. Interactions are reported above this floor.
    """
    from bench.floor_app import FloorApp

    app = FloorApp()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        trips = [await _round_trip(pilot, "down") for _ in range(7)]
    return statistics.median(w for w, _ in trips), statistics.median(c for _, c in trips)


async def _interactions(folder: Path, index: Path) -> dict[str, object]:
    """Key to next frame at this size, driven with Pilot (headless): the
    median over ROUNDS rounds of the same walk through the reader.

    Two numbers per interaction, each above the same measure on the floor app:
    the wall time Pilot sees (in its 20 ms steps), and the CPU time the key
    costs the process (the frame is ready when that work is done).
    """
    from briefing.screens.app import make_app

    floor_wall, floor_cpu = await _pilot_floor()
    app = make_app(folder, None, index)
    trips: dict[str, list[tuple[float, float]]] = {}
    async with app.run_test(size=(120, 40)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()

        async def timed(name: str, *keys: str) -> None:
            for key in keys:
                trips.setdefault(name, []).append(await _round_trip(pilot, key))

        # Each round chooses another actor and quote and types another word,
        # so no round is served from what an earlier one drew or matched.
        for word in FILTER_WORDS[:ROUNDS]:
            await timed("move cursor (j)", "j", "j", "j")
            await timed("filter by actor (Enter)", "enter")
            await timed("clear the filter (Esc)", "escape")
            await pilot.press("tab", "tab", "j")
            await timed("open a quote (Enter)", "enter")
            await timed("close the quote (Esc)", "escape")
            await pilot.press("shift+tab", "shift+tab", "slash")
            await timed("type a / filter, list shown (per key)", *word)
            await timed("erase a / filter key, list shown", *["backspace"] * len(word))
            await pilot.press("escape")

    def above_floor(which: int, floor: float) -> dict[str, float]:
        """Each interaction's median wall (0) or CPU (1) time above the floor's."""
        return {
            name: round(max(0.0, statistics.median(t[which] for t in each) - floor), 1)
            for name, each in trips.items()
        }

    wall_ms, cpu_ms = above_floor(0, floor_wall), above_floor(1, floor_cpu)
    return {
        "pilot round trip on the floor (wall, cpu)": [round(floor_wall, 1), round(floor_cpu, 1)],
        "wall_above_floor": wall_ms,
        "cpu_above_floor": cpu_ms,
    }


def interactions(size: int, work: Path) -> dict[str, object]:
    folder = OUT / f"generated-{size}"
    return asyncio.run(_interactions(folder, work / f"index-{size}.json"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="small sizes, few repeats")
    args = parser.parse_args()
    pairs = 3 if args.quick else 7
    sizes = [1, 10] if args.quick else [1, 10, 100, 1000]
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        first = warm_and_cold(pairs, work)
        rows = scale(sizes, work)
        keys = interactions(sizes[-1], work)
    books = library.measure(50 if args.quick else 1000, 1 if args.quick else 3)
    report = {
        "machine": f"{platform.machine()}, {os.cpu_count()} cores, "
        f"Python {platform.python_version()}",
        "first_frame": {k: round(v, 3) for k, v in first.items()},
        "scale": rows,
        "interactions_ms": {"size": sizes[-1], **keys},
        "library": books,
        "goals": GOALS,
    }
    _print(report)
    # The committed results are the full run's; a quick run keeps its own.
    results = OUT / "results-quick.json" if args.quick else ROOT / "bench" / "results.json"
    results.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")


def _print(report: dict) -> None:  # type: ignore[type-arg]
    first = report["first_frame"]
    print(f"machine: {report['machine']}")
    print(
        f"first frame (bundled, 120x40, median): floor {first['floor_s']:.3f} s · "
        f"warm {first['warm_s']:.3f} s ({first['warm_ratio_to_floor']:.2f}× floor, goal ≤1.25×) · "
        f"cold {first['cold_s']:.3f} s ({first['cold_ratio_to_warm']:.2f}× warm)"
    )
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
    for row in report["scale"]:
        growth = "/".join(str(row.get(f"{k}_growth", "-")) for k in growth_keys)
        cells = (
            f"{row['size']}×", row["yaml_mb"], row["check_s"], row["index_build_s"],
            row["warm_first_frame_s"], row["peak_rss_mb"], row["memory_budget_mb"], growth,
        )  # fmt: skip
        print(" ".join(f"{c!s:>{w}}" for c, w in zip(cells, widths, strict=True)))
    largest = report["scale"][-1]
    print(
        f"warm first frame ×{largest['size']} / ×1: {largest['first_frame_to_x1']} "
        f"(goal ≤{GOALS['largest_to_x1_first_frame']})"
    )
    keys = report["interactions_ms"]
    print(f"key to frame at {keys['size']}×, ms above the floor app's (goal <50):")
    for name, wall in keys["wall_above_floor"].items():
        cpu = keys["cpu_above_floor"][name]
        print(f"  {name:<40} {wall:>7} wall (Pilot) {cpu:>7} cpu")
    print(library.report(report["library"]))


if __name__ == "__main__":
    main()
