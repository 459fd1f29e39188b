"""Which source of a briefing a text file is: for `briefing find`'s quote entry.

The author runs `briefing find sources/rfi.txt WORDS` inside a briefing
folder; the quote to paste should name the source whose `text:` is that
file, not a placeholder. The folder's YAML files are read with the
checker's own safe reader (never a constructor, refusals and sizes as the
checker has them); a folder that is not a briefing's, or a file that no
source names, gives None.
"""

from __future__ import annotations

import os
from pathlib import Path

from briefing.check.yaml_nodes import Mapping, Scalar, Sequence
from briefing.check.yamlsafe import read_yaml
from briefing.files.filekinds import Refused, TooLarge, read_file
from briefing.files.locations import yaml_files
from briefing.records.problems import ProblemSink
from briefing.records.schema import ID_PATTERN

#: How many folders up from the text file a briefing's folder is looked for
#: (the contract's usual `sources/NAME.txt`, or beside the YAML).
LEVELS = 2
#: A briefing's YAML file larger than this is not read for it.
MAX_YAML_BYTES = 4 * 1024 * 1024


def source_of(text_file: Path) -> tuple[Path, str] | None:
    """The briefing folder above `text_file` and the id of its source whose
    `text:` is that file, if one says so."""
    try:
        target = text_file.resolve()
    except OSError:
        return None
    folder = target.parent
    for _ in range(LEVELS):
        found = _named_in(folder, target)
        if found is not None:
            return folder, found
        folder = folder.parent
    return None


def _named_in(folder: Path, target: Path) -> str | None:
    """The id of the source of a YAML file of `folder` whose `text:` is
    `target`. The files that hold the target's name as it is written are
    read first, the others only if none of those names it (a path written
    with escapes): reading every file of a briefing of 10,000 quotes to find
    one source took two seconds of `briefing find`."""
    try:
        files = yaml_files(folder)
    except OSError:
        return None
    name = os.fsencode(target.name)
    holds = {path: _holds(path, name) for path in files}
    # the files that hold it first, then the others (`sorted` is stable)
    for path in sorted(files, key=lambda path: not holds[path]):
        found = _named_in_file(path, folder, target)
        if found is not None:
            return found
    return None


def _holds(path: Path, name: bytes) -> bool:
    try:
        return name in read_file(path, MAX_YAML_BYTES)
    except (Refused, TooLarge, OSError):
        return False


def _named_in_file(path: Path, folder: Path, target: Path) -> str | None:
    """The id of the source of the YAML file `path` whose `text:` is `target`."""
    try:
        data = read_file(path, MAX_YAML_BYTES)
    except (Refused, TooLarge, OSError):
        return None
    for document in read_yaml(data, ProblemSink(str(path))).documents:
        found = _source_in(document, folder, target)
        if found is not None:
            return found
    return None


def _source_in(document: object, folder: Path, target: Path) -> str | None:
    if not isinstance(document, Mapping) or "sources" not in document.entries:
        return None
    sources = document.entries["sources"][1]
    if not isinstance(sources, Sequence):
        return None
    for item in sources.items:
        if not isinstance(item, Mapping):
            continue
        ident, text = (item.entries.get(key, (None, None))[1] for key in ("id", "text"))
        if not (isinstance(ident, Scalar) and isinstance(text, Scalar)):
            continue
        if not ID_PATTERN.fullmatch(ident.value):
            continue  # the checker says what is wrong with it; never pasted as it is
        try:
            if (folder / text.value).resolve() == target:
                return ident.value
        except (OSError, ValueError):
            continue
    return None
