"""An ESC inside pasted text is left out, never read as the start of a key."""

from __future__ import annotations

import hashlib
import inspect
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pty_terminal import terminal
from textual import constants, events
from textual.drivers.linux_driver import LinuxDriver

from briefing.screens.app import BriefingApp
from briefing.screens.terminal_input import (
    PASTE_END,
    PASTE_START,
    PasteGuard,
    PasteSafeDriver,
    guarded,
)
from briefing.screens.textual_private import XTermParser

#: Textual 8.2.8's LinuxDriver.run_input_thread, which PasteSafeDriver copies
#: with one line changed: when this fails, Textual's changed; copy it again.
TEXTUALS_INPUT_THREAD = "d796af6d69db337d"


def pasted(text: str) -> str:
    return PASTE_START + text + PASTE_END


def parsed(data: str) -> list[events.Event]:
    """What Textual's parser makes of `data`, read through a PasteGuard."""
    parser = XTermParser()
    return [*parser.feed(PasteGuard().clean(data, final=True)), *parser.feed("")]


def test_a_paste_holding_esc_is_one_paste_and_no_key() -> None:
    """Textual read `abc ESC def` as the keys ^ d e f, then a paste of "abc"."""
    made = parsed(pasted("abc\x1bdef"))
    assert [type(event) for event in made] == [events.Paste]
    assert made[0].text == "abcdef"  # type: ignore[attr-defined]


def test_two_escs_in_a_paste_are_not_an_esc_key() -> None:
    """Two ESCs were the Esc key: a pasted note closed, and the rest ran as commands."""
    made = parsed(pasted("part one \x1b\x1bpart two q"))
    assert not [event for event in made if isinstance(event, events.Key)]
    assert made[0].text == "part one part two q"  # type: ignore[attr-defined]


def test_keys_outside_a_paste_pass_as_they_came() -> None:
    guard = PasteGuard()
    for typed in ("\x1b", "\x1b[A", "j", "\x1b\x1b", "\x1b[200", "~x"):
        assert guard.clean(typed) == typed  # a lone Esc is never held back
    assert guard.in_paste  # the start marker arrived in two pieces


def test_a_paste_cut_before_its_end_marker_is_held_only_as_far_as_the_marker() -> None:
    guard = PasteGuard()
    assert guard.clean(PASTE_START + "one\x1b[20") == PASTE_START + "one"
    assert guard.clean("1~j") == PASTE_END + "j"
    assert not guard.in_paste


_INPUT = st.text(alphabet=["\x1b", "[", "2", "0", "1", "~", "a", " "], max_size=40)


@given(text=_INPUT, cuts=st.lists(st.integers(min_value=0, max_value=40), max_size=6))
def test_the_input_cut_anywhere_is_cleaned_as_it_is_whole(text: str, cuts: list[int]) -> None:
    whole = PasteGuard().clean(text, final=True)
    guard, pieces, start = PasteGuard(), [], 0
    for cut in sorted(set(cuts)):
        pieces.append(guard.clean(text[start:cut]))
        start = max(start, cut)
    pieces.append(guard.clean(text[start:], final=True))
    assert "".join(pieces) == whole


@given(before=_INPUT, inside=_INPUT)
def test_no_esc_is_left_inside_a_paste_but_its_markers(before: str, inside: str) -> None:
    guard = PasteGuard()
    cleaned = guard.clean(before)
    if guard.in_paste:  # `before` started a paste of its own
        return
    cleaned = guard.clean(pasted(inside.replace(PASTE_END, "")))
    start = cleaned.find(PASTE_START)
    body = cleaned[start + len(PASTE_START) :]
    assert "\x1b" not in body.split(PASTE_END, 1)[0]


@pytest.mark.parametrize(
    ("pieces", "text"),
    [
        (["\x1b[200~", "pasted part", "\x1b", "x", "\x1b[201~"], "pasted partx"),  # Esc in it
        (["\x1b[200~start ", "\x1b" * 9000, " end", "\x1b[201~"], "start  end"),  # ESCs pasted
        (["\x1b[200~ab", "\x1b[2", "01~"], "ab"),  # the end marker split
    ],
    ids=["esc-in-open-paste", "run-of-escs", "split-end"],
)
def test_a_piece_of_input_cleaned_to_nothing_is_not_the_end_of_input(
    pieces: list[str], text: str
) -> None:
    """A read that was only ESCs inside a paste came out as "", which Textual's
    parser takes for the end of its input: the next key raised ParseError, and
    the reader ended on an internal error (a robustness trial)."""
    parser, guard = XTermParser(), PasteGuard()
    found = [e for piece in [*pieces, "y"] for e in guarded(parser.feed, guard, piece, False)]
    assert [event.text for event in found if isinstance(event, events.Paste)] == [text]
    assert [event.key for event in found if isinstance(event, events.Key)] == ["y"]


def test_the_reader_reads_a_terminal_through_the_guard(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(constants, "DRIVER", None)
    assert BriefingApp(Path("content")).get_driver_class() is PasteSafeDriver
    monkeypatch.setattr(constants, "DRIVER", "textual.drivers.linux_driver:LinuxDriver")
    assert BriefingApp(Path("content")).get_driver_class() is LinuxDriver  # as the user asked


def test_textuals_input_thread_is_the_one_copied() -> None:
    source = inspect.getsource(LinuxDriver.run_input_thread)
    assert hashlib.sha256(source.encode()).hexdigest()[:16] == TEXTUALS_INPUT_THREAD


def test_a_paste_with_escs_in_a_real_terminal_is_typed_whole(tmp_path: Path) -> None:
    """In a pty, as a terminal sends it: the filter box gets the words, and the
    `q` pasted after two ESCs does not quit the reader."""
    with terminal(tmp_path) as term:
        term.wait_until_drawn()
        term.press(b"/")
        term.read_for(0.5)
        since = len(term.output)
        term.press(pasted("part one \x1b\x1bpart two q").encode())
        term.wait_for(b"part one part two q", since=since)
        assert term.process.poll() is None
