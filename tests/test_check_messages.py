"""What `briefing check` tells an author, line and hint, where a new author's
trial was sent to the wrong line or told to do what could not help."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from conftest import BASE_FILES, CONTENT, briefing_files, check, write_folder

from briefing.check.folder import REFERENCES_WAIT
from briefing.check.report import problem_line

BASE = BASE_FILES["briefing.yaml"]
assert isinstance(BASE, str)


def _said(in_tmp: Path, files: dict[str, str | bytes | None]) -> list[tuple[str, str | None]]:
    """Each problem as the author reads it: the located line, and its hint."""
    write_folder(in_tmp / "b", files)
    return [(problem_line(p), p.hint) for p in check(in_tmp / "b")]


def _base_with(old: str, new: str) -> dict[str, str | bytes | None]:
    assert old in BASE
    return briefing_files(**{"briefing.yaml": BASE.replace(old, new)})


MULTIPLE = (
    "this file holds more than one YAML document ('---')",
    "keep one document per file, or split it into several files",
)


def test_a_second_empty_document_is_located_at_its_marker(in_tmp: Path) -> None:
    """`printf -- '---\\n---\\n\\n\\n\\n' > extra.yaml` was reported at 6:1, the
    end of the file, where there is nothing to see."""
    said = _said(in_tmp, briefing_files(**{"extra.yaml": "---\n---\n\n\n\n"}))
    assert said == [
        (f"b/extra.yaml:2:1: error[yaml-multiple-documents]: {MULTIPLE[0]}", MULTIPLE[1])
    ]


def test_a_second_document_is_located_at_its_marker_not_at_its_first_value(
    in_tmp: Path,
) -> None:
    """A `---` on line 66 of quotes.yaml was reported at 67:1."""
    record = "  - id: q{}\n    text: hello world\n    speaker: a\n    source: s\n"
    quotes = "# the quotes,\n# one by one\n\nquotes:\n"
    quotes += "".join(record.format(n) for n in range(15)) + "\n"  # 4 + 15 x 4 + 1 lines
    quotes += "---\nactors: []\n"
    assert quotes.splitlines()[65] == "---"
    text = BASE.split("quotes:\n")[0]
    said = _said(in_tmp, briefing_files(**{"briefing.yaml": text, "quotes.yaml": quotes}))
    assert said[0] == (
        f"b/quotes.yaml:66:1: error[yaml-multiple-documents]: {MULTIPLE[0]}",
        MULTIPLE[1],
    )


def test_a_required_field_left_empty_is_not_told_to_go(in_tmp: Path) -> None:
    """`title:` with no value was told "write a value, or remove the line";
    removing it gave missing-field (a new author's trial)."""
    said = _said(in_tmp, _base_with("    title: E\n", "    title:\n"))
    assert said == [
        (
            "b/briefing.yaml:15:5: error[wrong-type]: title has no value",
            "write its value after the colon: title is required",
        )
    ]


def test_required_ids_dates_kinds_and_references_left_empty_are_not_told_to_go(
    in_tmp: Path,
) -> None:
    text = BASE.replace("    kind: person\n", "    kind:\n").replace(
        "    when: 2022-02-10\n", "    when: ~\n"
    )
    text = text.replace("    speaker: a\n", "    speaker:\n")
    said = _said(in_tmp, briefing_files(**{"briefing.yaml": text}))
    assert [hint for _line, hint in said] == [
        "write its value after the colon: kind is required",
        "write its value after the colon: when is required",
        "write its value after the colon: speaker is required",
    ]
    assert [line.split(": error")[0] for line, _hint in said] == [
        "b/briefing.yaml:12:5",
        "b/briefing.yaml:16:11",
        "b/briefing.yaml:21:5",
    ]


def test_an_optional_field_left_empty_may_go(in_tmp: Path) -> None:
    said = _said(in_tmp, _base_with("    source: s\n", "    source: s\n    note:\n    said:\n"))
    assert said == [
        (
            "b/briefing.yaml:23:5: error[wrong-type]: note has no value",
            "write a value, or remove the line",
        ),
        (
            "b/briefing.yaml:24:5: error[wrong-type]: said has no value",
            "write a value, or remove the line",
        ),
    ]


def test_an_empty_section_says_what_to_write(in_tmp: Path) -> None:
    """`quotes:` with nothing under it was "quotes must be a list of records
    ..., not nothing", with no hint. A section may be an empty list, or left
    out (the contract: only one file's `briefing` must be there)."""
    said = _said(in_tmp, briefing_files(**{"extra.yaml": "quotes:\nevents: ~\n"}))
    assert said == [
        (
            f"b/extra.yaml:{place}: error[section-type]: {name} has no records under it: "
            "a section is a list of records, each starting '- id: ...'",
            f"write its records under it, or '{name}: []' for none yet, or remove the line",
        )
        for place, name in [("1:1", "quotes"), ("2:9", "events")]  # at its key, or its '~'
    ]
    (in_tmp / "b" / "extra.yaml").write_text("quotes: []\nevents: []\n", encoding="utf-8")
    assert check(in_tmp / "b") == []  # as the hint says


def test_an_empty_briefing_mapping_says_what_to_write(in_tmp: Path) -> None:
    text = BASE.replace("briefing:\n  id: b\n  title: T\n  as_of: 2022-02-10\n", "briefing:\n")
    said = _said(in_tmp, briefing_files(**{"briefing.yaml": text}))
    assert said == [  # and not also "no file in this folder has the 'briefing:' mapping"
        (
            "b/briefing.yaml:1:1: error[section-type]: briefing has no fields under it: "
            "it is a mapping of fields (id:, title:, ...)",
            "write its fields under it, each on a line of its own, indented: id:, title:, as_of:",
        ),
    ]


def test_an_empty_entry_list_or_count_is_said_to_have_no_value(in_tmp: Path) -> None:
    text = BASE.replace("    sources: [s]\n", "    sources:\n    actors:\n").replace(
        "quotes:\n", "quotes:\n  -\n"
    )
    text = text.replace("    source: s\n", "    source: s\n    occurrence:\n")
    said = _said(in_tmp, briefing_files(**{"briefing.yaml": text}))
    assert said == [
        (
            "b/briefing.yaml:17:5: error[wrong-type]: sources has no value",
            "write it as [a, b] or as lines starting with '- ': sources is required",
        ),
        (
            "b/briefing.yaml:18:5: error[wrong-type]: actors has no value",
            "write it as [a, b] or as lines starting with '- ', or remove the line",
        ),
        (
            "b/briefing.yaml:20:4: error[record-type]: this entry of quotes is empty: "
            "each entry must be a record of fields (id:, ...)",
            "write its fields after the '- ', or remove the line",
        ),
        (
            "b/briefing.yaml:25:5: error[wrong-type]: occurrence has no value",
            "write a whole number, like 2, or remove the line",
        ),
    ]


CONTINUED = (
    "this line is read as a key with no ':', not as more of the text above: the lines "
    "of a value go on deeper than its key ('text:')",
    "indent the continued line deeper than 'text:', or use a block scalar: text: >- on "
    "its own line, with the text's lines indented under it",
)


def test_a_quote_wrapped_at_its_keys_column_is_told_to_indent_not_to_add_a_colon(
    in_tmp: Path,
) -> None:
    """`text: In the name of the city` then `of Brooklyn` at the key's column
    was told to write `of: Brooklyn`, an unknown field (a new author's trial)."""
    said = _said(
        in_tmp,
        _base_with(
            "    text: hello world\n", "    text: In the name of the city\n    of Brooklyn\n"
        ),
    )
    assert said == [("b/briefing.yaml:21:5: error[yaml-syntax]: " + CONTINUED[0], CONTINUED[1])]


@pytest.mark.parametrize(("spaces", "column"), [(3, 4), (2, 3), (0, 1)])
def test_a_quote_wrapped_left_of_its_key_is_told_to_indent_too(
    in_tmp: Path, spaces: int, column: int
) -> None:
    """Wrapped between its record's '- ' and its key, or further left: this
    was said to be indented unlike "the keys of one record" (a trial)."""
    said = _said(
        in_tmp,
        _base_with(
            "    text: hello world\n",
            "    text: In the name of the city\n" + " " * spaces + "of Brooklyn\n",
        ),
    )
    assert said == [
        (
            f"b/briefing.yaml:21:{column}: error[yaml-syntax]: this line is not read as more "
            f"of the text above: it is indented by {spaces} space{'s' * (spaces != 1)}, and "
            "the lines of a value go on deeper than its key ('text:')",
            CONTINUED[1],
        )
    ]


def test_the_bundled_briefing_wrapped_by_hand_is_told_the_same(in_tmp: Path) -> None:
    bundled = next(p for p in CONTENT.iterdir() if p.is_dir())
    shutil.copytree(bundled, in_tmp / "b")
    quotes = in_tmp / "b" / "quotes.yaml"
    text = quotes.read_text(encoding="utf-8")
    block = (
        "    text: >-\n      to meet Foreign Minister Lavrov and make clear that Russia must\n"
        "      immediately withdraw its forces and respect Ukraine’s sovereignty or face\n"
        "      severe consequences.\n"
    )
    assert block in text
    wrapped = (
        "    text: to meet Foreign Minister Lavrov and make clear that Russia must\n"
        "    immediately withdraw its forces and respect Ukraine’s sovereignty or face\n"
        "    severe consequences.\n"
    )
    quotes.write_text(text.replace(block, wrapped), encoding="utf-8")
    (problem,) = check(in_tmp / "b")
    assert problem_line(problem) == "b/quotes.yaml:7:5: error[yaml-syntax]: " + CONTINUED[0]
    assert problem.hint == CONTINUED[1] + ". Then: " + REFERENCES_WAIT
    quotes.write_text(text.replace(block, wrapped.replace("\n    ", "\n      ")), encoding="utf-8")
    assert check(in_tmp / "b") == []  # indented as the hint says


def test_a_key_without_its_colon_after_a_text_is_still_told_to_add_one(in_tmp: Path) -> None:
    said = _said(in_tmp, _base_with("    speaker: a\n", "    speaker a\n"))
    assert said == [
        (
            "b/briefing.yaml:21:5: error[yaml-syntax]: this line has no ':' after its key "
            "('speaker'), and YAML reads on into the next line looking for one",
            "a key and its value are written with ': ' between them: speaker: a",
        )
    ]


def _offset_refused(value: str, mended: str) -> tuple[str, str]:
    return (
        f"'{value}': the UTC offset '+0100' lacks its colon: after a time written with "
        "colons it is written '+01:00'",
        f"write it like {mended}",
    )


@pytest.mark.parametrize(
    ("old", "new", "place", "field"),
    [
        ("  as_of: 2022-02-10\n", "  as_of: {}\n", "4:10", "as_of"),
        ("    when: 2022-02-10\n", "    when: {}\n", "16:11", "when"),
        ("    text: sources/s.txt\n", "    text: sources/s.txt\n    published: {}\n", "9:16",
         "published"),
        ("    source: s\n", "    source: s\n    said: {}\n", "23:11", "said"),
    ],
)  # fmt: skip
def test_an_offset_without_its_colon_is_refused_at_the_value(
    in_tmp: Path, old: str, new: str, place: str, field: str
) -> None:
    """`2022-02-10T10:45:00+0100` passed (an audit): ISO 8601 does not mix the
    basic offset with a time written with colons; the contract writes `+01:00`."""
    written = "2022-02-10T10:45:00+0100"
    said = _said(in_tmp, _base_with(old, new.format(written)))
    message, hint = _offset_refused(written, "2022-02-10T10:45:00+01:00")
    assert said == [(f"b/briefing.yaml:{place}: error[bad-date]: {field}: {message}", hint)]


def test_an_offset_without_its_colon_is_refused_at_either_end_of_an_interval(
    in_tmp: Path,
) -> None:
    for written, mended in [
        ("2022-02-09/2022-02-10T10:45+0100", "2022-02-09/2022-02-10T10:45+01:00"),
        ("2022-02-09T10:45+0100/..", "2022-02-09T10:45+01:00/.."),
    ]:
        said = _said(in_tmp, _base_with("    when: 2022-02-10\n", f"    when: {written}\n"))
        message, hint = _offset_refused(written, mended)
        assert said == [(f"b/briefing.yaml:16:11: error[bad-date]: when: {message}", hint)]


@pytest.mark.parametrize(
    "written", ["2022-02-10T10:45Z", "2022-02-10T10:45+01", "2022-02-10T10:45:00+01:00"]
)
def test_the_edtf_offsets_stay_accepted(in_tmp: Path, written: str) -> None:
    assert _said(in_tmp, _base_with("    when: 2022-02-10\n", f"    when: {written}\n")) == []


def test_a_yaml_file_whose_ending_is_in_capitals_is_read(in_tmp: Path) -> None:
    """`notes.YAML` is read (docs/format.md says so: an audit found it read
    and the guide saying `*` as in a shell): its records count, its problems
    are said."""
    text = BASE.replace("actors:\n  - id: a\n    name: A\n    kind: person\n", "")
    files = briefing_files(
        **{
            "briefing.yaml": text,
            "people.YAML": "actors:\n  - id: a\n    name: A\n    kind: person\n",
            "notes.Yml": "garbage: [\n",  # (said at the end of the file: audit 14)
        }
    )
    said = _said(in_tmp, files)
    assert [line for line, _hint in said] == [
        "b/notes.Yml:1:10: error[yaml-syntax]: this '[' is never closed: a value that begins "
        "with '[' is read by YAML as a list"
    ]


KREMLIN = "  - id: k\n    name: Kremlin\n    kind: organisation\n    same_as: [{}]\n"
Q7747 = "https://www.wikidata.org/entity/Q7747"


def test_two_actors_of_one_briefing_sharing_a_same_as_are_warned_at_the_second(
    in_tmp: Path,
) -> None:
    """Two actors of one briefing with one same_as got no word (an audit): across
    briefings that makes them one actor; here it is likely one written twice."""
    files = _base_with(
        "    kind: person\n", f"    kind: person\n    same_as: [{Q7747}]\n" + KREMLIN.format(Q7747)
    )
    assert _said(in_tmp, files) == [
        (
            f"b/briefing.yaml:17:15: warning[same-as-shared]: '{Q7747}' is also a same_as of "
            "the actor 'a' (line 13): two actors of one briefing that share one are likely one "
            "actor written twice",
            "keep one of 'a' and 'k', with the quotes and events of both; if they are two, "
            "give each a URI of its own",
        )
    ]


def test_a_same_as_shared_across_files_and_written_otherwise_is_warned_of_too(
    in_tmp: Path,
) -> None:
    files = _base_with("    kind: person\n", f"    kind: person\n    same_as: [{Q7747}]\n")
    written = "HTTP://WWW.WIKIDATA.ORG/entity/Q7747"
    files["more.yaml"] = "actors:\n" + KREMLIN.format(written)
    said = _said(in_tmp, files)
    assert [line for line, _hint in said] == [
        f"b/more.yaml:5:15: warning[same-as-shared]: '{written}' is also a same_as of the "
        f"actor 'a' (briefing.yaml, line 13, written '{Q7747}'): two actors of one briefing "
        "that share one are likely one actor written twice"
    ]


def test_one_actor_giving_a_same_as_twice_is_not_two_actors(in_tmp: Path) -> None:
    files = _base_with("    kind: person\n", f"    kind: person\n    same_as: [{Q7747}, {Q7747}]\n")
    assert _said(in_tmp, files) == []


def test_a_merge_key_is_said_to_be_one(in_tmp: Path) -> None:
    """`<<: {title: T}` was "'<<' is not a field of the briefing; did you mean
    ...", which told an author nothing of why (a contract audit)."""
    text = BASE.replace("  title: T\n", "  <<: {title: T}\n")
    said = _said(in_tmp, briefing_files(**{"briefing.yaml": text}))
    assert (
        "b/briefing.yaml:3:3: error[unknown-field]: '<<' is a YAML merge key, which copies "
        "fields from another mapping: a briefing's YAML is plain data, read the same way by "
        "every tool",
        "write each field out in full, in this record",
    ) in said


@pytest.mark.parametrize("number", ["1e3", "1.0e3", "-2E-4", "0o17"])
def test_a_yaml_1_2_number_where_text_is_expected_must_be_quoted(in_tmp: Path, number: str) -> None:
    """YAML 1.1 reads `1e3` and `0o17` as text, YAML 1.2's tools (an editor's
    language server, js-yaml) as numbers: the title was one thing to the
    checker and another to them (a contract audit)."""
    text = BASE.replace("  title: T\n", f"  title: {number}\n")
    assert _said(in_tmp, briefing_files(**{"briefing.yaml": text})) == [
        (
            f"b/briefing.yaml:3:10: error[wrong-type]: title must be text, but YAML reads "
            f"'{number}' as a number",
            f'put it in quotes: "{number}"',
        )
    ]
    quoted = BASE.replace("  title: T\n", f'  title: "{number}"\n')
    assert _said(in_tmp, briefing_files(**{"briefing.yaml": quoted})) == []
