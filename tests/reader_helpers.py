"""Starting the reader in tests the way users start it, deterministically."""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from pathlib import Path

from conftest import CONTENT, REPO, briefing_files, write_folder
from rich.cells import cell_len
from textual import events
from textual.app import App
from textual.content import Content
from textual.dom import DOMNode
from textual.geometry import Region
from textual.keys import key_to_character
from textual.pilot import Pilot
from textual.scroll_view import ScrollView
from textual.widgets import Static

from briefing.screens.app import BriefingApp, make_app
from briefing.screens.briefing_screen import BriefingScreen
from briefing.screens.paragraph_lines import GAP, ParagraphLines

SIZE = (120, 40)
SMALL = (80, 24)
#: A line of text in an SVG screenshot: its x, its line, its text.
SVG_TEXT = (
    r'<text class="[^"]*" x="([\d.]+)" y="[\d.]+" textLength="[\d.]+"'
    r' clip-path="url\(#[^)]*-line-(\d+)\)">([^<]*)</text>'
)


def reader(content: Path | None, index_dir: Path, briefing_id: str | None = None) -> BriefingApp:
    """The app as `briefing open` builds it, with an index of the test's own."""
    return make_app(content, briefing_id, index_dir / "index.json")


async def settle(pilot: Pilot) -> None:
    """Wait until the index is open and the first screen is drawn, with what its
    workers bring after the first frame (what the reader remembers)."""
    for _ in range(5):  # a worker's result may start another (the library's counts)
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.pause()
        if not any(w.is_running for w in pilot.app.workers):
            break


def toasts(app: App[None]) -> str:
    """The notifications on screen now, their texts joined (run_test(notifications=True))."""
    return " ".join(str(toast.render()) for toast in app.screen.query("Toast"))


def drawn(lines: ScrollView) -> str:
    """What a Line API widget (a RecordList) shows on screen now, line by line."""
    return "\n".join(
        "".join(segment.text for segment in lines.render_line(y)).rstrip()
        for y in range(lines.size.height)
    )


def burst(app: App[None], *keys: str) -> None:
    """Send `keys` the way a terminal delivers fast typing: all at once, each
    without waiting for the app to handle the one before (`Pilot.press` waits)."""
    for key in keys:
        app.post_message(events.Key(key, "\r" if key == "enter" else key_to_character(key)))


def write_library(root: Path) -> Path:
    """A content folder of two briefings: `good` opens, `broken` has an error."""
    content = root / "content"
    write_folder(content / "good", briefing_files())
    base = briefing_files()["briefing.yaml"]
    assert isinstance(base, str)
    broken = base.replace("id: b", "id: c", 1).replace("kind: person", "kind: persn")
    write_folder(content / "broken", briefing_files(**{"briefing.yaml": broken}))
    return content


def bundled_and_example(root: Path) -> Path:
    """A content folder holding copies of the bundled briefing and of the
    guide's example (`docs/example`): a library of two real briefings."""
    content = root / "library"
    for folder in (CONTENT / "ukraine-diplomacy-2022-02-10", REPO / "docs" / "example"):
        files = {
            str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*") if p.is_file()
        }
        write_folder(content / folder.name, files)  # type: ignore[arg-type]
    return content


async def until(
    pilot: Pilot[None], done: Callable[[], object], what: str, seconds: float = 10
) -> None:
    """Wait (in steps of 0.05 s, at most `seconds`) until `done()` is true;
    else fail, saying `what` did not happen and what the reader said."""
    for _ in range(int(seconds / 0.05)):
        if done():
            return
        await pilot.pause(0.05)
    raise AssertionError(f"{what} did not happen; the reader says {toasts(pilot.app)!r}")


def screen_lines(svg: str) -> list[str]:
    """The text of each line of an SVG screenshot, as sent to the terminal.

    Rich leaves out runs of spaces (drawn as background) and places each
    piece of text at the column it counted: the gaps are put back as spaces.
    """
    pieces: dict[int, list[tuple[float, str]]] = {}
    for x, line, text in re.findall(SVG_TEXT, svg):
        text = html.unescape(text).replace("\xa0", " ").rstrip("\n")
        pieces.setdefault(int(line), []).append((float(x), text))
    lines = []
    for number in sorted(pieces):
        line, width = "", 0
        for x, text in sorted(pieces[number]):
            column = round(x / 12.2)  # Rich's SVG: 12.2 px a cell
            line += " " * (column - width) + text
            width = column + cell_len(text)
        lines.append(line)
    return lines


async def open_from_library(pilot: Pilot[None], briefing_id: str) -> BriefingScreen:
    """From the library on screen, Enter on the briefing `briefing_id`: its screen."""
    from briefing.screens.library import LibraryScreen  # as the reader imports it

    app = pilot.app
    assert isinstance(app.screen, LibraryScreen)
    app.screen.show_briefing(briefing_id)
    await pilot.press("enter")
    await settle(pilot)
    screen = app.screen
    assert isinstance(screen, BriefingScreen) and screen.briefing.id == briefing_id
    return screen


def shown_paragraphs(screen: DOMNode) -> list[Content]:
    """The paragraphs a quote viewer or a source text shows, as drawn: each
    `.paragraph` widget's, or every paragraph of the whole text's one widget."""
    for lines in screen.query(ParagraphLines).results():
        return [lines.shown(index) for index in range(len(lines))]
    return [_visual(paragraph) for paragraph in screen.query(".paragraph").results(Static)]


def current_paragraphs(screen: DOMNode) -> list[tuple[Content, Region]]:
    """The paragraphs shown in the current style (the quote's), as drawn, each
    with the region of the screen it takes (out of sight: beyond the passage's)."""
    for lines in screen.query(ParagraphLines).results():
        starts = lines.starts(lines.size.width)
        return [
            (
                lines.shown(index),
                Region(
                    lines.region.x,
                    lines.region.y + starts[index],
                    lines.region.width,
                    starts[index + 1] - starts[index] - GAP,
                ),
            )
            for index in sorted(lines.current)
        ]
    found = screen.query(".paragraph.current").results(Static)
    return [(_visual(paragraph), paragraph.region) for paragraph in found]


def _visual(paragraph: Static) -> Content:
    shown = paragraph.visual
    assert isinstance(shown, Content)
    return shown
