"""Content changed under the reader: it says so, and r shows the briefing as it is now."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import BASE_FILES, briefing_files, write_folder
from reader_helpers import SIZE, reader, settle
from textual.pilot import Pilot

from briefing.screens import app as app_module
from briefing.screens.app import BriefingApp
from briefing.screens.briefing_screen import BriefingScreen
from briefing.screens.library import LibraryScreen
from briefing.screens.quote_viewer import QuoteViewer

NOTICE = "changed on disk"
#: a bound on every wait for the reader to notice (it looks every POLL_SECONDS)
PATIENCE = 100  # pauses of 0.1 s


def footer_keys(app: BriefingApp) -> dict[str, str]:
    """The keys the footer shows now, with their descriptions."""
    return {
        key: binding.description
        for key, (_, binding, enabled, _) in app.screen.active_bindings.items()
        if binding.show and enabled
    }


def notices(app: BriefingApp) -> str:
    return " ".join(str(toast.render()) for toast in app.screen.query("Toast"))


async def until_noticed(pilot: Pilot[None], app: BriefingApp) -> None:
    for _ in range(PATIENCE):
        if NOTICE in notices(app):
            return
        await pilot.pause(0.1)
    raise AssertionError(f"no notice of the change; the reader says {notices(app)!r}")


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")


async def test_an_edited_briefing_says_so_and_r_shows_it_as_it_is_now(tmp_path: Path) -> None:
    folder = write_folder(tmp_path / "content" / "b", briefing_files())
    app = reader(folder, tmp_path)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(pilot)
        assert isinstance(app.screen, BriefingScreen)
        assert app.screen.briefing.title == "T"
        assert "r" not in footer_keys(app)  # nothing to reload yet
        await pilot.press("tab", "tab", "enter")  # reading the quote in its source
        assert isinstance(app.screen, QuoteViewer)

        edit(folder / "briefing.yaml", "title: T\n", "title: T, revised\n")
        edit(folder / "sources" / "s.txt", "She said hello world.", "Later, she said hello world.")
        await until_noticed(pilot, app)
        assert footer_keys(app)["r"] == "Reload"

        await pilot.press("r")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, BriefingScreen)
        assert screen.briefing.title == "T, revised"
        assert screen.briefing.sources[0].text is not None
        assert screen.briefing.sources[0].text.startswith("Later, she said hello world.")
        assert "r" not in footer_keys(app)


async def test_a_briefing_opened_from_the_library_reloads_into_the_library(
    tmp_path: Path,
) -> None:
    library = tmp_path / "library"
    write_folder(library / "a-first", briefing_files())
    second = str(BASE_FILES["briefing.yaml"]).replace("id: b\n", "id: second\n")
    folder = write_folder(library / "b-second", briefing_files(**{"briefing.yaml": second}))
    app = reader(library, tmp_path)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(pilot)
        assert isinstance(app.screen, LibraryScreen)
        await pilot.press("j", "enter")
        assert isinstance(app.screen, BriefingScreen)
        assert app.screen.briefing.id == "second"

        edit(folder / "briefing.yaml", "name: A\n", "name: A. Person\n")
        await until_noticed(pilot, app)
        await pilot.press("r")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, BriefingScreen)
        assert [a.name for a in screen.briefing.actors] == ["A. Person"]
        assert isinstance(app.screen_stack[-2], LibraryScreen)  # still there to go back to


async def test_a_quote_whose_words_left_its_source_is_not_shown_after_a_reload(
    tmp_path: Path,
) -> None:
    folder = write_folder(tmp_path / "content" / "b", briefing_files())
    app = reader(folder, tmp_path)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(pilot)
        assert isinstance(app.screen, BriefingScreen)
        edit(folder / "sources" / "s.txt", "She said hello world.", "She said goodbye.")
        await until_noticed(pilot, app)
        await pilot.press("r")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, LibraryScreen)  # the briefing no longer opens: why, not what
        assert [s.opens for s in screen.summaries] == [False]
        assert "quote-not-found" in " ".join(p.code for p in screen.summaries[0].problems)


async def test_an_unchanged_briefing_folder_opened_directly_is_not_said_to_have_changed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A briefing folder given directly is its own content directory: its files are
    looked for where they are, not under a folder of its name inside itself."""
    monkeypatch.setattr(app_module, "POLL_SECONDS", 0.2)
    folder = write_folder(tmp_path / "content" / "b", briefing_files())
    app = reader(folder, tmp_path)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(pilot)
        assert isinstance(app.screen, BriefingScreen)
        await pilot.pause(1.5)  # several looks
        assert NOTICE not in notices(app)
        edit(folder / "briefing.yaml", "title: T\n", "title: T2\n")
        await until_noticed(pilot, app)
