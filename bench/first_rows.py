"""A large briefing's first rows, and its whole, against the ×1 briefing's first frame.

    python -m bench.first_rows [--scale 1000] [--rounds 7]

In tmux at 120×40, alternating the ×1 and the large briefing each round (so
that a busy machine weighs on both alike), warm (indexes built first):

- first rows: until the actors pane's title is on screen (the preview's);
- whole: until that title gives the whole's count.

Goal (issue 12): the first rows within 1.5× of the ×1 first frame.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.bytecode import compile_sources
from bench.generate import generate
from bench.goals import goal_line
from bench.stopping import stop_as_interrupted
from bench.terminal import Terminal

BRIEFING = str(Path(sys.executable).parent / "briefing")
GOAL = 1.5


def times_to(argv: list[str], markers: list[str], limit: float = 120) -> list[float]:
    """Seconds from starting `argv` in tmux until each marker is on screen."""
    terminal = Terminal()
    try:
        started = terminal.start(argv)
        seen: dict[str, float] = {}

        def all_seen(text: str) -> bool:
            for marker in markers:
                if marker not in seen and marker in text:
                    seen[marker] = time.perf_counter() - started
            return len(seen) == len(markers)

        terminal.wait_for(all_seen, limit)
    finally:
        terminal.stop()
    return [seen[m] for m in markers]


def main() -> None:
    stop_as_interrupted()  # kill -TERM removes its temporary folders too
    compile_sources()
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="briefing-first-rows-") as work:
        root = Path(work)
        opens = {}
        for scale in (1, args.scale):
            folder = root / f"x{scale}"
            generate(folder, scale)
            index = root / f"x{scale}.index.json"
            subprocess.run([BRIEFING, "index", str(folder), "--index", str(index)], check=True,
                           stdout=subprocess.DEVNULL)  # fmt: skip
            opens[scale] = [BRIEFING, "open", str(folder), "--index", str(index)]
        small, first, whole = [], [], []
        actors_whole = f"Actors ({32 * args.scale})"
        for _ in range(args.rounds):
            (small_s,) = times_to(opens[1], ["Actors (32)"])
            first_s, whole_s = times_to(opens[args.scale], ["Actors (", actors_whole])
            small.append(small_s)
            first.append(first_s)
            whole.append(whole_s)
    x1, rows, all_ = (statistics.median(v) for v in (small, first, whole))
    print(f"×1 first frame {x1:.3f} s; ×{args.scale} first rows {rows:.3f} s, "
          f"the whole {all_:.3f} s (medians of {args.rounds})")  # fmt: skip
    print(goal_line(f"×{args.scale} first rows / ×1 first frame", rows / x1, GOAL))
    print(f"  {f'×{args.scale} whole on screen / ×1 first frame':<52} {all_ / x1:>7.3f}")


if __name__ == "__main__":
    main()
