"""Indexing many briefings is shown as it goes: a bar on a terminal, a count in the reader."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from pty_terminal import terminal
from reader_helpers import SIZE, reader, settle
from test_index_library import write_library
from textual.widgets import Static

from briefing.index.build import Progress
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


async def test_the_loading_screen_counts_the_briefings_indexed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    content = write_library(tmp_path / "content", 3)
    shown: list[str] = []
    real = LoadingScreen.indexing

    def recording(self: LoadingScreen, progress: Progress) -> None:
        real(self, progress)
        shown.append(str(self.query_one("#loading-text", Static).render()))

    monkeypatch.setattr(LoadingScreen, "indexing", recording)
    app = reader(content, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
    assert shown and shown[-1] == "Indexing 3 of 3 briefings (new or changed)…"
