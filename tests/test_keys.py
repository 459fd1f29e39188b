"""Keys: documented from the bindings themselves, and a `?` panel of only the keys that act."""

from __future__ import annotations

from pathlib import Path

import pytest
from reader_helpers import SIZE, SMALL, drawn, reader, settle, toasts, write_library
from textual.app import App
from textual.scroll_view import ScrollView
from textual.widgets import Static

from briefing.files.config import CONFIG_DIR_ENV
from briefing.screens.footer import KeysFooter
from briefing.screens.keys import reader_bindings
from briefing.screens.keys_doc import markdown
from briefing.screens.keys_panel import KeysPanel, acting_keys
from briefing.screens.quote_viewer import QuoteViewer

DOCS = Path(__file__).resolve().parent.parent / "docs" / "keys.md"


@pytest.fixture(autouse=True)
def _own_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv(CONFIG_DIR_ENV, str(tmp_path / "config"))
    return tmp_path / "config"


def test_docs_keys_md_is_generated_from_the_bindings() -> None:
    assert DOCS.read_text(encoding="utf-8") == markdown(), (
        "run: python -m briefing.screens.keys_doc > docs/keys.md"
    )


def test_every_binding_with_an_id_is_documented_with_its_keys() -> None:
    text = markdown()
    for found in reader_bindings():
        if found.binding.id:
            assert f"| `{found.binding.id}` | `{found.keys[0]}`" in text


def test_the_docs_say_where_each_key_acts() -> None:
    text = markdown()
    library = text.split("## Library screen")[1].split("\n## ")[0]
    assert "`library.order`" in library and "`list.select`" in library  # the list's Enter
    briefing = text.split("## Briefing screen")[1].split("\n## ")[0]
    assert "`pane.filter`" in briefing and "`library.order`" not in briefing
    # the format list's Enter exports: the lists' own Enter (Open) does not act there
    export = text.split("## Export choice screen")[1].split("\n## ")[0]
    assert "`export.select`" in export and "`options.select`" not in export
    assert "`options.down`" in export  # j and k move in it as in every list


def panel_text(app) -> str:  # type: ignore[no-untyped-def]
    return str(app.screen.query_one("#keys-table").render())


async def test_the_key_panel_lists_only_keys_that_act(tmp_path: Path) -> None:
    app = reader(None, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("question_mark")
        await pilot.pause()
        shown = panel_text(app)
        for acts in ("Filter", "Back", "Summary", "Quit", "Pane"):
            assert acts in shown
        # Textual's scroll keys of every scrollable widget: nothing to scroll sideways
        for idle in ("Scroll Left", "Scroll Right", "Page Left", "Page Right", "Copy selected"):
            assert idle not in shown
        assert "Reload" not in shown  # only once the files changed on disk


async def test_the_key_panel_says_what_enter_does_in_each_pane(tmp_path: Path) -> None:
    """Enter filters the other panes by an actor or an event, and opens a quote:
    the panel said "Open" in all three (a new user's trial)."""
    app = reader(None, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("question_mark")
        await pilot.pause()
        said = {}
        for pane in ("actors", "chronology", "quotes"):
            lines = panel_text(app).splitlines()
            said[pane] = " ".join(line for line in lines if "⏎" in line or "enter" in line)
            await pilot.press("tab")
            await pilot.pause()
        assert "Filter by it" in said["actors"] and "Open" not in said["actors"]
        assert "Filter by it" in said["chronology"]
        assert "Open the quote" in said["quotes"] and "Filter by it" not in said["quotes"]


async def test_at_40_columns_the_key_panel_is_wide_enough_to_read(tmp_path: Path) -> None:
    """At 40x12 the panel took half the width and cut every description to two
    or three letters (a user's trial)."""
    app = reader(None, tmp_path)
    async with app.run_test(size=(40, 12)) as pilot:
        await settle(pilot)
        await pilot.press("question_mark")
        await pilot.pause()
        shown = panel_text(app)
    assert "Filter by it" in shown and "Page down" in shown


async def test_the_key_panel_follows_the_keymap(tmp_path: Path, _own_config: Path) -> None:
    _own_config.mkdir()
    (_own_config / "config.toml").write_text('[keys]\n"briefing.summary" = "S"\n')
    app = reader(None, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("question_mark")
        await pilot.pause()
        summary = [k for k in acting_keys(app.screen) if k.description == "Summary"]
        assert [k.keys for k in summary] == [("S",)]


async def test_the_key_panel_lists_a_binding_whose_other_key_another_took(
    tmp_path: Path, _own_config: Path
) -> None:
    """Given Tab to Copy, "Pane" left the panel, though → still moved between
    panes (a power user's trial): → is the list's scroll key first, which does
    not act in a list no wider than its pane, so it goes on to Pane."""
    _own_config.mkdir()
    (_own_config / "config.toml").write_text('[keys]\n"briefing.copy" = "tab"\n')
    app = reader(None, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        listed = {k.description: k.keys for k in acting_keys(app.screen)}
        assert listed["Pane"] == ("→",), listed  # Tab is Copy's (where a quote is chosen)
        before = app.screen.focused
        await pilot.press("right")
        await pilot.pause()
        assert app.screen.focused is not before  # → does what the panel says


async def test_a_keymap_moving_enter_moves_it_in_every_pane(
    tmp_path: Path, _own_config: Path
) -> None:
    """The panes' lists bind Enter each with its own words, under one id."""
    _own_config.mkdir()
    (_own_config / "config.toml").write_text('[keys]\n"list.select" = "x"\n')
    app = reader(None, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = app.screen
        await pilot.press("x")  # on Liz Truss: the other panes filtered by her
        await pilot.pause()
        assert screen.state.record_filter is not None
        assert screen.state.record_filter.id == "liz-truss"
        await pilot.press("tab", "tab", "x")  # on a quote: opened
        await pilot.pause()
        assert type(app.screen).__name__ == "QuoteViewer"


async def test_a_keymap_moving_the_viewers_f_moves_it_both_ways(
    tmp_path: Path, _own_config: Path
) -> None:
    """`f` is two bindings, "Full text" and "Paragraph", one shown at a time,
    under one id: the key given to it takes the viewer there and back."""
    _own_config.mkdir()
    (_own_config / "config.toml").write_text('[keys]\n"viewer.full" = "F"\n')
    app = reader(None, tmp_path)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(pilot)
        await pilot.press("tab", "tab", "enter")
        await settle(pilot)
        viewer = app.screen
        assert isinstance(viewer, QuoteViewer)
        footer = viewer.query_one(KeysFooter)
        assert "F Full text" in footer.render().plain
        await pilot.press("F")
        await settle(pilot)
        assert viewer.full and "F Paragraph" in footer.render().plain
        await pilot.press("F")
        await settle(pilot)
        assert not viewer.full and "F Full text" in footer.render().plain
        assert "Settings" not in toasts(app)  # no clash said between its two bindings


async def test_the_key_panel_shows_the_library_filter_keys_as_they_act(tmp_path: Path) -> None:
    app = reader(write_library(tmp_path), tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("question_mark")
        await pilot.pause()
        assert "Clear filter" not in panel_text(app)  # nothing to clear
        assert "Order" in panel_text(app)
        await pilot.press("slash", "g", "o", "o", "d", "enter")
        await pilot.pause()
        await pilot.pause()
        assert "Clear filter" in panel_text(app)


async def test_the_key_panel_leaves_the_footer_whole_at_80x24(tmp_path: Path) -> None:
    app = reader(None, tmp_path)
    async with app.run_test(size=SMALL) as pilot:
        await settle(pilot)
        footer = app.screen.query_one(KeysFooter)
        before = footer.region
        await pilot.press("question_mark")
        await pilot.pause()
        panel = app.screen.query_one(KeysPanel).region
        assert footer.region == before  # the whole width, still
        assert panel.bottom <= footer.region.y  # above it, not over it
        assert panel.height >= SMALL[1] - 2


async def test_a_notice_stands_clear_of_the_key_panel_at_80x24(tmp_path: Path) -> None:
    """A first reader's trial: with the keys shown, the notice of a copy
    covered the keys it had opened the panel to read; it stands at the left
    then, and at the right again once the panel is hidden."""
    app = reader(None, tmp_path)
    async with app.run_test(size=SMALL, notifications=True) as pilot:
        await settle(pilot)
        await pilot.press("question_mark")
        await pilot.pause()
        panel = app.screen.query_one(KeysPanel).region
        app.notify("A notice of some length, as a copy's is.")
        await pilot.pause()
        await pilot.pause()
        toast = app.screen.query_one("Toast").region
        assert toast.width and not toast.overlaps(panel)
        await pilot.press("question_mark", "question_mark")  # the next page, then hidden
        await pilot.pause()
        assert not app.screen.query_one(KeysPanel).display
        app.notify("Another notice.")
        await pilot.pause()
        await pilot.pause()
        assert max(t.region.right for t in app.screen.query("Toast")) > SMALL[0] * 3 // 4


async def test_at_80x24_question_mark_again_shows_the_keys_below_the_panels_edge(
    tmp_path: Path,
) -> None:
    """A new user's trial: at 80x24 the panel ended at "* Pin or unpin"; the
    rest, "Everywhere" with it, was out of reach (j and PgDn move the list)."""
    app = reader(None, tmp_path)
    async with app.run_test(size=SMALL) as pilot:
        await settle(pilot)
        await pilot.press("question_mark")
        await pilot.pause()
        panel = app.screen.query_one(KeysPanel)
        more = app.screen.query_one("#keys-more")
        assert panel.max_scroll_y > 0 and more.display  # there is more, and it says so
        seen = []
        for _ in range(10):
            if not panel.display:
                break
            top = round(panel.scroll_y)
            lines = panel_text(app).splitlines()
            seen.extend(lines[top : top + panel.scrollable_content_region.height])
            await pilot.press("question_mark")
            await pilot.pause()
        assert not panel.display  # past the last page, ? hides it
        assert any("Quit" in line for line in seen) and any("Everywhere" in line for line in seen)
        await pilot.press("question_mark")  # shown again: from its first line
        await pilot.pause()
        assert panel.display and panel.scroll_y == 0


async def test_at_80x24_the_footer_keeps_the_keys_and_quit_keys(tmp_path: Path) -> None:
    """The quote viewer's footer ended "c Copy o Open q▏^p palette": `?`, which
    lists every key it had no room for, and Quit were cut (a new user's trial)."""
    app = reader(None, tmp_path)
    async with app.run_test(size=SMALL) as pilot:
        await settle(pilot)
        await pilot.press("tab", "tab", "enter")
        await settle(pilot)
        footer = app.screen.query_one(KeysFooter)
        line = footer.render().plain
        assert len(line) == SMALL[0]
        shown = [key.description for key in footer.shown_keys()]
        assert len(shown) > 4  # not all of them fit
        assert "? Keys" in line and "q Quit" in line and line.rstrip().endswith("^p palette")
        await pilot.click(KeysFooter, offset=(line.index("? Keys") + 1, 0))
        await pilot.pause()
        assert app.screen.query(KeysPanel)  # its place on the line is where it is drawn


@pytest.mark.parametrize("size", [SIZE, SMALL], ids=["120x40", "80x24"])
async def test_the_footer_says_what_enter_does_where_there_is_room(
    tmp_path: Path, size: tuple[int, int]
) -> None:
    """Enter was in no footer: a reader learnt only from `?` that it filters the
    panes by an actor (a reader's trial). Then it was the first key cut at 80
    columns, and two more trials missed it there: it is kept, as `?` and quit
    are, and the screen's own keys go first."""
    app = reader(None, tmp_path)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        lines = []
        for _ in range(3):  # actors, chronology, quotes
            lines.append(app.screen.query_one(KeysFooter).render().plain)
            await pilot.press("tab")
            await pilot.pause()
    if size == SIZE:
        assert "⏎ Filter by it q Quit ? Keys" in lines[0]
        assert "⏎ Filter by it" in lines[1]
        assert "⏎ Open the quote q Quit" in lines[2]
    else:
        assert "⏎ Filter by it q Quit ? Keys" in lines[0]
        assert "⏎ Filter by it q Quit ? Keys" in lines[1]
        assert "⏎ Open the quote q Quit ? Keys" in lines[2]
        for line in lines:
            assert "f Find" not in line  # (a key of the screen's cut instead)


async def test_enter_is_dimmed_in_the_footer_where_no_record_is_listed(tmp_path: Path) -> None:
    """The footer said "⏎ Filter by it" over a list a filter had emptied (a review)."""
    app = reader(None, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)

        def enter() -> bool:
            footer = app.screen.query_one(KeysFooter)
            return next(k.enabled for k in footer.shown_keys() if k.display == "⏎")

        assert enter()
        await pilot.press("slash", *"zzzz")
        await pilot.pause(0.5)
        await pilot.press("tab")  # from the filter box back to the emptied list
        await pilot.press("shift+tab")
        await pilot.pause()
        assert not enter()
        await pilot.press("escape")  # the filter cleared: the actors back
        await pilot.pause(0.5)
        assert enter()


async def test_the_footer_shows_a_remapped_key_and_a_click_on_a_key_presses_it(
    tmp_path: Path, _own_config: Path
) -> None:
    from briefing.screens.details import DetailsScreen

    _own_config.mkdir()
    (_own_config / "config.toml").write_text(
        '[keys]\n"briefing.summary" = "S"\n"app.palette" = "ctrl+k"\n'
    )
    app = reader(None, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        footer = app.screen.query_one(KeysFooter)
        line = footer.render().plain
        assert "S Summary" in line and "s Summary" not in line
        assert line.rstrip().endswith("▏^k palette")
        column = line.index("d Details")
        await pilot.click(KeysFooter, offset=(column + 3, 0))
        await pilot.pause()
        assert isinstance(app.screen, DetailsScreen)


async def test_the_summary_has_quit_and_the_keys_panel_as_every_screen_does(
    tmp_path: Path,
) -> None:
    """A modal screen takes none of the app's keys: in the summary the footer said
    only "esc Close", and q did nothing (a new user's trial)."""
    app = reader(None, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("s")
        await pilot.pause()
        line = app.screen.query_one(KeysFooter).render().plain
        assert "q Quit" in line and "? Keys" in line
        await pilot.press("question_mark")
        await pilot.pause()
        assert "Close" in panel_text(app)
        await pilot.press("q")
        await pilot.pause()
    assert app.return_code == 0


def _words_on(app: App[None]) -> str:
    """The texts of the screen on top (its Statics, its legends)."""
    from briefing.screens.fields import Fields

    texts = [str(s.render()) for s in app.screen.query(Static)]
    texts += [f.render().plain for f in app.screen.query(Fields)]
    return " ".join(" ".join(texts).split())


async def test_the_hints_in_words_say_the_keys_as_the_keymap_has_them(
    tmp_path: Path, _own_config: Path
) -> None:
    """The keymap moved the note to n and the pin to m: the pins' header still
    said "w: its note", and the summary's legend "* pins and unpins", where w
    and * did nothing (an analyst's trial)."""
    _own_config.mkdir()
    (_own_config / "config.toml").write_text(
        '[keys]\n"pins.note" = "n"\n"briefing.pin" = "m"\n"list.select" = "x"\n'
        '"briefing.details" = "D"\n"briefing.pins" = "ctrl+o"\n"briefing.clear_filter" = "z"\n'
    )
    app = reader(None, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+o")
        await settle(pilot)
        said = _words_on(app)
        assert "x: go to the record · n: its note" in said
        assert "m pins the record under the cursor, w writes a note on it" in said
        await pilot.press("escape", "s")
        await settle(pilot)
        said = _words_on(app)
        assert "pinned (m pins and unpins; ^o lists the pins)" in said
        assert "cut here for room: x, or D, shows it whole" in said
        await pilot.press("escape", "slash", *"zzzqqq")
        await settle(pilot)
        listed = " ".join(drawn(app.screen.query_one("#actors-list", ScrollView)).split())
        # Esc still clears in the box: the keymap moved the list's key only
        assert "Nothing matches what you typed. z (Esc in the box) clears it; f finds" in listed


async def test_the_back_and_cancel_hints_say_the_keys_as_the_keymap_has_them(
    tmp_path: Path, _own_config: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With Esc moved, the export choice still said "Esc cancels", Find "Esc:
    back" and the `/` box "Esc clears", where Esc did nothing (a code review)."""
    monkeypatch.chdir(tmp_path)
    _own_config.mkdir()
    (_own_config / "config.toml").write_text(
        '[keys]\n"export.cancel" = "f3"\n"search.back" = "f4"\n"filter.clear" = "f5"\n'
        '"options.select" = "f6"\n"search.results" = "f7"\n'
    )
    app = reader(None, tmp_path / "index")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("e")
        await settle(pilot)
        assert "; f3 cancels" in _words_on(app) and "Esc" not in _words_on(app)
        await pilot.press("f3", "f", *"putin")
        for _ in range(100):  # the results come from a worker
            if "back" in _words_on(app):
                break
            await pilot.pause(0.05)
        said = _words_on(app)
        assert "f7 or Enter: to the results · f6: open · f4: back" in said, said
        await pilot.press("f4", "slash")
        await settle(pilot)
        box = app.screen.query_one("#actors .pane-filter")
        assert getattr(box, "placeholder", "") == "filter as you type; f5 clears"


async def test_a_key_the_footer_dims_is_listed_as_not_here(tmp_path: Path) -> None:
    """Over a quote whose source has no address the footer dims `o` Open, which
    reads as any other key in a screen reader's text, and `?` left it out (a
    trial on limited terminals): `?` lists it under "Not here"."""
    from test_reader_navigation import open_quote

    app = reader(None, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        viewer = await open_quote(app, pilot, "putin-no-escalation")
        assert viewer.check_action("open_source", ()) is None  # dimmed
        await pilot.press("question_mark")
        await pilot.pause()
        text = panel_text(app)
        assert "Not here (dimmed in the footer)" in text, text
        not_here = text.split("Not here (dimmed in the footer)")[1]
        assert "Open" in not_here and "Copy" not in not_here


@pytest.mark.parametrize("width", [40, 30, 24])
async def test_a_narrow_footer_keeps_the_keys_key_whole_or_says_it_is_cut(
    tmp_path: Path, width: int
) -> None:
    """At 40 columns the footer ended `? Ke▏^p palette`: the key that lists all
    the others, cut with no mark (a trial of terminals). The palette's key gives
    way first; narrower still, the cut is marked."""
    app = reader(None, tmp_path)
    async with app.run_test(size=(width, 12)) as pilot:
        await settle(pilot)
        await pilot.press("tab", "tab")
        await pilot.pause()
        line = app.screen.query_one(KeysFooter).render().plain
    assert len(line) == width
    if width >= 30:
        assert line.rstrip().endswith("q Quit ? Keys")
        assert "^p" not in line
    else:
        assert line.endswith("▸"), line
