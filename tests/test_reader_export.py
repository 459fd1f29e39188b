"""`e` in the reader: a choice of format, a file written where the reader started, its path said."""

from __future__ import annotations

import json
import threading
from pathlib import Path

import pytest
from conftest import REPO
from reader_helpers import SIZE, SMALL, reader, settle, toasts, until
from textual.app import App
from textual.pilot import Pilot
from textual.widgets import OptionList

from briefing.export.writing import free_name
from briefing.screens import export_choice
from briefing.screens.export_choice import ExportChoice
from briefing.screens.footer import KeysFooter

EXAMPLE = REPO / "docs" / "example"
#: The file names of the example's exports, by format, as the choice lists them.
USUAL = [
    "riverside-bridge-example.md",
    "riverside-bridge-example.txt",
    "riverside-bridge-example.json",
    "riverside-bridge-example.timeline.json",
    "riverside-bridge-example.annotations.jsonld",
    "riverside-bridge-example-csv",
]


def names(app: App[None]) -> list[str]:
    """The file name each line of the export choice says its export will take."""
    formats = app.screen.query_one(OptionList)
    return [
        str(formats.get_option_at_index(n).prompt).rpartition("→ ")[2]
        for n in range(formats.option_count)
    ]


async def names_known(pilot: Pilot[None]) -> None:
    """Wait until the choice says every export's name (worked out in a thread)."""
    await until(pilot, lambda: "…" not in names(pilot.app), "every export's name")


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
        assert "⏎ Export" in footer  # (it showed Esc alone: a trial)
        await names_known(pilot)
        # the name it will write, not the one of the user's file
        assert names(app)[2] == "riverside-bridge-example-2.json"
        await pilot.press("j", "j", "j", "k", "enter")  # json, the third format (j and k move)
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
        await names_known(pilot)
        await pilot.pause()
        formats = app.screen.query_one(OptionList)
        shown = [
            "".join(segment.text for segment in formats.render_line(y)).strip("▊▎ ")
            for y in range(formats.size.height)
        ]
        assert "ukraine-diplomacy-2022-02-10.annotations.jsonld" in "\n".join(shown)


async def test_at_80x24_every_format_is_in_sight_without_scrolling(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each format takes two rows at 80 columns (its file name wraps): with the
    text export, the sixth, the list held at 12 rows scrolled csv out of sight."""
    monkeypatch.chdir(tmp_path)
    app = reader(None, tmp_path / "index")
    async with app.run_test(size=SMALL) as pilot:
        await settle(pilot)
        await pilot.press("e")
        await names_known(pilot)
        await pilot.pause()
        formats = app.screen.query_one(OptionList)
        assert formats.max_scroll_y == 0
        shown = "\n".join(
            "".join(segment.text for segment in formats.render_line(y))
            for y in range(formats.size.height)
        )
        for name in ("markdown", "text", "csv", "ukraine-diplomacy-2022-02-10-csv"):
            assert name in shown


async def test_the_choice_says_the_name_each_export_will_take(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    work = tmp_path / "work"
    work.mkdir()
    monkeypatch.chdir(work)
    app = reader(EXAMPLE, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("e")
        await names_known(pilot)
        assert names(app) == USUAL


async def test_the_choice_opens_and_escape_cancels_while_names_are_worked_out(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A large export in the folder is hashed to tell whether it may be written
    again: the choice opened only once it was (keys unanswered until then). It
    opens at once, saying "…" where a name is not known yet."""
    monkeypatch.chdir(tmp_path)
    started, go_on = threading.Event(), threading.Event()

    def slow_free_name(folder: Path, name: str) -> Path:  # a hash that takes its time
        started.set()
        go_on.wait(timeout=30)
        return free_name(folder, name)

    monkeypatch.setattr(export_choice, "free_name", slow_free_name)
    app = reader(EXAMPLE, tmp_path / "index")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        try:
            await pilot.press("e")
            await until(pilot, started.is_set, "the names' work started")
            assert isinstance(app.screen, ExportChoice)
            assert names(app) == ["…"] * len(USUAL)
            await pilot.press("escape")
            assert not isinstance(app.screen, ExportChoice)
        finally:
            go_on.set()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert not isinstance(app.screen, ExportChoice)
        assert sorted(p.name for p in tmp_path.iterdir()) == ["index"]


async def test_a_name_that_cannot_be_worked_out_is_said_as_the_usual_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A file that cannot be read where an export would go: the choice says the
    usual name (the write works out its own), the others as ever, no crash."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "riverside-bridge-example.json").write_text("mine\n", encoding="utf-8")

    def unreadable_markdown(folder: Path, name: str) -> Path:
        if name.endswith(".md"):
            raise PermissionError(13, "Permission denied", str(folder / name))
        return free_name(folder, name)

    monkeypatch.setattr(export_choice, "free_name", unreadable_markdown)
    app = reader(EXAMPLE, tmp_path / "index")
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(pilot)
        await pilot.press("e")
        await names_known(pilot)
        assert isinstance(app.screen, ExportChoice)
        assert names(app) == [*USUAL[:2], "riverside-bridge-example-2.json", *USUAL[3:]]
        assert toasts(app) == ""
        await pilot.press("escape")
        assert not isinstance(app.screen, ExportChoice)


async def test_with_the_panes_filtered_the_export_is_of_what_they_show(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Filtered by an actor, `e` wrote the whole briefing and did not say so
    (an analyst's trial, a shared desk's): the choice is now of the view, its
    title saying so, and `w` makes it the whole briefing."""
    from textual.widgets import Static

    from briefing.screens.briefing_screen import BriefingScreen

    work = tmp_path / "work"
    work.mkdir()
    monkeypatch.chdir(work)
    app = reader(EXAMPLE, tmp_path)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, BriefingScreen)
        await pilot.press("enter")  # the panes filtered by the actor under the cursor
        ref = screen.state.record_filter
        assert ref is not None
        actor = screen.queries.actor(ref.id)
        shown_quotes = {q.id for q in screen.queries.quotes_involving(actor.id)}
        await pilot.press("e")
        await names_known(pilot)
        title = str(app.screen.query_one("#export-title", Static).render())
        assert f"Export what the panes show, the records of actor {actor.name}" in title
        assert names(app)[0] == f"riverside-bridge-example.only-{actor.id}.md"
        await pilot.press("w")  # the whole briefing instead
        await names_known(pilot)
        assert "Export the whole briefing as" in str(
            app.screen.query_one("#export-title", Static).render()
        )
        assert names(app) == USUAL
        await pilot.press("w", "j", "j", "enter")  # the view again, as JSON
        await app.workers.wait_for_complete()
        await until(pilot, lambda: "Exported" in toasts(app), "the export")
    document = json.loads((work / f"riverside-bridge-example.only-{actor.id}.json").read_text())
    assert {q["id"] for q in document["quotes"]} == shown_quotes
    assert f"(only the records of actor {actor.name})" in document["briefing"]["title"]
    named = {a["id"] for a in document["actors"]}
    assert actor.id in named
    assert all(q["speaker"] in named for q in document["quotes"])


async def test_filtered_by_an_event_the_export_holds_that_event_alone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The chronology stays whole under an event's filter: its export held
    every event under the title "only the records of event …" (a review)."""
    from briefing.screens.briefing_screen import BriefingScreen

    work = tmp_path / "work"
    work.mkdir()
    monkeypatch.chdir(work)
    app = reader(EXAMPLE, tmp_path)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, BriefingScreen)
        await pilot.press("tab", "enter")  # the chronology, filtered by its first event
        ref = screen.state.record_filter
        assert ref is not None and ref.kind.value == "event"
        quotes = {q.id for q in screen.queries.quotes_by_event(ref.id)}
        await pilot.press("e")
        await names_known(pilot)
        await pilot.press("j", "j", "enter")  # json
        await app.workers.wait_for_complete()
        await until(pilot, lambda: "Exported" in toasts(app), "the export")
    document = json.loads((work / f"riverside-bridge-example.only-{ref.id}.json").read_text())
    assert [e["id"] for e in document["events"]] == [ref.id]
    assert {q["id"] for q in document["quotes"]} == quotes
