"""A path whose names differ from the files' only in Unicode normal form.

`é` is one character (U+00E9, NFC, as most tools write it) or two (`e` and
the combining U+0301, NFD, as macOS has written file names). Both look the
same, and most file systems (Linux's) hold them as different names: a path
written in one form names no file saved in the other. The contract asks that
the path exist, so such a path stays an error, said so that the difference
can be seen (a did-you-mean naming a path that looked the same was no help:
an audit), with how to mend it.
"""

from __future__ import annotations

import os
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from briefing.records.text import shown as shown_name

#: The most names of one folder looked through for one in another form.
NAMES_LOOKED_AT = 1000


@dataclass(frozen=True, slots=True)
class FormSlip:
    """The first name of a path that is saved on disk in another Unicode form."""

    #: the name as the path writes it
    written: str
    #: the name as it is saved
    saved: str
    #: whether it is a folder of the path, not the file itself
    is_folder: bool


def other_form(folder: Path, relative: str) -> FormSlip | None:
    """The first name of `relative` (inside `folder`) that exists only in
    another Unicode form, when every name of the path exists in one form or
    the other; else None."""
    parts = [part for part in relative.split("/") if part not in ("", ".")]
    here = str(folder)
    slip: FormSlip | None = None
    for number, part in enumerate(parts):
        if part == "..":
            return None
        path = os.path.join(here, part)
        if not os.path.lexists(path):
            saved = _saved_as(here, part)
            if saved is None:
                return None
            path = os.path.join(here, saved)
            if slip is None:
                slip = FormSlip(part, saved, number < len(parts) - 1)
        here = path
    return slip


def _saved_as(folder: str, name: str) -> str | None:
    """The name in `folder` that is `name` in another Unicode form, or None."""
    wanted = unicodedata.normalize("NFC", name)
    try:
        with os.scandir(folder) as entries:
            for count, entry in enumerate(entries):
                if count >= NAMES_LOOKED_AT:
                    return None
                if entry.name != name and unicodedata.normalize("NFC", entry.name) == wanted:
                    return entry.name
    except OSError:
        return None
    return None


def form_slip_said(relative: str, slip: FormSlip) -> tuple[str, str]:
    """(what to add to "there is no file ...", hint) for a path in another form."""
    letter, saved = _first_difference(slip.written, slip.saved)
    shown = unicodedata.normalize("NFC", letter)
    what = "a folder of the path" if slip.is_folder else "the file"
    said = (
        f": {what} is there, under a name that looks the same but is saved in another "
        f"Unicode form: {_quoted(shown)}is {_code_points(letter)} ({_form(slip.written)}) "
        f"in the path, {_code_points(saved)} ({_form(slip.saved)}) on disk"
    )
    if not unicodedata.is_normalized("NFC", slip.saved):
        what = f"folder {shown_name(slip.saved)}" if slip.is_folder else "file"
        return said, (
            f"rename the {what} to the NFC form of its name, as the path writes it "
            "(most tools write NFC; macOS has saved names in NFD)"
        )
    nfc = unicodedata.normalize("NFC", relative)
    return said, f'write the path in NFC, as the name on disk is: text: "{_escaped(nfc)}"'


def _escaped(text: str) -> str:
    """`text` for a YAML double-quoted scalar, every character past ASCII as its
    escape (`\\u00e9`): the hint cannot look like the path it mends."""
    out: list[str] = []
    for character in text:
        point = ord(character)
        if character in '"\\':
            out.append("\\" + character)
        elif 32 <= point < 127:
            out.append(character)
        elif point <= 0xFFFF:
            out.append(f"\\u{point:04x}")
        else:
            out.append(f"\\U{point:08x}")
    return "".join(out)


def _quoted(letter: str) -> str:
    """`'é' ` for a letter that can be shown, else nothing."""
    return f"'{letter}' " if len(letter) <= 4 and letter.isprintable() else ""


def _first_difference(written: str, saved: str) -> tuple[str, str]:
    """The first letter (a character and its combining marks) written
    differently in the two names; the whole names when they cannot be
    lined up letter by letter."""
    ours, theirs = _letters(written), _letters(saved)
    if len(ours) == len(theirs):
        for mine, other in zip(ours, theirs, strict=True):
            if mine != other:
                return mine, other
    return written, saved


def _letters(name: str) -> list[str]:
    """`name` cut into letters: each character with the combining marks after it."""
    letters: list[str] = []
    for character in name:
        if letters and unicodedata.combining(character):
            letters[-1] += character
        else:
            letters.append(character)
    return letters


def _code_points(letter: str) -> str:
    """`U+0065 U+0301`: what a letter is made of, visible."""
    points = " ".join(f"U+{ord(character):04X}" for character in letter[:12])
    return points + (" ..." if len(letter) > 12 else "")


def _form(name: str) -> str:
    if unicodedata.is_normalized("NFC", name):
        return "NFC"
    if unicodedata.is_normalized("NFD", name):
        return "NFD"
    return "neither NFC nor NFD"
