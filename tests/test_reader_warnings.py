"""`!` lists the checker's warnings of the briefing on screen.

The library said "1 warning" on a briefing's row; once the briefing was
open, nothing did (a desk editor's trial): the footer offers `! Problems`
while the briefing has warnings, and it lists them, each with the record it is
about (tests/test_warned_list.py).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import BASE_FILES, CONTENT, briefing_files, write_folder
from reader_helpers import SIZE, SMALL, drawn, reader, settle, until
from test_reload import edit, footer_keys
from textual.widgets import Static

from briefing.screens import live
from briefing.screens.footer import KeysFooter
from briefing.screens.problems import ProblemsScreen
from briefing.screens.warned_list import WarningList


def _warned_folder(tmp_path: Path) -> Path:
    """A briefing whose one quote takes part of the source's word "hello"."""
    base = BASE_FILES["briefing.yaml"]
    assert isinstance(base, str)
    cut = base.replace("text: hello world", "text: ello world")
    return write_folder(tmp_path / "content" / "b", briefing_files(**{"briefing.yaml": cut}))


async def test_bang_lists_the_warnings_of_the_briefing_on_screen(tmp_path: Path) -> None:
    folder = _warned_folder(tmp_path)
    app = reader(folder, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert footer_keys(app)["exclamation_mark"] == "Problems"
        await pilot.press("exclamation_mark")
        await pilot.pause()
        problems = app.screen
        assert isinstance(problems, ProblemsScreen)
        assert [p.code for p in problems.problems] == ["quote-cuts-word"]
        assert str(problems.query_one("#problems-title", Static).render()) == (
            "1 warning on 1 record"
        )
        text = drawn(problems.query_one(WarningList))
        assert "Quote · A: “ello world”" in text  # the record it is about, as the reader knows it
        assert "hello" in text  # the word of the source it cuts
        await pilot.press("escape")
        assert not isinstance(app.screen, ProblemsScreen)


async def test_a_briefing_without_warnings_has_no_problems_key(tmp_path: Path) -> None:
    app = reader(CONTENT, tmp_path)
    async with app.run_test(size=SMALL) as pilot:
        await settle(pilot)
        assert "exclamation_mark" not in footer_keys(app)
        await pilot.press("exclamation_mark")
        await pilot.pause()
        assert not isinstance(app.screen, ProblemsScreen)


async def test_the_warnings_go_when_the_files_are_mended(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(live, "POLL_SECONDS", 0.2)
    folder = _warned_folder(tmp_path)
    app = reader(folder, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert "exclamation_mark" in footer_keys(app)
        edit(folder / "briefing.yaml", "text: ello world", "text: hello world")
        await until(pilot, lambda: "exclamation_mark" not in footer_keys(app), "a reload")


async def test_at_80_columns_the_warnings_key_gives_way_to_the_viewers_own(
    tmp_path: Path,
) -> None:
    """`!` is kept on a narrow footer while the files have errors (the screen is
    not what they say); for warnings, which the viewer states, it took Copy's
    place at 80 columns."""
    app = reader(_warned_folder(tmp_path), tmp_path)
    async with app.run_test(size=SMALL) as pilot:
        await settle(pilot)
        await pilot.press("tab", "tab", "enter")
        await pilot.pause()
        line = app.screen.query_one(KeysFooter).render().plain
        assert "c Copy" in line and "! Problems" not in line, line
        await pilot.press("exclamation_mark")  # it still acts: only the line had no room
        await pilot.pause()
        assert isinstance(app.screen, ProblemsScreen)
