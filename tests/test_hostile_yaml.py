"""Hostile YAML costs nothing: refused, located, in bounded time, with both parsers."""

from __future__ import annotations

import tracemalloc
from pathlib import Path

import pytest
import yaml
from conftest import briefing_files, check, write_folder

from briefing.check.yaml_builder import MAX_DEPTH
from briefing.check.yaml_nodes import Scalar
from briefing.check.yamlsafe import read_yaml
from briefing.records.problems import ProblemSink

LOADERS = [yaml.SafeLoader] + (
    [yaml.CSafeLoader] if getattr(yaml, "__with_libyaml__", False) else []
)

BILLION_LAUGHS = b"""\
a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]
i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]
"""


@pytest.mark.parametrize("loader", LOADERS, ids=lambda loader: loader.__name__)
def test_alias_bomb_is_refused_without_expanding(loader: type) -> None:
    sink = ProblemSink("bomb.yaml")
    tracemalloc.start()
    read_yaml(BILLION_LAUGHS, sink, loader)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert peak < 5_000_000  # expanded, it would be gigabytes
    anchors = [(p.line, p.column) for p in sink.problems if p.code == "yaml-anchor"]
    assert anchors[0] == (1, 4)
    assert len(anchors) == 9 + 8 * 9  # every anchor and every alias, each located


@pytest.mark.parametrize("loader", LOADERS, ids=lambda loader: loader.__name__)
@pytest.mark.parametrize("opening", [b"[", b"{a: ", b"- "])
def test_deep_nesting_is_refused_at_the_cap(loader: type, opening: bytes) -> None:
    if opening == b"- ":
        data = b"".join(b" " * (2 * i) + b"-\n" for i in range(5_000))
    else:
        data = opening * 100_000
    sink = ProblemSink("deep.yaml")
    result = read_yaml(data, sink, loader)
    assert not result.complete
    assert [p.code for p in sink.problems] == ["yaml-too-deep"]
    assert f"more than {MAX_DEPTH} levels" in sink.problems[0].message


@pytest.mark.parametrize("loader", LOADERS, ids=lambda loader: loader.__name__)
def test_object_constructing_tags_are_never_run(loader: type) -> None:
    data = b"a: !!python/object/apply:os.system ['touch /tmp/briefing-pwned']\n"
    sink = ProblemSink("tag.yaml")
    read_yaml(data, sink, loader)
    assert [(p.code, p.line, p.column) for p in sink.problems] == [("yaml-tag", 1, 4)]


@pytest.mark.parametrize("loader", LOADERS, ids=lambda loader: loader.__name__)
def test_lone_surrogate_bytes_are_a_located_encoding_error(loader: type) -> None:
    data = "title: ok\nname: x\udc80\n".encode("utf-8", "surrogatepass")
    sink = ProblemSink("s.yaml")
    read_yaml(data, sink, loader)
    assert [(p.code, p.line, p.column) for p in sink.problems] == [("yaml-encoding", 2, 8)]


def test_utf16_is_named() -> None:
    sink = ProblemSink("u.yaml")
    read_yaml("title: x\n".encode("utf-16"), sink)
    assert sink.problems[0].code == "yaml-encoding" and "UTF-16" in sink.problems[0].message


@pytest.mark.parametrize("loader", LOADERS, ids=lambda loader: loader.__name__)
@pytest.mark.parametrize(
    "data",
    [
        b"%YAML 1.1#x\n---\ntitle: a\n",
        b"%YAML 1.2\n---\ntitle: a\n",
        b"%FOO bar\n---\ntitle: a\n",
        b"\xef\xbb\xbf%YAML 1.2\n---\ntitle: a\n",
        b"\xef\xbb\xbf\xef\xbb\xbf%YAML 1.2\n---\ntitle: a\n",
        b"%YAML\n---\ntitle: a\n",
        b"%YAML one\n---\ntitle: a\n",
        b"%TAG !e!\n---\ntitle: a\n",
        b"%TAG\n---\ntitle: a\n",
        b"%TAG !e\n---\ntitle: a\n",
        b"%TAG !e! \n---\ntitle: a\n",
    ],
    ids=[
        "invalid, accepted by libyaml",
        "valid",
        "reserved, skipped by PyYAML",
        "after a BOM",
        "after two",
        "no version",
        "a version not a number",
        "a tag with no prefix",
        "a tag with nothing",
        "a tag's handle unclosed",
        "a tag's prefix a space",
    ],
)
def test_directives_are_refused_however_written(loader: type, data: bytes) -> None:
    sink = ProblemSink("d.yaml")
    read_yaml(data, sink, loader)
    assert [(p.code, p.line, p.column) for p in sink.problems] == [("yaml-directive", 1, 1)]


@pytest.mark.parametrize("loader", LOADERS, ids=lambda loader: loader.__name__)
def test_a_percent_line_inside_a_text_is_content(loader: type) -> None:
    """After a document's start, `%` in the first column continues a plain text."""
    sink = ProblemSink("p.yaml")
    result = read_yaml(b"---\nscalar\n%YAML 1.2\n", sink, loader)
    assert sink.problems == []
    (document,) = result.documents
    assert isinstance(document, Scalar)
    assert (document.value, document.line) == ("scalar %YAML 1.2", 2)


#: The line breaks YAML 1.1 (both PyYAML parsers) knows besides CR and LF,
#: which editors (and YAML 1.2) do not show as breaks.
OTHER_LINE_BREAKS = {"NEL": "\x85", "LS": "\u2028", "PS": "\u2029"}


@pytest.mark.parametrize("loader", LOADERS, ids=lambda loader: loader.__name__)
@pytest.mark.parametrize("line_break", OTHER_LINE_BREAKS.values(), ids=list(OTHER_LINE_BREAKS))
def test_a_directive_after_an_unseen_line_break_is_never_obeyed(
    loader: type, line_break: str
) -> None:
    """The parser started a line after NEL, LS and PS, so a `%TAG` there was a
    directive it obeyed (an audit against the contract). They are read as the
    characters they are now, as an editor shows them: the `%TAG` is part of the
    comment, and the tag it would have declared is refused."""
    data = f"# made elsewhere{line_break}%TAG ! tag:yaml.org,2002:\n---\ntitle: !int 5\n"
    sink = ProblemSink("d.yaml")
    read_yaml(data.encode(), sink, loader)
    assert [(p.code, p.line) for p in sink.problems] == [("yaml-tag", 3)]


@pytest.mark.parametrize("line_break", OTHER_LINE_BREAKS.values(), ids=list(OTHER_LINE_BREAKS))
def test_a_briefing_file_with_a_directive_after_such_a_break_reads_it_as_a_comment(
    tmp_path: Path, line_break: str
) -> None:
    """The whole check, whose fast reader of clean files looked for `%` after CR and LF alone."""
    directive = f"# made elsewhere{line_break}%YAML 1.1\n---\nactors: []\n"
    folder = write_folder(tmp_path / "b", briefing_files(**{"extra.yaml": directive}))
    assert check(folder) == []
