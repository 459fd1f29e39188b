"""Every field an author writes is on some screen a reader reaches by keys (issue 13.2).

A briefing with a marker in every field of every section (the fields of
briefing.records.schema, so a field added there must be added here) is
opened; the briefing screen, the summary (s), the details of an actor and
of an event (d) and the quote viewer (Enter) are visited, and each marker
must be among what they show. Before: an event's and an actor's summary,
places cut at 24 columns and an actor's aliases appeared nowhere.
"""

from __future__ import annotations

from pathlib import Path

from conftest import write_folder
from reader_helpers import SIZE, reader, settle
from textual.app import App
from textual.content import Content
from textual.widgets import Static

from briefing.records.schema import FIELDS
from briefing.screens.fields import Fields
from briefing.screens.record_list import RecordList
from briefing.screens.source_list import SourceList

#: (section, field) -> (the YAML value written, what a reader must see of it)
MARKERS: dict[tuple[str, str], tuple[str, str]] = {
    ("briefing", "id"): ("zq-briefing-id", "zq-briefing-id"),
    ("briefing", "title"): ("Zqbriefingtitle", "Zqbriefingtitle"),
    ("briefing", "as_of"): ("1987-06-05", "5 Jun 1987"),
    ("briefing", "summary"): ("Zqbriefingsummary", "Zqbriefingsummary"),
    ("briefing", "tags"): ("[zqtag]", "zqtag"),
    ("briefing", "language"): ("en-zqlang", "en-zqlang"),
    ("sources", "id"): ("zq-source-id", "zq-source-id"),
    ("sources", "title"): ("Zqsourcetitle", "Zqsourcetitle"),
    ("sources", "outlet"): ("Zqoutlet", "Zqoutlet"),
    ("sources", "published"): ("1986-03-04", "4 Mar 1986"),
    ("sources", "url"): ("https://example.org/zqurl", "https://example.org/zqurl"),
    ("sources", "credits"): ("[Zqcredit]", "Zqcredit"),
    ("sources", "text"): ("sources/zqpath.txt", "sources/zqpath.txt"),
    ("actors", "id"): ("zq-actor-id", "zq-actor-id"),
    ("actors", "name"): ("Zqactorname", "Zqactorname"),
    ("actors", "kind"): ("group", "Group"),
    ("actors", "role"): ("Zqrole", "Zqrole"),
    ("actors", "affiliations"): ("[zq-body]", "Zqbodyname"),
    ("actors", "aliases"): ("[Zqalias]", "Zqalias"),
    ("actors", "same_as"): ("[https://example.org/zqsameas]", "https://example.org/zqsameas"),
    ("actors", "summary"): ("Zqactorsummary", "Zqactorsummary"),
    ("events", "id"): ("zq-event-id", "zq-event-id"),
    ("events", "title"): ("Zqeventtitle", "Zqeventtitle"),
    ("events", "when"): ("1985-02-03", "3 Feb 1985"),
    ("events", "when_text"): ("Zqwhentext", "Zqwhentext"),
    ("events", "place"): ("Zqplace", "Zqplace"),
    ("events", "actors"): ("[zq-actor-id]", "Zqactorname"),
    ("events", "summary"): ("Zqeventsummary", "Zqeventsummary"),
    ("events", "sources"): ("[zq-source-id]", "Zqsourcetitle"),
    ("quotes", "id"): ("zq-quote-id", "zq-quote-id"),
    ("quotes", "text"): ("zqquoted words of the speaker", "zqquoted words of the speaker"),
    ("quotes", "speaker"): ("zq-actor-id", "Zqactorname"),
    ("quotes", "source"): ("zq-source-id", "Zqsourcetitle"),
    # the day after its event's: a quote said outside it is warned of (said-outside-event)
    ("quotes", "said"): ("1985-02-04", "4 Feb 1985"),
    ("quotes", "channel"): ("interview", "interview"),
    ("quotes", "reported_by"): ("zq-relay", "Zqrelayname"),
    ("quotes", "event"): ("zq-event-id", "Zqeventtitle"),
    ("quotes", "occurrence"): ("2", "occurrence 2 of 2"),
    ("quotes", "note"): ("Zqnote", "Zqnote"),
}

#: The records the marked ones refer to: an affiliation and a relay.
OTHERS = """\
  - id: zq-body
    name: Zqbodyname
    kind: organisation
  - id: zq-relay
    name: Zqrelayname
    kind: person
"""


def _yaml(section: str) -> str:
    fields = [name for (s, name) in MARKERS if s == section and name in FIELDS[section]]
    lines = [f"{name}: {MARKERS[(section, name)][0]}" for name in fields]
    if section == "briefing":
        return "briefing:\n" + "".join(f"  {line}\n" for line in lines)
    body = "  - " + "\n    ".join(lines) + "\n"
    return f"{section}:\n{body}" + (OTHERS if section == "actors" else "")


def marked_briefing(folder: Path) -> Path:
    words = MARKERS[("quotes", "text")][0]
    when = MARKERS[("events", "when_text")][0]  # the source's own wording
    text = f"First {words}, she said {when}.\n\nAnd again: {words}.\n"
    files: dict[str, str | bytes | None] = {
        "briefing.yaml": "".join(_yaml(s) for s in FIELDS),
        "sources/zqpath.txt": text,
    }
    return write_folder(folder, files)


def shown_text(app: App[None]) -> str:
    """Everything the current screen shows: its visible texts and list rows."""
    texts = []
    for widget in app.screen.query("*"):
        if not all(node.display for node in widget.ancestors_with_self if hasattr(node, "display")):
            continue
        if isinstance(widget, RecordList):
            for y in range(widget.size.height):
                texts.append("".join(segment.text for segment in widget.render_line(y)))
        elif isinstance(widget, Fields):
            texts.append(widget.render().plain)
        elif isinstance(widget, SourceList):
            texts.append(widget.shown_text)
        elif isinstance(widget, Static):
            visual = widget.visual
            texts.append(visual.plain if isinstance(visual, Content) else str(widget.render()))
    return "\n".join(texts)


def test_the_table_covers_every_field_of_the_schema() -> None:
    written = {(section, name) for section, fields in FIELDS.items() for name in fields}
    assert written <= set(MARKERS)


async def test_every_field_is_on_a_screen_reached_by_keys(tmp_path: Path) -> None:
    from briefing.check.content import check_content

    folder = marked_briefing(tmp_path / "marked")
    assert check_content(folder).all_problems() == []
    app = reader(folder, tmp_path)
    seen: list[str] = []
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        seen.append(shown_text(app))
        await pilot.press("s")  # the summary
        seen.append(shown_text(app))
        await pilot.press("escape")
        assert app.screen.query_one("#actors-list", RecordList).move_to("zq-actor-id")
        await pilot.press("d")  # the actor's details
        seen.append(shown_text(app))
        await pilot.press("escape", "tab", "d")  # the event's details
        seen.append(shown_text(app))
        await pilot.press("escape", "tab", "enter")  # the quote viewer
        await pilot.pause()
        seen.append(shown_text(app))
    everything = "\n".join(seen)
    missing = [
        (section, name)
        for (section, name), (_, shown) in MARKERS.items()
        if name in FIELDS[section] and shown not in everything
    ]
    assert missing == []
