"""Each quote carries the checker's warnings about it, and only those.

The library said "1 warning" on a briefing's row, but inside it a quote that
takes part of a word of its source ("we won" from "we won't") was shown as a
sound one (a review). The warnings located in a quote's record are now part
of the quote, kept by the index, so that the reader can say them; one about
another record (an actor, a source, another quote) is never a quote's.
"""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
from conftest import BASE_FILES, REPO, briefing_files, write_folder

from briefing.check.folder import check_folder
from briefing.export import export
from briefing.export.json_records import records_from_json
from briefing.index.store import open_index
from briefing.records.model import Briefing

BASE = str(BASE_FILES["briefing.yaml"])
#: A second quote, sound, after the base briefing's one.
SOUND = """\
  - id: sound
    text: Then she left
    speaker: a
    source: s
"""
EXPORT_SCHEMA = REPO / "docs" / "export.schema.json"
CUT_SOURCE = "I can assure you that we won't.\n\nThen she left.\n"


def built(folder: Path) -> Briefing:
    result = check_folder(folder)
    assert result.briefing is not None, [p.message for p in result.problems]
    return result.briefing


def warned(briefing: Briefing) -> dict[str, list[str]]:
    """Each quote's warnings' codes, by its id."""
    return {q.id: [w.code for w in q.warnings] for q in briefing.quotes}


def cut_and_sound(folder: Path) -> Path:
    """The base briefing with a quote that cuts "won't" to "won", and a sound one."""
    yaml = BASE.replace("text: hello world", 'text: "I can assure you that we won"') + SOUND
    return write_folder(
        folder, briefing_files(**{"briefing.yaml": yaml, "sources/s.txt": CUT_SOURCE})
    )


def test_only_the_quote_that_cuts_a_word_carries_the_warning(tmp_path: Path) -> None:
    briefing = built(cut_and_sound(tmp_path / "b"))
    assert warned(briefing) == {"q": ["quote-cuts-word"], "sound": []}
    (warning,) = briefing.quotes[0].warnings
    assert "'won't'" in warning.message  # as `briefing check` says it
    assert warning.hint is not None and "whole words" in warning.hint


def test_each_of_a_quotes_own_warnings_is_its_own_in_the_order_written(tmp_path: Path) -> None:
    """Its words (a comment cutting them, at the `#`), its date, who relayed it."""
    yaml = BASE.replace(
        "    text: hello world\n    speaker: a\n    source: s\n",
        "    text: hello world #1\n    speaker: a\n    source: s\n"
        "    said: 2022-03-01\n    reported_by: a\n",
    ).replace("    text: sources/s.txt\n", "    text: sources/s.txt\n    published: 2022-02-10\n")
    briefing = built(write_folder(tmp_path / "b", briefing_files(**{"briefing.yaml": yaml})))
    assert warned(briefing) == {
        "q": ["comment-cuts-text", "said-after-published", "reported-by-speaker"]
    }


def test_a_warning_about_another_record_marks_no_quote(tmp_path: Path) -> None:
    """An actor's name with a zero-width space written after the quotes, in
    their file; and a quote of another file at the same line and column as
    another warned actor: every warning stays with its own record."""
    actors = "actors:\n  - id: a\n    name: A\n    kind: person\n"
    assert actors in BASE
    late = 'actors:\n  - id: a\n    name: "A\\u200bB"\n    kind: person\n'
    files = {
        # the actors after the quotes: a place after the last quote's start is not its
        "briefing.yaml": BASE.replace(actors, "") + SOUND + late,
        "more.yaml": 'actors:\n  - id: z\n    name: "Z\\u200bZ"\n    kind: person\n',
        # its quote's words where more.yaml's actor's name stands: line 3, column 11
        "quotes.yaml": 'quotes:\n  - id: other\n    text: "Then she left"\n'
        "    speaker: z\n    source: s\n",
    }
    folder = write_folder(tmp_path / "b", briefing_files(**files))
    problems = check_folder(folder).problems
    assert [(p.code, p.file.rpartition("/")[2], p.line, p.column) for p in problems] == [
        ("format-character", "briefing.yaml", 25, 11),
        ("format-character", "more.yaml", 3, 11),
    ]
    assert warned(built(folder)) == {"q": [], "sound": [], "other": []}


def test_a_warning_of_a_source_text_marks_none_of_its_quotes(tmp_path: Path) -> None:
    source = "She said hello world.\u200b\n\nThen she left.\n"
    folder = write_folder(tmp_path / "b", briefing_files(**{"sources/s.txt": source}))
    assert [p.code for p in check_folder(folder).problems] == ["format-character"]
    assert warned(built(folder)) == {"q": []}


def test_an_invisible_character_in_the_quotes_words_is_the_quotes(tmp_path: Path) -> None:
    yaml = BASE.replace("text: hello world", 'text: "hello\\u200b world"')
    source = "She said hello\u200b world.\n\nThen she left.\n"
    folder = write_folder(
        tmp_path / "b", briefing_files(**{"briefing.yaml": yaml, "sources/s.txt": source})
    )
    # the quote's words, and the source text's own (a warning of the source)
    assert sorted(p.code for p in check_folder(folder).problems) == ["format-character"] * 2
    assert warned(built(folder)) == {"q": ["format-character"]}


def test_the_index_keeps_a_quotes_warnings(tmp_path: Path) -> None:
    folder = cut_and_sound(tmp_path / "b")
    index = tmp_path / "index.json"
    first = open_index(folder, index)
    assert first.checked == 1
    expected = first.briefing("b").quotes
    first.close()
    again = open_index(folder, index)
    assert again.checked == 0  # read back from the index's file, not checked again
    quotes = again.briefing("b").quotes
    again.close()
    assert quotes == expected
    assert [len(q.warnings) for q in quotes] == [1, 0]
    assert quotes[0].warnings[0].code == "quote-cuts-word"


def test_the_json_export_carries_a_quotes_warnings(tmp_path: Path) -> None:
    """Other programs read the quote with what the checker said of it, as the
    schema in docs describes it, and read back the same records."""
    briefing = built(cut_and_sound(tmp_path / "b"))
    document = json.loads(export(briefing, "json").text)
    jsonschema.validate(document, json.loads(EXPORT_SCHEMA.read_text(encoding="utf-8")))
    cut, sound = document["quotes"]
    assert [w["code"] for w in cut["warnings"]] == ["quote-cuts-word"]
    assert "'won't'" in cut["warnings"][0]["message"] and cut["warnings"][0]["hint"]
    assert sound["warnings"] == []
    assert records_from_json(document) == briefing
