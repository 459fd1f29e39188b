"""Each actor and each source carries the checker's warnings about it, and only those.

`briefing check` warned of two actors the reader cannot tell apart ("Tomás
Reyes" and "Tomas Reyes", both Council leader), of a same_as two actors
share, of a source published after the briefing's as_of; but only quotes and
events carried their warnings (tests/test_event_warnings.py), so the actors
pane showed two rows as sound and only `briefing check` and the `!` list
told. The warnings located in an actor's or a source's record are now part
of it, kept by the index, as a quote's are; one about another record is
never its.
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
#: Two actors of one name but for its accents, both Council leader: the
#: second is warned of (where the checker says it, naming the first).
ALIKE = """\
  - id: reyes
    name: Tomás Reyes
    kind: person
    role: Council leader
  - id: reyes2
    name: Tomas Reyes
    kind: person
    role: Council leader
"""
#: The source published ten days after the briefing's as_of (2022-02-10).
LATE = "    title: S\n    published: 2022-02-20\n"
#: A second source, sound, and the event resting on both.
SOUND = """\
  - id: sound
    title: Sound
    published: 2022-02-09
"""


def built(folder: Path) -> Briefing:
    result = check_folder(folder)
    assert result.briefing is not None, [p.message for p in result.problems]
    return result.briefing


def warned(records: object) -> dict[str, list[str]]:
    """Each record's warnings' codes, by its id."""
    return {r.id: [w.code for w in r.warnings] for r in records}  # type: ignore[attr-defined]


def alike_and_late(folder: Path, yaml: str | None = None) -> Path:
    """The base briefing with two actors alike (the quote given to the second,
    `reyes2`), its source `s` published after its as_of, and a sound source."""
    if yaml is None:
        yaml = (
            BASE.replace("    title: S\n", LATE)
            .replace("actors:\n", SOUND + "actors:\n")
            .replace("events:\n", ALIKE + "events:\n")
            .replace("    speaker: a\n", "    speaker: reyes2\n")
            .replace("    sources: [s]\n", "    sources: [s, sound]\n    actors: [reyes]\n")
        )
    files = briefing_files(**{"briefing.yaml": yaml})
    return write_folder(folder, files)


def test_only_the_second_of_two_actors_alike_carries_the_warning(tmp_path: Path) -> None:
    """Said where the checker says it, at the second's name, naming the first."""
    briefing = built(alike_and_late(tmp_path / "b"))
    assert warned(briefing.actors) == {"a": [], "reyes": [], "reyes2": ["actor-alike"]}
    (warning,) = briefing.actors[2].warnings
    assert "the actor 'reyes2' has the same name but for its accents" in warning.message
    assert "'Tomás Reyes' there and 'Tomas Reyes' here" in warning.message
    assert warning.hint is not None and warning.hint.startswith("keep one of 'reyes' and 'reyes2'")
    assert [q.warnings for q in briefing.quotes] == [()]
    assert [e.warnings for e in briefing.events] == [()]


def test_a_source_published_after_the_as_of_carries_the_warning(tmp_path: Path) -> None:
    briefing = built(alike_and_late(tmp_path / "b"))
    assert warned(briefing.sources) == {"s": ["published-after-as-of"], "sound": []}
    (warning,) = briefing.sources[0].warnings
    assert "20 Feb 2022" in warning.message and "10 Feb 2022" in warning.message


def test_a_same_as_shared_is_the_second_actors(tmp_path: Path) -> None:
    uri = "    same_as: [https://www.wikidata.org/entity/Q1]\n"
    yaml = BASE.replace("    kind: person\n", "    kind: person\n" + uri).replace(
        "events:\n", "  - id: b\n    name: B\n    kind: person\n" + uri + "events:\n"
    )
    briefing = built(alike_and_late(tmp_path / "b", yaml))
    assert warned(briefing.actors) == {"a": [], "b": ["same-as-shared"]}


def test_a_warning_in_the_briefings_own_mapping_is_no_records(tmp_path: Path) -> None:
    """A hidden character in the briefing's title: before every record of the file."""
    yaml = BASE.replace("  title: T\n", '  title: "T\\u200b"\n')
    briefing = built(alike_and_late(tmp_path / "b", yaml))
    for records in (briefing.sources, briefing.actors, briefing.events, briefing.quotes):
        assert all(not r.warnings for r in records)


def test_the_index_keeps_an_actors_and_a_sources_warnings(tmp_path: Path) -> None:
    folder = alike_and_late(tmp_path / "b")
    index = tmp_path / "index.json"
    first = open_index(folder, index)
    assert first.checked == 1
    expected = first.briefing("b")
    first.close()
    again = open_index(folder, index)
    assert again.checked == 0  # read back from the index's file, not checked again
    read = again.briefing("b")
    again.close()
    assert (read.actors, read.sources) == (expected.actors, expected.sources)
    assert warned(read.actors)["reyes2"] == ["actor-alike"]
    assert warned(read.sources)["s"] == ["published-after-as-of"]


def test_the_json_export_carries_an_actors_and_a_sources_warnings(tmp_path: Path) -> None:
    briefing = built(alike_and_late(tmp_path / "b"))
    document = json.loads(export(briefing, "json").text)
    jsonschema.validate(document, json.loads(EXPORT_SCHEMA.read_text(encoding="utf-8")))
    assert [[w["code"] for w in a["warnings"]] for a in document["actors"]] == [
        [],
        [],
        ["actor-alike"],
    ]
    assert [[w["code"] for w in s["warnings"]] for s in document["sources"]] == [
        ["published-after-as-of"],
        [],
    ]
    assert records_from_json(document) == briefing
