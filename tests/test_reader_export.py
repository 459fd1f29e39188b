"""`e` in the reader: a choice of format, a file written where the reader started, its path said."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import REPO
from reader_helpers import SIZE, SMALL, reader, settle, toasts
from textual.widgets import OptionList

from briefing.screens.export_choice import ExportChoice
from briefing.screens.footer import KeysFooter

EXAMPLE = REPO / "docs" / "example"


@pytest.mark.parametrize("size", [SIZE, SMALL])
async def test_x_exports_in_the_chosen_format_and_says_where(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, size: tuple[int, int]
) -> None:
    work = tmp_path / "work"
    work.mkdir()
    monkeypatch.chdir(work)
    mine = work / "riverside-bridge-example.json"  # the name the export would take
    mine.write_text("my own notes\n", encoding="utf-8")
    app = reader(EXAMPLE, tmp_path)
    async with app.run_test(size=size, notifications=True) as pilot:
        await settle(pilot)
        await pilot.press("e")
        assert isinstance(app.screen, ExportChoice)
        footer = app.screen.query_one(KeysFooter).render().plain  # as on every screen
        assert footer.startswith("esc Cancel")
        json_option = app.screen.query_one(OptionList).get_option_at_index(1)
        # the name it will write, not the one of the user's file
        assert "→ riverside-bridge-example-2.json" in str(json_option.prompt)
        await pilot.press("j", "j", "k", "enter")  # json, the second format (j and k move)
        await app.workers.wait_for_complete()
        for _ in range(100):  # the toast comes a frame or two after the file (slow machines)
            if "Exported" in toasts(app):
                break
            await pilot.pause(0.05)
        assert not isinstance(app.screen, ExportChoice)
        # the user's file of that name is left alone: the next free name is taken
        assert mine.read_text(encoding="utf-8") == "my own notes\n"
        target = work / "riverside-bridge-example-2.json"
        assert {p.name for p in work.iterdir()} == {mine.name, target.name}
        document = json.loads(target.read_text(encoding="utf-8"))
        assert document["briefing"]["id"] == "riverside-bridge-example"
        said = "".join(toasts(app).split())  # the toast wraps the path at 80 columns
        assert "Exportedasjson:" in said and str(target) in said
        assert f"({mine.name}isleftasitis:" in said  # why not the usual name


async def test_escape_cancels_the_export(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    app = reader(EXAMPLE, tmp_path / "index")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("e", "escape")
        await app.workers.wait_for_complete()
        assert not isinstance(app.screen, ExportChoice)
        assert sorted(p.name for p in tmp_path.iterdir()) == ["index"]


async def test_at_60_columns_every_file_name_stands_on_one_row(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """At 90% of 60 columns the annotations' file name ran one letter over, onto
    a row of its own beside the list's scrollbar (a new user's trial)."""
    monkeypatch.chdir(tmp_path)
    app = reader(None, tmp_path / "index")
    async with app.run_test(size=(60, 20)) as pilot:
        await settle(pilot)
        await pilot.press("e")
        await pilot.pause()
        formats = app.screen.query_one(OptionList)
        shown = [
            "".join(segment.text for segment in formats.render_line(y)).strip("▊▎ ")
            for y in range(formats.size.height)
        ]
        assert "ukraine-diplomacy-2022-02-10.annotations.jsonld" in "\n".join(shown)
