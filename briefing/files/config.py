"""The reader's settings file: where it is, and what it may say.

    # ~/.config/briefing/config.toml (BRIEFING_CONFIG_DIR overrides the folder)
    theme = "nord"

    [keys]                      # binding id = key(s); docs/keys.md lists the ids
    "app.quit" = "ctrl+q"
    "pane.filter" = ["slash", "F"]

Reading never fails: a setting that is wrong gets a located problem
(`FILE:LINE:COL: error[config-...]: ...`) and its default, the others still
apply. A key that a text box types (or takes for itself) is refused for a
binding that acts while the box has the focus: the note editor's Esc given
"q" typed a q, and nothing closed the editor. A key given to a binding that
another binding still has applies, with a `warning[config-key-taken]` naming
both. What is valid (binding ids, keys, themes, which keys clash, which keys a
box types) is the reader's to say, so `read_settings` is given it; this module
knows TOML and the file, not Textual.

Saving the theme chosen in the reader is briefing.files.theme_saving's.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from briefing.files.filekinds import Refused, TooLarge, read_file
from briefing.files.locations import display_path
from briefing.files.user_folders import user_folder
from briefing.records.text import visible_line

CONFIG_DIR_ENV = "BRIEFING_CONFIG_DIR"
CONFIG_NAME = "config.toml"
#: a settings file larger than this is not one (it is not read)
MAX_BYTES = 1024 * 1024
#: The problems listed, on the terminal and in the reader's notice; the rest are
#: counted. And the "did you mean" guesses made, each a search of every binding
#: id: 20,000 unknown ids kept a blank screen 16.8 s, then listed 20,000 lines
#: in a notice and twice on the terminal (a power user's trial).
MAX_LISTED = 20
MAX_GUESSES = 10
NEW_FILE_HEADER = (
    "# briefing's settings. The theme is saved here when you choose one (Ctrl+P, Theme).\n"
    "# Keys: a [keys] table of binding id = key(s); docs/keys.md lists the ids.\n"
)


def config_dir() -> Path:
    """BRIEFING_CONFIG_DIR, else the user's config folder for briefing."""
    return user_folder("config", CONFIG_DIR_ENV)


def config_file() -> Path:
    return config_dir() / CONFIG_NAME


@dataclass(frozen=True)
class ConfigProblem:
    """One thing wrong in the settings file, where it is."""

    file: str
    line: int
    column: int
    code: str
    message: str
    #: "error": the setting is not applied; "warning": it is, but may not do what was meant
    severity: str = "error"

    def __str__(self) -> str:
        return (
            f"{self.file}:{self.line}:{self.column}: {self.severity}[{self.code}]: {self.message}"
        )


def listed(problems: Sequence[ConfigProblem]) -> list[str]:
    """The first MAX_LISTED of `problems` as lines, then a line that counts the rest."""
    lines = [str(problem) for problem in problems[:MAX_LISTED]]
    rest = problems[MAX_LISTED:]
    if rest:
        errors = sum(1 for problem in rest if problem.severity == "error")
        warnings = len(rest) - errors
        if not warnings:
            more = f"{errors:,} more errors"
        elif not errors:
            more = f"{warnings:,} more warnings"
        else:
            more = f"{len(rest):,} more problems ({errors:,} errors, {warnings:,} warnings)"
        lines.append(
            f"{rest[0].file}: and {more}, from line {rest[0].line:,} on, not listed: "
            "fix these and start again to see them"
        )
    return lines


@dataclass(frozen=True)
class Settings:
    """What the settings file says, checked: only what is valid is kept."""

    #: the theme's name, None for the reader's default
    theme: str | None = None
    #: binding id -> keys, comma-separated, as Textual's `App.set_keymap` takes them
    keymap: dict[str, str] = field(default_factory=dict)
    problems: tuple[ConfigProblem, ...] = ()


@dataclass(frozen=True)
class KeyTaken:
    """A key the keymap gives `binding_id` that other bindings acting on a same
    screen still have: one of them does not act on it."""

    binding_id: str
    key: str
    #: the other binding has no id (Textual's own): no keymap can move it
    fixed: bool = False
    #: the other binding acts before any (a priority binding): this one never would
    first: bool = False
    #: the others as people read them (its id, what it does, where), by what
    #: becomes of the key: bound on the same widget or screen, Textual's keymap
    #: takes it from them (`replaced`); a priority binding acts before any
    #: (`acts_first`); elsewhere, the one nearer the focus acts (`nearer`)
    replaced: str = ""
    acts_first: str = ""
    nearer: str = ""

    @property
    def other(self) -> str:
        """Every other binding that has the key, as people read them."""
        return ", ".join(filter(None, (self.replaced, self.acts_first, self.nearer)))


def _taken_said(taken: KeyTaken) -> str:
    """What becomes of a key the keymap gives a binding that others have: said of
    each (a remap onto Find's key since said "only one of them acts", and left
    Find out of reach unsaid: a trial of upgrades)."""
    given, key = taken.binding_id, _shown(taken.key)
    said = []
    if taken.replaced:
        said.append(f"{key} was the key of {taken.replaced}, which no longer has it there")
    if taken.nearer:
        said.append(
            f"{key} is still the key of {taken.nearer}: where both act, the one nearer the "
            "focus acts on it"
        )
    if taken.acts_first:
        said.append(
            f"{key} is the key of {taken.acts_first}, which acts before any other: "
            f"{given} never acts on it"
        )
    elif taken.replaced and not taken.nearer:
        said.append(f"{given} acts on it")
    # (a binding without an id, Textual's own, cannot be given another)
    give = f"{given} another key" if taken.fixed else "one of them another key"
    return f"{given}: {'; '.join(said)}; give {give}"


def _nothing_taken(keymap: Mapping[str, str]) -> Iterable[KeyTaken]:
    return ()


def _nothing_typed(binding_id: str, key: str) -> str | None:
    return None


def _sent_by_all(key: str) -> str | None:
    return None


@dataclass(frozen=True)
class Valid:
    """What the reader accepts: its binding ids, its themes, and what a key is;
    and, given a keymap, the keys it gives that another binding still has."""

    binding_ids: Collection[str]
    themes: Collection[str]
    #: None for a key, else why it is not one: a phrase that follows the key
    #: ('is not a key: the + key is called plus; write "plus"')
    key_problem: Callable[[str], str | None]
    taken: Callable[[Mapping[str, str]], Iterable[KeyTaken]] = _nothing_taken
    #: given a binding id and a key: None, or why the key could never act for
    #: it, a binding acting while a text box has the focus, because the box
    #: takes the key first (types it): a phrase that follows the key
    typed: Callable[[str, str], str | None] = _nothing_typed
    #: given a key: None, or why most terminals never send it (it applies, with
    #: a warning: a terminal speaking the kitty keyboard protocol does)
    unsent: Callable[[str], str | None] = _sent_by_all


def read_settings(path: Path, valid: Valid) -> Settings:
    """The settings in `path` (none when it does not exist), every problem located."""
    text, problem = read_settings_text(path)
    if problem is not None:
        return Settings(problems=(problem,))
    if text is None:
        return Settings()
    return parse_settings(text, display_path(path), valid)


#: U+FEFF, the byte-order mark some editors begin UTF-8 with (Windows' Notepad).
BOM = "\ufeff"


def parse_settings(text: str, file: str, valid: Valid) -> Settings:
    """Check the TOML `text` of the settings file named `file` (for messages).

    A byte-order mark that begins it is read past, as the editor that wrote it
    does: tomllib refused it ("Invalid statement"), and every setting was lost
    to a mark the user cannot see (a power user's trial). Saving the theme
    keeps it."""
    text = text.removeprefix(BOM)
    try:
        data = loads_toml(text)
    except tomllib.TOMLDecodeError as exc:
        line, column = _decode_error_place(str(exc), text)
        message = re.sub(r"\s*\(at (line \d+, column \d+|end of document)\)", "", str(exc))
        lines = text.splitlines()
        if 0 < line <= len(lines) and BOM in lines[line - 1][max(0, column - 2) : column]:
            message += (
                " (a U+FEFF there, an invisible byte-order mark: delete it, or save the "
                "file as UTF-8 without a BOM)"
            )
        problem = ConfigProblem(
            file, line, column, "config-syntax", f"not valid TOML: {message}; no setting applies"
        )
        return Settings(problems=(problem,))
    return _Checker(text, file, valid).check(data)


#: A run of more digits than Python reads as one integer.
_TOO_MANY_DIGITS = re.compile(r"[0-9_]{4301,}")


def loads_toml(text: str) -> dict[str, Any]:
    """`tomllib.loads`, every failure a TOMLDecodeError that says where.

    An integer of over 4300 digits makes tomllib raise a bare ValueError
    (Python's limit on reading one), which no caller expected."""
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError:
        raise
    except ValueError:
        found = _TOO_MANY_DIGITS.search(text)
        offset = found.start() if found else 0
        line = text.count("\n", 0, offset) + 1
        column = offset - (text.rfind("\n", 0, offset) + 1) + 1
        raise tomllib.TOMLDecodeError(
            f"a number of more than 4300 digits (at line {line}, column {column})"
        ) from None


class _Checker:
    def __init__(self, text: str, file: str, valid: Valid) -> None:
        self.text = text
        self.places = _key_places(text)
        self.file = file
        self.valid = valid
        self.problems: list[ConfigProblem] = []
        #: the "did you mean" guesses still to make (see MAX_GUESSES)
        self.guesses = MAX_GUESSES

    def _nearest(self, wrong: str, known: Collection[str]) -> str | None:
        """`_nearest`, for the first MAX_GUESSES mistakes only."""
        if self.guesses <= 0:
            return None
        self.guesses -= 1
        return _nearest(wrong, known)

    def problem(
        self,
        path: tuple[str, ...],
        code: str,
        message: str,
        at_value: bool,
        severity: str = "error",
        entry: str | None = None,
    ) -> None:
        """`entry`: the key of a list the problem is about, located where it is
        written (a list over several lines was located at its first line)."""
        line, key_column, value_column = self.places.get(path, (1, 1, 1))
        if path not in self.places:  # a key in an inline table: the line of its table
            for length in range(len(path) - 1, 0, -1):
                if path[:length] in self.places:
                    line, key_column, value_column = self.places[path[:length]]
                    break
        column = value_column if at_value else key_column
        if entry is not None and at_value and path in self.places:
            line, column = self._entry_place(line, column, entry)
        self.problems.append(ConfigProblem(self.file, line, column, code, message, severity))

    def _entry_place(self, line: int, column: int, entry: str) -> tuple[int, int]:
        """Where the quoted `entry` is written, from the value at (`line`, `column`) on."""
        lines = self.text.splitlines()
        for number in range(line, min(len(lines), line + 200) + 1):
            start = column - 1 if number == line else 0
            for quoted in (f'"{entry}"', f"'{entry}'"):
                found = lines[number - 1].find(quoted, start)
                if found >= 0:
                    return number, found + 1
        return line, column

    def check(self, data: dict[str, Any]) -> Settings:
        theme = self._theme(data.get("theme"))
        keymap = self._keymap(data.get("keys"))
        for name in data:
            if name not in ("theme", "keys"):
                self.problem(
                    (name,),
                    "config-unknown",
                    f"unknown setting {_shown(name)} (the settings are: theme, keys); ignored",
                    at_value=False,
                )
        return Settings(theme, keymap, tuple(sorted(self.problems, key=_place)))

    def _theme(self, value: object) -> str | None:
        if value is None:
            return None
        if not isinstance(value, str):
            self.problem(
                ("theme",),
                "config-type",
                "theme must be a theme's name in quotes; the default theme is used",
                at_value=True,
            )
            return None
        if value not in self.valid.themes:
            close = self._nearest(value, self.valid.themes)
            hint = close or "the themes: " + ", ".join(sorted(self.valid.themes))
            self.problem(
                ("theme",),
                "config-theme",
                f"no theme is named {_shown(value)}; the default theme is used ({hint})",
                at_value=True,
            )
            return None
        return value

    def _keymap(self, value: object) -> dict[str, str]:
        if value is None:
            return {}
        if not isinstance(value, dict):
            self.problem(
                ("keys",),
                "config-type",
                "keys must be a table ([keys], then one binding id = key per line); "
                "the default keys are used",
                at_value=True,
            )
            return {}
        keymap: dict[str, str] = {}
        paths: dict[str, tuple[str, ...]] = {}
        named: dict[str, tuple[str, ...]] = {}
        for path, keys in _flattened(value, ("keys",)):
            binding_id = ".".join(path[1:])
            if (before := named.get(binding_id)) is not None:
                # "app.quit" and app.quit: two TOML keys, one binding (the second
                # won without a word: a power user's trial)
                self.problem(
                    path,
                    "config-duplicate",
                    f"{binding_id} is given a key on line {self._line(before)} too "
                    f"({_spelt(before)} and {_spelt(path)} name the same binding): "
                    "this one applies",
                    at_value=False,
                    severity="warning",
                )
                keymap.pop(binding_id, None)
            named[binding_id] = path
            checked = self._binding(path, binding_id, keys)
            if checked is not None:
                keymap[binding_id] = checked
                paths[binding_id] = path
        never: set[str] = set()
        for taken in self.valid.taken(keymap):
            if taken.fixed and taken.first:
                never.add(taken.binding_id)
                self.problem(
                    paths[taken.binding_id],
                    "config-key-taken",
                    f"{taken.binding_id}: {_shown(taken.key)} is the key of {taken.other}, "
                    "which acts before any other and cannot be moved: it would never act as "
                    f"{taken.binding_id}; its default key is kept",
                    at_value=True,
                )
                continue
            self.problem(
                paths[taken.binding_id],
                "config-key-taken",
                _taken_said(taken),
                at_value=True,
                severity="warning",
            )
        return {binding_id: keys for binding_id, keys in keymap.items() if binding_id not in never}

    def _line(self, path: tuple[str, ...]) -> int:
        return self.places.get(path, (1, 1, 1))[0]

    def _binding(self, path: tuple[str, ...], binding_id: str, value: object) -> str | None:
        if binding_id not in self.valid.binding_ids:
            close = self._nearest(binding_id, self.valid.binding_ids)
            hint = f"{close} " if close else ""
            self.problem(
                path,
                "config-binding",
                f"no key binding has the id {_shown(binding_id)}; ignored "
                f"({hint}docs/keys.md lists every id)",
                at_value=False,
            )
            return None
        if isinstance(value, str):
            keys = [key.strip() for key in value.split(",")]
        elif isinstance(value, list) and all(isinstance(key, str) for key in value):
            keys = [key.strip() for key in value]
        else:
            keys = []
        if not keys or not all(keys):
            self.problem(
                path,
                "config-type",
                f'{binding_id}: give a key in quotes ("ctrl+f"), several separated by '
                f'commas ("f,slash") or a list (["f", "slash"]); its default key is kept',
                at_value=True,
            )
            return None
        wrong = [(key, why) for key in keys if (why := self.valid.key_problem(key)) is not None]
        if wrong:
            said = "; ".join(f"{_shown(key)} {why}" for key, why in wrong)
            self.problem(
                path,
                "config-key",
                f"{binding_id}: {said}; its default key is kept",
                at_value=True,
                entry=_entry(value, wrong[0][0]),
            )
            return None
        typed = [(key, why) for key in keys if (why := self.valid.typed(binding_id, key))]
        if typed:
            said = "; ".join(f"{_shown(key)} {why}" for key, why in typed)
            self.problem(
                path,
                "config-key-typed",
                f"{binding_id}: {said}; its default key is kept",
                at_value=True,
                entry=_entry(value, typed[0][0]),
            )
            return None
        unsent = [(key, why) for key in keys if (why := self.valid.unsent(key))]
        if unsent:
            said = "; ".join(f"{_shown(key)} {why}" for key, why in unsent)
            self.problem(
                path,
                "config-key-unsent",
                f"{binding_id}: {said}",
                at_value=True,
                severity="warning",
                entry=_entry(value, unsent[0][0]),
            )
        return ",".join(keys)


def _entry(value: object, key: str) -> str | None:
    """`key`, an entry of the list `value`, to be located where it is written; None
    for a string of keys ("f,slash"), located at its start."""
    if not isinstance(value, list):
        return None
    return next((entry for entry in value if isinstance(entry, str) and entry.strip() == key), None)


def _spelt(path: tuple[str, ...]) -> str:
    """A binding's key as written in [keys]: "app.quit" (quoted) or app.quit (dotted)."""
    parts = path[1:]
    return f'"{parts[0]}"' if len(parts) == 1 else ".".join(parts)


def _flattened(
    table: dict[str, Any], path: tuple[str, ...]
) -> Iterator[tuple[tuple[str, ...], Any]]:
    """Each value of `table` with its path: `app.quit = "q"` (a dotted key, so a
    table `app` holding `quit`) stands for the binding id "app.quit", as does
    the quoted key `"app.quit" = "q"`."""
    for name, value in table.items():
        if isinstance(value, dict):
            yield from _flattened(value, (*path, name))
        else:
            yield (*path, name), value


def _place(problem: ConfigProblem) -> tuple[int, int]:
    return (problem.line, problem.column)


def _shown(text: str) -> str:
    return '"' + visible_line(text) + '"'


def _nearest(wrong: str, known: Collection[str]) -> str | None:
    """The "did you mean ...?" of the nearest of `known`, if one is near."""
    import difflib  # only for a file with mistakes: not on every start

    close = difflib.get_close_matches(wrong, sorted(known), n=1, cutoff=0.6)
    return f"did you mean {_shown(close[0])}?" if close else None


def read_settings_text(path: Path) -> tuple[str | None, ConfigProblem | None]:
    """The file's text; None when there is no file; or the problem that stops reading it.

    Asked of `stat` first and opened without blocking (filekinds.read_file): a
    named pipe at the path kept the reader on a blank screen for good, waiting
    for a writer (a demanding user's trial). What is not a file is not opened
    and is left as it is.
    """
    shown = display_path(path)
    try:
        data = read_file(path, MAX_BYTES)
    except FileNotFoundError:
        return None, None
    except Refused as exc:
        return None, ConfigProblem(
            shown,
            1,
            1,
            "config-unreadable",
            f"the settings file {exc.trouble.predicate.removesuffix('; it was not read')}; "
            "it was not read and is left as it is; the default settings apply",
        )
    except TooLarge:
        return None, ConfigProblem(
            shown, 1, 1, "config-unreadable", "over 1 MiB: not a settings file; not read"
        )
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        return None, ConfigProblem(
            shown, 1, 1, "config-unreadable", f"cannot read the settings: {reason}"
        )
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        column = exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1
        said = "not UTF-8 text"
        if data.startswith((b"\xff\xfe", b"\xfe\xff")):
            said = (
                "UTF-16 text (it begins with UTF-16's byte-order mark), not UTF-8: save it as UTF-8"
            )
            line, column = 1, 1
        return None, ConfigProblem(
            shown, line, column, "config-syntax", f"{said}; no setting applies"
        )


def _decode_error_place(message: str, text: str) -> tuple[int, int]:
    """tomllib says where in its message: "(at line 3, column 9)" or "(at end of document)"."""
    found = re.search(r"\(at line (\d+), column (\d+)\)", message)
    if found:
        return int(found[1]), int(found[2])
    lines = text.splitlines() or [""]
    return len(lines), len(lines[-1]) + 1


# --- where each key stands: good enough for messages, never for reading values --

_BARE = r"[A-Za-z0-9_-]+"
QUOTED_KEY = r'"(?:[^"\\]|\\.)*"' + "|" + r"'[^']*'"
_KEY = rf"(?:{_BARE}|{QUOTED_KEY})"
_DOTTED = rf"{_KEY}(?:\s*\.\s*{_KEY})*"
TABLE_HEADER = re.compile(rf"^\s*\[\[?\s*({_DOTTED})\s*\]\]?\s*(?:#.*)?$")
_ASSIGNMENT = re.compile(rf"^(\s*)({_DOTTED})\s*=\s*")


def _key_parts(dotted: str) -> tuple[str, ...]:
    parts = re.findall(rf"{_KEY}", dotted)
    return tuple(_unquote(part) for part in parts)


def _unquote(part: str) -> str:
    if part.startswith('"') and "\\" not in part:
        return part[1:-1]  # no escape: tomllib, 20 µs a key, is not needed
    if part.startswith('"'):
        try:
            value = tomllib.loads(f"k = {part}")["k"]
            return str(value)
        except tomllib.TOMLDecodeError:
            return part.strip('"')
    if part.startswith("'"):
        return part[1:-1]
    return part


def _key_places(text: str) -> dict[tuple[str, ...], tuple[int, int, int]]:
    """(line, key column, value column) of each `key = value` line, by its full
    path (table header and dotted key), and of each table header."""
    places: dict[tuple[str, ...], tuple[int, int, int]] = {}
    table: tuple[str, ...] = ()
    in_multiline: str | None = None
    for number, line in enumerate(text.splitlines(), 1):
        if in_multiline is not None:
            if line.count(in_multiline) % 2 == 1:
                in_multiline = None
            continue
        header = TABLE_HEADER.match(line)
        if header:
            table = _key_parts(header[1])
            places.setdefault(table, (number, line.index("[") + 1, line.index("[") + 1))
            continue
        assignment = _ASSIGNMENT.match(line)
        if assignment:
            path = (*table, *_key_parts(assignment[2]))
            places.setdefault(path, (number, len(assignment[1]) + 1, assignment.end() + 1))
            rest = line[assignment.end() :]
            for quotes in ('"""', "'''"):
                if rest.startswith(quotes) and rest.count(quotes) == 1:
                    in_multiline = quotes
    return places
