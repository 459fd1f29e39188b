"""Each event carries the checker's warnings about it, and only those.

`briefing check` warned of an event whose when_text names a weekday its date
is not ("on Wednesday morning" for a Thursday), but inside the briefing the
chronology showed it as a sound one: only `briefing check` and the `!` list
told (a review). The warnings located in an event's record are now part of
the event, kept by the index, as a quote's are (tests/test_quote_warnings.py);
one about a quote or another event is never the event's.
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
EXPORT_SCHEMA = REPO / "docs" / "export.schema.json"
#: The source holds the event's words: only their weekday is wrong.
SOURCE = "On Wednesday morning she said hello world.\n\nThen she left.\n"
#: 2022-02-10 is a Thursday.
WRONG_DAY = "    when: 2022-02-10\n    when_text: on Wednesday morning\n"
#: A second event, sound, after the first.
SOUND = """\
  - id: sound
    title: F
    when: 2022-02-09
    when_text: on Wednesday morning
    sources: [s]
"""


def built(folder: Path) -> Briefing:
    result = check_folder(folder)
    assert result.briefing is not None, [p.message for p in result.problems]
    return result.briefing


def warned(briefing: Briefing) -> dict[str, list[str]]:
    """Each event's warnings' codes, by its id."""
    return {e.id: [w.code for w in e.warnings] for e in briefing.events}


def wrong_weekday(folder: Path, yaml: str | None = None) -> Path:
    """The base briefing whose event says Wednesday of a Thursday, and a sound event."""
    if yaml is None:
        yaml = BASE.replace("    when: 2022-02-10\n", WRONG_DAY).replace(
            "quotes:\n", SOUND + "quotes:\n"
        )
    files = briefing_files(**{"briefing.yaml": yaml, "sources/s.txt": SOURCE})
    return write_folder(folder, files)


def test_only_the_event_of_the_wrong_weekday_carries_the_warning(tmp_path: Path) -> None:
    briefing = built(wrong_weekday(tmp_path / "b"))
    assert warned(briefing) == {"sound": [], "e": ["when-text-weekday"]}  # in date order
    (warning,) = next(e for e in briefing.events if e.id == "e").warnings
    assert "when_text says Wednesday" in warning.message and "a Thursday" in warning.message
    assert warning.hint is not None and "check the date against the source" in warning.hint
    assert [q.warnings for q in briefing.quotes] == [()]


def test_a_quotes_warning_is_not_its_events_nor_an_events_a_quotes(tmp_path: Path) -> None:
    """The quote, said over a day before its event began, is warned of at its
    `said`, after the event in the file: the quote's. The event's weekday stays
    the event's."""
    yaml = BASE.replace("    when: 2022-02-10\n", WRONG_DAY).replace(
        "    source: s\n", "    source: s\n    event: e\n    said: 2022-02-01\n"
    )
    briefing = built(wrong_weekday(tmp_path / "b", yaml))
    assert warned(briefing) == {"e": ["when-text-weekday"]}
    assert [[w.code for w in q.warnings] for q in briefing.quotes] == [["said-outside-event"]]


def test_each_of_an_events_own_warnings_is_its_own_in_the_order_written(tmp_path: Path) -> None:
    """Its title (a comment cutting it, at the `#`), then its weekday."""
    yaml = BASE.replace("    title: E\n    when: 2022-02-10\n", "    title: E #2\n" + WRONG_DAY)
    briefing = built(wrong_weekday(tmp_path / "b", yaml))
    assert warned(briefing) == {"e": ["comment-cuts-text", "when-text-weekday"]}


def test_the_index_keeps_an_events_warnings(tmp_path: Path) -> None:
    folder = wrong_weekday(tmp_path / "b")
    index = tmp_path / "index.json"
    first = open_index(folder, index)
    assert first.checked == 1
    expected = first.briefing("b").events
    first.close()
    again = open_index(folder, index)
    assert again.checked == 0  # read back from the index's file, not checked again
    events = again.briefing("b").events
    again.close()
    assert events == expected
    assert [[w.code for w in e.warnings] for e in events] == [[], ["when-text-weekday"]]


def test_the_json_export_carries_an_events_warnings(tmp_path: Path) -> None:
    briefing = built(wrong_weekday(tmp_path / "b"))
    document = json.loads(export(briefing, "json").text)
    jsonschema.validate(document, json.loads(EXPORT_SCHEMA.read_text(encoding="utf-8")))
    sound, wrong = document["events"]
    assert [w["code"] for w in wrong["warnings"]] == ["when-text-weekday"]
    assert sound["warnings"] == []
    assert records_from_json(document) == briefing
