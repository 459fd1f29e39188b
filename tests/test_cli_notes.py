"""`briefing notes`: pins and notes out of the reader, with their records and sources."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import briefing_files, write_folder

from briefing import cli
from briefing.check.content import check_content
from briefing.present.display import for_display
from briefing.userdata.reading import BriefingMemory
from briefing.userdata.store import UserStore

BASE = str(briefing_files()["briefing.yaml"]).replace(
    "    text: sources/s.txt\n", "    text: sources/s.txt\n    url: https://example.org/s\n"
)
MORE = BASE + "  - id: q2\n    text: she left\n    speaker: a\n    source: s\n"


def kept_notes(tmp_path: Path, content: Path) -> None:
    """What a reader kept: a pinned and noted quote, a noted event, a note on q2 and
    on the briefing, and a note on a briefing that is elsewhere."""
    store = UserStore()
    briefing = check_content(content).folders[0].briefing
    assert briefing is not None
    memory = BriefingMemory(store, for_display(briefing))
    memory.record_visit()
    memory.toggle_pin(memory.key("quote", "q"))
    memory.write_note(memory.key("quote", "q"), "Is it verbatim?")
    memory.write_note(memory.key("event", "e"), "When exactly?")
    memory.write_note(memory.key("quote", "q2"), "Why did she leave?")
    memory.write_note(memory.briefing_key, "The whole thing.")
    store.put(
        "notes",
        "elsewhere/actor/x",
        {"text": "far away", "digest": "0", "record": "X", "written": "2026-01-01T00:00:00+00:00"},
    )
    assert store.save()


@pytest.fixture
def content(tmp_path: Path) -> Path:
    root = tmp_path / "content"
    write_folder(root / "b", briefing_files(**{"briefing.yaml": MORE}))
    kept_notes(tmp_path, root)
    # Since: the quote's words were edited, and q2 removed.
    edited = BASE.replace("text: hello world", "text: hello")
    (root / "b" / "briefing.yaml").write_text(edited, encoding="utf-8")
    return root


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    status = cli.main(["notes", *args])
    return status, capsys.readouterr().out


def test_markdown_cites_each_record_with_its_note_and_sources(
    content: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out = run(capsys, str(content), "--index", str(tmp_path / "index.json"))
    assert status == 0
    assert out.startswith("# Pins and notes\n\n## T (`b`)\n\n### The briefing\n")
    quote = out.split("### Quote `q` · pinned\n")[1].split("###")[0]
    assert "_changed since the note or pin; it read then:_ “hello world” — A" in quote
    # each line of the citation a paragraph of its own: rendered, they ran together
    assert "> “hello”\n>\n> — A\n>\n> Source: S. https\\://example.org/s" in quote  # no autolink
    assert "<https://example.org/s>" in quote
    assert "**Your note** (" in quote and "Is it verbatim?" in quote
    event = out.split("### Event `e`\n")[1].split("###")[0]
    assert "> 10 Feb 2022: E" in event and "When exactly?" in event
    gone = out.split("### Quote `q2`\n")[1].split("##")[0]
    assert "_no longer in the briefing; it last read:_ “she left” — A" in gone
    assert "Why did she leave?" in gone
    assert "## elsewhere (`elsewhere`)" in out and "far away" in out  # none left out
    assert out.index("## T") < out.index("## elsewhere")


def test_markdown_of_a_title_and_a_note_holding_markup_reads_as_they_were_written(
    content: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Titles and notes went into the Markdown as they were: a title holding
    `[bold]now[/bold]` or `*` became markup (a new user's trial); `export`
    escaped them already."""
    edited = (content / "b" / "briefing.yaml").read_text(encoding="utf-8")
    edited = edited.replace("title: T", "title: T *now* [x](y)", 1)
    (content / "b" / "briefing.yaml").write_text(edited, encoding="utf-8")
    store = UserStore()
    note = {"text": "# not a heading\n<b>no</b> *no*", "digest": "0", "record": "A"}
    store.put("notes", "b/actor/a", {**note, "written": "2026-01-01T00:00:00+00:00"})
    assert store.save()
    _, out = run(capsys, str(content), "--index", str(tmp_path / "index.json"))
    assert "## T \\*now\\* \\[x\\](y) (`b`)" in out
    assert "\\# not a heading  \n\\<b\\>no\\</b\\> \\*no\\*" in out  # a hard break


def test_json_gives_every_entry_with_its_state(
    content: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out = run(
        capsys, str(content), "--format", "json", "--index", str(tmp_path / "index.json")
    )
    assert status == 0
    found = {(b["id"], e["kind"], e["id"]): e for b in json.loads(out) for e in b["entries"]}
    assert found["b", "quote", "q"]["state"] == "changed"
    assert found["b", "quote", "q"]["pinned"] is True
    assert found["b", "quote", "q"]["kept"] == "“hello world” — A"
    assert found["b", "quote", "q"]["record"] == "“hello” — A"
    assert found["b", "quote", "q"]["urls"] == ["https://example.org/s"]
    assert found["b", "quote", "q2"]["state"] == "removed"
    assert found["b", "quote", "q2"]["note"] == "Why did she leave?"
    assert found["b", "event", "e"]["state"] == "current"
    assert found["b", "briefing", "b"]["note"] == "The whole thing."
    assert found["elsewhere", "actor", "x"]["state"] == "unknown"


def test_with_nothing_kept_it_says_so(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    content = write_folder(tmp_path / "content" / "b", briefing_files()).parent
    status, out = run(capsys, str(content), "--index", str(tmp_path / "index.json"))
    assert status == 0 and out.startswith("No pins or notes for ")
    assert not (tmp_path / "data").exists()  # reading never writes


def test_a_damaged_store_is_said_and_left_where_it_is_with_exit_1(
    content: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A command that only reads renamed it to notes.json.damaged, printed "No pins
    or notes" and exited 0: a script saw success, and no notes."""
    store = tmp_path / "data" / "notes.json"
    damaged = store.read_bytes()[:200]
    store.write_bytes(damaged)
    status = cli.main(["notes", str(content), "--index", str(tmp_path / "index.json")])
    captured = capsys.readouterr()
    assert (status, captured.out) == (1, "")
    assert "is damaged" in captured.err and "left as it is" in captured.err
    assert store.read_bytes() == damaged
    assert not [p for p in store.parent.iterdir() if "damaged" in p.name]


def test_a_notes_file_it_cannot_use_is_said_without_talk_of_quitting(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`briefing notes` only reads: its notice ended "kept only until you quit"
    (a new user's trial), which speaks of a reader it is not."""
    content = write_folder(tmp_path / "content" / "b", briefing_files()).parent
    store = tmp_path / "data" / "notes.json"
    store.parent.mkdir(parents=True)
    store.write_text("my own notes, not briefing's\n", encoding="utf-8")
    status = cli.main(["notes", str(content), "--index", str(tmp_path / "index.json")])
    captured = capsys.readouterr()
    assert "left as it is" in captured.err and "quit" not in captured.err
    assert store.read_text(encoding="utf-8") == "my own notes, not briefing's\n"
    assert status == 1  # the notes could not be listed


def test_markdown_renders_with_each_line_of_a_note_and_a_citation_a_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Rendered (CommonMark), a pinned quote's words, its speaker and its source
    ran into one line, a source list became `Source: - …`, and a note of two
    lines one line (an analyst's trial); the user's note and the author's both
    read "Note"."""
    from markdown_it import MarkdownIt

    root = tmp_path / "content"
    write_folder(root / "b", briefing_files(**{"briefing.yaml": MORE}))
    store = UserStore()
    note = {"text": "first line\nsecond line", "digest": "0", "record": "E"}
    store.put("notes", "b/event/e", {**note, "written": "2026-11-27T00:00:00+00:00"})
    assert store.save()
    status, out = run(capsys, str(root), "--index", str(tmp_path / "index.json"))
    assert status == 0
    html = MarkdownIt("commonmark").render(out)
    assert "<p>first line<br />\nsecond line</p>" in html
    event = html.split("Event <code>e</code>")[1].split("<h3>")[0]
    assert "<p>10 Feb 2022: E</p>" in event
    assert "<li>" in event and "- " not in event  # its sources a list, not a stray dash
    assert "<strong>Your note</strong>" in event


def test_notes_of_a_briefing_with_errors_say_it_has_errors(
    content: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """It read "This briefing is not in the content read" and "its briefing is not
    here", state "unknown": it was there, broken."""
    (content / "b" / "more.yaml").write_text("actor: []\n", encoding="utf-8")
    index = str(tmp_path / "index.json")
    status, out = run(capsys, str(content), "--index", index)
    assert status == 0
    assert f"_This briefing has 1 error (`briefing check {content / 'b'}` shows it)" in out
    assert "its briefing has errors; it read:" in out and "not here" not in out.split("## ")[1]
    status, out = run(capsys, str(content), "--index", index, "--format", "json")
    (mine, _elsewhere) = json.loads(out)
    assert (mine["errors"], {e["state"] for e in mine["entries"]}) == (1, {"broken"})
