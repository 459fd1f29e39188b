"""Every footer key, timed from outside in tmux, beside the floor app's same key.

A person sees a key's effect when the terminal stops changing; Pilot, which
the bench used before, waits in 20 ms steps inside the process and could not
see Tab at all. Here each key is sent through tmux on a settled screen and
timed to the last frame it brings (bench/terminal.py), with the process's
own CPU time from /proc beside the wall time.

The walk goes through every key the briefing screen's footer shows and the
footers of the screens those keys open (details, summary, keys, the quote
viewer), and ends where it started, so that it can be repeated: each round
starts a few rows further down and types another word, so that no round is
served from what an earlier one drew or matched. Left out: `c` (copy) and
`o` (open source), whose effect is outside the terminal, `b`, which has
nothing to list in a single briefing, and the details' `j`/`k`, which
scroll only details taller than the screen (the generated ones are not).
A key is given NO_CHANGE_SECONDS to change the screen: a key that has not
by then is reported as unchanged, and the walk would go on out of step.

The floor app binds fewer keys: each of ours is compared with the floor's key
of the same name where the floor app has one (`?` shows Textual's own help
panel there, `s` a stock modal screen, `/` a stock Input, in which letters
are typed and erased, and which Esc closes, Ctrl+P Textual's palette of its
own commands), and with its Down (the cheapest visible change: one
highlight moved) where it has none.
"""

from __future__ import annotations

import statistics
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from bench.terminal import SAME_FRAME_CAP, KeyTime, Terminal

#: What each round types after `/` (words the generator's names and roles hold).
FILTER_WORDS = ("mi", "sa", "bo", "ta", "de")


@dataclass(frozen=True)
class Step:
    """One key of the walk: `timed` if it is reported, with the floor key it is set against."""

    name: str
    key: str
    floor_key: str = "Down"
    timed: bool = True


def _walk(word: str) -> list[Step]:
    return [
        Step("j down", "j", "Down"),
        Step("k up", "k", "Up"),
        Step("G last", "G", "End"),
        Step("g first", "g", "Home"),
        Step("pgdn", "PageDown", "PageDown"),
        Step("pgup", "PageUp", "PageUp"),
        Step("j (back to a row below the top)", "j", timed=False),
        Step("j", "j", timed=False),
        Step("tab pane", "Tab", "Tab"),
        Step("shift+tab pane", "BTab", "BTab"),
        Step("enter: filter by actor", "Enter"),
        Step("⌫ back", "BSpace"),
        Step("enter: filter by actor (again)", "Enter", timed=False),
        Step("esc clear", "Escape"),
        Step("/ filter", "/", "/"),
        *(Step("/ a letter, list shown", letter, "/ a letter") for letter in word),
        *(Step("/ erase a letter, list shown", "BSpace", "/ erase") for _ in word),
        Step("esc close the filter", "Escape", "/ esc"),
        Step("d details", "d"),
        Step("details esc", "Escape"),
        Step("s summary", "s", "s"),
        Step("summary esc", "Escape", "s esc"),
        Step("? keys", "?", "?"),
        Step("? hide the keys", "?", "? hide"),
        Step("^p palette", "C-p", "^p"),
        Step("^p a letter, records listed", word[0], "^p a letter"),
        Step("^p esc", "Escape", "^p esc"),
        Step("tab to quotes", "Tab", timed=False),
        Step("tab to quotes", "Tab", timed=False),
        Step("quotes j", "j", timed=False),
        Step("enter: open a quote", "Enter"),
        Step("quote esc", "Escape"),
        Step("shift+tab to actors", "BTab", timed=False),
        Step("shift+tab to actors", "BTab", timed=False),
    ]


#: The floor app's keys, each timed on its own, in this order: (name, key).
FLOOR_KEYS = (
    *((key, key) for key in ("Down", "Up", "End", "Home", "PageDown", "PageUp", "Tab", "BTab")),
    ("?", "?"),
    ("? hide", "?"),
    ("s", "s"),
    ("s esc", "Escape"),
    ("/", "/"),
    ("/ a letter", "r"),
    ("/ a letter", "i"),
    ("/ erase", "BSpace"),
    ("/ erase", "BSpace"),
    ("/ esc", "Escape"),
    ("^p", "C-p"),
    ("^p a letter", "t"),
    ("^p esc", "Escape"),
)


#: How long a key of the walk is given to change the screen (the summary of
#: a x1000 briefing takes most of a second).
NO_CHANGE_SECONDS = 5.0


def _median(times: Sequence[KeyTime], attribute: str) -> float | None:
    values = [getattr(t, attribute) for t in times if t.changed]
    return round(statistics.median(values) * 1000, 1) if values else None


def _mean_cpu(times: Sequence[KeyTime]) -> float | None:
    """The mean: /proc counts CPU in 10 ms ticks, so a median would be a multiple of 10."""
    values = [t.cpu_s for t in times if t.changed]
    return round(statistics.mean(values) * 1000, 1) if values else None


def _summary(times: Mapping[str, list[KeyTime]]) -> dict[str, dict[str, float | int | None]]:
    return {
        name: {
            "wall_ms": _median(each, "wall_s"),
            "cpu_ms": _mean_cpu(each),
            "unchanged": sum(not t.changed for t in each),
        }
        for name, each in times.items()
    }


def floor_keys(python: str, root: Path, rounds: int) -> dict[str, dict[str, float | int | None]]:
    """The floor app's keys: median wall and mean CPU ms to the last frame, and the quit."""
    times: dict[str, list[KeyTime]] = {}
    terminal = Terminal()
    try:
        for _ in range(rounds):
            terminal.start([python, "-m", "bench.floor_app"], SAME_FRAME_CAP, cwd=root)
            terminal.wait_for(lambda text: "palette" in terminal.bottom_line(text))
            terminal.settle()
            for name, key in FLOOR_KEYS:
                times.setdefault(name, []).append(terminal.time_key(key))
            times.setdefault("q", []).append(terminal.time_to_exit("q"))
    finally:
        terminal.stop()
    return _summary(times)


def reader_keys(argv: Sequence[str], env: Mapping[str, str], rounds: int) -> dict[str, object]:
    """The walk `rounds` times on one reader: median wall and mean CPU ms per step."""
    times: dict[str, list[KeyTime]] = {}
    floor_of: dict[str, str] = {}
    terminal = Terminal()
    try:
        terminal.start(argv, env)
        # A large briefing shows its first rows, then reads the whole.
        terminal.wait_for(lambda text: "Actors (" in text and "reading all" not in text, 600)
        terminal.settle(quiet=0.5)
        for word in FILTER_WORDS[:rounds]:
            for step in _walk(word):
                if not step.timed:
                    terminal.send(step.key)
                    terminal.settle()
                    continue
                timed = terminal.time_key(step.key, no_change=NO_CHANGE_SECONDS)
                times.setdefault(step.name, []).append(timed)
                floor_of[step.name] = step.floor_key
        times["q quit"] = [terminal.time_to_exit("q")]
        floor_of["q quit"] = "q"
    finally:
        terminal.stop()
    return {"keys": _summary(times), "floor_key": floor_of}


def against_floor(
    reader: Mapping[str, object], floor: Mapping[str, dict[str, float | int | None]]
) -> dict[str, dict[str, float | None]]:
    """Each key's wall and CPU ms above the floor app's key it is set against."""
    keys: Mapping[str, dict[str, float | int | None]] = reader["keys"]  # type: ignore[assignment]
    floor_of: Mapping[str, str] = reader["floor_key"]  # type: ignore[assignment]
    rows: dict[str, dict[str, float | None]] = {}
    for name, measured in keys.items():
        reference = floor[floor_of[name]]
        rows[name] = {
            "wall_ms": measured["wall_ms"],
            "cpu_ms": measured["cpu_ms"],
            "floor_wall_ms": reference["wall_ms"],
            "wall_above_floor_ms": _above(measured["wall_ms"], reference["wall_ms"]),
            "cpu_above_floor_ms": _above(measured["cpu_ms"], reference["cpu_ms"]),
        }
    return rows


def _above(value: float | int | None, floor: float | int | None) -> float | None:
    if value is None or floor is None:
        return None
    return round(value - floor, 1)
