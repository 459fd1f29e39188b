"""The YAML community's own test suite, run through the safe reader.

For every case: plain data (no tags, anchors or aliases) comes back equal to
the case's in.json, or the file is refused with located problems; never a
traceback, never a hang. Both of PyYAML's parsers give the same data and the
same locations.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml
from conftest import SHARED
from yaml_plain import json_documents, same, to_plain

from briefing.check.yaml_nodes import Mapping, Node, Refused, Scalar, Sequence
from briefing.check.yamlsafe import read_yaml
from briefing.records.problems import ProblemSink

SUITE = SHARED / "yaml-test-suite"
CASES = sorted(p.parent for p in SUITE.rglob("in.yaml")) if SUITE.is_dir() else []
# Node properties in the suite's event notation: an anchor, an alias or a tag.
_PROPERTIES = re.compile(r"^(?:[+=](?:MAP|SEQ|VAL)\s[^:'\"|>]*?(?:&|<)|=ALI)", re.MULTILINE)

pytestmark = pytest.mark.skipif(
    not CASES, reason="../shared/yaml-test-suite is not beside the repo"
)


def _is_plain_data(case: Path) -> bool:
    events = (case / "test.event").read_text(encoding="utf-8")
    return _PROPERTIES.search(events) is None


def _read(case: Path, loader: type | None = None) -> tuple[list[Node], ProblemSink, bool]:
    sink = ProblemSink(str(case / "in.yaml"))
    result = read_yaml((case / "in.yaml").read_bytes(), sink, loader)
    return result.documents, sink, result.complete


def test_suite_cases() -> None:
    counts = {"equal": 0, "refused": 0, "invalid refused": 0, "invalid accepted": 0, "not plain": 0}
    mismatches: list[str] = []
    for case in CASES:
        documents, sink, complete = _read(case)
        for problem in sink.problems:
            assert problem.line >= 1 and problem.column >= 1, (case, problem)
        refused = bool(sink.problems) or not complete
        if (case / "error").exists():
            counts["invalid refused" if refused else "invalid accepted"] += 1
            continue
        if refused:
            assert sink.problems, f"{case}: not complete, but no problem reported"
            counts["refused"] += 1
            continue
        if not (case / "in.json").exists() or not _is_plain_data(case):
            counts["not plain"] += 1
            continue
        expected = json_documents((case / "in.json").read_text(encoding="utf-8"))
        got = [to_plain(d) for d in documents]
        if same(got, expected):
            counts["equal"] += 1
        else:
            mismatches.append(f"{case.relative_to(SUITE)}: {got!r} != {expected!r}")
    print("\nyaml-test-suite:", ", ".join(f"{n} {what}" for what, n in counts.items()))
    assert not mismatches, "\n".join(mismatches)
    # The suite is really being read. Since the contract refuses directives
    # (issue 10), 9 valid cases that hold one (27NA, 6ZKB, 9DXL, DK95/07,
    # MUS6/02-04, RTP8, U3C3) are refused instead of read: 184 became 176.
    assert counts["equal"] > 150
    # What PyYAML accepts but YAML does not, and we cannot tell from its events
    # (odd flow keys, indentation): 14 before directives were refused; four
    # of those were directives (EB22, MUS6/00, MUS6/01, RHX7). Kept from growing.
    assert counts["invalid accepted"] <= 10


def _first_content_line(text: str) -> tuple[int, str]:
    """The first line that is neither blank nor a comment, and its number."""
    for number, line in enumerate(text.splitlines(), 1):
        if line.strip() and not line.lstrip().startswith("#"):
            return number, line
    return 0, ""


def test_every_directive_is_refused_where_it_stands() -> None:
    """A `%` line before any content is a directive, by YAML's grammar: refused there."""
    starting_with_one = 0
    for case in CASES:
        text = (case / "in.yaml").read_text(encoding="utf-8")
        _documents, sink, _complete = _read(case)
        lines = text.splitlines()
        for problem in sink.problems:
            if problem.code == "yaml-directive":
                assert lines[problem.line - 1].startswith("%"), (case, problem)
                assert problem.column == 1, (case, problem)
        number, line = _first_content_line(text)
        if line.startswith("%"):
            starting_with_one += 1
            where = [(p.line, p.column) for p in sink.problems if p.code == "yaml-directive"]
            assert (number, 1) in where, (case, sink.problems)
    assert starting_with_one > 20  # the suite's directive cases are really there


def _dump(node: Node) -> object:
    """A node with its location, to compare the two parsers."""
    where = (type(node).__name__, node.line, node.column)
    if isinstance(node, Mapping):
        return (where, [(_dump(k), _dump(v)) for k, v in node.entries.values()])
    if isinstance(node, Sequence):
        return (where, [_dump(item) for item in node.items])
    if isinstance(node, Scalar):
        if node.plain and not node.value:
            return ("empty", node.plain)  # nothing written: no place to compare
        return (where, node.value, node.plain)
    assert isinstance(node, Refused)
    return where


@pytest.mark.skipif(not getattr(yaml, "__with_libyaml__", False), reason="PyYAML without libyaml")
def test_both_parsers_agree() -> None:
    differ: list[str] = []
    disagree: list[str] = []
    compared = 0
    for case in CASES:
        c_docs, c_sink, c_complete = _read(case, yaml.CSafeLoader)
        p_docs, p_sink, p_complete = _read(case, yaml.SafeLoader)
        if c_complete and p_complete and not c_sink.problems and not p_sink.problems:
            compared += 1
            if [_dump(d) for d in c_docs] != [_dump(d) for d in p_docs]:
                differ.append(str(case.relative_to(SUITE)))
        elif bool(c_sink.problems) != bool(p_sink.problems):
            # libyaml and PyYAML's pure parser disagree on what some odd YAML
            # means; neither is ours to change. Counted, and kept from growing.
            disagree.append(str(case.relative_to(SUITE)))
    print(
        f"\nparsers agree on all {compared - len(differ)} of {compared} cases both accept; "
        f"they disagree on accepting {len(disagree)} odd cases"
    )
    assert not differ, "\n".join(differ)
    # 24 before directives were refused (both parsers now refuse those alike).
    assert len(disagree) <= 16, disagree
