"""`briefing export`: a briefing in a format other tools read (briefing.export)."""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass
from pathlib import Path

from briefing.check.folder import check_folder
from briefing.cli.output import write_utf8
from briefing.cli.status import EXIT_OK, EXIT_PROBLEMS
from briefing.errors import BriefingHasErrors, UsageError
from briefing.export import FORMATS, export
from briefing.export.writing import write_export
from briefing.files.locations import (
    FolderEntry,
    bundled_content_dir,
    content_folders,
    display_path,
    holds_yaml,
    its_folder_said,
    nearest_path,
    shell_argument,
    usable_folder,
)
from briefing.records.model import Briefing
from briefing.records.text import counted, it_or_them, visible_line

#: `-o` names that are standard output: `/dev/stdout` was refused as a file
#: "not written by briefing export", an odd answer for a pipe.
STANDARD_OUTPUT = ("-", "/dev/stdout")


def export_briefing(args: argparse.Namespace) -> int:
    chosen = FORMATS[args.to]
    to_stdout = args.output is None or str(args.output) in STANDARD_OUTPUT
    if chosen.folder and to_stdout:
        # (`-o -`, standard output, holds one file: an internal error, a trial)
        raise UsageError(f"--to {chosen.name} writes a folder of files: give it with -o FOLDER")
    found = _briefing(args.briefing, args.content, args.index, _rest_of(args))
    if found is None:
        return EXIT_PROBLEMS
    exported = export(found.briefing, chosen.name)
    if to_stdout:
        write_utf8(exported.text)  # the file -o would write (briefing.cli.output)
    else:
        written = write_export(exported, args.output)
        if chosen.folder:
            where = f"{counted(len(written), 'file')} in {display_path(args.output)}"
        else:
            where = display_path(written[0])
        print(f"wrote {visible_line(where)}")
    if found.warnings:
        # An export of a briefing with a quote that reads otherwise than its
        # source ("We will [gladly] negotiate" for "will not") said only
        # "wrote …" (a desk editor's trial). On stderr: the output is the export.
        print(
            f"briefing: note: the briefing has {counted(found.warnings, 'warning')}, "
            f"exported as it stands (briefing check {shell_argument(found.folder)} shows "
            f"{it_or_them(found.warnings)})",
            file=sys.stderr,
        )
    return EXIT_OK


@dataclass(frozen=True)
class _Found:
    """The briefing to export, with its checker's warnings and its folder."""

    briefing: Briefing
    warnings: int
    folder: Path


def _rest_of(args: argparse.Namespace) -> str:
    """The command's options after its briefing, for a hint that writes it again
    (one without `--to` failed as pasted, a review)."""
    rest = [f"--to {args.to}"]
    if args.output is not None:
        rest.append(f"-o {shell_argument(args.output)}")
    if args.index is not None:
        rest.append(f"--index {shell_argument(args.index)}")
    return " ".join(rest)


def _a_briefing_folder(path: Path) -> bool:
    """Whether `path` is checked as one briefing's folder, as `briefing check`
    checks it: one that holds YAML, or an empty one (folder-empty, exit 1: an
    empty folder, and an unreadable one, were "holds no briefing files", exit
    2, with a hint to look for an id in it: a trial of scripts and CI). A
    folder that cannot be listed is said as `check` says it (UsageError)."""
    return holds_yaml(path) or content_folders(path) == [FolderEntry(path)]


def _briefing(
    id_or_path: str, content: Path | None, index: Path | None, rest: str = ""
) -> _Found | None:
    """The briefing a folder holds (checked now), or the one with this id in the
    content directory (through its index); None, said on stderr, when it has errors."""
    path = Path(id_or_path)
    if content is None and path.is_symlink() and not path.exists():
        usable_folder(path)  # a link looping or broken: said as the other commands say it
    if content is None and path.is_dir() and _a_briefing_folder(path):
        result = check_folder(path)
        if result.briefing is None:
            them = it_or_them(result.errors)
            print(
                f"briefing: {visible_line(display_path(path))} has "
                f"{counted(result.errors, 'error')}: "
                f"briefing check {shell_argument(path)} shows {them}",
                file=sys.stderr,
            )
            return None
        return _Found(result.briefing, result.warnings, path)
    if content is None and path.is_dir():
        raise UsageError(
            f"{display_path(path)} is a content directory, not a briefing's folder: give "
            f"one of its folders, or a briefing's id with --in {visible_line(str(path))}"
        )
    if content is None and ("/" in id_or_path or id_or_path.startswith(".")):
        # Not an id (ids have no slash): a path, mistyped or gone, or a file.
        if path.exists():  # a briefing's file given for its folder: "no such folder" misled
            raise UsageError(
                f"not a folder: {display_path(path)} (give a briefing folder or id"
                f"{its_folder_said(path)})"
            )
        near = nearest_path(path)
        said = f"; did you mean {display_path(near)}?" if near is not None else ""
        raise UsageError(
            f"{display_path(path)}: no such folder (give a briefing folder or id){said}"
        )
    # Imported here: the reader module's lookup of an id, with its hints.
    from briefing.cli.reader import opened_with

    try:
        # (the hint writes the id where export takes it: it has no --briefing, a trial)
        folder = shell_argument(content) if content is not None else None
        asked = (lambda held: f"briefing export {held} --in {folder} {rest}") if folder else str
        index_opened = opened_with(content, index, id_or_path, asked)
        briefing = index_opened.briefing(id_or_path)
        summary = index_opened.summary(briefing.id)
        warnings = summary.warnings if summary is not None else 0
        library = content or bundled_content_dir()
        return _Found(briefing, warnings, library / summary.path if summary else library)
    except BriefingHasErrors as error:  # as for its folder: exit 1, not a misuse (2)
        print(f"briefing: {visible_line(str(error))}", file=sys.stderr)
        return None
    except UsageError as error:
        near = nearest_path(path) if content is None and not path.exists() else None
        if near is None:
            raise
        # `harbour-strik` was taken for an id alone (an author's trial): check
        # and open say "did you mean harbour-strike?" for the folder.
        raise UsageError(f"{error}; or did you mean the folder {display_path(near)}?") from None
