"""The reader opens where it was left: a briefing's filter, pane and rows; a library's
order and row."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from conftest import CONTENT, REPO, write_folder
from reader_helpers import SIZE, bundled_and_example, reader, settle, toasts

import briefing.userdata.places as places_module
from briefing.screens.briefing_screen import BriefingScreen
from briefing.screens.library import LibraryScreen
from briefing.screens.library_rows import Order
from briefing.screens.state import PaneName
from briefing.userdata.places import KEPT, MARKER, Places, briefing_key, places_path

EXAMPLE = REPO / "docs" / "example"
BUNDLED = CONTENT / "ukraine-diplomacy-2022-02-10"


async def test_a_briefing_opens_again_with_its_filter_pane_and_rows(tmp_path: Path) -> None:
    """An analyst filtered by an actor, went to the chronology, quit: the next
    start opened on the first pane, first row, no filter (a trial)."""
    app = reader(None, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("j", "j", "j", "enter")  # Vladimir Putin, the fourth person
        await pilot.press("tab", "j")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, BriefingScreen)
        left = screen.current()
        assert left.record_filter is not None and left.record_filter.id == "vladimir-putin"
        assert left.active is PaneName.CHRONOLOGY
        await pilot.press("q")
    again = reader(None, tmp_path)
    async with again.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = again.screen
        assert isinstance(screen, BriefingScreen)
        assert screen.current() == left
        assert "Filtered by actor Vladimir Putin" in str(screen.query_one("#header").render())
        assert again.focused is screen.pane(PaneName.CHRONOLOGY).list_widget


async def test_quit_from_the_quote_viewer_opens_again_on_the_quote_last_read(
    tmp_path: Path,
) -> None:
    """Open a quote, n n n, quit: the next start stood on the quote the viewer
    was opened at, three back (a first reader's trial)."""
    app = reader(None, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("tab", "tab", "j", "enter")
        await settle(pilot)
        await pilot.press("n", "n", "n")
        await pilot.pause()
        read = app.screen.quote.id  # type: ignore[attr-defined]
        briefing = app.screen_stack[-2]
        assert isinstance(briefing, BriefingScreen)
        assert briefing.current().pane(PaneName.QUOTES).selected != read
        await pilot.press("q")
    again = reader(None, tmp_path)
    async with again.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = again.screen
        assert isinstance(screen, BriefingScreen)
        assert screen.pane(PaneName.QUOTES).highlighted_id() == read


async def test_a_record_gone_since_takes_its_part_of_the_place_with_it(tmp_path: Path) -> None:
    folder = tmp_path / "b"
    files = {str(p.relative_to(EXAMPLE)): p.read_bytes() for p in EXAMPLE.rglob("*") if p.is_file()}
    write_folder(folder, files)  # type: ignore[arg-type]
    app = reader(folder, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("tab", "enter")  # narrowed to the first event
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, BriefingScreen)
        event = screen.current().record_filter
        assert event is not None
        await pilot.press("q")
    events = folder / "events.yaml"
    text = events.read_text(encoding="utf-8")
    events.write_text(text.replace(f"id: {event.id}\n", "id: renamed-event\n"), encoding="utf-8")
    again = reader(folder, tmp_path)
    async with again.run_test(size=SIZE, notifications=True) as pilot:
        await settle(pilot)
        screen = again.screen
        assert isinstance(screen, BriefingScreen)
        assert screen.current().record_filter is None  # gone: the whole briefing
        assert screen.current().active is PaneName.CHRONOLOGY
        said = toasts(again)  # not dropped with no word (a trial)
        assert f"The event the panes were filtered by when you left, {event.id}, is no" in said


async def test_a_library_opens_again_in_its_order_on_its_row(tmp_path: Path) -> None:
    content = bundled_and_example(tmp_path)
    app = reader(content, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        library = app.screen
        assert isinstance(library, LibraryScreen)
        await pilot.press("o", "o", "o", "j")  # by folder; the second row
        await pilot.pause()
        assert library.order is Order.FOLDER
        row = library.listing.highlighted_id
        assert row == "ukraine-diplomacy-2022-02-10"
        await pilot.press("q")
    again = reader(content, tmp_path)
    async with again.run_test(size=SIZE) as pilot:
        await settle(pilot)
        library = again.screen
        assert isinstance(library, LibraryScreen)
        assert library.order is Order.FOLDER and library.listing.highlighted_id == row


async def test_a_briefing_left_for_the_library_keeps_its_place(tmp_path: Path) -> None:
    """Back to the library, and that briefing opened again from it in another run."""
    content = bundled_and_example(tmp_path)
    app = reader(content, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("enter")  # the newest: the bridge example
        await settle(pilot)
        await pilot.press("tab", "tab")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, BriefingScreen)
        await pilot.press("escape")  # back to the library
        await pilot.pause()
        assert isinstance(app.screen, LibraryScreen)
        await pilot.press("q")
    again = reader(content, tmp_path)
    async with again.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        screen = again.screen
        assert isinstance(screen, BriefingScreen)
        assert screen.current().active is PaneName.QUOTES


def test_places_of_another_reader_are_kept_and_the_oldest_let_go(tmp_path: Path) -> None:
    path = tmp_path / "places.json"
    one, two = Places(path), Places(path)
    one.put({"briefing /a": {"active": "quotes"}})
    two.put({"briefing /b": {"active": "actors"}})
    first, second = Places(path).get("briefing /a"), Places(path).get("briefing /b")
    assert first is not None and first["active"] == "quotes"  # kept by the second's save
    assert second is not None and second["active"] == "actors"
    many = Places(path)
    many.put({f"briefing /{n}": {} for n in range(KEPT + 10)})
    kept = json.loads(path.read_text(encoding="utf-8"))["places"]
    assert len(kept) == KEPT


def test_a_file_not_ours_is_left_as_it_is_and_said(tmp_path: Path) -> None:
    path = tmp_path / "places.json"
    path.write_text("my own places\n", encoding="utf-8")
    places = Places(path)
    assert places.get("briefing /a") is None
    places.put({"briefing /a": {"active": "quotes"}})
    assert path.read_text(encoding="utf-8") == "my own places\n"
    assert places.problem is not None and "is not a file of places" in places.problem


def test_a_damaged_file_of_ours_is_written_anew(tmp_path: Path) -> None:
    path = tmp_path / "places.json"
    path.write_bytes(MARKER.prefix + b',"places":{')
    places = Places(path)
    assert places.get("briefing /a") is None and places.problem is None
    places.put({"briefing /a": {"active": "quotes"}})
    assert Places(path).get("briefing /a") is not None


def test_places_live_in_the_state_folder(tmp_path: Path) -> None:
    assert places_path() == Path(os.environ["BRIEFING_STATE_DIR"]) / "places.json"


def _write_place(tmp_path: Path, folder: Path, place: dict[str, object]) -> None:
    """A place for `folder` in the test's places file, as a reader (or a hand) wrote it."""
    Places(places_path()).put({briefing_key(folder): place})


async def test_a_restored_filter_keeps_the_keys_for_the_list(tmp_path: Path) -> None:
    """A `/` text restored took the keys typed next: `q` typed "russiaq" (a review)."""
    _write_place(tmp_path, BUNDLED, {"active": "actors", "panes": {"actors": {"text": "russia"}}})
    app = reader(None, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, BriefingScreen)
        assert screen.current().pane(PaneName.ACTORS).text == "russia"
        assert app.focused is screen.pane(PaneName.ACTORS).list_widget
        await pilot.press("q")
        await pilot.pause()
    assert app.return_code == 0 and not app.is_running


@pytest.mark.parametrize(
    "place",
    [
        {"active": ["quotes"]},
        {"filter": [["actor"], "x"]},
        {"filter": ["actor", 3]},
        {"filter": "actor"},
        {"panes": {"actors": {"text": ["a"], "selected": {"x": 1}}}},
        {"panes": ["actors"]},
        {"members": "yes", "filter": ["quote", "truss-any-incursion"]},
        {"panes": {"quotes": {"text": "x" * 10_000}}},
    ],
)
async def test_a_damaged_place_opens_the_briefing_as_if_there_were_none(
    tmp_path: Path, place: dict[str, object]
) -> None:
    """`"active": ["quotes"]` (a hand's edit) stopped the briefing from opening,
    at every start, with exit 3 (a review)."""
    _write_place(tmp_path, BUNDLED, place)
    app = reader(None, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, BriefingScreen)
        state = screen.current()
        assert state.record_filter is None
        assert all(len(state.pane(name).text) < 300 for name in PaneName)


async def test_text_from_the_places_file_never_reaches_the_terminal_as_escapes(
    tmp_path: Path,
) -> None:
    """An escape in a restored filter cleared the screen and set the title (a review)."""
    text = "Liz\x1b]0;PWNED\x07\x1b[2J\x9b31m"
    _write_place(tmp_path, BUNDLED, {"panes": {"actors": {"text": text}}})
    app = reader(None, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, BriefingScreen)
        kept = screen.current().pane(PaneName.ACTORS).text
        assert kept.startswith("Liz") and all(c.isprintable() for c in kept), repr(kept)


def test_a_link_or_an_unreadable_file_is_never_written_over(tmp_path: Path) -> None:
    dangling = tmp_path / "dangling.json"
    dangling.symlink_to(tmp_path / "nowhere.json")
    places = Places(dangling)
    places.put({"briefing /a": {"active": "quotes"}})
    assert dangling.is_symlink() and not (tmp_path / "nowhere.json").exists()
    assert places.problem is not None and "is not a file of places" in places.problem
    real = tmp_path / "real.json"
    Places(real).put({"briefing /a": {"active": "quotes"}})
    link = tmp_path / "link.json"
    link.symlink_to(real)
    Places(link).put({"briefing /b": {"active": "actors"}})
    assert link.is_symlink() and Places(real).get("briefing /b") is not None  # written through
    unreadable = tmp_path / "unreadable.json"
    Places(unreadable).put({"briefing /a": {"active": "quotes"}})
    before = unreadable.read_bytes()

    def denied(*args: object) -> object:
        raise PermissionError(13, "Permission denied", str(unreadable))

    with pytest.MonkeyPatch.context() as patch:  # (as root, chmod 0 reads anyway)
        patch.setattr(places_module, "read_json", denied)
        stuck = Places(unreadable)
        stuck.put({"briefing /b": {}})
    assert stuck.problem is not None and "could not be read" in stuck.problem
    assert unreadable.read_bytes() == before


async def test_a_reader_quit_from_a_briefing_of_a_library_opens_it_again(tmp_path: Path) -> None:
    """Quit from inside a library's briefing, the next start showed the library
    (a trial): it opens that briefing again, over its library, where it was;
    its library keeps its `/` words too."""
    content = bundled_and_example(tmp_path)
    app = reader(content, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"bridge", "enter")  # the library filtered, then open
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, BriefingScreen)
        opened = screen.briefing.id
        await pilot.press("tab", "tab")
        await pilot.press("q")
    again = reader(content, tmp_path)
    async with again.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = again.screen
        assert isinstance(screen, BriefingScreen) and screen.briefing.id == opened
        assert screen.current().active is PaneName.QUOTES
        await pilot.press("escape")  # back to its library, as it was
        await pilot.pause()
        library = again.screen
        assert isinstance(library, LibraryScreen)
        assert library.filter_box.value == "bridge" and library.filter_box.display
        await pilot.press("q")
    third = reader(content, tmp_path)
    async with third.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert isinstance(third.screen, LibraryScreen)  # quit from the library: the library


def test_a_file_of_ours_cut_inside_its_marker_is_written_anew(tmp_path: Path) -> None:
    """`head -c 100` of places.json: taken for another's file, it was never
    written again, and every quit said so (a power user's trial)."""
    path = tmp_path / "places.json"
    Places(path).put({"briefing /a": {"active": "quotes"}})
    path.write_bytes(path.read_bytes()[:100])
    places = Places(path)
    assert places.get("briefing /a") is None and places.problem is None
    places.put({"briefing /b": {"active": "actors"}})
    assert places.problem is None
    assert Places(path).get("briefing /b") is not None


def test_a_file_not_ours_says_it_may_be_deleted(tmp_path: Path) -> None:
    path = tmp_path / "places.json"
    path.write_text('{"_briefing', encoding="utf-8")  # too little to be ours
    places = Places(path)
    places.put({"briefing /a": {"active": "quotes"}})
    assert places.problem is not None
    assert places.problem.endswith(
        "if it is nothing of yours, delete it and the reader keeps its places there again"
    )
    assert path.read_text(encoding="utf-8") == '{"_briefing'
