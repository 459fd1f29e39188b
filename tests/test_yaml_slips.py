"""The commonest YAML slips get plain words, not the parser's ("did not find expected key")."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from conftest import BASE_FILES, briefing_files, check, write_folder

from briefing.check.report import problem_line
from briefing.check.yamlsafe import read_yaml
from briefing.records.problems import ProblemSink

#: PyYAML's two parsers: libyaml's (the default, when built) and its own.
LOADERS = [getattr(yaml, "CSafeLoader", yaml.SafeLoader), yaml.SafeLoader]

HEAD = "briefing:\n  id: b\n  title: T\n  as_of: 2022-02-10\n"


@pytest.mark.parametrize(
    ("yaml_text", "line", "message", "hint"),
    [
        (
            "briefing:\n  id: b\n  title: 'Europe's leaders meet'\n  as_of: 2022-02-10\n",
            3,
            "the apostrophe in 'Europe's' ends the text in single quotes early",
            "write an apostrophe twice (Europe''s), or use double quotes",
        ),
        (
            "briefing:\n  id: b\n  title: Truss: the talks\n  as_of: 2022-02-10\n",
            3,
            "the value of 'title' holds ': ', which YAML reads as the start of a key",
            'put the value in quotes: title: "Truss: the talks"',
        ),
        (
            HEAD + "actors:\n    - id: a\n      name: A\n      kind: person\n"
            "   - id: c\n     name: C\n     kind: person\n",
            9,
            "this line is indented by 3 spaces, the line before it by 6",
            "indent it like the lines it belongs with",
        ),
        (
            HEAD + "actors:\n  - id: a\n    name: A\n    kind: person\n"
            "   - id: c\n    name: C\n    kind: person\n",
            9,
            "this list item is indented by 3 spaces, the item on line 6 by 2: the items of "
            "one list start in the same column",
            "indent its '- ' by 2 spaces, like line 6",
        ),
        (
            # hashtags in a flow list: the rest of the line a comment (a trial)
            HEAD + "  tags: [#streik, #hamburg]\nactors: []\n",
            5,
            "this '#' begins a comment to YAML, which hides the rest of the line, the list's "
            "']' with it",
            'put each item that holds a \'#\' in quotes: tags: ["#streik", "#hamburg"]',
        ),
        (
            HEAD + "  tags: [Hafen, #hamburg]\nactors: []\n",
            5,
            "this '#' begins a comment to YAML",
            'tags: [Hafen, "#hamburg"]',
        ),
        (
            # a block's first line set deeper than the rest (a trial)
            HEAD + "  summary: >-\n        Riverside voted\n    to close the bridge\n",
            7,
            "this line is indented by 4 spaces, less than the first line of the summary's "
            "block (line 6, 8): the lines of a block start in the column of its first line",
            "indent it by 8 spaces, like line 6, or indent line 6 by 4 spaces",
        ),
        (
            HEAD + "actors:\n  - id: a\n    name: A\n     kind: person\n",
            8,
            "this line is indented by 5 spaces, the line before it by 4",
            "indent it like the lines it belongs with",
        ),
        (
            HEAD + "actors:\n  - id: a\n   name: A\n    kind: person\n",
            7,
            # the keys of an item start after its dash: 4, not 2
            "this line is indented by 3 spaces, the line before it by 4 (after its '- ')",
            "indent it like the lines it belongs with",
        ),
        (
            HEAD + "actors:\n  - id: a\n    name: A\n  kind: person\n",
            8,
            # the user's trial: "did not find expected '-' indicator"
            "this key is indented by 2 spaces, like the '- ' of the record on line 6, "
            "not like that record's keys (4): YAML expects a new list item here",
            "if it belongs to that record, indent it by 4 spaces, like 'id:' on line 6; "
            "if it starts a new record, begin it with '- '",
        ),
        (
            HEAD + "actors:\n  - id: a\n    name: A\n    kind: person\n"
            "  - id: c\n  name: C\n    kind: person\n",
            10,
            "this key is indented by 2 spaces, like the '- ' of the record on line 9",
            "indent it by 4 spaces, like 'id:' on line 9",
        ),
        (
            HEAD + "actors:\n  - id: a\n    name: A\n    kind: person\n- id: c\n",
            9,
            # "did not find expected key"
            "this list item is indented by 0 spaces, like the key 'actors:' on line 5, "
            "but the items of the list under that key by 2 (line 6)",
            "indent its '- ' by 2 spaces, like line 6",
        ),
        (
            HEAD + "actors:\n  - id: a\n    name: A\n    kind: person\n    aliases:\n"
            "      - Ay\n    - Aye\n",
            11,
            "this list item is indented by 4 spaces, like the key 'aliases:' on line 9, "
            "but the items of the list under that key by 6 (line 10)",
            "indent its '- ' by 6 spaces, like line 10",
        ),
        (
            HEAD + "actors:\n  - id: a\n    name: A\n    kind: person\n - id: c\n",
            9,
            "this line is indented by 1 space, the line before it by 4",  # not "1 spaces"
            "indent it like the lines it belongs with",
        ),
        (
            "briefing:\n  id: b\ntitle: T\n  as_of: 2022-02-10\n",
            3,  # the parser stops at line 4, which is right: line 3 is not
            "'title:' starts at the beginning of its line, where only a section "
            "(briefing:, sources:, actors:, events:, quotes:) may start",
            "indent it by 2 spaces, like 'id:' on line 2, if it belongs to the same record",
        ),
        (
            HEAD + "actors:\n  - id: a\n    name A\n    kind: person\n",
            7,  # PyYAML: "could not find expected ':'" at line 8 (a new user's trial)
            "this line has no ':' after its key ('name')",
            "a key and its value are written with ': ' between them: name: A",
        ),
        (
            'briefing:\n  id: b\n  title: "Unclosed\n  as_of: 2022-02-10\n',
            3,  # PyYAML: "found unexpected end of stream" at the end of the file
            'this quotation mark (") is never closed',
            'close the text with " on this line',
        ),
        (
            # an author's trial: said at line 6, the next quotation mark
            'briefing:\n  id: b\n  title: "Unclosed\n  as_of: 2022-02-10\n'
            'actors:\n  - id: a\n    name: "A"\n    kind: person\n',
            3,
            "the value of 'title' opens a quotation mark (\") that is not closed on its line",
            'close it at the end of the text: "…"',
        ),
        (
            # an author's trial: "did not find expected key", and no hint
            HEAD + "sources:\n  - id: s\n    title: [Reuters] on the talks\n",
            7,
            "the value of 'title' begins with '[', which YAML reads as the start of a list",
            'put the value in quotes: title: "[Reuters] on the talks"',
        ),
        (
            # an author's trial: a quote pasted with its own quotation marks
            'briefing:\n  id: b\n  title: "Yes," he said. "No"\n  as_of: 2022-02-10\n',
            3,
            "a quotation mark inside this text in double quotes ends it early",
            'put the value in single quotes: title: \'"Yes," he said. "No"\'',
        ),
        (
            # the contract's audit: said at the next key, "a bracket is not closed"
            "briefing:\n  id: b\n  title: [Draft talks\n  as_of: 2022-02-10\n",
            3,
            "this '[' is never closed: a value that begins with '[' is read by YAML as a list",
            'put the value in quotes: title: "[Draft talks"',
        ),
        (
            HEAD + "actors:\n  - id: a\n    name: A\n    kind: person\n    aliases: [Ay, Aye\n",
            9,
            "this '[' is never closed",
            "close it with ']'",
        ),
    ],
    ids=[
        "apostrophe",
        "colon",
        "dedent",
        "item-between-dash-and-keys",
        "hashtags-in-a-flow-list",
        "hashtag-after-an-item",
        "block-line-dedented",
        "indent",
        "key-after-dash",
        "key-to-dash-column",
        "key-to-dash-column-second-record",
        "item-to-column-0",
        "item-to-key-column",
        "item-dedented-by-one",
        "key-to-column-0-before-indented-key",
        "key-without-colon",
        "quote-never-closed",
        "quote-left-open-above",
        "bracket-then-words",
        "double-quotes-then-words",
        "bracket-never-closed",
        "list-never-closed",
    ],
)
def test_a_slip_is_said_in_plain_words_and_alone(
    in_tmp: Path, yaml_text: str, line: int, message: str, hint: str
) -> None:
    folder = write_folder(in_tmp / "b", briefing_files(**{"briefing.yaml": yaml_text}))
    problems = check(folder)
    assert [(p.code, p.line) for p in problems] == [("yaml-syntax", line)]  # no briefing-missing
    (problem,) = problems
    assert message in problem.message
    assert problem.hint is not None and hint in problem.hint


EVENT = "events:\n  - id: e\n    title: E\n    when: 2022-02-10\n"


@pytest.mark.parametrize(
    ("yaml_text", "located"),
    [
        (
            # a new user's trial: said at the ':' (column 15), not where the line starts
            HEAD + EVENT + "     when_text: late on the ninth\n    sources: [s]\n",
            "b/briefing.yaml:9:6: error[yaml-syntax]: this line is indented by 5 spaces, "
            "the line before it by 4:",
        ),
        (
            HEAD + EVENT + "      actors:\n        - a\n    sources: [s]\n",
            "b/briefing.yaml:9:7: error[yaml-syntax]: this line is indented by 6 spaces, "
            "the line before it by 4:",
        ),
        (
            HEAD + "events:\n  - id: e\n      title: E\n",
            "b/briefing.yaml:7:7: error[yaml-syntax]: this line is indented by 6 spaces, "
            "the line before it by 4 (after its '- '):",
        ),
        (
            "briefing:\n  id: b\n   title: T\n  as_of: 2022-02-10\n",
            "b/briefing.yaml:3:4: error[yaml-syntax]: this line is indented by 3 spaces, "
            "the line before it by 2:",
        ),
        (
            # shallower, under a list item: PyYAML's mark is at the ':' too
            HEAD + EVENT + "    actors:\n      - a\n       place: K\n",
            "b/briefing.yaml:11:8: error[yaml-syntax]: this line is indented by 7 spaces, "
            "the line before it by 8 (after its '- '):",
        ),
        # the rest of the family, said at the line's start already: kept there
        (
            HEAD + EVENT + "   place: K\n",
            "b/briefing.yaml:9:4: error[yaml-syntax]: this line is indented by 3 spaces, "
            "the line before it by 4:",
        ),
        (
            HEAD + EVENT + "  place: K\n",
            "b/briefing.yaml:9:3: error[yaml-syntax]: this key is indented by 2 spaces, "
            "like the '- ' of the record on line 6,",
        ),
        (
            HEAD + EVENT + "    sources: [s]\n    actors:\n      - a\n    - c\n",
            "b/briefing.yaml:12:5: error[yaml-syntax]: this list item is indented by 4 spaces, "
            "like the key 'actors:' on line 10,",
        ),
        (
            # a new record one level too deep: it said "did not find expected key"
            HEAD + EVENT + "    sources: [s]\n    - id: f\n      title: F\n",
            "b/briefing.yaml:10:5: error[yaml-syntax]: this list item is indented by 4 spaces, "
            "like the keys of the record on line 6: YAML expects another key",
        ),
        (
            "briefing:\n  id: b\ntitle: T\n  as_of: 2022-02-10\n",
            "b/briefing.yaml:3:1: error[yaml-syntax]: 'title:' starts at the beginning of "
            "its line,",
        ),
    ],
    ids=[
        "key-deeper",
        "key-deeper-no-value",
        "key-deeper-after-dash",
        "briefing-key-deeper",
        "key-shallower-after-item",
        "key-shallower",
        "key-to-dash-column",
        "item-to-key-column",
        "record-item-to-key-column",
        "key-to-column-0",
    ],
)
def test_a_line_indented_unlike_its_neighbours_is_said_where_its_content_starts(
    in_tmp: Path, yaml_text: str, located: str
) -> None:
    """The message speaks of the line's indentation: an editor that jumps to
    FILE:LINE:COL lands on the line's first character, not on its ':'."""
    folder = write_folder(in_tmp / "b", briefing_files(**{"briefing.yaml": yaml_text}))
    (said,) = [problem_line(p) for p in check(folder)]
    assert said.startswith(located)


def test_a_well_formed_single_quoted_apostrophe_is_fine(in_tmp: Path) -> None:
    text = str(BASE_FILES["briefing.yaml"]).replace("title: T", "title: 'Europe''s leaders'")
    assert check(write_folder(in_tmp / "b", briefing_files(**{"briefing.yaml": text}))) == []


@pytest.mark.parametrize(
    ("key", "code"), [("sources: [s]", "record-type"), ("place: Kyiv", "unknown-section")]
)
def test_a_last_key_moved_to_column_0_is_said_to_belong_to_the_record_above(
    in_tmp: Path, key: str, code: str
) -> None:
    """Valid YAML, read as a section: before, "'place' is not a section ... did you
    mean 'events'?", or "each entry of sources must be a record of fields"."""
    events = "events:\n  - id: f\n    title: F\n    when: 2022-02-10\n"
    sources = "    sources: [s]\n" if key.startswith("place") else ""
    extra = events + sources + key + "\n"
    problems = check(write_folder(in_tmp / "b", briefing_files(**{"extra.yaml": extra})))
    slips = [p for p in problems if p.line == 5 + bool(sources)]
    assert [(p.code, p.column) for p in slips] == [(code, 1)]
    name = key.split(":")[0]
    assert slips[0].message == (
        f"'{name}:' starts at the beginning of its line, so YAML reads it as a section "
        "of the briefing, not as a field of the event on line 2"
    )
    assert slips[0].hint == "indent it by 4 spaces, like the other keys of that event"
    others = {p.code for p in problems} - {code}
    assert others <= {"missing-field"}  # the event lacks sources: true, and said at it


def test_a_section_after_a_section_is_still_a_section(in_tmp: Path) -> None:
    """`actors:` after events whose last one has no actors is the actors section."""
    extra = (
        "events:\n  - id: f\n    title: F\n    when: 2022-02-10\n    sources: [s]\n"
        "actors:\n  - id: c\n    name: C\n    kind: person\n"
    )
    assert check(write_folder(in_tmp / "b", briefing_files(**{"extra.yaml": extra}))) == []


def test_a_quote_that_is_one_insertion_unquoted_is_said_to_be_a_list(in_tmp: Path) -> None:
    """`text: [the mayor]` is a list to YAML: the error gave no hint (an author's trial)."""
    text = str(BASE_FILES["briefing.yaml"]).replace("text: hello world", "text: [the mayor]")
    (problem,) = check(write_folder(in_tmp / "b", briefing_files(**{"briefing.yaml": text})))
    assert (problem.code, problem.message) == ("wrong-type", "text must be text, not a list")
    assert problem.hint is not None and "put it in quotes" in problem.hint


def test_a_quotation_mark_in_a_block_scalar_is_not_blamed_for_a_slip_below(
    in_tmp: Path,
) -> None:
    """A review: the open mark of a summary's own words was said to be the slip."""
    text = (
        "briefing:\n  id: b\n  title: T\n  as_of: 2022-02-10\n  summary: |\n"
        '    Duarte: "We will reopen\n    the bridge.\n  tags: ["a" b]\n'
    )
    problems = check(write_folder(in_tmp / "b", briefing_files(**{"briefing.yaml": text})))
    assert [(p.code, p.line) for p in problems] == [("yaml-syntax", 8)]


def test_a_list_with_words_after_it_is_not_told_to_become_a_text(in_tmp: Path) -> None:
    """`tags: [a, b], c`: quoting it, as the hint said, made a text where a list goes."""
    text = HEAD.replace("  as_of", "  tags: [a, b], c\n  as_of")
    problems = check(write_folder(in_tmp / "b", briefing_files(**{"briefing.yaml": text})))
    assert all("put the value in quotes" not in (p.hint or "") for p in problems)


@pytest.mark.parametrize(
    "line",
    ['  tags: [a, "b" c]', "  tags: [a, [b]"],
    ids=["words after an item", "a list inside, never closed"],
)
def test_a_bracket_closed_on_its_line_is_not_said_to_be_never_closed(
    in_tmp: Path, line: str
) -> None:
    """A review: any error inside brackets was said to be a '[' never closed,
    at the bracket, where the slip is words after a quoted item further on."""
    text = HEAD.replace("  as_of", line + "\n  as_of")
    (problem,) = check(write_folder(in_tmp / "b", briefing_files(**{"briefing.yaml": text})))
    closed = "[b]" not in line
    assert ("never closed" in problem.message) is not closed
    if closed:  # said at the words, not at the bracket, and no more "not closed"
        assert (problem.line, problem.column) != (4, 9)
        assert "not closed" not in (problem.hint or "")


@pytest.mark.parametrize("key", ["tags", "aliases"])
def test_a_list_written_as_quoted_items_is_told_to_take_brackets(in_tmp: Path, key: str) -> None:
    """`tags: "a", "b"` was told to become one text in single quotes, which a
    list's field refuses (a review): a list is written in brackets."""
    text = HEAD.replace("  as_of", f'  {key}: "a", "b"\n  as_of')
    if key == "aliases":
        text = HEAD + f'actors:\n  - id: a\n    name: A\n    kind: person\n    {key}: "a", "b"\n'
    (problem,) = check(write_folder(in_tmp / "b", briefing_files(**{"briefing.yaml": text})))
    assert problem.hint is not None
    assert "single quotes" not in problem.hint
    assert problem.hint.endswith(f'{key}: ["a", "b"]')


@pytest.mark.parametrize("loader", LOADERS, ids=["libyaml", "pyyaml"])
@pytest.mark.parametrize(
    ("ending", "place", "message", "hint"),
    [
        (
            "garbage: [",
            "2:10",
            "this '[' is never closed: a value that begins with '[' is read by YAML as a list",
            'put the value in quotes: garbage: "["',
        ),
        ("tags: [a,\n\n# later\n", "2:7", "this '[' is never closed", "close it with ']'"),
        ("actors:\n  - {id: c, name: [C,\n", "3:19", "this '[' is never closed",
         "close it with ']'"),
        ("actors: [{id: c,", "2:10", "this '{' is never closed", "close it with '}'"),
    ],
)  # fmt: skip
def test_a_bracket_left_open_at_the_end_of_the_file_is_said_as_one_above_a_line(
    loader: type, ending: str, place: str, message: str, hint: str
) -> None:
    """`garbage: [` ending a file got PyYAML's "did not find expected node content
    (while parsing a flow node)" (an audit), where one left open above a later
    line is "this '[' is never closed", said at the bracket."""
    sink = ProblemSink("notes.yaml")
    read_yaml(f"# notes\n{ending}".encode(), sink, loader)
    assert [(problem_line(p), p.hint) for p in sink.problems] == [
        (f"notes.yaml:{place}: error[yaml-syntax]: {message}", hint)
    ]


@pytest.mark.parametrize(
    ("head", "code"),
    [
        ("briefing: &b\n  id: b\n  title: T\n  as_of: 2022-02-10\n", "yaml-anchor"),
        (
            "---\n---\nbriefing:\n  id: b\n  title: T\n  as_of: 2022-02-10\n",
            "yaml-multiple-documents",
        ),
        ("briefing:\n  - id: b\n", "section-type"),
        ("\ufeffbriefing:\n  - id: b\n", "section-type"),  # Notepad's BOM (a review)
    ],
    ids=["anchored", "in-a-second-document", "a-list", "after-a-bom"],
)
def test_a_briefing_mapping_refused_is_not_also_said_missing(
    in_tmp: Path, head: str, code: str
) -> None:
    """An anchor on the `briefing:` mapping (or a list, or a second document) was
    said, and then "no file in this folder has the 'briefing:' mapping", at
    another file: false, and sent the author looking elsewhere (an audit)."""
    rest = BASE_FILES["briefing.yaml"]
    assert isinstance(rest, str)
    body = rest.split("sources:", 1)[1]
    folder = write_folder(
        in_tmp / "b",
        briefing_files(**{"briefing.yaml": head, "records.yaml": "sources:" + body}),
    )
    codes = [p.code for p in check(folder)]
    assert code in codes
    assert "briefing-missing" not in codes


def test_a_folder_whose_files_err_and_lack_the_mapping_is_said_to_lack_it(in_tmp: Path) -> None:
    rest = BASE_FILES["briefing.yaml"]
    assert isinstance(rest, str)
    body = rest.split("sources:", 1)[1].replace("name: A", "name: A\n    nmae: B")
    folder = write_folder(in_tmp / "b", briefing_files(**{"briefing.yaml": "sources:" + body}))
    codes = [p.code for p in check(folder)]
    assert "unknown-field" in codes
    assert "briefing-missing" in codes


CONFLICTED = (
    HEAD + "actors:\n"
    "<<<<<<< HEAD\n"
    "  - id: a\n    name: Anna Berg\n    kind: person\n"
    "||||||| base\n"
    "  - id: a\n    name: A. Berg\n    kind: person\n"
    "=======\n"
    "  - id: a\n    name: Anne Berg\n    kind: person\n"
    ">>>>>>> fix-name\n"
)


@pytest.mark.parametrize("loader", LOADERS)
def test_a_merge_conflict_is_said_at_each_of_its_markers(loader: type) -> None:
    """A conflict git left in a file was blamed on an indentation, at the line
    after its first marker, and said nothing of the other version's lines."""
    sink = ProblemSink("people.yaml")
    read_yaml(CONFLICTED.encode(), sink, loader)
    said = [(p.line, p.code, p.message) for p in sink.problems]
    assert [(line, code) for line, code, _ in said] == [
        (6, "yaml-merge-conflict"),
        (10, "yaml-merge-conflict"),
        (14, "yaml-merge-conflict"),
        (18, "yaml-merge-conflict"),
    ]
    assert "'<<<<<<< HEAD' opens the lines of one version" in said[0][2]
    assert said[2][2] == (
        "the merge conflict opened at line 6 goes on with the other version's lines: '======='"
    )
    assert said[3][2].endswith("ends here: '>>>>>>> fix-name'")


def test_marker_like_lines_inside_a_text_are_its_words(tmp_path: Path) -> None:
    """A heading underlined with '=======' in an indented text, and '<<<<<<<'
    as words, are no conflict: only a marker at the start of a line is."""
    text = BASE_FILES["briefing.yaml"]
    assert isinstance(text, str)
    text = text.replace(
        "  title: T\n",
        "  title: T\n  summary: |\n    Talks\n    =======\n    <<<<<<< and >>>>>>> were typed\n",
    )
    assert check(write_folder(tmp_path / "b", briefing_files(**{"briefing.yaml": text}))) == []
