"""A seeded resize storm: random terminal sizes from 1×1 to 200×60, with every
key the screens offer in between, on the bundled briefing and on a library.

The keys come from the current screen's bindings (`active_bindings`: what the
footer and the help panel offer), plus the issue's own list and the palette
with a typed query, so a key added to a screen joins the storm by itself.
Quitting is left out, or the storm would end at the first `q`; a command the
palette runs may still quit, and the storm then goes on in a new reader.

Each size waits for the app to settle (`Pilot.resize_terminal` pauses); keys
are sent as a terminal delivers them, without waiting for the one before:
the crashes were keys and sizes arriving while a screen was changing.
`run_test` re-raises any exception of the app, which fails the test with the
seed and the steps that led to it.
"""

from __future__ import annotations

import random
import string
from pathlib import Path

import pytest
from reader_helpers import burst, reader, settle, write_library
from textual.binding import Binding
from textual.pilot import Pilot

from briefing.screens.app import BriefingApp

MAX_WIDTH, MAX_HEIGHT = 200, 60
#: The keys of the issue, whatever the bindings say: every screen gets them.
ALWAYS = ["ctrl+p", "enter", "escape", "backspace", "pagedown", "pageup", "tab", "slash",
          "question_mark", "j", "k", "s", "f", "n", "a", "e"]  # fmt: skip
QUIT_ACTIONS = {"quit", "app.quit"}
#: Keys the app quits on when nothing focused takes them (Ctrl+C in a filter
#: box with no selection goes through to the app's quit).
QUIT_KEYS = {
    binding.key
    for binding in BriefingApp.BINDINGS
    if isinstance(binding, Binding) and binding.action in QUIT_ACTIONS
}


def offered_keys(pilot: Pilot) -> list[str]:
    """Every key the current screen binds now, but the ones that quit."""
    offered = {
        key
        for key, active in pilot.app.screen.active_bindings.items()
        if active.binding.action not in QUIT_ACTIONS and key not in QUIT_KEYS
    }
    return sorted(offered | set(ALWAYS))


async def storm(pilot: Pilot, rng: random.Random, steps: int, done: list[str]) -> None:
    """Up to `steps` times a new size, then a key (or Ctrl+P and a query);
    stops early if a command of the palette quit the reader."""
    for _ in range(steps):
        width, height = rng.randint(1, MAX_WIDTH), rng.randint(1, MAX_HEIGHT)
        await pilot.resize_terminal(width, height)
        if not pilot.app.is_running:
            return
        keys = [rng.choice(offered_keys(pilot))]
        if keys == ["ctrl+p"]:
            keys += rng.choices(string.ascii_lowercase + " ", k=rng.randint(0, 3))
        done.append(f"{width}x{height} {'+'.join(keys)}")
        burst(pilot.app, *keys)
    await pilot.pause()  # the last keys are handled before the reader is closed


async def run_storm(content: Path | None, index_dir: Path, seed: int, steps: int) -> None:
    rng = random.Random(seed)
    done: list[str] = []
    while len(done) < steps:
        app = reader(content, index_dir)
        try:
            async with app.run_test(size=(120, 40)) as pilot:
                await settle(pilot)
                await storm(pilot, rng, steps - len(done), done)
        except Exception as error:
            raise AssertionError(f"seed {seed}, after {done[-6:]}: {error!r}") from error
        assert app.return_code in (0, None), f"seed {seed}, after {done[-6:]}"
        if len(done) < steps:  # it quit: only the palette's Quit, run by an Enter, may
            assert done[-1].endswith("enter"), f"seed {seed}: the reader ended after {done[-6:]}"


@pytest.fixture(autouse=True)
def _home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The palette's Screenshot command saves to the user's Downloads folder."""
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.delenv("XDG_DOWNLOAD_DIR", raising=False)


@pytest.mark.parametrize("seed", [1, 2, 3])
async def test_resize_storm_on_the_bundled_briefing(tmp_path: Path, seed: int) -> None:
    await run_storm(None, tmp_path, seed, steps=40)


@pytest.mark.parametrize("seed", [4, 5])
async def test_resize_storm_on_a_library(tmp_path: Path, seed: int) -> None:
    await run_storm(write_library(tmp_path), tmp_path, seed, steps=40)


async def test_a_list_made_tall_again_shows_the_heading_its_first_rows_went_under(
    tmp_path: Path,
) -> None:
    """At 20x5 the chosen row scrolls the 'People' heading out; back at 80x24 the
    heading comes back into view (it stayed hidden until a filter)."""
    from briefing.screens.record_list import RecordList

    def first_rows(pilot: Pilot[None]) -> list[str]:
        records = pilot.app.screen.query_one("#actors-list", RecordList)
        return ["".join(s.text for s in records.render_line(y)).strip() for y in range(2)]

    app = reader(None, tmp_path)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert first_rows(pilot)[0].startswith("People (")
        await pilot.resize_terminal(20, 5)
        await pilot.resize_terminal(80, 24)
        await pilot.pause()
        assert first_rows(pilot)[0].startswith("People (")
