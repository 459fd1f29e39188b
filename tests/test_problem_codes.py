"""One case per problem code: the code, and the file, line and column it is at.

Every case starts from the small valid briefing in conftest and breaks one
thing, and asserts that this one thing, and nothing else, is reported.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from conftest import BASE_FILES, briefing_files, check, write_folder

from briefing.check import folder as folder_module
from briefing.check import source_texts, yamlsafe
from briefing.check.report import problem_line
from briefing.records.codes import CODES


@dataclass
class Case:
    code: str
    files: dict[str, str | bytes | None]
    file: str
    line: int
    column: int
    #: a word the hint must contain, where the hint matters
    hint: str | None = None
    #: what cannot be written as a file: links, pipes, odd names (given the folder)
    prepare: Callable[[Path], None] | None = None


def _link_out(folder: Path) -> None:
    """x.yaml, a link to a YAML file beside the briefing's folder."""
    (folder.parent / "elsewhere.yaml").write_text(ACTOR, encoding="utf-8")
    (folder / "x.yaml").symlink_to(folder.parent / "elsewhere.yaml")


def extra(text: str | bytes, code: str, line: int, column: int, hint: str | None = None) -> Case:
    """A case whose problem is in one added file, extra.yaml."""
    return Case(code, briefing_files(**{"extra.yaml": text}), "extra.yaml", line, column, hint)


ACTOR = "actors:\n  - id: b\n    name: B\n    kind: person\n"
BASE = BASE_FILES["briefing.yaml"]
assert isinstance(BASE, str)


def odd(code: str, prepare: Callable[[Path], None], file: str = "x.yaml") -> Case:
    """A case whose problem is an odd thing on disk, made by `prepare` in the folder."""
    return Case(code, briefing_files(), file, 1, 1, None, prepare)


def _loop(folder: Path) -> None:
    (folder / "x.yaml").symlink_to("y.yaml")
    (folder / "y.yaml").symlink_to("x.yaml")


def _link_to_a_file(folder: Path) -> None:
    """`b` becomes a content directory: its briefing in `one/`, and a link to a file."""
    os.rename(folder, folder.with_name("one"))
    folder.mkdir()
    os.rename(folder.with_name("one"), folder / "one")
    (folder / "notes").symlink_to("one/briefing.yaml")


def _not_utf8_name(folder: Path) -> None:
    (folder / os.fsdecode(b"x\xff.yaml")).write_text(ACTOR, encoding="utf-8")


CASES = [
    extra("actors:\n  - id: b\n    name: x: y\n", "yaml-syntax", 3, 12, "in quotes"),
    extra(b"actors:\n  - id: b\n    name: caf\xe9\n", "yaml-encoding", 3, 14, "UTF-8"),
    extra("actors:\n  - id: b\n    name: a\x1bb\n", "yaml-control", 3, 12),
    extra("actors:\n\t- id: b\n", "yaml-tab", 2, 1, "spaces"),
    extra(ACTOR + "  \u00a0 role: x\n", "yaml-space-indent", 5, 3, "ordinary spaces"),
    extra(ACTOR + "  - id: b2\n    name: B\n    kind: person\n", "actor-alike", 6, 11, "role"),
    extra(ACTOR.replace("name: B", "name: !!python/object:os.system B"), "yaml-tag", 3, 11),
    # said as written, not as the parser spells it out ('tag:yaml.org,2002:set')
    extra(ACTOR.replace("name: B", "name: !!set 3"), "yaml-tag", 3, 11, "'!!set'"),
    extra(ACTOR.replace("id: b", "id: &x b") + "    role: *x\n", "yaml-anchor", 2, 9),
    extra(ACTOR + "    id: c\n", "yaml-duplicate-key", 5, 5, "line 2"),
    extra(ACTOR + "    [x, y]: z\n", "yaml-complex-key", 5, 5),
    extra(
        "actors: " + "[" * 100 + "]" * 100 + "\n",
        "yaml-too-deep",
        1,
        9 + yamlsafe.MAX_DEPTH - 1,
    ),
    extra("actors: []\n---\nquotes: []\n", "yaml-multiple-documents", 2, 1),  # at its '---'
    extra("# made elsewhere\n%YAML 1.2\n---\n" + ACTOR, "yaml-directive", 2, 1, "delete"),
    extra("%TAG !e! tag:example.com,2000:\n---\n" + ACTOR, "yaml-directive", 1, 1),
    extra(
        "actors:\n<<<<<<< HEAD\n  - id: b\n=======\n  - id: c\n>>>>>>> edits\n",
        "yaml-merge-conflict",
        2,
        1,
        "marker lines",
    ),
    # after the byte order mark Notepad begins a file with (it was accepted there)
    extra(b"\xef\xbb\xbf%YAML 1.1\n---\n" + ACTOR.encode(), "yaml-directive", 1, 1),
    extra(b"\xef\xbb\xbf\tactors: []\n", "yaml-tab", 1, 1, "spaces"),
    odd("link-broken", lambda folder: (folder / "x.yaml").symlink_to("gone.yaml")),
    odd("link-loop", _loop),
    odd("yaml-outside", lambda folder: _link_out(folder)),
    odd("special-file", lambda folder: os.mkfifo(folder / "x.yaml")),
    odd("is-a-folder", lambda folder: (folder / "x.yaml").mkdir()),
    odd("name-not-utf8", _not_utf8_name, "x\\xff.yaml"),
    Case("not-a-folder", briefing_files(), "notes", 1, 1, "link to a folder", _link_to_a_file),
    extra(
        "sources:\n  - id: t\n    title: T\n    text: sources/" + "n" * 300 + ".txt\n",
        "name-too-long",
        4,
        11,
        "304 characters",
    ),
    extra("- a\n- b\n", "top-not-mapping", 1, 1),
    extra("actor: []\n", "unknown-section", 1, 1, "'actors'"),
    extra("actors: Truss\n", "section-type", 1, 9),
    extra("actors:\n  - truss\n", "record-type", 2, 5),
    Case(
        "briefing-missing",
        {
            "main.yaml": "sources:" + BASE.split("sources:", 1)[1],
            "sources/s.txt": BASE_FILES["sources/s.txt"],
        },
        "main.yaml",
        1,
        1,
    ),
    extra("briefing:\n  id: c\n  title: T\n  as_of: 2022\n", "briefing-duplicate", 2, 3),
    extra(ACTOR + "    rol: x\n", "unknown-field", 5, 5, "'role'"),
    extra("actors:\n  - id: b\n    name: B\n", "missing-field", 2, 5, "kind"),
    extra(ACTOR.replace("name: B", "name: no"), "wrong-type", 3, 11, '"no"'),
    extra(ACTOR.replace("name: B", "name: 2022-02-10"), "wrong-type", 3, 11, "quotes"),
    extra(ACTOR.replace("name: B", "name: 12"), "wrong-type", 3, 11, "quotes"),
    extra(ACTOR.replace("id: b", "id: Liz_Truss"), "bad-id", 2, 9, "liz-truss"),
    extra(ACTOR.replace("id: b", "id: " + "a" * 65), "bad-id", 2, 9, "'" + "a" * 64 + "'"),
    extra(ACTOR.replace("person", "persn"), "bad-enum", 4, 11, "'person'"),
    extra(
        "events:\n  - id: f\n    title: F\n    when: 10 February 2022\n    sources: [s]\n",
        "bad-date",
        4,
        11,
    ),
    extra(
        "events:\n  - id: f\n    title: F\n    when: 2022-02-30\n    sources: [s]\n",
        "impossible-date",
        4,
        11,
        "28 days",
    ),
    extra(
        "events:\n  - id: f\n    title: F\n    when: 2022-02-20/2022-02-10\n    sources: [s]\n",
        "reversed-interval",
        4,
        11,
    ),
    extra("sources:\n  - id: t\n    title: T\n    url: ftp://example.org\n", "bad-url", 4, 10),
    extra(
        "quotes:\n  - id: r\n    text: hello\n    speaker: a\n    source: s\n    occurrence: 0\n",
        "bad-occurrence",
        6,
        17,
    ),
    extra(
        "events:\n  - id: f\n    title: F\n    when: 2022\n    sources: []\n", "empty-list", 5, 14
    ),
    Case(
        "insertion-in-source",
        briefing_files(
            **{
                "briefing.yaml": BASE.replace("text: hello world", "text: hello [big] world"),
                "sources/s.txt": "She said hello [big] world.\n",
            }
        ),
        "briefing.yaml",
        20,
        11,
        "'[big]'",
    ),
    Case(
        "insertion-in-source-elsewhere",
        briefing_files(
            **{
                "briefing.yaml": BASE.replace(
                    "text: hello world", "text: hello[2] world\n    occurrence: 1"
                ),
                "sources/s.txt": "She said hello world.\n\nThen hello[2] world.\n",
            }
        ),
        "briefing.yaml",
        20,
        11,
        "'hello[2]' as written on line 3",
    ),
    Case(
        "hedge-left-out",
        briefing_files(
            **{
                "briefing.yaml": BASE.replace("text: hello world", "text: hello world again"),
                "sources/s.txt": "She may have said hello world again.\n",
            }
        ),
        "briefing.yaml",
        20,
        11,
        "quote the hedge",
    ),
    Case(
        "insertion-replaces",
        briefing_files(
            **{
                "briefing.yaml": BASE.replace("text: hello world", "text: hello [more] world"),
                "sources/s.txt": "She said hello less world.\n",
            }
        ),
        "briefing.yaml",
        20,
        11,
        "'less'",
    ),
    Case(
        "insertion-leaves-out",
        briefing_files(
            **{
                "briefing.yaml": BASE.replace("text: hello world", "text: hello [big] world"),
                "sources/s.txt": "She said hello big bad world.\n",
            }
        ),
        "briefing.yaml",
        20,
        11,
        "'big bad'",
    ),
    extra(ACTOR.replace("name: B", 'name: ""'), "empty-text", 3, 11),
    Case(
        "bad-language",
        briefing_files(
            **{"briefing.yaml": BASE.replace("  title: T\n", "  title: T\n  language: English!\n")}
        ),
        "briefing.yaml",
        4,
        13,
    ),
    extra(ACTOR.replace("name: B", 'name: "A\\eB"'), "control-character", 3, 11),
    Case(
        "source-merge-conflict",
        briefing_files(
            **{
                "sources/s.txt": "She said hello world.\n\n<<<<<<< HEAD\nThen she left.\n"
                "=======\nThen she went home.\n>>>>>>> edits\n"
            }
        ),
        "briefing.yaml",
        8,
        11,
        "'<<<<<<< HEAD', at its line 3",
    ),
    extra(ACTOR.replace("name: B", 'name: "A\\u202eB"'), "format-character", 3, 11, "U+202E"),
    extra(ACTOR.replace("name: B", "name: |-\n      A\n      B"), "one-line-field", 3, 11, "␊"),
    extra(ACTOR.replace("id: b", "id: a"), "duplicate-id", 2, 9, "line 10"),
    Case(
        "unknown-reference",
        briefing_files(**{"briefing.yaml": BASE.replace("speaker: a", "speaker: aa")}),
        "briefing.yaml",
        21,
        14,
    ),
    extra(
        "actors:\n  - id: b\n    name: B\n    kind: state\n    affiliations: [c]\n"
        "  - id: c\n    name: C\n    kind: state\n    affiliations: [b]\n",
        "affiliation-cycle",
        9,
        20,
    ),
    extra(
        "sources:\n  - id: t\n    title: T\n    text: sources/none.txt\n",
        "source-text-missing",
        4,
        11,
    ),
    extra(
        "sources:\n  - id: t\n    title: T\n    text: source/s.text\n",
        "source-text-missing",
        4,
        11,
        "did you mean 'sources/s.txt'?",
    ),
    Case(
        "hidden-source-text",
        briefing_files(
            **{
                "extra.yaml": "sources:\n  - id: t\n    title: T\n    text: .drafts/t.txt\n",
                ".drafts/t.txt": "A draft, not watched.\n",
            }
        ),
        "extra.yaml",
        4,
        11,
        "do not begin with a dot",
    ),
    extra(
        "sources:\n  - id: t\n    title: T\n    text: ../outside.txt\n",
        "source-text-outside",
        4,
        11,
    ),
    extra('sources:\n  - id: t\n    title: T\n    text: ""\n', "source-text-path", 4, 11, "empty"),
    Case(
        "source-text-encoding",
        briefing_files(**{"sources/s.txt": b"She said hello world \xe9.\n"}),
        "briefing.yaml",
        8,
        11,
        "UTF-8",
    ),
    Case(
        "source-text-empty",
        briefing_files(**{"sources/s.txt": ""}),
        "briefing.yaml",
        8,
        11,
        "is empty",
    ),
    Case(
        "quote-not-found",
        briefing_files(**{"briefing.yaml": BASE.replace("text: hello world", "text: hello wrld")}),
        "briefing.yaml",
        20,
        11,
        "hello world",
    ),
    Case(
        "quote-ambiguous",
        briefing_files(**{"sources/s.txt": "hello world\n\nhello world\n"}),
        "briefing.yaml",
        20,
        11,
        "occurrence",
    ),
    Case(
        "quote-cuts-word",
        briefing_files(**{"briefing.yaml": BASE.replace("text: hello world", "text: llo world")}),
        "briefing.yaml",
        20,
        11,
        "whole words",
    ),
    Case(
        "elision-drops-few-words",
        briefing_files(
            **{
                "briefing.yaml": BASE.replace(
                    "text: hello world", "text: She said hello … world said today"
                ),
                "sources/s.txt": "She said hello big world said today.\n",
            }
        ),
        "briefing.yaml",
        20,
        11,
        "'big'",
    ),
    Case(
        "elision-joins-passages",
        briefing_files(
            **{
                "briefing.yaml": BASE.replace(
                    "text: hello world", "text: She said hello … Then she left"
                )
            }
        ),
        "briefing.yaml",
        20,
        11,
        "different paragraphs",
    ),
    Case(
        "quote-across-paragraphs",
        briefing_files(
            **{"briefing.yaml": BASE.replace("text: hello world", "text: hello world. Then she")}
        ),
        "briefing.yaml",
        20,
        11,
        "paragraph break",
    ),
    Case(
        "quote-outside-quotation",
        briefing_files(
            **{"sources/s.txt": 'She said hello world. "Goodbye to all of you," she said.\n'}
        ),
        "briefing.yaml",
        20,
        11,
        "quotation marks",
    ),
    Case(
        "quote-across-quotation",
        briefing_files(
            **{
                "briefing.yaml": BASE.replace(
                    "text: hello world", "text: 'she said \"hello world'"
                ),
                "sources/s.txt": 'So she said "hello world, and goodbye to you," today.\n',
            }
        ),
        "briefing.yaml",
        20,
        11,
        "within one quotation",
    ),
    Case(
        "quotation-within-quotation",
        briefing_files(**{"sources/s.txt": "\"She said 'hello world' to me,\" he said.\n"}),
        "briefing.yaml",
        20,
        11,
        "reported_by",
    ),
    Case(
        "quote-in-another-turn",
        briefing_files(**{"sources/s.txt": "Q: hello world, are you there?\n\nA: I am.\n"}),
        "briefing.yaml",
        20,
        11,
        "own turn",
    ),
    Case(
        "quote-said-by-other",
        briefing_files(
            **{
                "briefing.yaml": BASE.replace("kind: person\n", "kind: person\n" + ACTOR[8:], 1),
                "sources/s.txt": '"hello world to you all," B said.\n',
            }
        ),
        "briefing.yaml",
        20 + 3,
        11,
        "reported_by",
    ),
    Case(
        "quote-holds-incise",
        briefing_files(
            **{
                "briefing.yaml": BASE.replace(
                    "  title: T\n", "  title: T\n  language: fr\n", 1
                ).replace("text: hello world", "text: hello world, dit-il"),
                "sources/s.txt": "« hello world, dit-il, et au revoir »\n",
            }
        ),
        "briefing.yaml",
        21,
        11,
        "elision",
    ),
    Case(
        "negation-left-out",
        briefing_files(**{"sources/s.txt": "Not hello world, she said.\n"}),
        "briefing.yaml",
        20,
        11,
        "'Not'",
    ),
    Case(
        "negation-added",
        briefing_files(
            **{
                "briefing.yaml": BASE.replace(
                    "text: hello world", "text: She said [no] hello world"
                ),
                "sources/s.txt": "She said hello world.\n",
            }
        ),
        "briefing.yaml",
        20,
        11,
        "'[no]'",
    ),
    Case(
        "published-after-as-of",
        briefing_files(
            **{
                "briefing.yaml": BASE.replace(
                    "    text: sources/s.txt\n",
                    "    text: sources/s.txt\n    published: 2027-03-01\n",
                )
            }
        ),
        "briefing.yaml",
        9,
        16,
        "as_of",
    ),
    Case(
        "said-outside-event",
        briefing_files(
            **{
                "briefing.yaml": BASE.replace(
                    "    source: s\n", "    source: s\n    said: 2021-05-02\n    event: e\n"
                )
            }
        ),
        "briefing.yaml",
        23,
        11,
        "both dates",
    ),
    Case(
        "when-text-weekday",
        briefing_files(
            **{
                "briefing.yaml": BASE.replace(
                    "    when: 2022-02-10\n",
                    "    when: 2022-02-10\n    when_text: on Wednesday\n",
                ),
                "sources/s.txt": "She said hello world on Wednesday.\n",
            }
        ),
        "briefing.yaml",
        17,
        16,
        "its own wording",
    ),
    Case(
        "when-text-not-in-source",
        briefing_files(
            **{
                "briefing.yaml": BASE.replace(
                    "    when: 2022-02-10\n",
                    "    when: 2022-02-10\n    when_text: in the evening\n",
                )
            }
        ),
        "briefing.yaml",
        17,
        16,
        "own wording",
    ),
    Case(
        "elision-part-too-short",
        briefing_files(
            **{
                "briefing.yaml": BASE.replace(
                    "text: hello world", "text: She said hello … she left"
                )
            }
        ),
        "briefing.yaml",
        20,
        11,
        "'she left'",
    ),
    Case(
        "insertion-empty",
        briefing_files(
            **{"briefing.yaml": BASE.replace("text: hello world", "text: hello [] world")}
        ),
        "briefing.yaml",
        20,
        11,
        "'[]'",
    ),
    extra(
        "actors:\n  - {id: b, name: B, kind: person, same_as: [http://example.org/b]}\n"
        "  - {id: c, name: C, kind: person, same_as: [HTTPS://EXAMPLE.ORG/b]}\n",
        "same-as-shared",
        3,
        46,
        "'b' and 'c'",
    ),
    Case(
        "reported-by-speaker",
        briefing_files(
            **{"briefing.yaml": BASE.replace("speaker: a\n", "speaker: a\n    reported_by: a\n")}
        ),
        "briefing.yaml",
        22,
        18,
        "its own speaker",
    ),
    Case(
        "quote-only-insertions",
        briefing_files(**{"briefing.yaml": BASE.replace("text: hello world", "text: '[she]'")}),
        "briefing.yaml",
        20,
        11,
        "only words in [brackets]",
    ),
    Case(
        "time-without-offset",
        briefing_files(
            **{
                "briefing.yaml": BASE.replace(
                    "    when: 2022-02-10\n", "    when: 2022-02-10T23:01-05:00\n"
                ).replace("    source: s\n", "    source: s\n    said: 2022-02-11T09:00\n")
            }
        ),
        "briefing.yaml",
        23,
        11,
        "no UTC offset",
    ),
    Case(
        "said-after-published",
        briefing_files(
            **{
                "briefing.yaml": BASE.replace(
                    "    text: sources/s.txt\n",
                    "    text: sources/s.txt\n    published: 2022-02-01\n",
                ).replace("    source: s\n", "    source: s\n    said: 2052-03-14\n")
            }
        ),
        "briefing.yaml",
        24,
        11,
        "both dates",
    ),
    Case(
        "comment-cuts-text",
        briefing_files(
            **{"briefing.yaml": BASE.replace("text: hello world", "text: hello world #today")}
        ),
        "briefing.yaml",
        20,
        23,
        'text: "hello world #today"',
    ),
    Case(
        "quote-no-words",
        briefing_files(**{"briefing.yaml": BASE.replace("text: hello world", "text: '[…]'")}),
        "briefing.yaml",
        20,
        11,
        "holds no words",
    ),
    Case(
        "quote-unreadable",
        briefing_files(
            **{"briefing.yaml": BASE.replace("text: hello world", "text: hello [world")}
        ),
        "briefing.yaml",
        20,
        11,
        "pairs with nothing",
    ),
    Case(
        "occurrence-out-of-range",
        briefing_files(**{"briefing.yaml": BASE + "    occurrence: 2\n"}),
        "briefing.yaml",
        23,
        17,
    ),
]

SPECIAL = {  # codes whose set-up does not fit a table row; tested below
    "yaml-too-large",
    "file-unreadable",
    "folder-empty",
    "duplicate-briefing-id",
    "source-text-unreadable",
    "folder-unreadable",
    "checker-failed",  # tests/test_checker_failed.py
}


def test_every_code_has_a_case() -> None:
    covered = {case.code for case in CASES} | SPECIAL
    assert covered == set(CODES)


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.code)
def test_problem_is_located(case: Case, in_tmp: Path) -> None:
    write_folder(in_tmp / "b", case.files)
    if case.prepare is not None:
        case.prepare(in_tmp / "b")
    (in_tmp / "outside.txt").write_text("hello world", encoding="utf-8")
    problems = check(in_tmp / "b")
    assert problems, "the broken briefing was accepted"
    assert {p.code for p in problems} == {case.code}, [str(p) for p in problems]
    first = problems[0]
    assert (first.file, first.line, first.column) == (
        os.path.join("b", case.file),
        case.line,
        case.column,
    )
    assert first.severity is CODES[case.code].severity
    if case.hint:
        assert case.hint in (first.hint or "") + first.message


def test_alias_is_refused_too(in_tmp: Path) -> None:
    write_folder(
        in_tmp / "b",
        briefing_files(**{"extra.yaml": ACTOR.replace("id: b", "id: &x b") + "    role: *x\n"}),
    )
    where = [(p.code, p.line, p.column) for p in check(in_tmp / "b")]
    assert where == [("yaml-anchor", 2, 9), ("yaml-anchor", 5, 11)]


def test_a_yaml_file_linked_from_outside_the_folder_is_warned_of(in_tmp: Path) -> None:
    """Its records came into the briefing and its exports with no word (a
    security review); the contract reads every YAML file in the folder."""
    (in_tmp / "elsewhere.yaml").write_text(ACTOR, encoding="utf-8")
    folder = write_folder(in_tmp / "b", briefing_files())
    (folder / "extra.yaml").symlink_to(in_tmp / "elsewhere.yaml")
    problems = check(folder)
    assert [(p.file, p.line, p.column, p.code, p.severity.value) for p in problems] == [
        ("b/extra.yaml", 1, 1, "yaml-outside", "warning")
    ]
    assert "elsewhere.yaml" in problems[0].message


def test_a_yaml_file_linked_from_inside_the_folder_is_read(in_tmp: Path) -> None:
    folder = write_folder(in_tmp / "b", briefing_files())
    (folder / "parts").mkdir()
    (folder / "parts" / "actors.txt").write_text(ACTOR, encoding="utf-8")
    (folder / "extra.yaml").symlink_to(folder / "parts" / "actors.txt")
    assert check(folder) == []


def test_symlink_out_of_the_folder_counts_as_outside(in_tmp: Path) -> None:
    (in_tmp / "secret.txt").write_text("hello world", encoding="utf-8")
    folder = write_folder(in_tmp / "b", briefing_files(**{"sources__s.txt": None}))
    (folder / "sources").mkdir(exist_ok=True)
    (folder / "sources" / "s.txt").symlink_to(in_tmp / "secret.txt")
    assert [(p.code, p.line) for p in check(folder)] == [("source-text-outside", 8)]


def test_too_large_yaml(in_tmp: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(yamlsafe, "MAX_BYTES", 100)
    monkeypatch.setattr(folder_module, "MAX_BYTES", 100)
    write_folder(in_tmp / "b", briefing_files(**{"extra.yaml": ACTOR * 5}))
    problems = check(in_tmp / "b")
    assert ("b/extra.yaml", 1, 1, "yaml-too-large") in [
        (p.file, p.line, p.column, p.code) for p in problems
    ]


def test_too_large_source_text(in_tmp: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(source_texts, "MAX_TEXT_BYTES", 10)
    write_folder(in_tmp / "b", briefing_files())
    problems = check(in_tmp / "b")
    assert [(p.code, p.line, p.column) for p in problems] == [("source-text-unreadable", 8, 11)]


def test_unreadable_file(in_tmp: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write_folder(in_tmp / "b", briefing_files(**{"extra.yaml": ACTOR}))
    real_open = os.open

    def refuse(path: str | os.PathLike[str], *args, **kwargs):  # type: ignore[no-untyped-def]
        if os.fspath(path).endswith("extra.yaml"):
            raise PermissionError(13, "Permission denied")
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr(os, "open", refuse)
    problems = check(in_tmp / "b")
    assert [(p.file, p.line, p.column, p.code) for p in problems] == [
        ("b/extra.yaml", 1, 1, "file-unreadable")
    ]
    assert "Permission denied" in problems[0].message


def test_unreadable_folder(in_tmp: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """As root, permissions do not bite: the listing is refused here (for real: test_odd_inputs)."""
    write_folder(in_tmp / "content" / "good", briefing_files())
    (in_tmp / "content" / "locked").mkdir()
    real_scandir = os.scandir

    def refuse(path: str | os.PathLike[str] = ".") -> object:
        if os.fspath(path).endswith("locked"):
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", refuse)
    problems = check(in_tmp / "content")
    assert [(p.file, p.line, p.column, p.code) for p in problems] == [
        ("content/locked", 1, 1, "folder-unreadable")
    ]


def test_folder_without_yaml(in_tmp: Path) -> None:
    write_folder(in_tmp / "content" / "good", briefing_files())
    (in_tmp / "content" / "empty").mkdir()
    problems = check(in_tmp / "content")
    assert [(p.file, p.line, p.column, p.code) for p in problems] == [
        ("content/empty", 1, 1, "folder-empty")
    ]


def test_briefing_id_unique_in_content_directory(in_tmp: Path) -> None:
    write_folder(in_tmp / "content" / "one", briefing_files())
    write_folder(in_tmp / "content" / "two", briefing_files())
    problems = check(in_tmp / "content")
    # Neither folder is named after the id: neither keeps it (not the first by name)
    assert [(p.file, p.line, p.column, p.code) for p in problems] == [
        ("content/one/briefing.yaml", 2, 7, "duplicate-briefing-id"),
        ("content/two/briefing.yaml", 2, 7, "duplicate-briefing-id"),
    ]


def test_a_folder_named_after_the_id_keeps_it_from_a_copy(in_tmp: Path) -> None:
    """A backup copy (`aa-backup/`) sorted first and took the id, so the folder
    it was copied from stopped opening (a new user's trial)."""
    write_folder(in_tmp / "content" / "b", briefing_files())
    write_folder(in_tmp / "content" / "aa-backup", briefing_files())
    problems = check(in_tmp / "content")
    assert [(p.file, p.code) for p in problems] == [
        ("content/aa-backup/briefing.yaml", "duplicate-briefing-id")
    ]
    assert "the folder b, named after the id, keeps it" in str(problems[0].hint)


def test_empty_file_is_fine(in_tmp: Path) -> None:
    write_folder(
        in_tmp / "b", briefing_files(**{"empty.yaml": "", "comments.yml": "# nothing yet\n"})
    )
    assert check(in_tmp / "b") == []


def test_many_problems_are_all_reported(in_tmp: Path) -> None:
    files = briefing_files(
        **{
            "a.yaml": ACTOR.replace("person", "persn") + "    rol: x\n",
            "b.yaml": "events:\n  - id: f\n    title: F\n"
            "    when: 2022-02-30\n    sources: [nope]\n",
            "c.yaml": "quotes:\n  - id: r\n    text: not in the text\n"
            "    speaker: zz\n    source: s\n",
            "d.yaml": "actor: []\n",
            "e.yaml": "sources:\n  - id: t\n    title: T\n    url: ftp://x\n",
        }
    )
    write_folder(in_tmp / "b", files)
    found = {(p.file, p.code) for p in check(in_tmp / "b")}
    assert found == {
        ("b/a.yaml", "bad-enum"),
        ("b/a.yaml", "unknown-field"),
        ("b/b.yaml", "impossible-date"),
        ("b/b.yaml", "unknown-reference"),
        ("b/c.yaml", "unknown-reference"),
        ("b/c.yaml", "quote-not-found"),
        ("b/d.yaml", "unknown-section"),
        ("b/e.yaml", "bad-url"),
    }


@pytest.mark.parametrize(
    ("second_id", "id_code"), [("Out1", "bad-id"), ("s", "duplicate-id"), ("[x]", "wrong-type")]
)
def test_a_source_without_a_usable_id_still_has_its_text_file_checked(
    in_tmp: Path, second_id: str, id_code: str
) -> None:
    """Its missing text file was said only once the id was put right; an empty one,
    never. No quote can name such a source, so nothing is said of quotes."""
    files = briefing_files(
        **{
            "more.yaml": f"sources:\n  - id: {second_id}\n    title: z\n    text: nope.txt\n"
            "  - id: Out2\n    title: y\n    text: sources/blank.txt\n",
            "sources/blank.txt": "  \n",
        }
    )
    write_folder(in_tmp / "b", files)
    found = [(p.line, p.code) for p in check(in_tmp / "b")]
    assert found == [
        (2, id_code),
        (4, "source-text-missing"),
        (5, "bad-id"),
        (7, "empty-text"),
    ]


def test_docs_table_is_generated_from_the_codes() -> None:
    from briefing.records.codes import markdown

    docs = Path(__file__).resolve().parent.parent / "docs" / "errors.md"
    assert docs.read_text(encoding="utf-8") == markdown(), (
        "run: python -m briefing.records.codes > docs/errors.md"
    )


def test_a_broken_file_does_not_bury_its_problem_under_references(in_tmp: Path) -> None:
    base = BASE_FILES["briefing.yaml"]
    assert isinstance(base, str)
    head, actors_on = base.split("actors:", 1)
    actors, rest = actors_on.split("events:", 1)
    files = briefing_files(
        **{"briefing.yaml": head + "events:" + rest, "actors.yaml": "actors:" + actors + "  - [\n"}
    )
    write_folder(in_tmp / "b", files)
    assert [p.code for p in check(in_tmp / "b")] == ["yaml-syntax"]


def test_a_misspelt_required_field_is_said_once(in_tmp: Path) -> None:
    """`as-of:` was an unknown field and a missing as_of (an author's trial)."""
    text = BASE.replace("as_of:", "as-of:")
    problems = check(write_folder(in_tmp / "b", briefing_files(**{"briefing.yaml": text})))
    assert [p.code for p in problems] == ["unknown-field"]
    assert problems[0].hint == "did you mean 'as_of'?"


def test_references_to_a_refused_id_are_not_each_said_to_name_nothing(in_tmp: Path) -> None:
    """`id: Grace-Mbeki` was refused, then every `grace-mbeki` said to name no
    actor, four lines without a hint for one slip (an author's trial)."""
    text = BASE.replace("  - id: a\n    name: A\n", "  - id: A\n    name: A\n")
    problems = check(write_folder(in_tmp / "b", briefing_files(**{"briefing.yaml": text})))
    assert [p.code for p in problems] == ["bad-id"]


@pytest.mark.parametrize(
    ("published", "said"),
    [
        ("2026-02-10", '"2026-02-10T23:30-05:00"'),  # the same evening, in New York
        ('"2026-02-11T01:00+09:00"', '"2026-02-10T17:30"'),  # Tokyo's morning, local time
        ("2026-02-11", "2026-02-12~"),  # approximate: it may be otherwise
        ("2026-02-11~", "2026-02-12"),
    ],
)
def test_a_quote_that_may_have_been_said_before_publication_is_not_warned_of(
    published: str, said: str, in_tmp: Path
) -> None:
    """A review: time zones and approximate dates were warned of as impossible.
    (The briefing stands after them: a source published after its as_of is
    warned of, published-after-as-of.)"""
    text = (
        BASE.replace("as_of: 2022-02-10", "as_of: 2026-02-28")
        .replace(
            "    text: sources/s.txt\n", f"    text: sources/s.txt\n    published: {published}\n"
        )
        .replace("    source: s\n", f"    source: s\n    said: {said}\n")
    )
    problems = check(write_folder(in_tmp / "b", briefing_files(**{"briefing.yaml": text})))
    assert [p.code for p in problems] == []


@pytest.mark.parametrize("blank", ["'   '", '"\\t \\n "'], ids=["spaces", "tab and line break"])
def test_a_text_of_only_whitespace_is_as_empty_as_one_of_none(in_tmp: Path, blank: str) -> None:
    """A name of spaces is a blank row in the reader: it is told like `name: ""`."""
    write_folder(in_tmp / "b", briefing_files(**{"extra.yaml": ACTOR.replace("B", blank, 1)}))
    found = [(p.code, p.line, p.column) for p in check(in_tmp / "b")]
    # and the tab and the line break, which the reader shows as symbols on the row
    lines = [("one-line-field", 3, 11)] if "\\t" in blank else []
    assert found == [("empty-text", 3, 11), *lines]


@pytest.mark.parametrize(
    ("when_text", "text_file", "codes"),
    [
        ("then she left", "sources/s.txt", []),
        ("Then she left", "sources/s.txt", []),  # as written
        ("then She left", "sources/s.txt", ["when-text-not-in-source"]),  # only the first
        ("in the evening", None, []),  # a source without a text: nothing to look in
    ],
    ids=["found", "first-letter-case", "other-case", "no-text"],
)
def test_a_when_text_is_looked_for_in_its_sources(
    in_tmp: Path, when_text: str, text_file: str | None, codes: list[str]
) -> None:
    """when_text is "the source's own wording" (the contract); the reader shows it
    in quotation marks, and the bundled briefing's own gloss read as the article's
    (a reader's trial)."""
    base = BASE.replace(
        "    when: 2022-02-10\n", f"    when: 2022-02-10\n    when_text: {when_text}\n"
    )
    if text_file is None:
        base = base.replace("    text: sources/s.txt\n", "")
    files = briefing_files(**{"briefing.yaml": base})
    if text_file is None:
        files["sources/s.txt"] = None
    folder = write_folder(in_tmp / "b", files)
    assert [p.code for p in check(folder) if p.severity == "warning"] == codes


def test_each_time_without_offset_among_times_with_one_is_warned_of(in_tmp: Path) -> None:
    """The docking at 23:01-05:00 and the hatch opened at 01:10 with no offset:
    the chronology put the hatch first (a new author's trial). A warning at
    each value with a time without one (it was said once, at the first),
    naming where one with an offset is, and the value with its offsets."""
    text = BASE.replace("    when: 2022-02-10\n", "    when: 2022-02-10T23:01-05:00\n")
    text = text.replace(
        "quotes:\n",
        "  - id: e2\n    title: E2\n    when: 2022-02-11T01:10/2022-02-11T02:00\n"
        "    sources: [s]\n  - id: e3\n    title: E3\n    when: 2022-02-12T09:00\n"
        "    sources: [s]\nquotes:\n",
    )
    problems = check(write_folder(in_tmp / "b", briefing_files(**{"briefing.yaml": text})))
    assert [(problem_line(p), p.hint) for p in problems] == [
        (
            "b/briefing.yaml:20:11: warning[time-without-offset]: the times of "
            "'2022-02-11T01:10/2022-02-11T02:00' have no UTC offset, while another of this "
            "briefing has one (line 16): it is read as local time and ordered as if it were UTC",
            "give every time its offset, as '2022-02-11T01:10-05:00/2022-02-11T02:00-05:00'",
        ),
        (
            "b/briefing.yaml:24:11: warning[time-without-offset]: the time '2022-02-12T09:00' "
            "has no UTC offset, while another of this briefing has one (line 16): it is read "
            "as local time and ordered as if it were UTC",
            "give every time its offset, as '2022-02-12T09:00-05:00'",
        ),
    ]
    every_offset = text.replace("T01:10/", "T01:10-05:00/").replace("T02:00\n", "T02:00-05:00\n")
    every_offset = every_offset.replace("T09:00\n", "T09:00Z\n")
    assert (
        check(write_folder(in_tmp / "c", briefing_files(**{"briefing.yaml": every_offset}))) == []
    )


def test_a_time_without_offset_is_quoted_as_written(in_tmp: Path) -> None:
    """`1883-05-24T20:00:00` was quoted as '1883-05-24T20:00', its seconds dropped;
    a time with an offset in another file is named with its file; an interval
    with one end's offset names the end without, and gives it the other's."""
    text = BASE.replace("    when: 2022-02-10\n", "    when: 1883-05-24T20:00:00\n")
    text = text.replace(
        "    source: s\n", "    source: s\n    said: 2022-02-10T10:00+02:00/2022-02-10T11:30:15\n"
    )
    extra = (
        "events:\n  - id: e2\n    title: E2\n    when: 2022-02-11T01:10:30+01:00\n"
        "    sources: [s]\n"
    )
    files = briefing_files(**{"briefing.yaml": text, "extra.yaml": extra})
    problems = check(write_folder(in_tmp / "b", files))
    assert [(problem_line(p), p.hint) for p in problems] == [
        (
            "b/briefing.yaml:16:11: warning[time-without-offset]: the time "
            "'1883-05-24T20:00:00' has no UTC offset, while another of this briefing has one "
            "(extra.yaml at line 4): it is read as local time and ordered as if it were UTC",
            "give every time its offset, as '1883-05-24T20:00:00+01:00'",
        ),
        (
            "b/briefing.yaml:23:11: warning[time-without-offset]: the time "
            "'2022-02-10T11:30:15' of '2022-02-10T10:00+02:00/2022-02-10T11:30:15' has no UTC "
            "offset, while its start has one: it is read as local time and ordered as if it "
            "were UTC",
            "give every time its offset, as '2022-02-10T10:00+02:00/2022-02-10T11:30:15+02:00'",
        ),
    ]


def test_a_when_text_is_not_warned_of_while_one_of_its_sources_is_not_read(
    in_tmp: Path,
) -> None:
    """A typo in one source's path: the event's wording, in that source, was
    warned as in none of them, beside the missing file's error (an author's trial)."""
    text = BASE.replace(
        "    when: 2022-02-10\n    sources: [s]\n",
        "    when: 2022-02-10\n    when_text: late on Tuesday\n    sources: [s, t]\n",
    ).replace(
        "actors:\n",
        "  - id: t\n    title: The Chronicle\n    text: sources/chronical.txt\nactors:\n",
    )
    files = briefing_files(**{"briefing.yaml": text})
    files["sources/chronicle.txt"] = "It closed late on Tuesday night.\n"
    codes = [p.code for p in check(write_folder(in_tmp / "b", files))]
    assert "when-text-not-in-source" not in codes
    assert "source-text-missing" in codes


def test_an_id_too_long_is_said_to_be(in_tmp: Path) -> None:
    """A 65-character id was told only "use 1 to 64 of a-z, ...", itself cut short
    in the message: its length never said (an author's trial)."""
    long = "a" * 65
    text = BASE.replace("  - id: q\n", f"  - id: {long}\n")
    [problem] = check(write_folder(in_tmp / "b", briefing_files(**{"briefing.yaml": text})))
    assert problem.code == "bad-id"
    assert problem.message.endswith("is 65 characters long: an id has at most 64")
