"""The terminal's input, with every ESC inside a bracketed paste left out before Textual parses it.

A terminal sends a paste between `ESC [200~` and `ESC [201~`. Textual's parser
(8.2) reads an ESC inside a paste as the start of a key: the characters after
it reached the screen as key presses, before the paste (a new user's trial:
two ESCs in a pasted note closed the editor as Esc does, the rest of the text
ran as commands — `w` opened another note — and the pasted words were lost).
Terminals such as Alacritty or kitty strip ESC from what they paste; tmux's
`paste-buffer`, among others, does not.

`PasteGuard` leaves ESC out of the pasted text as the input arrives, in pieces
split anywhere; what is not pasted passes as it came, at once (a lone Esc key is
never held back). Pasted text loses its controls later anyway
(`briefing.screens.app`, `typable`), so nothing a user would keep is dropped.
`PasteSafeDriver` is Textual's Linux driver reading through a `PasteGuard`.
"""

from __future__ import annotations

import os
import selectors
from codecs import getincrementaldecoder
from collections.abc import Callable, Iterable

from textual.drivers.linux_driver import LinuxDriver
from textual.message import Message

from briefing.screens.process import hung_up
from briefing.screens.textual_private import ParseError, XTermParser, driver_debug, loop_last

ESC = "\x1b"
PASTE_START = "\x1b[200~"
PASTE_END = "\x1b[201~"


class PasteGuard:
    """The input as it arrives, less every ESC inside a paste but its end marker's."""

    def __init__(self) -> None:
        self.in_paste = False
        #: the last characters seen outside a paste: a start marker split between
        #: two pieces of input is found all the same
        self._before = ""
        #: inside a paste, a piece's last characters that may begin the end marker
        self._held = ""

    def clean(self, data: str, final: bool = False) -> str:
        """`data`, the next piece of input, as the parser should read it."""
        text, self._held = self._held + data, ""
        kept: list[str] = []
        at = 0
        while at < len(text):
            if not self.in_paste:
                at = self._to_paste_start(text, at, kept)
            else:
                at = self._to_paste_end(text, at, kept, final)
        return "".join(kept)

    def _to_paste_start(self, text: str, at: int, kept: list[str]) -> int:
        """Pass `text` from `at` up to the end of a start marker (or to its end)."""
        seen = self._before + text[at:]
        found = seen.find(PASTE_START)
        if found < 0:
            kept.append(text[at:])
            self._before = seen[-(len(PASTE_START) - 1) :]
            return len(text)
        end = at + found + len(PASTE_START) - len(self._before)
        kept.append(text[at:end])
        self._before = ""
        self.in_paste = True
        return end

    def _to_paste_end(self, text: str, at: int, kept: list[str], final: bool) -> int:
        """Pass `text` from `at` up to the end of an end marker, less its ESCs."""
        found = text.find(PASTE_END, at)
        if found >= 0:
            kept.append(text[at:found].replace(ESC, ""))
            kept.append(PASTE_END)
            self.in_paste = False
            return found + len(PASTE_END)
        pasted = text[at:]
        last = pasted.rfind(ESC)
        if not final and last >= 0 and PASTE_END.startswith(pasted[last:]):
            self._held = pasted[last:]  # the end marker, perhaps, split: the next piece tells
            pasted = pasted[:last]
        kept.append(pasted.replace(ESC, ""))
        return len(text)


def _read_input(read: Callable[[int, int], bytes], fileno: int) -> bytes | None:
    """The next bytes the terminal sent; None once its input has ended (its
    window closed: the end of the input, or EIO)."""
    try:
        data = read(fileno, 1024 * 4)
    except OSError:
        return None
    return data or None


def guarded(
    feed: Callable[[str], Iterable[Message]], guard: PasteGuard, data: str, final: bool
) -> Iterable[Message]:
    """What the parser makes of `data` read through `guard`. A piece cleaned to
    nothing (only ESCs inside a paste, or the start of its end marker, held) is
    not fed: "" is the parser's end of input, and the next key raised ParseError,
    a crash (a robustness trial: Esc while a paste was still arriving)."""
    cleaned = guard.clean(data, final=final)
    return feed(cleaned) if cleaned else ()


class PasteSafeDriver(LinuxDriver):
    """Textual's Linux driver, its input read through a `PasteGuard`.

    `run_input_thread` is Textual 8.2's own but for two things: input is read
    through `guarded`, and the end of the input (the terminal gone) ends the
    reader (`hung_up`) where Textual's read on, at once and forever. The
    method makes its parser and reads in one body, with no hook between the two.
    tests/test_terminal_input.py fails when Textual's changes, to copy it again.
    """

    def run_input_thread(self) -> None:
        """Wait for input and dispatch events."""
        selector = selectors.SelectSelector()
        selector.register(self.fileno, selectors.EVENT_READ)

        fileno = self.fileno
        EVENT_READ = selectors.EVENT_READ

        parser = XTermParser(driver_debug(self))
        feed = parser.feed
        tick = parser.tick
        guard = PasteGuard()

        utf8_decoder = getincrementaldecoder("utf-8")().decode
        decode = utf8_decoder
        read = os.read

        def process_selector_events(
            selector_events: list[tuple[selectors.SelectorKey, int]],
            final: bool = False,
        ) -> None:
            for last, (_selector_key, mask) in loop_last(selector_events):
                if mask & EVENT_READ:
                    data = _read_input(read, fileno)
                    if data is None:
                        gone.append(True)
                        if (ending := hung_up()) is not None:
                            self.process_message(ending)
                        return
                    unicode_data = decode(data, final=final and last)
                    if not unicode_data:
                        # This can occur if the stdin is piped
                        break
                    for event in guarded(feed, guard, unicode_data, final and last):
                        self.process_message(event)
            for event in tick():
                self.process_message(event)

        gone: list[bool] = []  # the terminal's input ended: nothing more to read
        try:
            while not self.exit_event.is_set() and not gone:
                process_selector_events(selector.select(0.1))
            selector.unregister(self.fileno)
            if not gone:
                process_selector_events(selector.select(0.1), final=True)

        finally:
            selector.close()
            try:
                for _event in feed(""):
                    pass
            except (EOFError, ParseError):
                pass
