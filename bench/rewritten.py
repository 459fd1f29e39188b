"""Keys on a x1000 briefing its author rewrote: every record marked changed.

    python -m bench.rewritten [--scale 1000] [--rounds 5]

The reader remembers what it showed (briefing.userdata.reading): a record
whose digest differs from the one seen last is marked changed. Here the
reader opens a generated briefing once, then the briefing is generated again
with another seed (the same ids, other words: 74,000 records changed at
x1000), and the keys that redraw the marks are timed from outside, as
bench/keys.py times them: `d` and Esc (the details seen, then the panes with
their marks), `*` (a pin). Before the marks were shared, each return from the
details made a mark for every record: two seconds at x1000.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import tempfile
from pathlib import Path

from bench.bytecode import compile_sources
from bench.generate import generate
from bench.run import BRIEFING
from bench.stopping import stop_as_interrupted
from bench.terminal import SAME_FRAME_CAP, Terminal
from briefing.userdata.location import DATA_DIR_ENV

#: The keys timed, in the order pressed each round: (name, key).
STEPS = (("d details", "d"), ("details esc", "Escape"), ("* pin", "*"), ("* unpin", "*"))


def _opened(terminal: Terminal) -> None:
    """Wait until the reader shows the briefing whole and its marks have settled."""
    terminal.wait_for(lambda text: "Actors (" in text and "reading all" not in text, 600)
    terminal.settle(quiet=1.0, limit=120)


def measure(scale: int, rounds: int) -> dict[str, float | None]:
    """Median wall ms of each key of STEPS on the rewritten briefing."""
    with tempfile.TemporaryDirectory() as work_folder:
        work = Path(work_folder)
        folder = generate(work / "briefing", scale, briefing_id="rewritten")
        env = {DATA_DIR_ENV: str(work / "data"), **SAME_FRAME_CAP}
        argv = [BRIEFING, "open", str(folder), "--index", str(work / "index.json")]
        terminal = Terminal()
        try:
            terminal.start(argv, env)  # the first visit: every record seen as it is
            _opened(terminal)
            terminal.time_to_exit("q")
            shutil.rmtree(folder)
            generate(folder, scale, seed=8, briefing_id="rewritten")
            terminal.start(argv, env)
            _opened(terminal)
            times: dict[str, list[float]] = {name: [] for name, _ in STEPS}
            for _ in range(rounds):
                for name, key in STEPS:
                    timed = terminal.time_key(key)
                    if timed.wall_s is not None:
                        times[name].append(timed.wall_s)
                terminal.send("j")
                terminal.settle()
        finally:
            terminal.stop()
    return {
        name: round(statistics.median(each) * 1000, 1) if each else None
        for name, each in times.items()
    }


def main() -> None:
    stop_as_interrupted()  # kill -TERM removes its temporary folders too
    compile_sources()
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    for name, wall in measure(args.scale, args.rounds).items():
        print(f"{name:14} {wall} ms")


if __name__ == "__main__":
    main()
