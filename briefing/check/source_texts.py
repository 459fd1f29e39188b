"""Source texts: each source's `text:` file, read safely from inside the briefing folder.

A path that leaves the folder, names no file (with the nearest file as a
hint), goes on past a file as if it were a folder, or names a file that is
too large or not UTF-8 is reported at the source's `text:`; a path through a
hidden folder, and a text with hidden characters, are warned of there. An
empty text is said once at its `text:` (`report_blank_text`, also called as
quotes are anchored: quote_anchors).
"""

from __future__ import annotations

import codecs
import os
from collections.abc import Iterable
from pathlib import Path

from briefing.check.fields import nearest
from briefing.check.name_forms import form_slip_said, other_form
from briefing.check.raw import RawRecord, Where
from briefing.check.yaml_prescan import conflict_markers
from briefing.files.filekinds import Refused, TooLarge, path_text, read_file
from briefing.records.problems import ProblemSink
from briefing.records.text import (
    counted,
    first_format_character,
    first_source_control,
    may_need_marks,
    shown,
)

#: Largest source text read, in bytes (a long report is well under 1 MB).
MAX_TEXT_BYTES = 64 * 1024 * 1024


def load_source_texts(
    folder: Path, sources: dict[str, RawRecord], others: Iterable[RawRecord] = ()
) -> dict[str, str]:
    """The text of every source that has one, as written, by source id.

    A path that leaves the folder (symlinks included), a missing file, one
    that is not a regular file (a link that is broken or loops, a named pipe,
    a device, a folder), too large or not UTF-8 is reported at the source's
    `text:` value. A named pipe or a device is never opened.

    `others` are sources no quote can name (an id that is not valid, or taken):
    their text files are read for their problems alone, and let go.
    """
    texts: dict[str, str] = {}
    inside = os.path.realpath(folder)
    for ident, record in sources.items():
        text = _source_text(folder, inside, record)
        if text is not None:
            texts[ident] = text
    for record in others:
        text = _source_text(folder, inside, record)
        if text is not None and not text.strip():
            report_blank_text(record, text, [])
    return texts


def _source_text(folder: Path, inside: str, record: RawRecord) -> str | None:
    """The text of one source, or None when it has none or it is reported."""
    relative = record.value("text")
    if not isinstance(relative, str):
        return None
    node = record.place("text")
    sink = record.sink
    if not relative:  # the OS would read it as the briefing folder itself
        record.complete = False
        sink.error(
            node.line,
            node.column,
            "source-text-path",
            "the text file's path is empty, so it names no file",
            "write the path of the text file, as in sources/article.txt, or remove the line",
        )
        return None
    if "\0" in relative:  # the OS refuses such a path outright (ValueError)
        record.complete = False
        sink.error(
            node.line,
            node.column,
            "source-text-path",
            f"the text file {shown(relative)} holds a NUL character (U+0000), "
            "which no file name can hold",
            "remove the NUL (written \\0 or \\x00 between double quotes)",
        )
        return None
    if os.path.isabs(relative):
        record.complete = False
        _report_absolute(folder, inside, relative, node, sink)
        return None
    target = Path(os.path.realpath(folder / relative))  # never raises, even for a loop
    if not target.is_relative_to(inside):
        record.complete = False
        _report_outside(folder, inside, relative, node, sink)
        return None
    text = _read_source_text(folder, relative, node, sink)
    if text is None:
        record.complete = False
        return None
    _warn_hidden_characters(text, relative, node, sink)
    _warn_hidden_folder(relative, node, sink)
    _warn_merge_conflict(text, relative, node, sink)
    return text


def _warn_merge_conflict(text: str, relative: str, node: Where, sink: ProblemSink) -> None:
    """A source text git could not merge holds two versions of its words, and
    the marker lines, which the reader would show as the source's."""
    markers = conflict_markers(text)
    if not markers:
        return
    first = markers[0]
    sink.warning(
        node.line,
        node.column,
        "source-merge-conflict",
        f"the text file {shown(relative)} holds a merge conflict git left in it (its first "
        f"marker, {shown(first.group().rstrip())}, at its line "
        f"{text.count(chr(10), 0, first.start()) + 1}): two versions of the text stand in "
        "it, and the reader shows both, with the marker lines, as the source's words",
        "keep the lines the source published, delete the other version and the marker lines",
    )


def _report_absolute(
    folder: Path, inside: str, absolute: str, node: Where, sink: ProblemSink
) -> None:
    """A path written from the root (`/home/me/b/sources/a.txt`): the contract's
    paths are relative to the briefing folder, so that it can be moved and
    shared. One that leads inside the folder was said to be "outside this
    briefing's folder" (an audit): it is told the relative path to write."""
    written = _written_from(folder, inside, absolute)
    if written is None:
        sink.error(
            node.line,
            node.column,
            "source-text-outside",
            f"the text file {shown(absolute, _PATH_SHOWN)} is outside this briefing's folder "
            "(and a path is written relative to the folder, not from the root '/')",
            "copy the text into the folder (e.g. sources/) and write its path from there, "
            "as in sources/article.txt",
        )
        return
    sink.error(
        node.line,
        node.column,
        "source-text-path",
        f"the text file's path {shown(absolute, _PATH_SHOWN)} starts at the root '/': a path "
        "is written relative to this briefing's folder, so that the briefing can be moved "
        "and shared",
        f"write it from the folder: {written}"
        if written != "."
        else "write the text file's path from the folder, as in sources/article.txt",
    )


def _written_from(folder: Path, inside: str, absolute: str) -> str | None:
    """`absolute` as written from the briefing folder (`sources/a.txt`), when it
    leads inside it (through the folder's own path as written, or as
    resolved: a content directory may be reached through a link); else None."""
    path = os.path.normpath(absolute)
    for base in (os.path.abspath(folder), inside):
        if Path(path).is_relative_to(base):
            return Path(path).relative_to(base).as_posix()
    # the folders on its way resolved, its last name as written (a link stays one)
    parent = Path(os.path.realpath(os.path.dirname(path)))
    if parent.is_relative_to(inside):
        return (parent.relative_to(inside) / os.path.basename(path)).as_posix()
    return None


def _report_outside(
    folder: Path, inside: str, relative: str, node: Where, sink: ProblemSink
) -> None:
    """A path that leaves the folder: by itself (`../x.txt`, `/etc/x`), or
    through a symbolic link inside the folder that leads out, which is named
    with where it leads (a link's path was said to be "outside", where the
    author could see it inside: a new author's trial)."""
    link = _link_leading_out(folder, inside, relative)
    if link is None:
        sink.error(
            node.line,
            node.column,
            "source-text-outside",
            f"the text file {shown(relative)} is outside this briefing's folder",
            "copy the text into the folder (e.g. sources/) and point there",
        )
        return
    written, leads_to = link
    where = shown(path_text(leads_to), _PATH_SHOWN)
    if written == relative:
        said = f"is a symbolic link to {where}"
    else:
        said = f"is reached through the symbolic link {shown(written)}, which leads to {where}"
    sink.error(
        node.line,
        node.column,
        "source-text-outside",
        f"the text file {shown(relative)} {said}, outside this briefing's folder",
        "copy what the link leads to into this briefing's folder, in place of the link: "
        "a briefing is shared and copied without what its links lead to",
    )


#: The most characters of a path outside the folder that a message shows.
_PATH_SHOWN = 160


def _link_leading_out(folder: Path, inside: str, relative: str) -> tuple[str, str] | None:
    """The first part of `relative` (as written) that is a symbolic link leading
    out of the folder, and where it leads in the end (links followed); None
    when the path leaves without one, by its own '..'."""
    parts = relative.split("/")
    for count in range(1, len(parts) + 1):
        written = "/".join(parts[:count])
        path = os.path.join(folder, written)
        leads_to = os.path.realpath(path)
        if Path(leads_to).is_relative_to(inside):
            continue
        return (written.rstrip("/"), leads_to) if os.path.islink(path) else None
    return None


def _warn_hidden_folder(relative: str, node: Where, sink: ProblemSink) -> None:
    """A text file whose path passes through a name that begins with a dot.

    Allowed (the contract asks only that it stay inside and exist), but the
    index and the reader's live reload leave hidden names alone (editors and
    tools keep theirs there): an edit of it would go unnoticed until the
    briefing's other files change.
    """
    parts = [part for part in relative.replace(os.sep, "/").split("/") if part not in ("", ".")]
    hidden = next((part for part in parts if part.startswith(".") and part != ".."), None)
    if hidden is not None:
        sink.warning(
            node.line,
            node.column,
            "hidden-source-text",
            f"the text file {shown(relative)} is under the hidden name {shown(hidden)}: "
            "the reader does not notice when it changes",
            "keep source texts under names that do not begin with a dot, as in sources/",
        )


def _warn_hidden_characters(text: str, relative: str, node: Where, sink: ProblemSink) -> None:
    if not may_need_marks(text):
        return
    control = first_source_control(text)  # Windows line ends (CR LF) are not one
    if control is not None:
        where = f"at its line {control.line}, column {control.column}"
        if control.is_lone_carriage_return:
            sink.warning(
                node.line,
                node.column,
                "control-character",
                f"the text file {shown(relative)} holds a carriage return (U+000D) with no "
                f"line break after it (the first {where}); the reader shows it as a space, "
                "so the lines it ends run together",
                "save the file with Unix (LF) or Windows (CR LF) line endings",
            )
        else:
            sink.warning(
                node.line,
                node.column,
                "control-character",
                f"the text file {shown(relative)} holds invisible control characters "
                f"(the first, {control.describe()}, {where}); the reader shows them as symbols",
                "remove them unless they are meant to be there",
            )
    hidden = first_format_character(text)
    if hidden is not None:
        sink.warning(
            node.line,
            node.column,
            "format-character",
            f"the text file {shown(relative)} holds invisible formatting characters "
            f"(the first on its line {text.count(chr(10), 0, hidden.offset) + 1}: "
            f"{hidden.describe()}); the reader shows them as {hidden.mark}",
            "remove them unless they are meant to be there",
        )


#: The most files looked at for a did-you-mean (a briefing holds a handful).
NEAREST_FILES_LOOKED_AT = 1000


def _nearest_file(folder: Path, relative: str) -> str | None:
    """`did you mean 'sources/rfi.txt'?` for a path that names no file, else None.

    Compares the path as written with the paths of the briefing folder's
    files (not its YAML files), as they would be written in `text:`.
    """
    candidates: list[str] = []
    for root, folders, files in os.walk(folder):
        folders[:] = sorted(f for f in folders if not f.startswith("."))
        base = Path(root).relative_to(folder)
        candidates.extend((base / name).as_posix() for name in sorted(files))
        if len(candidates) >= NEAREST_FILES_LOOKED_AT:
            break
    candidates = [c for c in candidates if not c.lower().endswith((".yaml", ".yml"))]
    guess = nearest(Path(relative).as_posix(), candidates)
    return f"did you mean {shown(guess)}?" if guess else None


def _read_source_text(folder: Path, relative: str, node: Where, sink: ProblemSink) -> str | None:
    try:
        # Joined as text, not as a Path: a Path drops a trailing '/' (and a
        # last '.'), and would read 'article.txt/' as the file article.txt.
        data = read_file(os.path.join(folder, relative), MAX_TEXT_BYTES)
    except Refused as exc:
        trouble = exc.trouble
        hint = trouble.hint
        if trouble.code == "is-a-folder":  # the hint of a folder among YAML files is not this
            hint = "name the text file itself, as in sources/article.txt"
        sink.error(
            node.line,
            node.column,
            trouble.code,
            f"the text file {shown(relative)} {trouble.predicate}",
            hint,
        )
        return None
    except TooLarge as exc:
        sink.error(
            node.line,
            node.column,
            "source-text-unreadable",
            f"the text file {shown(relative)} is {exc.size:,} bytes; at most {MAX_TEXT_BYTES:,}",
        )
        return None
    except NotADirectoryError:
        _report_file_as_folder(folder, relative, node, sink)
        return None
    except FileNotFoundError:
        _report_missing(folder, relative, node, sink)
        return None
    except OSError as exc:
        sink.error(
            node.line,
            node.column,
            "source-text-unreadable",
            f"the text file {shown(relative)} cannot be read: {exc.strerror}",
        )
        return None
    # A byte order mark (saved by some editors) is not part of the text.
    data = data.removeprefix(codecs.BOM_UTF8)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        sink.error(
            node.line,
            node.column,
            "source-text-encoding",
            f"the text file {shown(relative)} is not UTF-8 text "
            f"(byte 0x{data[exc.start]:02x} on its line {line})",
            "save it as UTF-8",
        )
        return None


def _report_missing(folder: Path, relative: str, node: Where, sink: ProblemSink) -> None:
    message = f"there is no file {shown(relative)} in this briefing's folder"
    slip = other_form(folder, relative)
    if slip is not None:  # `é` as one character in the path, as two on disk
        said, hint = form_slip_said(relative, slip)
        sink.error(node.line, node.column, "source-text-missing", message + said, hint)
        return
    sink.error(
        node.line, node.column, "source-text-missing", message, _nearest_file(folder, relative)
    )


def _report_file_as_folder(folder: Path, relative: str, node: Where, sink: ProblemSink) -> None:
    """A path that goes on past a file as if it were a folder: `article.txt/`,
    `article.txt/x`. Says which part is the file, and how to name it."""
    parts = relative.split("/")
    file = next(
        (
            "/".join(parts[:count])
            for count in range(1, len(parts))
            if os.path.isfile(os.path.join(folder, *parts[:count]))
        ),
        None,
    )
    if file is None:  # the file that was in the way is gone meanwhile
        _report_missing(folder, relative, node, sink)
        return
    rest = relative[len(file) :]
    hint = (
        f"remove the {shown(rest)} at the end: {file}"
        if not rest.strip("/.")
        else _nearest_file(folder, relative)
    )
    sink.error(
        node.line,
        node.column,
        "source-text-missing",
        f"there is no file {shown(relative)}: {shown(file)} is a file, not a folder",
        hint,
    )


#: The most quote ids a hint names.
QUOTES_NAMED = 3


def report_blank_text(
    source: RawRecord, text: str, quotes: list[tuple[str, str, RawRecord]]
) -> None:
    """An empty (or whitespace-only) source text, said once at its `text:`.

    Every quote taken from it would otherwise be "not found" one by one, with
    no nearest passage to show, and nothing saying why. Without quotes it is
    allowed (the contract asks only that the file exist), but is surely a slip.
    """
    node = source.place("text")
    named = shown(str(source.value("text")))
    empty = "is empty" if not text else "holds only whitespace"
    if not quotes:
        source.sink.warning(
            node.line,
            node.column,
            "empty-text",
            f"the text file {named} {empty}",
            "paste the source's full text into it, as published",
        )
        return
    for _ident, _words, record in quotes:
        record.complete = False
    ids = [ident for ident, _words, _record in quotes]
    listed = ", ".join(ids[:QUOTES_NAMED]) + (", …" if len(ids) > QUOTES_NAMED else "")
    cannot = (
        f"the quote {shown(ids[0])} taken from it cannot be found there"
        if len(ids) == 1
        else f"none of the {counted(len(ids), 'quote')} taken from it ({listed}) can be found there"
    )
    source.sink.error(
        node.line,
        node.column,
        "source-text-empty",
        f"the text file {named} {empty}, so {cannot}",
        "paste the source's full text into it, as published",
    )
