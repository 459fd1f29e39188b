"""`briefing export`: each format checked for what its consumer needs, not for bytes."""

from __future__ import annotations

import errno
import json
import os
import re
import shutil
import subprocess
import sys
import tracemalloc
from html import unescape
from html.parser import HTMLParser
from pathlib import Path

import jsonschema
import pytest
from conftest import BASE_FILES, CONTENT, REPO, briefing_files, write_folder
from hostile import HTML, INJECTED, write_hostile
from hypothesis import example, given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt
from markdown_it.token import Token

from briefing import cli
from briefing.check.folder import check_folder
from briefing.errors import UsageError
from briefing.export import export, writing
from briefing.export.formats import FORMATS
from briefing.export.inert import MARKDOWN_MARK_START, markdown_text
from briefing.export.json_records import records_from_json
from briefing.export.json_schema import export_schema
from briefing.export.result import Export
from briefing.export.seal import UNSEALED, sealed
from briefing.export.writing import FOLDER_MARK, FOLDER_MARK_TEXT, free_name, write_export
from briefing.records.model import Briefing
from briefing.records.normalising import normalise
from briefing.records.queries import BriefingQueries

BUNDLED = CONTENT / "ukraine-diplomacy-2022-02-10"

# Every form of date the contract allows, each on its own event.
DATES = {
    "day": "2022-02-10",
    "month": "2022-03",
    "year": "2021",
    "approximate": "2022-02-09~",
    "uncertain": "2022-02-08?",
    "both": "2022-02-07%",
    "instant": "2022-02-10T10:45:00+01:00",
    "interval": "2022-02-10/2022-02-20",
    "approx-start": "2022-02-07~/2022-02-09",
    "open-end": "2022-02-15/..",
    "open-start": "../2022-02-06",
}


def _dated_folder(folder: Path) -> Path:
    events = "".join(
        f"  - id: {name}\n    title: Event {name}\n    when: '{when}'\n    sources: [s]\n"
        for name, when in DATES.items()
    )
    yaml = f"""\
briefing:
  id: dated
  title: Dated
  as_of: 2022-02-20
sources:
  - id: s
    title: The article
    url: https://example.org/article
    text: sources/s.txt
  - id: t
    title: No address
    text: sources/t.txt
actors:
  - id: a
    name: Ana Núñez
    role: Minister
    kind: person
events:
{events}quotes:
  - id: whole
    text: "the talks were “a huge mistake”"
    speaker: a
    source: s
    said: 2022-02-09~
    channel: news-conference
  - id: elided
    text: "we will not accept this … under any circumstances at all"
    speaker: a
    source: t
"""
    source_s = "Intro line.\n\nShe said the talks were \u201ca huge  mistake\u201d, and left.\n"
    source_t = (
        "We will not accept this, she said, "
        "we will not accept this under any circumstances at all.\n"
    )
    return write_folder(
        folder, {"briefing.yaml": yaml, "sources/s.txt": source_s, "sources/t.txt": source_t}
    )


def _built(folder: Path) -> Briefing:
    result = check_folder(folder)
    assert result.briefing is not None, [p.message for p in result.problems]
    return result.briefing


@pytest.fixture
def dated(tmp_path: Path) -> Briefing:
    return _built(_dated_folder(tmp_path / "dated"))


@pytest.fixture(scope="module")
def bundled() -> Briefing:
    return _built(BUNDLED)


# --- json ---------------------------------------------------------------------


def test_json_reads_back_to_the_same_records(bundled: Briefing, dated: Briefing) -> None:
    for briefing in (bundled, dated):
        document = json.loads(export(briefing, "json").text)
        assert records_from_json(document) == briefing


def test_json_matches_its_schema_in_docs(bundled: Briefing, dated: Briefing) -> None:
    schema = json.loads((REPO / "docs" / "export.schema.json").read_text(encoding="utf-8"))
    assert schema == export_schema(), (
        "run: make docs (python -m briefing.export.json_schema > docs/export.schema.json)"
    )
    for briefing in (bundled, dated):
        jsonschema.validate(json.loads(export(briefing, "json").text), schema)


# --- timelinejs ---------------------------------------------------------------


def _slides(briefing: Briefing) -> dict[str, dict[str, object]]:
    document = json.loads(export(briefing, "timelinejs").text)
    assert "headline" in document["title"]["text"]
    return {slide["unique_id"].removeprefix("event-"): slide for slide in document["events"]}


def test_timelinejs_has_the_documented_shape_for_every_event(bundled: Briefing) -> None:
    slides = _slides(bundled)
    assert len(slides) == len(bundled.events)
    for slide in slides.values():
        for end in ("start_date", "end_date"):
            if end not in slide:
                continue
            date = slide[end]
            assert isinstance(date, dict)
            assert date["year"].isdigit()
            assert set(date) <= {"year", "month", "day", "hour", "minute", "second"}
            assert 1 <= int(date.get("month", 1)) <= 12
            assert 1 <= int(date.get("day", 1)) <= 31
        text = slide["text"]
        assert isinstance(text, dict) and text["headline"]


def test_timelinejs_dates_keep_what_is_known_and_nothing_more(dated: Briefing) -> None:
    slides = _slides(dated)
    expected = {
        "day": ({"year": "2022", "month": "2", "day": "10"}, None, "10 Feb 2022"),
        "month": ({"year": "2022", "month": "3"}, None, "Mar 2022"),
        "year": ({"year": "2021"}, None, "2021"),
        "approximate": ({"year": "2022", "month": "2", "day": "9"}, None, "~9 Feb 2022"),
        "uncertain": ({"year": "2022", "month": "2", "day": "8"}, None, "8 Feb 2022?"),
        "both": ({"year": "2022", "month": "2", "day": "7"}, None, "~7 Feb 2022?"),
        "instant": (  # in UTC: TimelineJS has no time zones (a historian's trial)
            {
                "year": "2022",
                "month": "2",
                "day": "10",
                "hour": "9",
                "minute": "45",
                "second": "0",
            },
            None,
            "10 Feb 2022 10:45 UTC+01:00",
        ),
        "interval": (
            {"year": "2022", "month": "2", "day": "10"},
            {"year": "2022", "month": "2", "day": "20"},
            "10–20 Feb 2022",
        ),
        "approx-start": (
            {"year": "2022", "month": "2", "day": "7"},
            {"year": "2022", "month": "2", "day": "9"},
            "~7 Feb 2022 – 9 Feb 2022",
        ),
        # open ends: TimelineJS has none, so the start alone, said as "from"
        "open-end": ({"year": "2022", "month": "2", "day": "15"}, None, "from 15 Feb 2022"),
        # and an open start stands at its end, said as "by"
        "open-start": ({"year": "2022", "month": "2", "day": "6"}, None, "by 6 Feb 2022"),
    }
    for name, (start, end, shown) in expected.items():
        slide = slides[name]
        assert slide["start_date"] == start, name
        assert slide.get("end_date") == end, name
        assert slide["display_date"] == shown, name


# --- annotations --------------------------------------------------------------


def _annotations(briefing: Briefing) -> list[dict[str, object]]:
    document = json.loads(export(briefing, "annotations").text)
    assert document["@context"] == "http://www.w3.org/ns/anno.jsonld"
    assert document["type"] == "AnnotationCollection"
    items: list[dict[str, object]] = document["first"]["items"]
    assert document["total"] == len(items)
    return items


def _targets(annotation: dict[str, object]) -> list[dict[str, object]]:
    target = annotation["target"]
    return target if isinstance(target, list) else [target]  # type: ignore[list-item]


def _check_selectors(briefing: Briefing) -> int:
    texts = {s.id: s.text for s in briefing.sources}
    urls = {s.id: s.url for s in briefing.sources}
    checked = 0
    for annotation, quote in zip(_annotations(briefing), _anchored(briefing), strict=True):
        assert annotation["id"].endswith(quote.id)  # type: ignore[union-attr]
        text = texts[quote.source]
        assert text is not None
        for target in _targets(annotation):
            assert target["source"] == (
                urls[quote.source] or f"urn:x-briefing:{briefing.id}:source:{quote.source}"
            )
            by_type = {s["type"]: s for s in target["selector"]}  # type: ignore[attr-defined]
            exact = by_type["TextQuoteSelector"]
            position = by_type["TextPositionSelector"]
            start, end = position["start"], position["end"]
            assert text[start:end] == exact["exact"]
            assert text[:start].endswith(exact["prefix"]) and exact["prefix"]
            assert text[end:].startswith(exact["suffix"])
            assert len(exact["prefix"]) <= 32 and len(exact["suffix"]) <= 32
            checked += 1
    return checked


def _anchored(briefing: Briefing) -> list:  # type: ignore[type-arg]
    from briefing.records.queries import BriefingQueries

    return [q for q in BriefingQueries(briefing).quotes if q.span is not None]


def test_every_annotation_selects_the_source_text_it_quotes(bundled: Briefing) -> None:
    assert _check_selectors(bundled) >= len(bundled.quotes)


def test_annotation_selectors_hold_the_source_characters_not_the_yaml(dated: Briefing) -> None:
    assert _check_selectors(dated) == 3  # one whole quote, one in two parts
    whole = next(a for a in _annotations(dated) if str(a["id"]).endswith("whole"))
    (target,) = _targets(whole)
    exact = target["selector"][0]["exact"]  # type: ignore[index]
    # the source's own curly quotes and double space, not the YAML's spelling
    assert exact == "the talks were \u201ca huge  mistake\u201d"
    assert normalise(exact) == normalise("the talks were “a huge mistake”")
    elided = next(a for a in _annotations(dated) if str(a["id"]).endswith("elided"))
    parts = [t["selector"][0]["exact"] for t in _targets(elided)]  # type: ignore[index]
    assert parts == ["we will not accept this", "under any circumstances at all"]
    body = whole["body"][0]["value"]  # type: ignore[index]
    assert "Ana Núñez" in body and "news conference" in body and "~9 Feb 2022" in body


# --- markdown -----------------------------------------------------------------


def _tokens(markdown: str) -> list[Token]:
    flat: list[Token] = []
    for token in MarkdownIt("commonmark").parse(markdown):
        flat.append(token)
        flat.extend(token.children or ())
    return flat


def _rendered_text(markdown: str) -> str:
    return " ".join(t.content for t in _tokens(markdown) if t.type in ("text", "code_inline"))


def test_markdown_holds_every_quote_with_its_attribution_and_source_link(
    bundled: Briefing, dated: Briefing
) -> None:
    for briefing in (bundled, dated):
        markdown = export(briefing, "markdown").text
        text = " ".join(_rendered_text(markdown).split())
        for quote in briefing.quotes:
            assert " ".join(quote.text.split()) in text, quote.id
    markdown = export(dated, "markdown").text
    text = _rendered_text(markdown)
    assert "— Ana Núñez (Minister), news conference, ~9 Feb 2022" in text
    links = [t.attrs["href"] for t in _tokens(markdown) if t.type == "link_open"]
    assert links and set(links) == {"https://example.org/article"}
    # the chronology says what is known: approximate, open, "by"
    for shown in ("~9 Feb 2022", "from 15 Feb 2022", "by 6 Feb 2022", "8 Feb 2022?"):
        assert shown in text


# --- text ---------------------------------------------------------------------


def test_text_holds_every_quote_with_its_attribution_in_words_and_no_markup(
    bundled: Briefing, dated: Briefing
) -> None:
    """A screen-reader user on a limited terminal had only the Markdown to read
    through, and heard `\\~Aug 2026?`, `\\[the bridge\\]` and `(<https://…>)`."""
    for briefing in (bundled, dated):
        text = export(briefing, "text").text
        lines = text.splitlines()
        quotes = BriefingQueries(briefing).quotes  # in the Markdown's order
        said = [lines.index(f"“{' '.join(q.text.split())}”") for q in quotes]
        assert len(said) == len(briefing.quotes) and said == sorted(said)
        assert lines[2] == briefing.title
        # the Markdown's sections, in its order, each a line of its own
        headings = [line[3:] for line in export(briefing, "markdown").text.splitlines()
                    if line.startswith("## ")]  # fmt: skip
        assert [line for line in lines if line in headings] == headings
        assert "\\" not in text and "<" not in text and "](" not in text
        assert not re.search(r"^(#|- |> |\*)", text, re.MULTILINE), text
    text = export(dated, "text").text
    cited = (
        "— Ana Núñez (Minister), news conference, ~9 Feb 2022 (approximate). "
        "Source: The article (https://example.org/article)."
    )
    assert cited in text.splitlines()
    assert "— Ana Núñez (Minister). Source: No address." in text.splitlines()  # no link
    # the chronology says what is known, in words
    for said in (
        "~9 Feb 2022 (approximate): Event approximate. Source: The article (https://example.org/",
        "8 Feb 2022? (uncertain): Event uncertain.",
        "10 to 20 Feb 2022: Event interval.",
        "from 15 Feb 2022: Event open-end.",
        "by 6 Feb 2022: Event open-start.",
    ):
        assert any(line.startswith(said) for line in text.splitlines()), said


def test_text_says_what_it_is_first_and_keeps_its_digest_for_its_last_line(
    bundled: Briefing, tmp_path: Path
) -> None:
    """A screen reader read the first line's 64 hexadecimal digits out before
    the title (a trial on limited terminals): the digest is on the last line."""
    text = export(bundled, "text").text
    first, last = text.splitlines()[0], text.splitlines()[-1]
    assert first.startswith("Written by briefing export") and "sha256" not in first
    assert re.fullmatch(r"The digest of this copy: sha256:[0-9a-f]{64}\.", last)
    target = tmp_path / "b.txt"
    target.write_text(text, encoding="utf-8")
    assert free_name(tmp_path, "b.txt") == target  # as written: written again
    target.write_text(text.replace(bundled.title, "My title", 1), encoding="utf-8")
    assert free_name(tmp_path, "b.txt") == tmp_path / "b-2.txt"  # edited above the seal: kept
    target.write_text(text.rsplit("\n", 2)[0] + "\n", encoding="utf-8")
    assert free_name(tmp_path, "b.txt") == tmp_path / "b-2.txt"  # its seal cut off: kept


def test_a_text_export_sealed_on_its_first_line_is_still_known(tmp_path: Path) -> None:
    """Exports written before the digest moved to the last line are written over
    while unedited, as they were."""
    old = sealed(f"Written by briefing export: a copy, safe to write again unless edited "
                 f"({UNSEALED}).\n\nOld title\n")  # fmt: skip
    (tmp_path / "b.txt").write_text(old, encoding="utf-8")
    assert free_name(tmp_path, "b.txt") == tmp_path / "b.txt"
    (tmp_path / "b.txt").write_text(old + "Mine.\n", encoding="utf-8")
    assert free_name(tmp_path, "b.txt") == tmp_path / "b-2.txt"


def test_a_text_export_whose_quote_holds_a_blank_digest_is_sealed_at_its_end(
    tmp_path: Path,
) -> None:
    """Content is untrusted: a quote holding the placeholder itself does not take the seal."""
    files = briefing_files()
    base = str(files["briefing.yaml"])
    folder = write_folder(
        tmp_path / "b",
        briefing_files(**{"briefing.yaml": base.replace("title: T", f"title: T {UNSEALED}", 1)}),
    )
    briefing = check_folder(folder).briefing
    assert briefing is not None and UNSEALED in briefing.title
    text = export(briefing, "text").text
    assert UNSEALED in text and UNSEALED not in text.splitlines()[-1]
    (tmp_path / "b.txt").write_text(text, encoding="utf-8")
    assert free_name(tmp_path, "b.txt") == tmp_path / "b.txt"


def test_text_puts_a_quote_in_quotation_marks_once_and_keeps_its_paragraphs(
    tmp_path: Path,
) -> None:
    """A quote written in its own (« … ») is not put in “ ” as well, as the reader
    shows it; a quote of two paragraphs stays two, each on one line, and no blank
    line parts them (a blank line parts one quote from the next)."""
    base = str(BASE_FILES["briefing.yaml"])
    yaml = base.replace("    text: hello world\n", "    text: '« hello world »'\n").replace(
        "quotes:\n",
        "quotes:\n  - id: r\n    text: |-\n      Then\n      she\n\n      left.\n"
        "    speaker: a\n    source: s\n",
        1,
    )
    source = "She said « hello world ».\n\nThen she left.\n"
    files = briefing_files(**{"briefing.yaml": yaml, "sources__s.txt": source})
    lines = export(_built(write_folder(tmp_path / "b", files)), "text").text.splitlines()
    assert "« hello world »" in lines and "“« hello world »”" not in lines
    said = lines.index("“Then she")
    assert lines[said : said + 4] == ["“Then she", "left.”", "— A. Source: S.", ""]


def test_text_shows_hidden_characters_as_symbols_and_keeps_one_line_fields_on_one_line(
    tmp_path: Path,
) -> None:
    """A right-to-left override makes "evil", the override, "gnp.exe" read as
    "evilexe.png"; a line break in a title would start a line that reads as
    the next record."""
    title = "evil\u202egnp.exe \u2066x\u2069 \u200b \x85 \x1b[2J"
    briefing = f"briefing:\n  id: f\n  title: {json.dumps(title)}\n  as_of: 2022-02-10\n"
    text = export(_built(write_folder(tmp_path / "f", {"briefing.yaml": briefing})), "text").text
    assert not re.search("[\u202e\u2066\u2069\u200b\x85\x1b]", text)
    (shown,) = [line for line in text.splitlines() if line.startswith("evil")]
    assert "gnp.exe" in shown and "␛[2J" in shown


# --- hostile content ----------------------------------------------------------


def test_a_hostile_briefing_exports_nothing_live(tmp_path: Path) -> None:
    briefing = _built(write_hostile(tmp_path / "hostile"))
    markdown = export(briefing, "markdown").text
    tokens = _tokens(markdown)
    html_tokens = [t.content.strip() for t in tokens if t.type in ("html_block", "html_inline")]
    assert html_tokens == [markdown.splitlines()[0]]  # our own first line, and nothing else
    assert html_tokens[0].startswith(MARKDOWN_MARK_START)
    assert not {t.type for t in tokens} & {"link_open", "image"}
    assert "[bold red]MARKUP[/]" in _rendered_text(markdown)  # shown as written
    timeline = json.loads(export(briefing, "timelinejs").text)
    fields = [
        field
        for slide in [timeline["title"], *timeline["events"]]
        for field in slide["text"].values()
    ]
    for field in fields:
        assert _tags(field) <= {"p"}, field  # the payload's markup is text
    assert all(HTML in unescape(field) for field in fields)  # shown as written, not dropped
    for name in FORMATS:
        for text in export(briefing, name).files.values():
            for injected in INJECTED:
                assert injected not in text, (name, injected)
            assert "\x1b" not in text and "\x07" not in text
    text = export(briefing, "text").text
    # plain text: no character a terminal acts on, but the line ends
    assert not re.search("[\x00-\x09\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]", text)
    assert "[bold red]MARKUP[/]" in text and HTML in text  # shown as written
    assert "␛]0;PWNED-TITLE␇" in text  # the escape shown, as the reader shows it


@pytest.mark.parametrize("name", ["json", "annotations"])
def test_json_shows_bidirectional_and_invisible_characters_as_escapes(
    tmp_path: Path, name: str
) -> None:
    """A right-to-left override (U+202E) makes "evil", the override, "gnp.exe" read as
    "evilexe.png" in an editor or a terminal: a JSON export writes it as an escape,
    and reads back as it was."""
    title = "evil\u202egnp.exe \u2066x\u2069 \u200b \x85"
    briefing = f"briefing:\n  id: f\n  title: {json.dumps(title)}\n  as_of: 2022-02-10\n"
    text = export(_built(write_folder(tmp_path / "f", {"briefing.yaml": briefing})), name).text
    assert not re.search("[\u202e\u2066\u2069\u200b\x85]", text)
    assert "evil\\u202egnp.exe \\u2066x\\u2069 \\u200b \\u0085" in text
    assert title in json.dumps(json.loads(text), ensure_ascii=False)


def test_a_link_to_an_address_with_brackets_and_quotes_leads_to_the_whole_address(
    tmp_path: Path,
) -> None:
    """`>` ends a Markdown link's `<...>` target and `"` an HTML attribute: an
    address holding them (the checker lets any printable address through) is
    percent-encoded, so the link leads to the whole address, and nothing of it
    spills out as text or markup."""
    address = 'https://example.org/a>b<i>c"d'
    encoded = "https://example.org/a%3Eb%3Ci%3Ec%22d"
    yaml = str(briefing_files()["briefing.yaml"]).replace(
        "    title: S\n", f"    title: S\n    url: '{address}'\n", 1
    )
    briefing = _built(write_folder(tmp_path / "b", briefing_files(**{"briefing.yaml": yaml})))
    (source,) = briefing.sources
    assert source.url == address
    markdown = export(briefing, "markdown").text
    tokens = _tokens(markdown)
    links = [t.attrs["href"] for t in tokens if t.type == "link_open"]
    assert links and set(links) == {encoded}, markdown
    assert "example.org" not in _rendered_text(markdown)
    assert f"Source: S ({encoded})" in export(briefing, "text").text  # the whole address
    assert [t for t in tokens if t.type == "html_inline"] == []
    timeline = json.loads(export(briefing, "timelinejs").text)
    hrefs: list[str | None] = []

    class Links(HTMLParser):
        def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
            hrefs.extend(value for name, value in attrs if tag == "a" and name == "href")

    for slide in timeline["events"]:
        Links().feed(slide["text"]["text"])
    assert hrefs and set(hrefs) == {encoded}


def _tags(html: str) -> set[str]:
    found: set[str] = set()

    class Tags(HTMLParser):
        def handle_starttag(self, tag: str, attrs: object) -> None:
            found.add(tag)

    Tags().feed(html)
    return found


def test_csv_cells_that_would_be_formulas_are_text(tmp_path: Path) -> None:
    folder = write_folder(
        tmp_path / "f",
        {
            "briefing.yaml": "briefing:\n  id: f\n  title: '=HYPERLINK(\"https://evil\")'\n"
            "  as_of: 2022-02-10\n",
        },
    )
    exported = export(_built(folder), "csv")
    assert set(exported.files) == {
        f"{s}.csv" for s in ("briefing", "sources", "actors", "events", "quotes")
    }
    assert "'=HYPERLINK" in exported.files["briefing.csv"]


def test_csv_names_what_each_reference_names_beside_its_id() -> None:
    """`quotes.csv` gave the speaker as `liz-truss` alone: a spreadsheet of quotes
    needed the names looked up by hand (an analyst's trial)."""
    import csv as csv_module

    exported = export(_built(CONTENT / "ukraine-diplomacy-2022-02-10"), "csv")
    quotes = list(csv_module.DictReader(exported.files["quotes.csv"].splitlines()))
    truss = next(row for row in quotes if row["id"] == "truss-any-incursion")
    assert (truss["speaker"], truss["speaker_shown"]) == ("liz-truss", "Liz Truss")
    assert truss["source_shown"].startswith("Truss meets Lavrov in Moscow")
    relayed = next(row for row in quotes if row["reported_by"])
    assert relayed["reported_by_shown"] == "Emmanuel Macron"
    events = list(csv_module.DictReader(exported.files["events.csv"].splitlines()))
    listed = [
        (json.loads(e["actors"] or "[]"), json.loads(e["actors_shown"] or "[]")) for e in events
    ]
    assert all(len(ids) == len(names) for ids, names in listed)
    assert any("Liz Truss" in e["actors_shown"] for e in events)


# --- the command, and files that are not ours ---------------------------------


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    status = cli.main(list(args))
    out, err = capsys.readouterr()
    return status, out, err


def test_export_writes_and_writes_again_its_own_file(
    in_tmp: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out, _ = run(capsys, "export", str(BUNDLED), "--to", "markdown", "-o", "b.md")
    assert status == 0 and "b.md" in out
    first = (in_tmp / "b.md").read_text(encoding="utf-8")
    assert first.startswith("<!--") and "# Diplomacy" in first
    status, _, _ = run(
        capsys,
        "export",
        "ukraine-diplomacy-2022-02-10",
        "--to",
        "json",
        "-o",
        "b.md",
        "--index",
        str(in_tmp / "i.json"),
    )
    assert status == 0
    assert json.loads((in_tmp / "b.md").read_text(encoding="utf-8"))["export_format"] == 3


def test_a_folder_named_for_an_id_gets_the_export_command_to_write(
    in_tmp: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Its hint said `--briefing ID`, an option of open that export does not
    have (a robustness trial)."""
    shutil.copytree(BUNDLED, in_tmp / "lib" / "big")
    index = str(in_tmp / "i.json")
    status, _, err = run(capsys, "export", "big", "--in", "lib", "--to", "json", "--index", index)
    assert status == 2 and "--briefing" not in err
    hint = "briefing export ukraine-diplomacy-2022-02-10 --in lib --to json --index i.json)"
    assert hint in err
    asked = ["ukraine-diplomacy-2022-02-10", "--in", "lib", "--to", "json", "-o", "x.json"]
    assert run(capsys, "export", *asked, "--index", index)[0] == 0


@pytest.mark.parametrize("name", sorted(FORMATS))
def test_the_readers_export_again_writes_over_its_own_not_a_new_name(
    tmp_path: Path, name: str
) -> None:
    """`e` twice in the reader gives one file, not ID.md, ID-2.md, ID-3.md ...;
    a name taken by the user's file is passed over, then reused the same way."""
    chosen, briefing = FORMATS[name], _built(BUNDLED)

    def export_in_the_reader() -> Path:  # as screens/export_choice.py writes it
        target = free_name(tmp_path, chosen.default_name(briefing.id))
        write_export(export(briefing, name), target)
        return target

    first = export_in_the_reader()
    assert first.name == chosen.default_name(briefing.id)
    assert export_in_the_reader() == first
    assert [p.name for p in tmp_path.iterdir()] == [first.name]
    first.rename(tmp_path / "mine")  # the user's own file now holds that name
    (tmp_path / first.name).write_text("my own notes\n", encoding="utf-8")
    second = export_in_the_reader()
    assert second != first and export_in_the_reader() == second
    assert (tmp_path / first.name).read_text(encoding="utf-8") == "my own notes\n"


@pytest.mark.parametrize("kind", ["notes", "empty", "folder", "symlink", "fifo"])
def test_export_never_replaces_what_it_did_not_write(
    in_tmp: Path, capsys: pytest.CaptureFixture[str], kind: str
) -> None:
    target = in_tmp / "out.json"
    if kind == "notes":
        target.write_text("my notes\n", encoding="utf-8")
    elif kind == "empty":
        target.write_text("", encoding="utf-8")
    elif kind == "folder":
        target.mkdir()
    elif kind == "symlink":
        mine = in_tmp / "mine.json"
        mine.write_text(export(_built(BUNDLED), "json").text, encoding="utf-8")
        target.symlink_to(mine)
    else:
        os.mkfifo(target)
    before = sorted(
        (p.name, p.is_file() and p.read_bytes() if not p.is_fifo() else b"")
        for p in in_tmp.iterdir()
    )
    status, _, err = run(capsys, "export", str(BUNDLED), "--to", "json", "-o", str(target))
    assert status == 2
    assert "left as it is" in err and "Traceback" not in err
    after = sorted(
        (p.name, p.is_file() and p.read_bytes() if not p.is_fifo() else b"")
        for p in in_tmp.iterdir()
    )
    assert after == before


@pytest.mark.parametrize("kind", [n for n, f in FORMATS.items() if not f.folder])
def test_an_export_the_user_added_to_is_never_written_over(
    in_tmp: Path, capsys: pytest.CaptureFixture[str], kind: str
) -> None:
    target = in_tmp / "report"
    status, _, _ = run(capsys, "export", str(BUNDLED), "--to", kind, "-o", "report")
    assert status == 0
    mine = target.read_text(encoding="utf-8") + "My own analysis, added after the export.\n"
    target.write_text(mine, encoding="utf-8")
    status, _, err = run(capsys, "export", str(BUNDLED), "--to", kind, "-o", "report")
    assert status == 2
    assert "report was written by briefing export, and edited since: it is left as it is" in err
    assert target.read_text(encoding="utf-8") == mine
    assert [p.name for p in in_tmp.iterdir()] == ["report"]  # nothing beside it either


def test_an_export_made_before_exports_were_sealed_is_left_as_it_is(
    in_tmp: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Such an export holds no digest: whether the user added to it cannot be told."""
    target = in_tmp / "old.md"
    old = "<!-- written by briefing export: a copy, safe to write again -->\n\n# Old\n"
    target.write_text(old + "My own paragraph.\n", encoding="utf-8")
    status, _, err = run(capsys, "export", str(BUNDLED), "--to", "markdown", "-o", "old.md")
    assert status == 2
    assert "old.md was written by an older briefing export, which kept no digest" in err
    assert target.read_text(encoding="utf-8") == old + "My own paragraph.\n"
    (in_tmp / "tables").mkdir()  # an older CSV export: its mark listed no digests
    (in_tmp / "tables" / FOLDER_MARK).write_text(FOLDER_MARK_TEXT, encoding="utf-8")
    (in_tmp / "tables" / "actors.csv").write_text("id\nmine\n", encoding="utf-8")
    status, _, err = run(capsys, "export", str(BUNDLED), "--to", "csv", "-o", "tables")
    assert status == 2 and "tables was written by an older briefing export" in err
    assert (in_tmp / "tables" / "actors.csv").read_text(encoding="utf-8") == "id\nmine\n"


def test_the_readers_export_takes_the_next_name_past_an_edited_export(tmp_path: Path) -> None:
    """The reader's `e` writes to the first free name (`free_name`), or an export as written."""
    written = export(_built(BUNDLED), "markdown").text
    (tmp_path / "b.md").write_text(written, encoding="utf-8")
    assert free_name(tmp_path, "b.md") == tmp_path / "b.md"  # as written: written again
    (tmp_path / "b.md").write_text(written.replace("# Diplomacy", "# My Diplomacy"), "utf-8")
    assert free_name(tmp_path, "b.md") == tmp_path / "b-2.md"


def test_a_csv_folder_whose_table_the_user_changed_is_left_as_it_is(
    in_tmp: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, _, _ = run(capsys, "export", str(BUNDLED), "--to", "csv", "-o", "tables")
    assert status == 0
    table = next((in_tmp / "tables").glob("*.csv"))
    table.write_text(table.read_text(encoding="utf-8") + "my,own,row\n", encoding="utf-8")
    before = {p.name: p.read_bytes() for p in (in_tmp / "tables").iterdir()}
    status, _, err = run(capsys, "export", str(BUNDLED), "--to", "csv", "-o", "tables")
    assert status == 2
    assert f"tables/{table.name} was written by briefing export, and edited since" in err
    assert {p.name: p.read_bytes() for p in (in_tmp / "tables").iterdir()} == before


def test_a_named_pipe_in_place_of_a_csv_file_is_refused_without_waiting(
    in_tmp: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The folder's digests were checked by reading each file whole, links
    followed: a FIFO named like one of its tables made the export wait forever."""
    status, _, _ = run(capsys, "export", str(BUNDLED), "--to", "csv", "-o", "tables")
    assert status == 0
    table = next((in_tmp / "tables").glob("*.csv"))
    table.unlink()
    os.mkfifo(table)
    again = subprocess.run(
        [sys.executable, "-m", "briefing", "export", str(BUNDLED), "--to", "csv", "-o", "tables"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert again.returncode == 2
    assert f"tables/{table.name} is not a plain file: it is left as it is" in again.stderr
    assert free_name(in_tmp, "tables") == in_tmp / "tables-2"  # the reader's `e`


def test_a_large_file_grown_from_an_export_is_not_read_whole(tmp_path: Path) -> None:
    """Whether an export was edited is worked out a chunk at a time: a file of
    the user's that began as an export may have grown to any size."""
    target = tmp_path / "b.md"
    with target.open("w", encoding="utf-8") as out:
        out.write(export(_built(BUNDLED), "markdown").text)
        for _ in range(32):
            out.write("my own log line\n" * 65536)  # 1 MiB each
    tracemalloc.start()
    try:
        assert free_name(tmp_path, "b.md") == tmp_path / "b-2.md"
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 8 * 1024 * 1024


def test_a_csv_export_stopped_half_way_is_not_taken_for_the_users_edit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The folder's mark was written with the new digests before the files: a full
    disk between two files left one the mark did not know, and every later export
    refused the folder as "edited since" (the reader's `e` took another name)."""
    folder = tmp_path / "tables"
    write_export(Export({"a.csv": "old a\r\n", "b.csv": "old b\r\n"}, folder=True), folder)
    write = writing._write

    def disk_full_at_b(path: Path, text: str) -> None:
        if path.name == "b.csv":
            raise OSError(errno.ENOSPC, "No space left on device")
        write(path, text)

    monkeypatch.setattr(writing, "_write", disk_full_at_b)
    newer = Export({"a.csv": "new a\r\n", "b.csv": "new b\r\n"}, folder=True)
    with pytest.raises(UsageError, match="no space left on device"):
        write_export(newer, folder)
    monkeypatch.setattr(writing, "_write", write)
    assert free_name(tmp_path, "tables") == folder
    assert write_export(newer, folder) == [folder / "a.csv", folder / "b.csv"]
    assert (folder / "b.csv").read_bytes() == b"new b\r\n"
    (folder / "a.csv").write_bytes(b"new a\r\nmy own row\r\n")
    with pytest.raises(UsageError, match="edited since"):
        write_export(newer, folder)


def test_csv_goes_to_a_folder_of_its_own(in_tmp: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, _, err = run(capsys, "export", str(BUNDLED), "--to", "csv")
    assert status == 2 and "-o FOLDER" in err
    status, out, _ = run(capsys, "export", str(BUNDLED), "--to", "csv", "-o", "tables")
    assert status == 0 and "wrote 5 files" in out
    status, _, _ = run(capsys, "export", str(BUNDLED), "--to", "csv", "-o", "tables")
    assert status == 0  # ours: written again
    (in_tmp / "mine").mkdir()
    (in_tmp / "mine" / "keep.txt").write_text("x", encoding="utf-8")
    status, _, err = run(capsys, "export", str(BUNDLED), "--to", "csv", "-o", "mine")
    assert status == 2 and "left as it is" in err
    assert [p.name for p in (in_tmp / "mine").iterdir()] == ["keep.txt"]


def test_export_of_a_briefing_with_errors_says_so(
    in_tmp: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write_folder(in_tmp / "bad", {"briefing.yaml": "briefing:\n  id: bad\n"})
    status, out, err = run(capsys, "export", "bad", "--to", "markdown")
    assert status == 1 and out == "" and "briefing check bad" in err
    index = str(in_tmp / "index.json")
    status, _, err = run(capsys, "export", "no-such-id", "--to", "markdown", "--index", index)
    assert status == 2 and "no briefing with the id" in err


def test_export_of_a_briefing_with_warnings_says_so_beside_the_export(
    in_tmp: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A desk editor's trial: "We will [gladly] negotiate" for the source's "will
    not negotiate" was exported with only "wrote …" said. The export is made,
    and stderr says the briefing has warnings and where to read them, by
    folder and by id alike; a briefing without warnings says nothing more."""
    base = BASE_FILES["briefing.yaml"]
    assert isinstance(base, str)
    cut = base.replace("text: hello world", "text: ello world")  # takes part of "hello"
    write_folder(in_tmp / "lib" / "warned", briefing_files(**{"briefing.yaml": cut}))
    status, out, err = run(capsys, "export", "lib/warned", "--to", "markdown")
    assert status == 0 and "ello world" in out
    assert "has 1 warning, exported as it stands (briefing check lib/warned shows it)" in err
    index = str(in_tmp / "index.json")
    status, out, err = run(capsys, "export", "b", "--in", "lib", "--to", "json", "--index", index)
    assert status == 0 and json.loads(out)
    assert "has 1 warning" in err and "briefing check lib/warned shows it" in err
    write_folder(in_tmp / "sound", briefing_files())
    status, _, err = run(capsys, "export", "sound", "--to", "json", "-o", "sound.json")
    assert status == 0 and err == ""


def test_every_export_of_quotes_carries_the_checkers_warnings_about_them(
    tmp_path: Path, bundled: Briefing
) -> None:
    """The JSON export carried a quote's warnings and the reader marked it `⚠`,
    but the Markdown, CSV and annotation exports gave "ello world" (taken from
    "hello world") as a sound quote: a reader of the exported document had no
    way to know (left alone at stop 37). A quote without warnings gains nothing."""
    import csv as csv_module

    base = BASE_FILES["briefing.yaml"]
    assert isinstance(base, str)
    cut = base.replace("text: hello world", "text: ello world")
    warned = _built(write_folder(tmp_path / "warned", briefing_files(**{"briefing.yaml": cut})))
    (warning,) = warned.quotes[0].warnings
    text = " ".join(_rendered_text(export(warned, "markdown").text).split())
    assert f"⚠ The checker warns: {' '.join(warning.message.split())}" in text
    said = f"⚠ The checker warns: {' '.join(warning.message.split())}"
    lines = export(warned, "text").text.splitlines()
    assert said in lines
    assert lines[lines.index(said) - 1].startswith("— ")  # under the quote's attribution
    rows = list(csv_module.DictReader(export(warned, "csv").files["quotes.csv"].splitlines()))
    assert json.loads(rows[0]["warnings"]) == [f"{warning.code}: {warning.message}"]
    assert _assessments(warned) == [f"The checker warns ({warning.code}): {warning.message}"]
    # the bundled briefing has none: nothing is said of warnings
    assert "checker warns" not in export(bundled, "markdown").text
    assert "checker warns" not in export(bundled, "text").text
    rows = list(csv_module.DictReader(export(bundled, "csv").files["quotes.csv"].splitlines()))
    assert rows and all(row["warnings"] == "" for row in rows)
    assert _assessments(bundled) == []


def test_every_export_of_events_carries_the_checkers_warnings_about_them(
    tmp_path: Path, bundled: Briefing
) -> None:
    """The reader marks an event whose when_text names a weekday its date is
    not; the Markdown, text and CSV exports gave it as a sound one. Said in
    the event's own entry (the text export keeps one event a line)."""
    import csv as csv_module

    from test_event_warnings import wrong_weekday

    warned = _built(wrong_weekday(tmp_path / "warned"))
    event = next(e for e in warned.events if e.warnings)
    (warning,) = event.warnings
    said = f"⚠ The checker warns: {warning.message}"
    text = " ".join(_rendered_text(export(warned, "markdown").text).split())
    assert said in text
    (line,) = [line for line in export(warned, "text").text.splitlines() if "checker" in line]
    assert line.startswith("10 Feb 2022: E (on Wednesday morning)") and line.endswith(said)
    rows = list(csv_module.DictReader(export(warned, "csv").files["events.csv"].splitlines()))
    by_id = {row["id"]: row["warnings"] for row in rows}
    assert by_id == {"sound": "", "e": json.dumps([f"{warning.code}: {warning.message}"])}
    rows = list(csv_module.DictReader(export(bundled, "csv").files["events.csv"].splitlines()))
    assert rows and all(row["warnings"] == "" for row in rows)


def test_every_export_of_actors_and_sources_carries_the_checkers_warnings_about_them(
    tmp_path: Path, bundled: Briefing
) -> None:
    """The reader marks the second of two actors it cannot tell apart and a
    source published after the as_of; the Markdown, text and CSV exports gave
    them as sound ones. Said in the record's own entry (one a line in text)."""
    import csv as csv_module

    from test_actor_source_warnings import alike_and_late

    warned = _built(alike_and_late(tmp_path / "warned"))
    (actor,) = [a for a in warned.actors if a.warnings]
    (source,) = [s for s in warned.sources if s.warnings]
    said = {r.id: f"⚠ The checker warns: {r.warnings[0].message}" for r in (actor, source)}
    text = " ".join(_rendered_text(export(warned, "markdown").text).split())
    assert said["reyes2"] in text and said["s"] in text
    lines = export(warned, "text").text.splitlines()
    warned_lines = [line for line in lines if "checker" in line]
    assert warned_lines == [
        "Tomas Reyes — Council leader. " + said["reyes2"],
        "S — 20 Feb 2022. " + said["s"],
    ]
    files = export(warned, "csv").files
    for name, ident, record in (("actors", "reyes2", actor), ("sources", "s", source)):
        rows = list(csv_module.DictReader(files[f"{name}.csv"].splitlines()))
        (code,) = [w.code for w in record.warnings]
        expected = json.dumps([f"{code}: {record.warnings[0].message}"], ensure_ascii=False)
        assert {row["id"]: row["warnings"] for row in rows}[ident] == expected
        assert sum(1 for row in rows if row["warnings"]) == 1
    for name in ("sources", "actors"):
        rows = list(csv_module.DictReader(export(bundled, "csv").files[f"{name}.csv"].splitlines()))
        assert rows and all(row["warnings"] == "" for row in rows)
    assert "warnings" not in export(bundled, "csv").files["briefing.csv"].splitlines()[0]


def _assessments(briefing: Briefing) -> list[object]:
    """What the annotations' assessing bodies say."""
    bodies = [body for a in _annotations(briefing) for body in a["body"]]  # type: ignore[attr-defined]
    return [body["value"] for body in bodies if body["purpose"] == "assessing"]


def test_a_mistyped_folder_is_named_as_check_and_open_name_it(
    in_tmp: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`export harbour-strik` was taken for an id alone (an author's trial)."""
    write_folder(in_tmp / "harbour-strike", briefing_files())
    index = str(in_tmp / "index.json")
    status, _, err = run(capsys, "export", "harbour-strik", "--to", "json", "--index", index)
    assert status == 2 and "did you mean the folder harbour-strike?" in err


def test_an_earlier_export_beside_it_is_never_offered_as_the_folder(
    in_tmp: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The reader's `e` wrote harbour-strike.md where the author stands; the id
    typed alone was then answered "did you mean the folder harbour-strike.md?"
    (an author's trial): a file, which export refuses in turn."""
    (in_tmp / "harbour-strike.md").write_text("# an export\n", encoding="utf-8")
    index = str(in_tmp / "index.json")
    status, _, err = run(capsys, "export", "harbour-strike", "--to", "json", "--index", index)
    assert status == 2 and "no briefing with the id 'harbour-strike'" in err
    assert "harbour-strike.md" not in err


def test_a_mistyped_path_names_the_folder_it_is_a_typo_of(
    in_tmp: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """As check and open do: `lib/harbour-strik` was only "no such folder"."""
    write_folder(in_tmp / "lib" / "harbour-strike", briefing_files())
    status, _, err = run(capsys, "export", "lib/harbour-strik", "--to", "json")
    assert status == 2 and "no such folder" in err
    assert "did you mean lib/harbour-strike?" in err


def test_a_format_of_the_other_shape_over_an_export_says_which_it_needs(
    in_tmp: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(capsys, "export", str(BUNDLED), "--to", "markdown", "-o", "b.md")[0] == 0
    assert run(capsys, "export", str(BUNDLED), "--to", "csv", "-o", "tables")[0] == 0
    status, _, err = run(capsys, "export", str(BUNDLED), "--to", "csv", "-o", "b.md")
    assert status == 2 and "b.md is a file briefing export wrote; csv writes a folder" in err
    status, _, err = run(capsys, "export", str(BUNDLED), "--to", "json", "-o", "tables")
    assert status == 2 and "tables is a folder briefing export wrote (csv)" in err


def test_a_briefings_file_given_for_its_folder_is_said_to_be_a_file(
    in_tmp: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`export lib/b/briefing.yaml` said "no such folder" of a file that is there
    (a demanding user's trial); check and open name the folder it is in."""
    write_folder(in_tmp / "lib" / "b", briefing_files())
    status, _, err = run(capsys, "export", "lib/b/briefing.yaml", "--to", "json")
    assert status == 2
    assert err.strip() == (
        "briefing: not a folder: lib/b/briefing.yaml (give a briefing folder or id: "
        "lib/b, the folder this file is in)"
    )


def test_a_mistyped_path_is_said_to_be_one(
    in_tmp: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, _, err = run(capsys, "export", "./no-such-briefing", "--to", "json")
    assert status == 2 and "no such folder" in err


# --- markdown escaping ----------------------------------------------------------

#: Text made of what Markdown (and GitHub's additions to it) could take for markup.
_MARKUP_PIECES = st.lists(
    st.sampled_from(
        ["*", "_", "`", "[", "]", "(", ")", "<", ">", "&", "#", "|", "~", "$", "@", "!",
         "\\", "-", "+", "=", ".", ")", "1", "42", ":", "//", "www", "http", "a", "Zoë",
         " ", "\n", "\n\n", "amp;", "---", "```", "    "]
    ),
    max_size=30,
).map("".join)  # fmt: skip
#: GitHub's extended autolinks, @mentions and :emoji:, which CommonMark leaves as text.
_GITHUB_LIVE = re.compile(r"(?i)(?<!\\)(:)(?=//|[a-z0-9_+-]+:)|(?<!\\)\bwww\.|(?<!\\)@")


@settings(max_examples=400, deadline=None)
@given(_MARKUP_PIECES)
@example("see https://evil.example/x and www.evil.example")
@example("write to a@evil.example :smile: or ~~struck~~ | cell | $x$")
@example("- a list\n1. ordered\n2) too\n===\n+ plus\n> quoted\n# heading")
def test_markdown_text_is_read_back_as_exactly_its_characters(text: str) -> None:
    markdown = markdown_text(text)
    parser = MarkdownIt("commonmark").enable(["table", "strikethrough"])
    blocks = {t.type for t in parser.parse(markdown) if t.type != "inline"}
    assert blocks <= {"paragraph_open", "paragraph_close"}, markdown
    inline = [child for t in parser.parse(markdown) for child in t.children or ()]
    assert {t.type for t in inline} <= {"text", "softbreak"}, markdown
    shown = "\n".join(line.strip() for line in text.strip().splitlines() if line.strip())
    paragraphs = "".join(t.content if t.type == "text" else "\n" for t in inline)
    assert paragraphs.replace("\n", "") == shown.replace("\n", ""), markdown
    assert not _GITHUB_LIVE.search(markdown), markdown


def test_markdown_leaves_ordinary_punctuation_alone() -> None:
    text = "U.S. officials put the force at 110,000 troops; Russia's drills: ten days."
    assert markdown_text(text) == text


def test_an_event_summary_that_ends_its_sentence_is_not_given_a_second_full_stop(
    bundled: Briefing,
) -> None:
    markdown = export(bundled, "markdown").text
    chronology = markdown.split("## Chronology")[1].split("## Quotes")[0]
    items = [line for line in chronology.splitlines() if line.startswith("- ")]
    assert items and all("Source" in item for item in items)
    for item in items:
        assert ".. Source" not in item and "!. Source" not in item, item
        assert ". Source" in item, item  # every summary or title still ends its sentence


@pytest.mark.parametrize("to", ["markdown", "csv"])
def test_export_to_a_folder_that_is_not_there_says_so(
    in_tmp: Path, capsys: pytest.CaptureFixture[str], to: str
) -> None:
    """csv gave an internal error (exit 3) where markdown gave this line (a new user's trial)."""
    status, _, err = run(capsys, "export", str(BUNDLED), "--to", to, "-o", "gone/dir/out")
    assert status == 2
    assert err.startswith("briefing: gone/dir does not exist: cannot write gone/dir/out")
    assert not (in_tmp / "gone").exists()
    (in_tmp / "file").write_text("mine\n", encoding="utf-8")  # a file where a folder is meant
    status, _, err = run(capsys, "export", str(BUNDLED), "--to", to, "-o", "file/out")
    assert status == 2
    assert err.startswith("briefing: file is not a folder: cannot write file/out")
    assert (in_tmp / "file").read_text(encoding="utf-8") == "mine\n"


@pytest.mark.parametrize("to", ["markdown", "csv"])
def test_a_write_the_system_refuses_is_said_in_words_and_leaves_nothing(
    in_tmp: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, to: str
) -> None:
    """A read-only file system gave "internal error: OSError … (please report it)"."""
    import errno

    from briefing.export import writing

    def refused(*_: object) -> None:
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(writing.os, "replace", refused)
    status, _, err = run(capsys, "export", str(BUNDLED), "--to", to, "-o", "out")
    assert status == 2
    assert err.startswith("briefing: cannot write out: read-only file system")
    assert "internal error" not in err
    assert not [p for p in in_tmp.rglob("*") if p.name.endswith(".tmp")]


@pytest.mark.parametrize(
    "output", [[], ["-o", "-"], ["-o", "/dev/stdout"]], ids=["no -o", "-o -", "/dev/stdout"]
)
def test_csv_to_standard_output_is_refused_as_a_usage_error(
    capsys: pytest.CaptureFixture[str], output: list[str]
) -> None:
    """`--to csv -o -` was "internal error: ValueError: too many values to unpack"."""
    status, out, err = run(capsys, "export", str(BUNDLED), "--to", "csv", *output)
    assert (status, out) == (2, "")
    assert err == "briefing: --to csv writes a folder of files: give it with -o FOLDER\n"


@pytest.mark.parametrize("name", [n for n, f in FORMATS.items() if not f.folder])
def test_dash_is_standard_output_for_every_one_file_format(
    capsys: pytest.CaptureFixture[str], in_tmp: Path, name: str
) -> None:
    for dash in ("-", "/dev/stdout"):  # (/dev/stdout was refused as a file not ours)
        status, out, _ = run(capsys, "export", str(BUNDLED), "--to", name, "-o", dash)
        assert status == 0
        assert out == export(_built(BUNDLED), name).text
    assert not (in_tmp / "-").exists()


def test_a_briefing_with_errors_exits_1_whether_named_by_folder_or_by_id(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """By folder it exited 1 (errors found), by id 2 (a misused command)."""
    library = tmp_path / "lib"
    shutil.copytree(BUNDLED, library / "ukr")
    (library / "ukr" / "more.yaml").write_text("actor: []\n", encoding="utf-8")
    index = str(tmp_path / "index.json")
    by_folder = run(capsys, "export", str(library / "ukr"), "--to", "json")
    by_id = run(capsys, "export", BUNDLED.name, "--in", str(library), "--to", "json",
                "--index", index)  # fmt: skip
    assert [(status, out) for status, out, _ in (by_folder, by_id)] == [(1, ""), (1, "")]
    assert "has 1 error" in by_folder[2] and "has 1 error" in by_id[2]
    assert f"briefing check {library / 'ukr'} shows it" in by_id[2]


def test_a_csv_list_reads_back_whatever_its_items_hold(tmp_path: Path) -> None:
    """Aliases joined with "; " gave `Smith; Jones; -the boss`: two aliases or three?"""
    import csv as csv_module

    aliases = ["Smith; Jones", "-the boss", '"quoted", with a comma']
    files = briefing_files()
    files["briefing.yaml"] = str(files["briefing.yaml"]).replace(
        "    kind: person\n", f"    kind: person\n    aliases: {json.dumps(aliases)}\n"
    )
    exported = export(_built(write_folder(tmp_path / "b", files)), "csv")
    (actor,) = csv_module.DictReader(exported.files["actors.csv"].splitlines())
    assert json.loads(actor["aliases"]) == aliases
    (event,) = csv_module.DictReader(exported.files["events.csv"].splitlines())
    assert (json.loads(event["sources"]), json.loads(event["sources_shown"])) == (["s"], ["S"])


def test_a_looping_link_given_for_a_folder_is_said_to_loop(
    in_tmp: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """It was taken for an id: "no briefing with the id 'selfloop'"."""
    (in_tmp / "selfloop").symlink_to("selfloop")
    status, out, err = run(capsys, "export", "selfloop", "--to", "json")
    assert (status, out) == (2, "")
    assert err == "briefing: selfloop is a symbolic link that leads round in a loop\n"


def test_an_annotation_gives_a_quote_in_its_own_marks_no_more(tmp_path: Path) -> None:
    """The annotations' body gave `“« Il n’y a pas de plan B »” — Bruno Le Maire`
    (a review): a quote written in its own quotation marks is shown in them."""
    base = BASE_FILES["briefing.yaml"]
    assert isinstance(base, str)
    text = base.replace("text: hello world", 'text: "« hello world »"')
    source = "She said « hello world » and left.\n"
    files = briefing_files(**{"briefing.yaml": text, "sources/s.txt": source})
    briefing = _built(write_folder(tmp_path / "own", files))
    (annotation,) = _annotations(briefing)
    described = [b for b in annotation["body"] if b["purpose"] == "describing"]  # type: ignore[attr-defined]
    assert described[0]["value"].startswith("« hello world » — A")


@pytest.mark.parametrize(
    ("language", "text", "source", "shown"),
    [
        ("fr-FR", "Nous irons jusqu'au bout", "Il a dit : « Nous irons jusqu'au bout ».",
         "«\u00a0Nous irons jusqu'au bout\u00a0»"),
        ("de", "Wir akzeptieren das nicht", "Er sagte: „Wir akzeptieren das nicht.“",
         "„Wir akzeptieren das nicht“"),
        ("ja", "当面、緩和的な金融環境が続く", "総裁は「当面、緩和的な金融環境が続く」と述べた。",
         "「当面、緩和的な金融環境が続く」"),
        ("en", "hello world", "She said hello world.", "“hello world”"),
    ],
    ids=["fr", "de", "ja", "en"],
)  # fmt: skip
def test_exports_put_a_quote_in_its_languages_quotation_marks(
    tmp_path: Path, language: str, text: str, source: str, shown: str
) -> None:
    """A French briefing's quote was exported “Nous irons jusqu'au bout” (a
    correspondent's trial): the text export and the annotations give it in
    the marks of its briefing's language; the Markdown, whose quotes are
    blockquotes with no marks, gives its words as written."""
    base = str(BASE_FILES["briefing.yaml"])
    yaml = base.replace("  as_of: 2022-02-10\n", f"  as_of: 2022-02-10\n  language: {language}\n")
    yaml = yaml.replace("text: hello world", f"text: {text}")
    files = briefing_files(**{"briefing.yaml": yaml, "sources__s.txt": source + "\n"})
    briefing = _built(write_folder(tmp_path / "b", files))
    lines = export(briefing, "text").text.splitlines()
    assert lines[lines.index(shown) + 1] == "— A. Source: S."
    (annotation,) = _annotations(briefing)
    described = [b for b in annotation["body"] if b["purpose"] == "describing"]  # type: ignore[attr-defined]
    assert described[0]["value"] == f"{shown} — A"
    assert f"> {text}" in export(briefing, "markdown").text.splitlines()


def test_a_duplicate_id_is_sent_to_the_check_of_the_content_directory(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """Two folders of one id are refused together: `list` and `export ID` named
    the check of one folder, which said "ok" (a trial of scripts and CI). They
    name the check of the content directory, which shows the error."""
    library = tmp_path / "lib"
    for folder in ("one", "two"):
        shutil.copytree(BUNDLED, library / folder)
    index = str(tmp_path / "index.json")
    status, _, err = run(capsys, "export", BUNDLED.name, "--in", str(library), "--to", "json",
                         "--index", index)  # fmt: skip
    assert status == 1
    assert f"(briefing check {library} shows it)" in err
    status, out, _ = run(capsys, "list", str(library), "--index", index)
    assert status == 1
    assert out.count(f"1 error (briefing check {library} shows it)") == 2
    assert "(one/)  1 error" in out and "(two/)  1 error" in out  # told apart by folder
    status, out, _ = run(capsys, "check", str(library))
    assert status == 1 and out.count("error[duplicate-briefing-id]") == 2
    assert run(capsys, "check", str(library / "one"))[0] == 0  # alone, it has no error


def test_an_empty_folder_exports_as_check_finds_it(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """An empty folder was "holds no briefing files" (exit 2, a misused command),
    with a hint to look for an id in it, where check finds it a briefing folder
    with an error (folder-empty, exit 1: a trial of scripts and CI); a content
    directory is said to be one."""
    (tmp_path / "empty").mkdir()
    status, out, err = run(capsys, "export", str(tmp_path / "empty"), "--to", "text")
    assert (status, out) == (1, "")
    assert err.endswith(f"has 1 error: briefing check {tmp_path / 'empty'} shows it\n")
    assert run(capsys, "check", str(tmp_path / "empty"))[0] == 1
    library = tmp_path / "lib"
    shutil.copytree(BUNDLED, library / "ukr")
    status, _, err = run(capsys, "export", str(library), "--to", "text")
    assert status == 2
    assert "is a content directory, not a briefing's folder" in err


def test_timelinejs_times_of_different_offsets_keep_their_order(tmp_path: Path) -> None:
    """TimelineJS has no time zones and orders by start_date: 04:30-04:00 (08:30
    UTC) was written as 4:30 and stood before 09:15+01:00 (08:15 UTC), and two
    sessions at one moment in Geneva and Ottawa six hours apart (a historian's
    trial). Their parts are in UTC; `display_date` keeps each clock."""
    base = briefing_files()["briefing.yaml"]
    assert isinstance(base, str)
    events = "".join(
        f"  - {{id: {name}, title: {name}, when: '{when}', sources: [s]}}\n"
        for name, when in [
            ("london", "2003-06-05T09:15+01:00"),
            ("toronto", "2003-06-05T04:30-04:00"),
            ("geneva", "2022-02-10T15:00+01:00"),
            ("ottawa", "2022-02-10T09:00-05:00"),
        ]
    )
    yaml = base.replace("events:\n", "events:\n" + events, 1)
    slides = _slides(
        _built(write_folder(tmp_path / "b", briefing_files(**{"briefing.yaml": yaml})))
    )
    moments = {
        name: tuple(int(slides[name]["start_date"][part]) for part in ("day", "hour", "minute"))
        for name in ("london", "toronto", "geneva", "ottawa")
    }
    assert moments["london"] == (5, 8, 15) and moments["toronto"] == (5, 8, 30)
    assert moments["geneva"] == moments["ottawa"] == (10, 14, 0)
    assert slides["toronto"]["display_date"] == "5 Jun 2003 04:30 UTC-04:00"
