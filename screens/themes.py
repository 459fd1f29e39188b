"""Which themes this terminal draws legibly, and the theme drawn in place of one it cannot.

A theme gives colours of 24 bits; a terminal of 16 colours (TERM=screen,
TERM=xterm) is sent the nearest of its 16, and there solarized-light drew the
selected row's text in its own background colour (white on white), as did
gruvbox and solarized-dark (an analyst's trial). With NO_COLOR set, Textual
draws the theme in greys, where solarized-light's header was grey 241 on grey
243; and an ANSI theme (ansi-dark, ansi-light) black on black: Textual picks
its NO_COLOR filter at start, for the default theme, which an ANSI theme's
"default" colours do not pass through.

`legible` tells, from the theme's colours, whether the text the reader draws
on each of its backgrounds (the header, the rows, the selected row, the
footer), dimmed text included, keeps a colour of its own once the terminal has
drawn it. A saved theme that does not is not applied: an ANSI theme of its
brightness is (the terminal's own colours, which its user chose legible), or
under NO_COLOR Textual's default theme; the saved setting stays as it is, and
applies again in a terminal that can draw it.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any
from weakref import WeakKeyDictionary

from rich.color import Color as RichColor
from rich.color import ColorSystem, ColorType
from textual.app import App
from textual.binding import Binding
from textual.color import Color, ColorParseError
from textual.constants import DIM_FACTOR
from textual.theme import Theme

from briefing.screens.bound_keys import key_shown

#: Text whose contrast with its background (WCAG's ratio, 1 to 21) is below
#: this is hard to read: the theme's own text, the title in the header, a
#: record's name. Text drawn in its background's colour is 1. Not WCAG's 4.5
#: (or its 3 for large text): the built-in themes' own text is below that once
#: a terminal of 256 colours draws it (solarized-dark's, on its own background,
#: 2.2), and a floor above the themes' own would refuse the themes rather than
#: mend the reader's colours. 1.25, the floor before, let header text of 1.3 to
#: 1.9 pass, which a power user's trial found nearly unreadable: 2.0 does not.
LEAST_CONTRAST = 2.0
#: The same for text drawn dimmed ("as of", counts) and for coloured marks
#: (headings, "+2 new", the footer's keys): meant to stand back, and said in
#: words or signs as well as colour; the trial's dimmed header text, 1.32 to
#: 1.53, and orange headings of 1.38 are below it.
LEAST_MARK_CONTRAST = 1.6

#: The coloured text the reader draws in the header and the rows: Textual's
#: colours for text on the theme's background.
MARKS = ("text-accent", "text-success", "text-warning", "text-error", "text-primary")

#: The background of each place a user reads, and the texts drawn on it (theme
#: variables, as the reader's stylesheets use them), each with whether it is
#: also drawn dimmed there ("as of" in the header, counts in a row). A
#: background given as two is the second laid over the first (a translucent one).
PLACES: tuple[tuple[str, tuple[str, ...], tuple[tuple[str, bool], ...]], ...] = (
    ("the header", ("panel",), (("foreground", True), *((mark, False) for mark in MARKS))),
    ("the rows", ("surface",), (("foreground", True), *((mark, False) for mark in MARKS))),
    ("the selected row", ("block-cursor-background",), (("block-cursor-foreground", True),)),
    (
        "the selected row of a list without the focus",
        ("surface", "block-cursor-blurred-background"),
        (("foreground", True),),
    ),
    (
        "the footer",
        ("footer-background",),
        (("footer-key-foreground", False), ("footer-description-foreground", False)),
    ),
)
#: The texts of PLACES that are the ordinary text of their place, held to
#: LEAST_CONTRAST; the others are marks (LEAST_MARK_CONTRAST).
ORDINARY = frozenset({"foreground", "block-cursor-foreground", "footer-description-foreground"})

#: The theme Textual starts in: legible in greys, and under NO_COLOR the one
#: drawn in place of a saved theme that is not.
DEFAULT_THEME = "textual-dark"


@dataclass(frozen=True)
class Colours:
    """What the terminal draws with: Rich's colour system, and NO_COLOR."""

    #: "standard" (16 colours), "windows" (16), "256", "truecolor"; None: no colour
    system: str | None
    no_color: bool = False

    @property
    def few(self) -> bool:
        """16 colours or fewer."""
        return self.system in ("standard", "windows", None)

    def __str__(self) -> str:
        if self.no_color:
            return "the greys of NO_COLOR"
        if self.system == "256":
            return "this terminal's 256 colours"
        if self.system == "truecolor":
            return "this terminal's colours"
        return "this terminal's 16 colours"


def colours_of(app: App[Any]) -> Colours:
    """What `app`'s terminal draws with, as Textual found it."""
    return Colours(app.console.color_system, app.no_color)


def legible(theme: Theme, colours: Colours) -> bool:
    """Whether every text of the reader keeps a colour of its own in `theme`, drawn
    with `colours`."""
    if theme.ansi:  # the terminal's own colours; under NO_COLOR, black on black
        return not colours.no_color
    return next(unreadable(theme, colours), None) is None


def unreadable(theme: Theme, colours: Colours) -> Iterator[str]:
    """The places whose text `colours` draw illegibly in `theme` (for messages, tests)."""
    variables = theme.to_color_system().generate()
    for place, backgrounds, texts in PLACES:
        background = Color.parse("black")
        for name in backgrounds:
            background = background + Color.parse(variables[name])
        for name, dimmed in texts:
            text = _text_colour(variables[name], background)
            least = LEAST_CONTRAST if name in ORDINARY else LEAST_MARK_CONTRAST
            drawn = [(text, least)]
            if dimmed:
                drawn.append((background.blend(text, DIM_FACTOR), LEAST_MARK_CONTRAST))
            if any(_too_close(colour, background, colours, floor) for colour, floor in drawn):
                yield place
                break


def _text_colour(value: str, background: Color) -> Color:
    """A text colour on `background`: "auto 87%" is Textual's black or white for it."""
    if value.startswith("auto"):
        alpha = float(value.removeprefix("auto").strip().rstrip("%") or 100) / 100
        return background + background.get_contrast_text(alpha)
    return background + Color.parse(value)


def _too_close(text: Color, background: Color, colours: Colours, least: float) -> bool:
    drawn_text, drawn_background = _drawn(text, colours), _drawn(background, colours)
    if drawn_text == drawn_background:
        return True
    if colours.few:  # their shades are the terminal's: only the same colour is sure to fail,
        # and white on bright white, almost one shade in every palette (xterm's
        # #e5e5e5 on #fff: a trial found catppuccin-latte's dimmed text unreadable)
        return {drawn_text, drawn_background} in _ALIKE_IN_EVERY_PALETTE
    return contrast(drawn_text, drawn_background) < least


#: Two of the 16 colours (as `_drawn` gives them) that every palette draws alike.
_ALIKE_IN_EVERY_PALETTE = ({(-1, -1, 7), (-1, -1, 15)},)


#: xterm's 16 colours, by number: how the selected row's text is told from its
#: background in 16 colours, where the terminal's palette is its own.
_XTERM_16 = (
    (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0),
    (0, 0, 238), (205, 0, 205), (0, 205, 205), (229, 229, 229),
    (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0),
    (92, 92, 255), (255, 0, 255), (0, 255, 255), (255, 255, 255),
)  # fmt: skip

#: The text the selected row may be drawn in instead: black, bright white.
_CURSOR_TEXTS = ((0, "ansi_black"), (15, "ansi_bright_white"))


def selected_row_legible(
    theme: Theme, variables: dict[str, str], colours: Colours
) -> dict[str, str]:
    """`theme`'s `variables` (as Textual gives them to the stylesheets) with the
    focused selected row's text black or bright white in 16 colours, where the
    theme's text and background are sent as two colours too close in xterm's
    palette: textual-dark's (and tokyo-night's, dracula's) white on blue was sent
    as white on cyan, a contrast of 1.6 to 2.0 on the row that says where the
    reader is (a trial of terminals). In more colours, under NO_COLOR and in an
    ANSI theme (the terminal's own colours), the theme's own."""
    if not colours.few or colours.no_color or theme.ansi:
        return variables
    try:
        background = Color.parse("black") + Color.parse(variables["block-cursor-background"])
        text = _text_colour(variables["block-cursor-foreground"], background)
    except (KeyError, ColorParseError):  # a theme's variable Textual would not parse either
        return variables
    drawn_background = _in_xterm(_drawn(background, colours))
    if contrast(_in_xterm(_drawn(text, colours)), drawn_background) >= LEAST_CONTRAST:
        return variables
    _, name = max(_CURSOR_TEXTS, key=lambda each: contrast(_XTERM_16[each[0]], drawn_background))
    return {**variables, "block-cursor-foreground": name}


def _in_xterm(drawn: tuple[int, int, int]) -> tuple[int, int, int]:
    """A colour as `_drawn` gives it, in xterm's palette when it is one of the 16."""
    red, green, number = drawn
    return _XTERM_16[number] if red == green == -1 else drawn


_SYSTEMS = {"256": ColorSystem.EIGHT_BIT, "truecolor": ColorSystem.TRUECOLOR}


def _drawn(colour: Color, colours: Colours) -> tuple[int, int, int]:
    """What the terminal is sent for `colour`: its 16- or 256-colour number's colour."""
    if colours.no_color:
        colour = colour.monochrome
    rich = RichColor.from_rgb(*colour.rgb)
    system = _SYSTEMS.get(colours.system or "", ColorSystem.STANDARD)
    sent = rich.downgrade(system)
    if sent.type is ColorType.STANDARD:
        return (-1, -1, sent.number or 0)  # the terminal's own: equal or not, no more
    triplet = sent.get_truecolor()
    return (triplet.red, triplet.green, triplet.blue)


def contrast(one: tuple[int, int, int], other: tuple[int, int, int]) -> float:
    """WCAG's contrast ratio of two colours, from 1 (the same) to 21 (black and white)."""
    lighter, darker = sorted((_luminance(one), _luminance(other)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def _luminance(rgb: tuple[int, int, int]) -> float:
    def channel(value: int) -> float:
        v = value / 255
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

    red, green, blue = rgb
    return 0.2126 * channel(red) + 0.7152 * channel(green) + 0.0722 * channel(blue)


def legible_themes(app: App[Any]) -> list[str]:
    """The names of `app`'s themes that its terminal draws legibly: worked out once
    for the themes and the terminal it has (for every theme, 22-28 ms, which the
    palette's theme list spent at each key typed: a review)."""
    colours = colours_of(app)
    themes = app.available_themes
    asked = (colours, tuple(themes))
    known = _LEGIBLE.get(app)
    if known is None or known[0] != asked:
        found = [name for name, theme in themes.items() if legible(theme, colours)]
        known = _LEGIBLE[app] = (asked, found)
    return list(known[1])


#: Per app, the themes and terminal last asked about, and its legible themes.
_LEGIBLE: WeakKeyDictionary[App[Any], tuple[tuple[Colours, tuple[str, ...]], list[str]]] = (
    WeakKeyDictionary()
)


def stand_in(theme: Theme, colours: Colours) -> str:
    """The theme drawn in place of `theme`, which `colours` cannot draw legibly."""
    if colours.no_color:
        return DEFAULT_THEME
    return "ansi-dark" if theme.dark else "ansi-light"


def theme_here(app: App[Any], name: str) -> tuple[str, str | None]:
    """The theme to draw for the saved theme `name`: itself, or (when this
    terminal cannot draw it legibly) a stand-in, with the notice that says so."""
    theme = app.get_theme(name)
    colours = colours_of(app)
    if theme is None or legible(theme, colours):
        return name, None
    instead = stand_in(theme, colours)
    places = ", ".join(unreadable(theme, colours)) if not theme.ansi else "all of it"
    try:
        palette = key_shown(app, type(app).BINDINGS, "app.palette")
    except KeyError:  # an app without the reader's keys: Textual's own
        palette = app.get_key_display(Binding(app.COMMAND_PALETTE_BINDING, ""))
    notice = (
        f'Your theme "{name}" is not legible with {colours} ({places}): drawn in '
        f'"{instead}" instead. Your settings keep "{name}", for a terminal that can '
        f"draw it; {palette}, Theme lists the themes legible here."
    )
    return instead, notice
