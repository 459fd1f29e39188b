"""The settings file applied to the reader: its theme and keymap, and the theme saved.

Reading and checking the file is briefing.files.config's; this module says
what the reader accepts (its binding ids, Textual's themes, Textual's keys),
applies what is valid, and shows the rest as one located notice each.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Collection, Iterator
from functools import partial
from typing import Any, TextIO
from weakref import WeakKeyDictionary, WeakSet

from textual.app import App
from textual.command import DiscoveryHit, Hit, Hits
from textual.theme import BUILTIN_THEMES, ThemeProvider

from briefing.files.config import (
    Settings,
    Valid,
    config_file,
    listed,
    read_settings,
)
from briefing.files.theme_saving import NotSaved, save_theme
from briefing.records.text import visible_line
from briefing.screens.bound_keys import remember_keymap
from briefing.screens.key_names import key_problem
from briefing.screens.key_sending import unsent_problem
from briefing.screens.keys import binding_ids, keys_taken
from briefing.screens.palette import ReaderPalette
from briefing.screens.themes import legible_themes, theme_here
from briefing.screens.typed_keys import typed_problem

#: apps told once already that the theme could not be saved
_TOLD: WeakSet[App[Any]] = WeakSet()


def valid_settings(app: App[Any] | None = None) -> Valid:
    """What a settings file may name: the reader's binding ids, its themes, keys."""
    themes = app.available_themes if app is not None else BUILTIN_THEMES
    return Valid(
        _BindingIds(), frozenset(themes), key_problem, keys_taken, typed_problem, unsent_problem
    )


class _BindingIds(Collection[str]):
    """The reader's binding ids, found when a keymap first asks for one.

    Finding them imports every screen of the reader (their BINDINGS), some
    20 ms of a start that most settings files, with no [keys], never need.
    """

    def __init__(self) -> None:
        self._ids: frozenset[str] | None = None

    def _found(self) -> frozenset[str]:
        if self._ids is None:
            self._ids = binding_ids()
        return self._ids

    def __contains__(self, item: object) -> bool:
        return item in self._found()

    def __iter__(self) -> Iterator[str]:
        return iter(self._found())

    def __len__(self) -> int:
        return len(self._found())


def report_settings(stream: TextIO | None = None) -> Settings:
    """The settings, each problem written as one line to `stream` (stderr): for
    the command line, before the reader takes the terminal."""
    settings = read_settings(config_file(), valid_settings())
    for line in listed(settings.problems):
        print(f"briefing: {visible_line(line)}", file=stream or sys.stderr)
    return settings


def apply_settings(app: App[Any]) -> Settings:
    """Apply the settings file's theme and keymap to `app`; a notice of its problems."""
    settings = read_settings(config_file(), valid_settings(app))
    if settings.keymap:  # first: the theme's notice names a key (the palette's)
        keymap = with_followers(settings.keymap)
        app.set_keymap(keymap)
        remember_keymap(app, keymap)
    if settings.theme is not None:
        # A theme this terminal cannot draw legibly (16 colours, NO_COLOR) is
        # not applied, and the settings file is left as it is: it applies again
        # in a terminal that can draw it (briefing.screens.themes).
        app.theme, notice = theme_here(app, settings.theme)
        if notice is not None:
            _STANDS_IN[app] = settings.theme
            app.notify(notice, title="Theme", severity="warning", markup=False, timeout=20)
    if settings.problems:  # one notice, a line per problem
        errors = any(problem.severity == "error" for problem in settings.problems)
        app.notify(
            "\n".join(visible_line(line) for line in listed(settings.problems)),
            title="Settings (the defaults hold for the errors)" if errors else "Settings",
            severity="warning",
            markup=False,
            timeout=20,
        )
    return settings


#: The saved theme that each app draws another theme in place of (not legible there).
_STANDS_IN: WeakKeyDictionary[App[Any], str] = WeakKeyDictionary()


#: Screens that take none of the app's keys (modal ones) bind the app's own
#: keys again under ids of theirs: each follows the app's binding in a keymap
#: that moves the app's and leaves theirs alone (a new user's trial: Quit moved
#: to Ctrl+Q, q still quit from the summary, whose footer said so). The keys
#: a screen adds to the app's (the failure screen's Esc) are kept.
FOLLOWERS: dict[str, tuple[str, str]] = {
    "summary.quit": ("app.quit", ""),
    "summary.keys": ("app.help", ""),
    "summary.interrupt": ("app.interrupt", ""),
    # the problems box (`!`) kept q and ? when Quit and Keys moved (a power user's trial)
    "problems.quit": ("app.quit", ""),
    "problems.keys": ("app.help", ""),
    "problems.interrupt": ("app.interrupt", ""),
    "export.interrupt": ("app.interrupt", ""),
    "palette.interrupt": ("app.interrupt", ""),
    "failure.quit": ("app.quit", "escape"),
}


def with_followers(keymap: dict[str, str]) -> dict[str, str]:
    """`keymap`, with each follower given its leader's keys where it was not given any."""
    followed = dict(keymap)
    for follower, (leader, also) in FOLLOWERS.items():
        if leader in keymap and follower not in keymap:
            followed[follower] = ",".join(k for k in (keymap[leader], also) if k)
    return followed


class SavedThemes(ThemeProvider):
    """Textual's themes that this terminal draws legibly; the theme chosen is
    saved in the settings file. (Under TERM=screen, 16 colours, solarized-light
    drew the selected row white on white: an analyst's trial.)"""

    @property
    def commands(self) -> list[tuple[str, Callable[[], None]]]:
        here = set(legible_themes(self.app))
        return [
            (name, partial(choose_theme, self.app, name))
            for name, _ in super().commands
            if name in here
        ]

    # The theme in use is said (a trial found no way to tell which it was).
    async def discover(self) -> Hits:
        for name, choose in self.commands:
            yield DiscoveryHit(name, choose, help=self._in_use(name))

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for name, choose in self.commands:
            if (match := matcher.match(name)) > 0:
                yield Hit(match, matcher.highlight(name), choose, help=self._in_use(name))

    def _in_use(self, name: str) -> str | None:
        if name != self.app.theme:
            return None
        if (saved := _STANDS_IN.get(self.app)) is not None:
            return f'the theme in use, in place of your "{saved}", not legible here'
        return "the theme in use"


def choose_theme(app: App[Any], name: str) -> None:
    """Show `name` now and at every start from now on."""
    app.theme = name
    _STANDS_IN.pop(app, None)
    try:
        save_theme(config_file(), name)
    except NotSaved as exc:
        if app not in _TOLD:  # once: choosing again will not mend the file
            _TOLD.add(app)
            app.notify(visible_line(str(exc)), severity="warning", markup=False, timeout=15)


def theme_picker() -> ReaderPalette:
    """The palette of themes (Ctrl+P, Theme) whose choice is saved."""
    return ReaderPalette(providers=[SavedThemes], placeholder="Search for themes…")
