"""Untrusted content never reaches the terminal as markup or escape sequences."""

from __future__ import annotations

import fcntl
import os
import pty
import select
import struct
import subprocess
import sys
import termios
import time
from pathlib import Path

from conftest import BASE_FILES, briefing_files, write_folder
from hostile import CSI_CLEAR, INJECTED, MARKUP, OSC_TITLE, write_hostile
from reader_helpers import SIZE, reader, settle
from textual.widgets import Static

from briefing.screens.actors_pane import ActorsPane
from briefing.screens.briefing_screen import BriefingScreen
from briefing.screens.quote_viewer import QuoteViewer

REPO = Path(__file__).resolve().parent.parent


async def test_markup_is_shown_literally_and_escapes_as_symbols(tmp_path: Path) -> None:
    folder = write_hostile(tmp_path / "hostile")
    app = reader(folder, tmp_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, BriefingScreen)
        pane = screen.query_one("#actors", ActorsPane)
        text = "\n".join(line.plain for line in pane.render_row(screen.queries.actor("a"), 500))
        assert MARKUP in text  # literally, not bold red, and no click action
        assert "␛]0;PWNED-TITLE␇" in text
        assert "\x1b" not in text and "\x07" not in text
        await pilot.press("tab", "tab", "enter")
        assert isinstance(app.screen, QuoteViewer)
        paragraph = str(app.screen.query_one(".paragraph.current", Static).render())
        assert MARKUP in paragraph and "\x1b" not in paragraph
        await pilot.press("escape", "s")
        await pilot.press("escape", "ctrl+p", "A", "c", "t")
        await pilot.pause(0.3)
        assert app.is_running  # nothing in the content ran app.quit


def _read_for(fd: int, seconds: float) -> bytes:
    data = b""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        ready, _, _ = select.select([fd], [], [], 0.1)
        if ready:
            try:
                chunk = os.read(fd, 65536)
            except OSError:
                break
            if not chunk:
                break
            data += chunk
    return data


def _drawn(path: Path, index: Path, keys: list[bytes]) -> str:
    """What `briefing open PATH` writes to a real terminal (a pty) while `keys` are typed."""
    main, secondary = pty.openpty()
    fcntl.ioctl(secondary, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 120, 0, 0))
    env = {
        **os.environ,
        "TERM": "xterm-256color",
        "BRIEFING_INDEX_DIR": str(index / "idx"),
        "BRIEFING_DATA_DIR": str(index / "data"),
    }
    env.pop("NO_COLOR", None)
    process = subprocess.Popen(
        [sys.executable, "-m", "briefing", "open", str(path)],
        stdin=secondary,
        stdout=secondary,
        stderr=secondary,
        env=env,
        cwd=REPO,
        close_fds=True,
    )
    os.close(secondary)
    written = b""
    try:
        written += _read_for(main, 6)
        for typed in keys:
            os.write(main, typed)
            written += _read_for(main, 0.8)
        os.write(main, b"q")
        written += _read_for(main, 2)
        process.wait(timeout=10)
    finally:
        if process.poll() is None:
            process.kill()
        os.close(main)
    return written.decode("utf-8", "replace")


def test_no_injected_sequence_reaches_the_terminal(tmp_path: Path) -> None:
    folder = write_hostile(tmp_path / "hostile")
    # every screen: the panes, a quote in its source, the full text, the summary, the palette
    keys = [b"\t", b"\t", b"\r", b"f", b"\x1b", b"s", b"\x1b", b"\x10", b"Act", b"\x1b", b"?"]
    text = _drawn(folder, tmp_path, keys)
    assert "PWNED" in text or "MARKUP" in text, "the hostile briefing was never drawn"
    for sequence in INJECTED:
        assert sequence not in text, f"{sequence!r} reached the terminal"


def test_no_injected_sequence_reaches_the_terminal_from_the_library(tmp_path: Path) -> None:
    """The library lists titles from the catalogue, not from records made safe to show."""
    content = tmp_path / "content"
    write_hostile(content / "one")
    second = write_hostile(content / "two") / "briefing.yaml"
    second.write_text(second.read_text().replace("id: hostile", "id: hostile-two", 1))
    # the library's rows, a briefing opened, a record pinned, back, every briefing's pins
    keys = [b"\r", b"*", b"\x1b", b"\x1b", b"P", b"\x1b"]
    text = _drawn(content, tmp_path, keys)
    assert "Hostile" in text, "the library was never drawn"
    for sequence in INJECTED:
        assert sequence not in text, f"{sequence!r} reached the terminal"


def test_no_injected_sequence_reaches_the_terminal_from_a_folder_name(tmp_path: Path) -> None:
    """A folder's name is the file system's: a briefing with errors is said in a
    notice by it (a new user's trial: the name cleared the screen and retitled
    the terminal)."""
    content = tmp_path / "content"
    write_hostile(content / "one")
    yaml = str(BASE_FILES["briefing.yaml"]).replace("kind: person", "kind: robot")
    write_folder(content / f"bad{OSC_TITLE}{CSI_CLEAR}", briefing_files(**{"briefing.yaml": yaml}))
    keys = [b"/", b"bad", b"\r", b"\r"]  # to the broken briefing's row, then Enter on it
    text = _drawn(content, tmp_path, keys)
    assert "does not open: " in text, "the notice was never drawn"
    for sequence in INJECTED:
        assert sequence not in text, f"{sequence!r} reached the terminal"
