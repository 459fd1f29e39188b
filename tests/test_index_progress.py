"""Indexing many briefings is shown as it goes: a bar on a terminal, a count in the reader."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from conftest import briefing_files, write_folder
from pty_terminal import terminal
from reader_helpers import SIZE, reader, settle
from test_index_library import write_library
from test_pty import SLOW_READER, SMALL_BRIEFINGS, needs_two_cores, slow_library
from textual.app import App
from textual.widgets import Static

from briefing.files.locations import display_path
from briefing.index.build import Progress
from briefing.index.store import LOCK_WAIT_ENV
from briefing.screens.app import BriefingApp
from briefing.screens.loading import LoadingScreen

BRIEFING = Path(sys.executable).with_name("briefing")


def test_briefing_index_draws_a_progress_bar_on_a_terminal(tmp_path: Path) -> None:
    content = write_library(tmp_path / "content", 30)
    with terminal(tmp_path, "index", str(content), "--jobs", "1") as term:
        assert term.exit_status() == 0
        drawn = term.text()
    assert "indexing briefings" in drawn and "30/30" in drawn
    assert "indexed 30 of 30 briefings in " in drawn


def test_briefing_index_draws_no_bar_when_stderr_is_not_a_terminal(tmp_path: Path) -> None:
    content = write_library(tmp_path / "content", 3)
    done = subprocess.run(
        [str(BRIEFING), "index", str(content), "--index", str(tmp_path / "i.json")],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert (done.returncode, done.stderr) == (0, "")
    assert done.stdout.startswith("indexed 3 of 3 briefings in ")


def said_before_opening(monkeypatch: pytest.MonkeyPatch) -> None:
    """The loading screen told all the build said before the content opens.

    The build posts what it says to the app's queue, and hands the index over
    through `call_from_thread`, which does not wait its turn behind them:
    on a busy machine the index opened first, the loading screen went, and
    what was said after reached no screen (these tests failed in CI's runs
    now and then). Queued behind them, the order is the build's."""
    opened = BriefingApp._opened

    def queued(self: BriefingApp, *args: Any) -> None:
        self.call_later(opened, self, *args)

    monkeypatch.setattr(BriefingApp, "_opened", queued)


@pytest.mark.parametrize(
    ("count", "said"),
    [
        (3, "Indexing 3 of 3 briefings (new or changed)…"),
        (1, "Indexing 1 briefing (new or changed)…"),  # not "0 of 1 briefings"
    ],
)
async def test_the_loading_screen_counts_the_briefings_indexed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, count: int, said: str
) -> None:
    content = write_library(tmp_path / "content", count)
    shown: list[str] = []
    real = LoadingScreen.indexing

    def recording(self: LoadingScreen, progress: Progress) -> None:
        real(self, progress)
        shown.append(str(self.query_one("#loading-text", Static).render()))

    monkeypatch.setattr(LoadingScreen, "indexing", recording)
    said_before_opening(monkeypatch)
    app = reader(content, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
    assert shown and shown[-1] == said


async def test_the_loading_screen_says_one_briefings_folder_is_one_briefing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A new user's trial, opening one large briefing's folder `big`: "Opening the
    briefings…", then "Still reading big", the name read as an adjective."""
    folder = write_folder(tmp_path / "big", briefing_files())
    shown: list[str] = []
    opening: list[str | None] = []
    for step in ("rebuilding", "indexing"):
        real = getattr(LoadingScreen, step)

        def recording(self: LoadingScreen, *args: Any, real: Any = real, **kwargs: Any) -> None:
            real(self, *args, **kwargs)
            opening.append(self.opening)
            assert self._said is not None  # (shown once mounted: it may not be yet)
            shown.append(self._said.plain)

        monkeypatch.setattr(LoadingScreen, step, recording)
    said_before_opening(monkeypatch)
    app = reader(folder, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
    where = display_path(folder)
    assert set(opening) == {where}  # "Opening /tmp/…/big…", until something else is said
    assert shown[0] == "Checking and indexing the briefing (new or changed since last read)…"
    assert shown[-1] == f"Indexing the briefing in {where} (new or changed)…"
    assert not [line for line in shown if "briefings" in line or "Still reading" in line]


async def test_the_loading_screen_first_says_what_it_opens() -> None:
    async with App[None]().run_test(size=SIZE) as pilot:
        for opening, said in (("/tmp/big\x1b[2J", "Opening /tmp/big␛[2J…"), (None, "Opening…")):
            screen = LoadingScreen(opening)
            await pilot.app.push_screen(screen)
            assert str(screen.query_one("#loading-text", Static).render()) == said


@needs_two_cores
def test_the_loading_screen_names_the_briefing_still_being_read(tmp_path: Path) -> None:
    """A new user's trial: the count held on "Indexing 272 of 301" for 6 s, nothing
    saying that one large briefing was the cause or that work went on. Now, with few
    left, the screen names them, and the seconds count on while none finishes."""
    content = slow_library(tmp_path / "content")
    with terminal(tmp_path, "open", str(content), script=SLOW_READER) as term:
        line = f"Indexing {SMALL_BRIEFINGS} of {SMALL_BRIEFINGS + 1} briefings (new or changed)…"
        start = term.wait_for(line.encode())
        term.wait_for("Still reading “slow”".encode(), since=start)
        at = term.wait_for(f"{line} ".encode(), since=start)  # the seconds, from 1 s
        seconds = int(term.output[at + len(line.encode()) :].split(b" ", 2)[1])
        term.wait_for(f"{line} {seconds + 1} s".encode(), since=at)  # time passes, shown
        term.press(b"q")
        assert term.exit_status() == 0


async def test_the_names_of_briefings_being_read_reach_the_screen_as_plain_text() -> None:
    """Folder names are the content's: an escape sequence in one is shown, not obeyed."""
    screen = LoadingScreen()
    async with App[None]().run_test(size=SIZE) as pilot:
        await pilot.app.push_screen(screen)
        screen.rebuilding()
        screen.indexing(Progress(300, 301, ("big\x1b[2J\n[b]x",)))
        await pilot.pause()
        shown = str(screen.query_one("#loading-text", Static).render())
    assert shown.splitlines()[1] == "Still reading “big␛[2J␊[b]x”"


async def test_a_wait_for_another_readers_lock_is_said_whole_at_80_columns(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A new user's trial: "Waiting: waiting for process …" ran past the edge,
    so how long the wait would last ("giving up after 30 s") never showed."""
    from filelock import FileLock

    monkeypatch.setenv(LOCK_WAIT_ENV, "3")
    content = write_library(tmp_path / "content", 2)
    app = reader(content, tmp_path)
    # Held before the reader starts, and never taken inside the test's event loop:
    # taken there while the reader's build held it, it blocked the loop for good.
    lock = FileLock(f"{tmp_path / 'index.json'}.lock")
    lock.acquire()
    try:
        async with app.run_test(size=(80, 24)) as pilot:
            for _ in range(40):
                await pilot.pause(0.1)
                screen = app.screen
                if isinstance(screen, LoadingScreen) and "giving up" in str(
                    screen.query_one("#loading-text", Static).render()
                ):
                    break
            await pilot.pause()  # laid out with the words it now holds
            await pilot.pause()
            text = screen.query_one("#loading-text", Static)
            said = str(text.render())
            assert said.startswith("Waiting for process "), said
            assert text.region.right <= 80 and text.size.height > 1  # wrapped, not cut
            lock.release()
            await settle(pilot)
    finally:
        if lock.is_locked:
            lock.release()


async def test_the_loading_screen_is_not_shown_once_the_reader_has_ended(tmp_path: Path) -> None:
    """The timer that shows the loading screen fired as the reader ended, its
    screens gone: "No screens on stack", a traceback (a quit within 0.15 s of
    the start, or a full test run under load)."""
    app = reader(write_library(tmp_path / "content", 1), tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
    assert not app.screen_stack
    assert app._loading_screen() is None
