"""A theme the terminal cannot draw legibly is not drawn; the saved setting stays.

An analyst's trial: solarized-light chosen and saved, then the reader run
under TERM=screen (16 colours): the selected row's text was drawn in its own
background colour (ESC[37m on ESC[47m, white on white). With NO_COLOR set, the
header was grey 241 on grey 243.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from reader_helpers import reader, settle
from rich.color import Color, ColorSystem, ColorType
from textual.app import App
from textual.command import CommandList
from textual.message import Message
from textual.notifications import Notify

from briefing.screens.textual_private import rendered_strips

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


def _luminance(rgb: tuple[int, int, int]) -> float:
    def channel(value: int) -> float:
        v = value / 255
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(rgb[0]) + 0.7152 * channel(rgb[1]) + 0.0722 * channel(rgb[2])


def unreadable(app: App[None]) -> list[str]:
    """Each run of text on screen the terminal is sent in its background's colour
    (16 colours: the same colour number; more: a contrast under 1.25), with its
    line: what a user sees as blank."""
    system = SYSTEMS[app.console.color_system or "standard"]
    found = []
    strips = rendered_strips(app.screen)  # what is sent, filters applied
    for y, strip in enumerate(strips):
        for text, style, _ in strip:
            if style is None or not text.strip() or style.color is None or not style.bgcolor:
                continue
            if all("\u2500" <= c <= "\u259f" or c.isspace() for c in text):
                continue  # borders and scroll bars, not text
            fg, bg = style.color.downgrade(system), style.bgcolor.downgrade(system)
            if style.reverse:
                fg, bg = bg, fg
            if ColorType.DEFAULT in (fg.type, bg.type):
                continue  # the terminal's own colours
            if fg.type is ColorType.STANDARD:
                same = fg.number == bg.number
            else:
                light, dark = sorted((_luminance(_rgb(fg)), _luminance(_rgb(bg))), reverse=True)
                same = (light + 0.05) / (dark + 0.05) < 1.25
            if same:
                found.append(f"line {y}: {text.strip()!r}")
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
    ("term", "no_color"), [("screen", False), ("xterm-256color", False), ("screen", True)]
)
async def test_every_theme_saved_is_drawn_legibly(
    tmp_path: Path, terminal: pytest.MonkeyPatch, term: str, no_color: bool
) -> None:
    """Whatever theme the settings name, the briefing is drawn legibly: in it, or
    in the theme drawn in its place."""
    from textual.theme import BUILTIN_THEMES

    terminal.setenv("TERM", term)
    if no_color:
        terminal.setenv("NO_COLOR", "1")
    failed = {}
    for theme in sorted(BUILTIN_THEMES):
        saved_theme(tmp_path, theme)
        app = reader(None, tmp_path)
        async with app.run_test(size=SIZE) as pilot:
            await settle(pilot)
            await pilot.press("tab")  # a focused selected row beside an unfocused one
            await pilot.pause()
            if found := unreadable(app):
                failed[f"{theme} (drawn in {app.theme})"] = found[:3]
    assert failed == {}
