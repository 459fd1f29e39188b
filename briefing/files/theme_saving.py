"""Saving the theme chosen in the reader into the user's settings file.

The file is the user's: it is edited, never rewritten from what the reader
knows of it. Everything else it holds stays, byte for byte (comments, line
ends, a byte-order mark); a file holding errors, holding its theme in a way
this cannot edit safely, or made read-only is left as it is, and NotSaved
says why. Read with the checks of briefing.files.config.
"""

from __future__ import annotations

import os
import re
import stat
import tomllib
from pathlib import Path

from briefing.files.atomic import write_atomically
from briefing.files.config import (
    BOM,
    NEW_FILE_HEADER,
    QUOTED_KEY,
    TABLE_HEADER,
    loads_toml,
    read_settings_text,
)
from briefing.files.locations import display_path

#: The top-level `theme = "..."` line, its value in the middle group.
_THEME_LINE = re.compile(rf"^(\s*(?:theme|\"theme\"|'theme')\s*=\s*)({QUOTED_KEY})(.*)$", re.S)


class NotSaved(Exception):
    """The theme could not be saved; the message says why, for the user."""


def save_theme(path: Path, theme: str) -> None:
    """Set `theme` in the settings file `path`, keeping all else it holds.

    Creates the file (and its folder) when there is none. The file is
    written whole to a temporary file beside it, then renamed over it; when
    it is a symbolic link, the file it leads to is the one rewritten. Raises
    NotSaved when the file holds errors (it is left for the user to fix) or
    cannot be written, or is read-only (its mode, or for this user): never replaced.
    """
    shown = display_path(path)
    text, problem = read_settings_text(path)
    if problem is not None:
        raise NotSaved(f"the theme was not saved: {problem}")
    if text is None:
        new_text = NEW_FILE_HEADER + f"theme = {_toml_string(theme)}\n"
    else:
        mark = BOM if text.startswith(BOM) else ""  # kept, as every other byte is
        text = text.removeprefix(mark)
        try:
            before = loads_toml(text)
        except tomllib.TOMLDecodeError as exc:
            raise NotSaved(
                f"the theme was not saved: {shown} is not valid TOML ({exc}); "
                "fix it and choose the theme again"
            ) from exc
        new_text = with_theme(text, theme)
        expected = {**before, "theme": theme}
        try:
            after = loads_toml(new_text)
        except tomllib.TOMLDecodeError:
            after = None
        if after != expected:
            raise NotSaved(
                f"the theme was not saved: {shown} holds its theme in a way this "
                f'reader cannot edit safely; write theme = "{theme}" in it yourself'
            )
        new_text = mark + new_text
    target = Path(os.path.realpath(path))
    if (read_only := _read_only(target)) is not None:
        raise NotSaved(
            f"the theme was not saved: {shown} {read_only}; it is left as it is "
            "(the theme applies until the reader ends)"
        )
    try:
        _replace(target, new_text)
    except OSError as exc:
        raise NotSaved(
            f"the theme was not saved: cannot write {shown}: {exc.strerror or type(exc).__name__}"
        ) from exc


def _read_only(path: Path) -> str | None:
    """Why the settings file `path` is not to be written, or None.

    Written whole beside it and renamed over it, a file is replaced with only
    its folder's permission: a file made read-only (chmod 444) was replaced
    all the same (a power user's trial). Its mode bits say so even to root,
    for whom `os.access` always allows; `os.access` says so for a file of
    another user's.
    """
    try:
        mode = path.stat().st_mode
    except OSError:
        return None  # none yet: created, in a folder that allows it
    if not mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH):
        return "is read-only"
    if not os.access(path, os.W_OK):
        return "is read-only for you"
    return None


def with_theme(text: str, theme: str) -> str:
    """`text` with its top-level `theme = ...` set to `theme`, or one added
    before the first table (after the comments that lead into it)."""
    lines = text.splitlines(keepends=True)
    value = _toml_string(theme)
    first_table = len(lines)
    for number, line in enumerate(lines):
        if TABLE_HEADER.match(line):
            first_table = number
            break
        found = _THEME_LINE.match(line)
        if found:
            lines[number] = found[1] + value + found[3]
            return "".join(lines)
    insert = first_table
    while insert > 0 and lines[insert - 1].lstrip().startswith("#"):
        insert -= 1
    if insert == len(lines) and lines and not lines[-1].endswith("\n"):
        lines[-1] += "\n"
    new = [f"theme = {value}\n"]
    if insert < len(lines):
        new.append("\n")
    lines[insert:insert] = new
    return "".join(lines)


def _toml_string(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace('"', '\\"')
    return '"' + re.sub(r"[\x00-\x1f\x7f]", lambda m: f"\\u{ord(m[0]):04x}", escaped) + '"'


def _replace(path: Path, text: str) -> None:
    """Write `text` to `path` atomically: a reader of `path` sees the old file or
    the new, which keeps the old one's mode (the user's file)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    write_atomically(path, [text.encode("utf-8")], keep_mode=True)
