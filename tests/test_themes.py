"""A theme the terminal cannot draw legibly is not drawn; the saved setting stays.

An analyst's trial: solarized-light chosen and saved, then the reader run
under TERM=screen (16 colours): the selected row's text was drawn in its own
background colour (ESC[37m on ESC[47m, white on white). With NO_COLOR set, the
header was grey 241 on grey 243.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from reader_helpers import reader, settle, write_library
from rich.color import Color, ColorSystem, ColorType
from rich.style import Style
from textual.app import App
from textual.command import CommandList
from textual.message import Message
from textual.notifications import Notify

from briefing.screens.record_list import RecordList
from briefing.screens.textual_private import rendered_strips
from briefing.screens.themes import LEAST_CONTRAST, LEAST_MARK_CONTRAST, contrast

SIZE = (100, 30)  # the trial's terminal
SYSTEMS = {
    "standard": ColorSystem.STANDARD,
    "256": ColorSystem.EIGHT_BIT,
    "truecolor": ColorSystem.TRUECOLOR,
}


@pytest.fixture
def terminal(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    """A terminal that draws colour (conftest sets NO_COLOR for every test)."""
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.delenv("COLORTERM", raising=False)
    return monkeypatch


def saved_theme(tmp_path: Path, theme: str) -> Path:
    path = tmp_path / "config" / "config.toml"  # BRIEFING_CONFIG_DIR (conftest)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f'# mine\ntheme = "{theme}"   # the light one\n', encoding="utf-8")
    return path


def _rgb(colour: Color) -> tuple[int, int, int]:
    triplet = colour.get_truecolor()
    return (triplet.red, triplet.green, triplet.blue)


def _sent(style: Style, system: ColorSystem) -> tuple[Color, Color] | None:
    """The text and background colours the terminal is sent for `style`; None for
    the terminal's own colours."""
    if style.color is None or not style.bgcolor:
        return None
    fg, bg = style.color.downgrade(system), style.bgcolor.downgrade(system)
    if style.reverse:
        fg, bg = bg, fg
    if ColorType.DEFAULT in (fg.type, bg.type):
        return None
    return fg, bg


def _apart(fg: Color, bg: Color, least: float) -> bool:
    """Whether text in `fg` on `bg` can be read: at 16 colours another colour
    number (their shades are the terminal's), else a contrast of `least`."""
    if fg.type is ColorType.STANDARD or bg.type is ColorType.STANDARD:
        return fg.number != bg.number
    return contrast(_rgb(fg), _rgb(bg)) >= least


def unreadable(app: App[None]) -> list[str]:
    """Each run of text on screen the terminal is sent too close to its background
    (16 colours: the same colour number; more: a contrast under LEAST_MARK_CONTRAST,
    the floor of dimmed text and coloured marks), with its line: what a user sees
    as blank. The header's ordinary text is held to LEAST_CONTRAST."""
    system = SYSTEMS[app.console.color_system or "standard"]
    found = []
    strips = rendered_strips(app.screen)  # what is sent, filters applied
    for y, strip in enumerate(strips):
        for text, style, _ in strip:
            if style is None or not text.strip():
                continue
            if all("\u2500" <= c <= "\u259f" or c.isspace() for c in text) and text.strip() != "▌":
                continue  # borders and scroll bars, not text
            sent = _sent(style, system)
            if sent is None:
                continue  # the terminal's own colours
            least = LEAST_MARK_CONTRAST
            if y == 0 and style.bold and not style.dim:  # the header's title
                least = LEAST_CONTRAST
            if not _apart(*sent, least):
                found.append(f"line {y}: {text.strip()!r}")
    return found


def unmarked_chosen_rows(app: App[None]) -> list[str]:
    """Each list on screen whose chosen row cannot be told from the rows around it:
    the mark (▌) missing from the cell left of each of its lines, drawn on a
    row not chosen, or too close to its background to be seen."""
    system = SYSTEMS[app.console.color_system or "standard"]
    strips = rendered_strips(app.screen)
    found = []
    for listing in app.screen.query(RecordList):
        if not listing.region or listing.cursor is None:
            continue
        x = listing.region.x + listing.styles.gutter.left - 1
        top = listing.region.y + listing.styles.gutter.top
        start = top + listing._layout.starts[listing.cursor] - int(listing.scroll_offset.y)
        chosen = range(start, start + listing._layout.height(listing.cursor))
        for y in range(top, top + listing.size.height):
            cells = [(t, s) for t, s, _ in strips[y].crop(x, x + 1)]
            text = "".join(t for t, _ in cells)
            sent = _sent(cells[0][1], system) if y in chosen and cells else None
            if (text == "▌") != (y in chosen):
                found.append(f"{listing.id} line {y}: {text!r}")
            elif sent is not None and not _apart(*sent, LEAST_MARK_CONTRAST):
                found.append(f"{listing.id} line {y}: the mark unseen")
    return found


def said(messages: list[Message]) -> str:
    return " ".join(m.notification.message for m in messages if isinstance(m, Notify))


async def test_a_theme_16_colours_cannot_draw_gives_way_and_stays_saved(
    tmp_path: Path, terminal: pytest.MonkeyPatch
) -> None:
    terminal.setenv("TERM", "screen")
    path = saved_theme(tmp_path, "solarized-light")
    before = path.read_bytes()
    app = reader(None, tmp_path)
    messages: list[Message] = []
    async with app.run_test(size=SIZE, message_hook=messages.append) as pilot:
        await settle(pilot)
        assert app.console.color_system == "standard"
        assert unreadable(app) == []
        await pilot.press("tab")  # the chronology's selected row, focused
        await pilot.pause()
        assert unreadable(app) == []
        notice = said(messages)
        assert 'Your theme "solarized-light" is not legible' in notice, notice
        assert "16 colours" in notice and app.theme in notice
    assert path.read_bytes() == before  # the setting is the user's: never rewritten


async def test_the_theme_notice_names_the_palette_key_the_keymap_gives(
    tmp_path: Path, terminal: pytest.MonkeyPatch
) -> None:
    """It said "^p, Theme" where the keymap had moved the palette to F2, and
    Ctrl+P did nothing: the theme was applied before the keymap (a review)."""
    terminal.setenv("TERM", "screen")
    path = saved_theme(tmp_path, "solarized-light")
    path.write_text(path.read_text(encoding="utf-8") + '\n[keys]\n"app.palette" = "f2"\n')
    app = reader(None, tmp_path)
    messages: list[Message] = []
    async with app.run_test(size=SIZE, message_hook=messages.append) as pilot:
        await settle(pilot)
        notice = said(messages)
        assert "f2, Theme lists the themes legible here" in notice, notice


async def test_the_saved_theme_applies_where_it_can_be_drawn(
    tmp_path: Path, terminal: pytest.MonkeyPatch
) -> None:
    terminal.setenv("TERM", "xterm-256color")
    terminal.setenv("COLORTERM", "truecolor")
    saved_theme(tmp_path, "solarized-light")
    app = reader(None, tmp_path)
    messages: list[Message] = []
    async with app.run_test(size=SIZE, message_hook=messages.append) as pilot:
        await settle(pilot)
        assert app.theme == "solarized-light"
        assert "not legible" not in said(messages)


@pytest.mark.parametrize("theme", ["solarized-light", "ansi-dark"])
async def test_with_no_color_the_header_and_rows_stay_legible(
    tmp_path: Path, terminal: pytest.MonkeyPatch, theme: str
) -> None:
    """solarized-light's header was grey 241 on grey 243; an ANSI theme, drawn
    through Textual's greys, was black on black."""
    terminal.setenv("NO_COLOR", "1")
    terminal.setenv("TERM", "xterm-256color")
    path = saved_theme(tmp_path, theme)
    before = path.read_bytes()
    app = reader(None, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert app.console.color_system == "256" and app.no_color
        assert unreadable(app) == []
    assert path.read_bytes() == before


def coloured(app: App[None]) -> list[str]:
    """Each run of text on screen sent in a colour that is not a grey."""
    found = []
    for y, strip in enumerate(rendered_strips(app.screen)):
        for text, style, _ in strip:
            for colour in (style.color, style.bgcolor) if style else ():
                if colour is None or colour.type is ColorType.DEFAULT:
                    continue
                red, green, blue = _rgb(colour)
                if not red == green == blue:
                    found.append(f"line {y}: {text.strip()!r} in {colour.name}")
    return found


async def test_with_no_color_nothing_is_sent_in_colour(
    tmp_path: Path, terminal: pytest.MonkeyPatch
) -> None:
    """The chosen row's ▌, added after Textual's NO_COLOR filter had run, kept
    its light orange (38;5;222) where README says everything is in greys (a
    trial on limited terminals)."""
    terminal.setenv("NO_COLOR", "1")
    terminal.setenv("TERM", "xterm-256color")
    app = reader(None, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert "▌" in "".join(t for strip in rendered_strips(app.screen) for t, _, _ in strip)
        assert coloured(app) == []
        await pilot.press("tab")
        await pilot.pause()
        assert coloured(app) == []


async def test_the_theme_list_offers_only_themes_legible_here(
    tmp_path: Path, terminal: pytest.MonkeyPatch
) -> None:
    terminal.setenv("TERM", "screen")
    saved_theme(tmp_path, "solarized-light")
    app = reader(None, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        app.search_themes()
        await pilot.pause(0.3)
        rows = app.screen.query_one(CommandList)
        shown = [str(rows.get_option_at_index(n).prompt) for n in range(rows.option_count)]
        names = [line.split("\n")[0] for line in shown]
        assert "nord" in names and "textual-dark" in names
        assert not {"solarized-light", "solarized-dark", "gruvbox"} & set(names), names
        in_use = [line for line in shown if "in use" in line]
        assert in_use == [
            f'{app.theme}\nthe theme in use, in place of your "solarized-light", not legible here'
        ], in_use
        await pilot.press("escape")


@pytest.mark.parametrize(
    ("term", "colours"),
    [("screen", ""), ("xterm-256color", ""), ("xterm-256color", "truecolor"), ("screen", "none")],
)
async def test_every_theme_saved_is_drawn_legibly(
    tmp_path: Path, terminal: pytest.MonkeyPatch, term: str, colours: str
) -> None:
    """Whatever theme the settings name, the briefing is drawn legibly: in it, or
    in the theme drawn in its place; its header's text on its background, and
    each list's chosen row told from the rows around it, focused or not (at 256
    colours nord's was one step from the others, solarized-dark's the same: a
    power user's trial)."""
    from textual.theme import BUILTIN_THEMES

    terminal.setenv("TERM", term)
    if colours == "truecolor":
        terminal.setenv("COLORTERM", "truecolor")
    if colours == "none":
        terminal.setenv("NO_COLOR", "1")
    failed = {}
    for theme in sorted(BUILTIN_THEMES):
        saved_theme(tmp_path, theme)
        app = reader(None, tmp_path)
        async with app.run_test(size=SIZE) as pilot:
            await settle(pilot)
            await pilot.press("tab", "j", "j")  # a focused chosen row beside unfocused ones
            await pilot.pause()
            if found := unreadable(app) + unmarked_chosen_rows(app):
                failed[f"{theme} (drawn in {app.theme})"] = found[:3]
    assert failed == {}


async def test_the_notice_of_a_stand_in_theme_is_in_the_terminals_own_colours(
    tmp_path: Path, terminal: pytest.MonkeyPatch
) -> None:
    """ansi-light in place of solarized-light drew its notice as the default text
    on ANSI white: light on light grey in a terminal of dark colours (a power
    user's trial). The default text goes on the default background, whatever
    the terminal's colours are."""
    terminal.setenv("TERM", "screen")
    saved_theme(tmp_path, "solarized-light")
    app = reader(None, tmp_path)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(pilot)
        assert app.theme == "ansi-light"
        [toast] = [t for t in app.screen.query("Toast") if "not legible" in str(t.render())]
        region = toast.region
        strips = rendered_strips(app.screen)
        default_text_on = set()
        for y in range(region.y, region.bottom):
            for text, style, _ in strips[y].crop(region.x + 1, region.right):  # past its edge
                default_text = (
                    style is not None
                    and style.color is not None
                    and (style.color.type is ColorType.DEFAULT)
                )
                if default_text and text.strip():
                    default_text_on.add(style.bgcolor.type if style.bgcolor else None)
        assert default_text_on == {ColorType.DEFAULT}, default_text_on


async def test_the_pane_that_has_the_keys_shows_without_colour(
    tmp_path: Path, terminal: pytest.MonkeyPatch
) -> None:
    """Its border's colour alone told it, two greys apart under NO_COLOR, and
    not at all in the text a screen reader reads (a trial on limited
    terminals): it is drawn in heavy lines, the others in light ones."""
    terminal.setenv("NO_COLOR", "1")
    app = reader(None, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        for pane in ("actors", "chronology", "quotes"):
            screen = app.screen
            lines = ["".join(t for t, _, _ in strip) for strip in rendered_strips(screen)]
            corners = {
                other.id: lines[other.region.y][other.region.x] for other in screen.query(".pane")
            }
            assert corners == {
                name: "┏" if name == pane else "╭" for name in ("actors", "chronology", "quotes")
            }, corners
            await pilot.press("tab")
            await pilot.pause()


@pytest.mark.parametrize("theme", ["textual-dark", "nord", "solarized-light"])
async def test_a_broken_briefing_chosen_in_the_library_stays_legible(
    tmp_path: Path, terminal: pytest.MonkeyPatch, theme: str
) -> None:
    """Its row's error colour on the cursor's: pink on blue, a contrast of 1.4
    (a trial on limited terminals). The focused cursor's row is in its colour."""
    terminal.setenv("TERM", "xterm-256color")
    terminal.setenv("COLORTERM", "truecolor")
    saved_theme(tmp_path, theme)
    app = reader(write_library(tmp_path / "lib"), tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("j")
        await pilot.pause()
        shown = "".join(t for strip in rendered_strips(app.screen) for t, _, _ in strip)
        assert "✗ broken" in shown
        assert unreadable(app) == []


@pytest.mark.parametrize("name", ["catppuccin-latte", "rose-pine-dawn"])
def test_white_on_bright_white_is_not_legible_in_16_colours(name: str) -> None:
    """Their dimmed text (who said a quote, counts, "as of") was sent as white
    on bright white: xterm's #e5e5e5 on #fff, a trial found it unreadable,
    and both were offered as legible."""
    from textual.theme import BUILTIN_THEMES

    from briefing.screens.themes import Colours, legible

    assert not legible(BUILTIN_THEMES[name], Colours("standard"))
    assert legible(BUILTIN_THEMES[name], Colours("truecolor"))
    assert legible(BUILTIN_THEMES["textual-light"], Colours("standard"))


async def test_the_footer_keys_in_16_colours_are_the_words_colour_bold_and_underlined(
    tmp_path: Path, terminal: pytest.MonkeyPatch
) -> None:
    """textual-dark's footer keys were bright red on the grey bar in 16 colours:
    one shade in xterm's palette (contrast 1.0), none to a red-weak eye (a trial
    of terminals). The keys take the words' colour, told from them by bold and
    underline; in more colours they keep the theme's."""
    from briefing.screens.footer import KeysFooter

    terminal.setenv("TERM", "screen")
    app = reader(None, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert app.console.color_system == "standard"
        footer = app.screen.query_one(KeysFooter)
        key = footer.get_visual_style("keys-footer--key")
        words = footer.get_visual_style("keys-footer--description")
        assert key.foreground == words.foreground
        assert key.bold and key.underline
    terminal.setenv("TERM", "xterm-256color")
    app = reader(None, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        footer = app.screen.query_one(KeysFooter)
        key = footer.get_visual_style("keys-footer--key")
        words = footer.get_visual_style("keys-footer--description")
        assert key.foreground != words.foreground and not key.underline


#: xterm's 16 colours, by number: the palette a trial of terminals measured with.
XTERM = (
    (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0),
    (0, 0, 238), (205, 0, 205), (0, 205, 205), (229, 229, 229),
    (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0),
    (92, 92, 255), (255, 0, 255), (0, 255, 255), (255, 255, 255),
)  # fmt: skip


async def test_the_selected_row_in_16_colours_is_legible_in_xterms_palette(
    tmp_path: Path, terminal: pytest.MonkeyPatch
) -> None:
    """textual-dark's focused selected row (white on blue) was sent as white on
    cyan in 16 colours: a contrast of 1.6 to 2.0 in xterm's palette, on the row
    that says where the reader is (a trial of terminals). In every theme offered
    in 16 colours, its text and background stand apart there."""
    from briefing.screens.themes import legible_themes

    terminal.setenv("TERM", "screen")
    app = reader(None, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        listing = app.screen.focused
        assert isinstance(listing, RecordList) and listing.cursor is not None
        themes = legible_themes(app)
        assert "textual-dark" in themes
        too_close = []
        for name in themes:
            app.theme = name
            await settle(pilot)
            style = listing.get_component_rich_style("record-list--cursor")
            sent = _sent(style, ColorSystem.STANDARD)
            if sent is None:
                continue  # an ANSI theme: the terminal's own colours
            fg, bg = (XTERM[colour.number or 0] for colour in sent)
            if contrast(fg, bg) < LEAST_CONTRAST:
                too_close.append(f"{name}: {contrast(fg, bg):.2f}")
        assert too_close == []


@pytest.mark.parametrize("theme", ["tokyo-night", "catppuccin-mocha", "nord"])
async def test_the_problems_panels_mark_in_16_colours_stands_apart_on_the_chosen_row(
    tmp_path: Path, terminal: pytest.MonkeyPatch, theme: str
) -> None:
    """Its ⚠, in the warning's colour, was sent as the chosen row's background
    in 16 colours (tokyo-night, catppuccin-mocha): unseen there (a review). It
    takes the row's colour, as the panes' ⚠ does."""
    from conftest import briefing_files, write_folder

    from briefing.screens.problems import ProblemsScreen

    base = briefing_files()["briefing.yaml"]
    assert isinstance(base, str)
    warned = briefing_files(**{"briefing.yaml": base.replace("title: T", 'title: ""', 1)})
    terminal.setenv("TERM", "screen")
    saved_theme(tmp_path, theme)
    app = reader(write_folder(tmp_path / "b", warned), tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert app.theme == theme
        await pilot.press("exclamation_mark")
        await settle(pilot)
        assert isinstance(app.screen, ProblemsScreen)
        shown = "".join(t for strip in rendered_strips(app.screen) for t, _, _ in strip)
        assert "⚠" in shown
        assert unreadable(app) == []
