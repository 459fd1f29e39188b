"""The store of the reader's own data: read once when first needed, saved by merging.

One file (briefing.userdata.storefile) in the user's data folder. It is read
the first time anything is asked of it, in whatever thread asks (the reader
asks from a worker, after its first frame). Changes are made in memory at
once and kept as a list of (table, key, document or None); `save` takes the
file's lock (bounded, and said when it is long: briefing.files.lock), reads
the file as it is now, applies only this process's changes, and writes it
atomically. So two readers open at once, each saving its own notes, keep
both: no whole-file last-writer-wins. When both changed the same note, the
text saved holds both (`settled`), and a notice says so.

Nothing the user did not let briefing write is touched: a file at the path
that does not begin with the notes marker is left as it is, and so is a file
written by a newer version of briefing, or a read-only one; in each case the
reader works from memory and `notices` says so. So is a damaged file of ours,
said where it breaks (`notes.json:1:2022`), until it is mended: our writes are
atomic, so it is one edited by hand with a typo, or cut short by something
else, and setting it aside for a new one made every note vanish from view,
said once and never again (a trial of a long-time user).
A file of an older format is copied aside (`notes.json.format-N`) before it
is first written in the new one.
"""

from __future__ import annotations

import os
import stat
import threading
from collections.abc import Iterable, Mapping
from pathlib import Path

from briefing.files.atomic import temporary_files, write_atomically
from briefing.files.jsonfile import (
    NotOurs,
    Unreadable,
    claim_name,
    our_file,
    read_json,
    why_unwritable,
)
from briefing.files.kept_encoding import KeptEncoding
from briefing.files.locations import display_path, shell_argument
from briefing.files.lock import LockWaitTimeout, file_lock
from briefing.files.reasons import os_reason
from briefing.userdata import storefile
from briefing.userdata.location import store_path
from briefing.userdata.storefile import FORMAT, MARKER, MAX_BYTES, Document, Tables

#: How long a save waits for another reader's lock (it is held for milliseconds).
SAVE_WAIT_SECONDS = 10.0
#: How many entries mended wrongly by hand a notice says where they are.
ODD_ENTRIES_SAID = 3

#: One change to the store: in `table`, the document under `key` (None: removed).
Change = tuple[str, str, Document | None]
#: What this process knew of a document before changing it (UNKNOWN: not read yet).
UNKNOWN: Document = {}


class NotSaved(Exception):
    """The file may not be written (not ours, newer, read-only): said in a notice."""


def applied(tables: Tables, changes: Iterable[Change]) -> Tables:
    """`tables` with `changes` made, later ones over earlier ones; `tables` is left as it is."""
    result = dict(tables)
    copied: set[str] = set()
    for table, key, document in changes:
        if table not in copied:
            result[table] = dict(result.get(table, {}))
            copied.add(table)
        if document is None:
            result[table].pop(key, None)
        else:
            result[table][key] = document
    return result


class UserStore:
    """Pins, notes and reading marks of every briefing, as one process sees them."""

    def __init__(
        self,
        path: Path | None = None,
        lock_wait: float = SAVE_WAIT_SECONDS,
        only_reading: bool = False,
    ) -> None:
        """`only_reading`: for a command that reads the notes and never changes
        them (`briefing notes`), whose notices need not speak of changes."""
        #: the notes file (a symlink to one is followed once it is read)
        self.path = path if path is not None else store_path()
        self.only_reading = only_reading
        #: the file is there but none of it could be read (not ours, damaged,
        #: unreadable): what is shown is not the user's notes
        self.unread = False
        self.lock_wait = lock_wait
        #: why nothing is written this time (None: saves go to the file)
        self.read_only: str | None = None
        #: `read_only` says only that the file or its folder could not be written
        #: then: each save looks again (the user may make it writable)
        self._while_unwritable = False
        #: `read_only` says only that entries of the file were mended by hand into
        #: a shape this version cannot read: each save looks again (the user may mend them)
        self._while_odd = False
        #: the file as `_mended` last found it still odd: not read again until it changes
        self._odd_at: tuple[int, ...] | None = None
        #: why the last save failed, when it did (None: it did not, or none failed yet)
        self.last_failure: str | None = None
        self._notices: list[str] = []
        #: what was done to the user's file that must be said again as the reader
        #: ends, when a notice on screen may have come and gone unread
        self.done_to_file: list[str] = []
        self._tables: Tables | None = None
        self._pending: list[Change] = []
        #: for each (table, key) of the pending changes, the document as this
        #: process knew it before its first change: another process's save
        #: since then is a change of the same note by someone else
        self._before: dict[tuple[str, str], Document | None] = {}
        self._mutex = threading.RLock()
        self._saving = threading.Lock()
        #: the file as this process last read or wrote it (`refresh` reads it again
        #: when another process has written it since)
        self._stamp: tuple[int, ...] | None = None
        #: the file's tables at `_stamp`, when they are in this version's format:
        #: a save finding the file unchanged since starts from them. Reading and
        #: checking 75,000 reading marks again took 160 ms of each save at x1000,
        #: in a worker, but holding the interpreter from the keys meanwhile.
        self._on_file: Tables | None = None
        #: what was last written of each table, reused where it is the same
        #: (saves are one at a time: `_saving`)
        self._encoded = KeptEncoding()
        #: the older formats of the file copied aside before it was first written
        self._copied_aside: set[int] = set()
        #: the keys changed while the file was unread (damaged): what the file
        #: holds of them is the user's own, not another window's (`_settled`)
        self._while_unread: set[tuple[str, str]] = set()

    # --- reading --------------------------------------------------------------

    def load(self) -> None:
        """Read the file, if it has not been read yet (the first question does it too)."""
        with self._mutex:
            if self._tables is not None:
                return
            stamp = _stamp(self.path)  # before reading: a write meanwhile is read next time
            tables = self._read_at_start()
            self._tables = applied(tables, self._pending)
            self._stamp = stamp
            on_file = self._on_file
        if on_file is not None and not self.only_reading:
            # Each table's bytes, for the saves to come: the first, a moment
            # after a briefing opens, then writes only what changed (the reader
            # reads the store in a worker, after its first frame).
            with self._saving:
                storefile.keep_encoded(on_file, self._encoded)

    def refresh(self) -> bool:
        """Read the file again if another process wrote it since this one last did;
        whether it had. This process's unsaved changes stay on top.

        Two readers open at once save into one file. Without this, a note
        opened here for editing was this process's old copy of it, and the
        save that merged both texts held the older one twice (a new user's
        trial). Trouble reading it is left to the next save to say.
        """
        stamp = _stamp(self.path)
        with self._mutex:
            if self._tables is None or stamp is None or stamp in (self._stamp, self._odd_at):
                return False  # (not a file found unreadable as it is: read every 2 s, a review)
            known = self._stamp
        try:
            if our_file(self.path, MARKER) is None:
                return False
            data = read_json(self.path, MARKER, MAX_BYTES)
            if data is None or storefile.version_of(data) > FORMAT:
                return False
            current = storefile.version_of(data) == FORMAT
            tables = storefile.tables_of(storefile.migrated(data))
        except (NotOurs, Unreadable, OSError):
            self._odd_at = stamp
            return False
        with self._mutex:
            if self._stamp != known:
                return False  # a save landed meanwhile: what it left is newer than this
            self._tables = applied(tables, self._pending)
            self._stamp = stamp
            self._on_file = tables if current else None
        if self._while_odd:
            self._reads_well_again()
        return True

    def table(self, name: str) -> Mapping[str, Document]:
        """The documents of table `name` by key, as this process knows them now.

        The mapping is not changed afterwards: each change makes a new one.
        """
        with self._mutex:
            if self._tables is None:
                self.load()
            assert self._tables is not None
            return self._tables[name]

    def get(self, table: str, key: str) -> Document | None:
        return self.table(table).get(key)

    def take_notices(self) -> list[str]:
        """What went wrong or was done to the file since last asked, one line each."""
        with self._mutex:
            taken, self._notices = self._notices, []
            return taken

    def _notice(self, text: str) -> None:
        with self._mutex:
            self._notices.append(text)

    @property
    def _shown(self) -> str:
        return display_path(self.path)

    def _read_at_start(self) -> Tables:
        try:
            found = our_file(self.path, MARKER)
            if found is None:
                return storefile.empty()
            self.path = found
            data = read_json(found, MARKER, MAX_BYTES)
            current = data is not None and storefile.version_of(data) == FORMAT
            tables = self._tables_of(data)  # (an older format's data is migrated in place)
            if current:
                self._on_file = tables
            return tables
        except NotOurs as exc:
            self.unread = True
            if _is_empty(self.path):  # nothing in it to lose, but it is not briefing's to delete
                self._refuse(
                    f"your notes file {self._shown} is empty (0 bytes), so briefing does not "
                    "take it for its own and it was left as it is: nothing is in it to lose; "
                    f"delete it (rm {shell_argument(self.path)}) and briefing begins a new one"
                )
            else:
                self._refuse(
                    f"{self._shown} is not briefing's notes file ({exc}), so it was left as it is"
                )
        except Unreadable as exc:
            return self._damaged_at_start(exc)
        except OSError as exc:
            self.unread = True
            self._refuse(f"your notes file {self._shown} cannot be read ({os_reason(exc)})")
        return storefile.empty()

    def _tables_of(self, data: dict[str, object] | None) -> Tables:
        if data is None:
            return storefile.empty()
        version = storefile.version_of(data)
        if version <= FORMAT:
            try:
                return storefile.tables_of(storefile.migrated(data))
            except storefile.OddEntry as odd:
                self._refuse_odd(odd)
                return odd.readable
        self._refuse(
            f"your notes file {self._shown} was written by a newer version of briefing "
            f"(format {version}): it is read, never changed"
        )
        try:
            return storefile.tables_of(data)
        except storefile.OddEntry as odd:
            return odd.readable
        except Unreadable:
            self._notice("its notes are of a shape this version cannot show")
            return storefile.empty()

    def _refuse_odd(self, odd: storefile.OddEntry) -> None:
        """Entries mended by hand that this version cannot read: the file is left as
        it is (the others are shown) until they are mended, the first few said where
        they are. (Each is looked for in the whole text: all of 20,000 took 9 s.)"""
        if self.read_only is not None:
            return
        try:
            text = self.path.read_text(encoding="utf-8", errors="replace")
        except OSError:
            text = ""
        places = []
        for table, key, why in odd.odd[:ODD_ENTRIES_SAID]:
            line, column = storefile.place_of(text, table, key)
            places.append(f"{self._shown}:{line}:{column}: the entry {key!r} of {table} {why}")
        left = len(odd.odd) - len(places)
        more = f" (and {left} more)" if left else ""
        self._refuse(
            "; ".join(places) + more + ": left out, and your notes file is left as "
            "it is until you mend it"
        )
        self._while_odd = True

    def _refuse(self, why: str) -> None:
        """Work from memory from now on, and say why once."""
        if self.read_only is None:
            self.read_only = why
            until = "; pins and notes made now are kept only until you quit"
            self._notice(why if self.only_reading else f"{why}{until}")

    def _where(self, damage: Unreadable) -> str:
        """`notes.json:3:5: your notes file` when the damage has a place, for a
        located message; else `your notes file notes.json`."""
        if damage.place is None:
            return f"your notes file {self._shown}"
        line, column = damage.place
        return f"{self._shown}:{line}:{column}: your notes file"

    def _damaged_at_start(self, damage: Unreadable) -> Tables:
        """Leave the damaged file as it is, said where, until it is mended (each
        save looks again: `_mended`); its notes are not shown meanwhile."""
        self.unread = True
        self._refuse_damaged(damage)
        return storefile.empty()

    def _refuse_damaged(self, damage: Unreadable) -> None:
        mend = "" if self.only_reading else ", or move it away and briefing begins a new one"
        said = (
            f"{self._where(damage)} is damaged ({_damage_said(damage)}): it is left as it "
            f"is, and not written, until you mend it{mend}"
        )
        # (said again as the reader ends, with what could not be saved: `why_not_saved`)
        self._refuse(said)
        self._while_odd = not self.only_reading

    # --- changing -------------------------------------------------------------

    def put(
        self, table: str, key: str, document: Document | None, known: Document | None = UNKNOWN
    ) -> None:
        """Set (None: remove) the document under `key`, in memory now, in the file at `save`.

        `known`: the document as the user last saw it, when that was before now
        (a note as its editor opened): a change another reader saved since is
        then kept beside this one, not written over (`_settled`).
        """
        self.change([(table, key, document)], {(table, key): known})

    def change(
        self,
        changes: list[Change],
        known: Mapping[tuple[str, str], Document | None] | None = None,
    ) -> None:
        """Make several changes at once; `known` as in `put`, for some of them."""
        with self._mutex:
            for table, key, _ in changes:
                if self.unread:
                    self._while_unread.add((table, key))
                if (table, key) not in self._before:
                    seen = (known or {}).get((table, key), UNKNOWN)
                    if seen is UNKNOWN:  # as this process holds it now
                        seen = self._tables[table].get(key) if self._tables is not None else UNKNOWN
                    self._before[(table, key)] = seen
            self._pending.extend(changes)
            if self._tables is not None:
                self._tables = applied(self._tables, changes)

    @property
    def unsaved(self) -> int:
        """How many changes are not in the file yet."""
        with self._mutex:
            return len(self._pending)

    def pending(self) -> list[Change]:
        """The changes not in the file yet, in the order they were made."""
        with self._mutex:
            return list(self._pending)

    @property
    def tried_again(self) -> bool:
        """Whether a later save tries to write the file (not when it is refused for good)."""
        return self.read_only is None or self._while_unwritable or self._while_odd

    @property
    def why_not_saved(self) -> str | None:
        """Why changes are not in the file: it may not be written, or the last save failed."""
        return self.read_only or self.last_failure

    # --- saving ---------------------------------------------------------------

    def save(self, wait: float | None = None, last: bool = False) -> bool:
        """Merge this process's changes into the file as it is now; whether they are in it.

        Waits at most `wait` seconds (default: the store's) for another
        process's lock. Changes that could not be written stay, for the
        next save; `take_notices` says why. `last`: the reader's last save,
        after which there is no next one to promise (`last_failure` says why).
        """
        self.load()  # a file that is not ours, or newer, is found and said at once
        with self._saving:
            with self._mutex:
                changes = list(self._pending)
                before = dict(self._before)
            if not changes:
                return True
            if self.read_only is not None and not self._writable_again():
                return False
            try:
                wait = self.lock_wait if wait is None else wait
                merged = self._merge_and_write(changes, before, wait)
            except NotSaved:
                return False
            except LockWaitTimeout as exc:
                self.last_failure = (
                    f"{exc.holder} held the lock of your notes file {self._shown} "
                    f"for {exc.seconds:g} s"
                )
                if not last:
                    self._notice(
                        f"not saved yet: {exc.holder} held the lock of your notes file for "
                        f"{exc.seconds:g} s; saving again at the next change, and when you quit"
                    )
                return False
            except OSError as exc:
                why = self._why_not_written(exc)
                self.last_failure = f"{self._shown} could not be written: {why}"
                if not last:
                    self._notice(
                        f"your notes could not be saved to {self._shown} ({why}); "
                        "saving again at the next change, and when you quit"
                    )
                return False
            self.last_failure = None
            with self._mutex:
                del self._pending[: len(changes)]
                for table, key, _ in changes:
                    if not any((t, k) == (table, key) for t, k, _ in self._pending):
                        self._before.pop((table, key), None)
                self._tables = applied(merged, self._pending)  # the others' saves too
            return True

    def _why_not_written(self, exc: OSError) -> str:
        """Why a save failed, naming the path to blame when it is not the notes
        file: `mkdir notes.json.lock` was said as "notes.json (Is a directory)",
        blaming a file that was fine (a trial)."""
        blamed = exc.filename
        if not blamed or os.fspath(blamed) == os.fspath(self.path):
            return os_reason(exc)
        path = Path(os.fsdecode(blamed))
        if path.name == f"{self.path.name}.lock":
            if path.is_dir():
                return f"its lock file {display_path(path)} is a folder, not a file"
            return f"its lock file {display_path(path)}: {os_reason(exc)}"
        return f"{display_path(path)}: {os_reason(exc)}"

    def _writable_again(self) -> bool:
        """Whether a file refused only for being read-only may be written now: then
        saves go to it again. So may a file whose entries mended by hand were
        refused, once they are mended. (Refused for good: a file not ours, or newer.)"""
        if self._while_odd:
            return self._mended()
        if not self._while_unwritable or why_unwritable(self.path, "your notes file"):
            return False
        self.read_only, self._while_unwritable = None, False
        self._notice(
            f"your notes file {self._shown} can be written again: what was kept "
            "in this session is saved now"
        )
        return True

    def _mended(self) -> bool:
        """Whether the entries refused by `_refuse_odd` have been mended since.

        Each save asks (reading marks: every few seconds of reading), so a file
        not changed since it was last found odd is not read and checked again:
        at x1000 that took 160 ms of the interpreter, away from the keys.
        """
        stamp = _stamp(self.path)
        if stamp is not None and stamp == self._odd_at:
            return False
        try:
            data = read_json(self.path, MARKER, MAX_BYTES)
            if data is not None and storefile.version_of(data) <= FORMAT:
                storefile.tables_of(storefile.migrated(data))
        except (NotOurs, Unreadable, OSError):
            self._odd_at = stamp
            return False
        self._reads_well_again()
        return True

    def _reads_well_again(self) -> None:
        """The file refused as damaged or odd is mended: saves go to it again."""
        self.read_only, self._while_odd, self.unread, self._odd_at = None, False, False, None
        self._notice(
            f"your notes file {self._shown} reads well again: what was kept in this "
            "session is saved to it at the next save"
        )

    def _merge_and_write(
        self, changes: list[Change], before: dict[tuple[str, str], Document | None], wait: float
    ) -> Tables:
        """Under the lock: the file as it is now, with `changes` made, written whole."""
        unwritable = why_unwritable(self.path, "your notes file")
        if unwritable:
            self._refuse(f"{unwritable} ({self._shown})")
            self._while_unwritable = self.read_only == f"{unwritable} ({self._shown})"
            raise NotSaved
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with file_lock(self.path, f"your notes file {self._shown}", wait):
            for stale in temporary_files(self.path):
                stale.unlink(missing_ok=True)  # of a save that was killed; we hold the lock
            base = self._base()
            merged = applied(base, self._settled(changes, before, base))
            write_atomically(self.path, storefile.encode(merged, self._encoded))
            stamp = _stamp(self.path)  # under the file's lock: nobody wrote it since
            with self._mutex:
                self._stamp = stamp
                self._on_file = merged
        return merged

    def _settled(
        self, changes: list[Change], before: dict[tuple[str, str], Document | None], base: Tables
    ) -> list[Change]:
        """`changes`, with each note that another process changed too since this one
        read it holding both texts: ours, then theirs. Nothing either typed is lost."""
        last = {(table, key): document for table, key, document in changes}
        settled = [
            change
            for change in changes
            if change[0] != storefile.NOTES and not self._unseen_removal(change, before, base)
        ]
        for (table, key), ours in last.items():
            if table != storefile.NOTES:
                continue
            theirs = base.get(table, {}).get(key)
            known = before.get((table, key), UNKNOWN)
            if theirs is None or known is UNKNOWN or _same_words(theirs, known, ours):
                settled.append((table, key, ours))  # nobody else changed its words
                continue
            if ours is None:  # deleted here, rewritten there: theirs stays
                self._notice(f"{_note_name(theirs)}: you emptied it, but another briefing "
                             "window changed it meanwhile; its text is kept")  # fmt: skip
                continue
            both = dict(ours)
            when = storefile.written_at(theirs.get("written"))
            unread = (table, key) in self._while_unread
            if unread:
                where = "in your notes file while it could not be read"
            else:
                where = "meanwhile in another briefing window"
            both["text"] = storefile.both_texts(
                ours["text"], theirs["text"], f"written {where}, {when}"
            )
            settled.append((table, key, both))
            self._notice(
                f"{_note_name(ours)}: your notes file held a note on it too; both texts are "
                "kept in it"
                if unread
                else f"{_note_name(ours)}: changed in another briefing window too; both "
                "texts are kept in it"
            )
        return settled

    def _unseen_removal(
        self, change: Change, before: dict[tuple[str, str], Document | None], base: Tables
    ) -> bool:
        """Whether `change` removes what this process never saw: a pin of the
        file pinned and unpinned here while the file could not be read (a
        review: the file's own pin was gone once it was mended)."""
        table, key, document = change
        if document is not None or (table, key) not in self._while_unread:
            return False
        return before.get((table, key)) is None and base.get(table, {}).get(key) is not None

    def _base(self) -> Tables:
        """What the file holds now, to apply this process's changes to (under the lock).

        The tables this process last read or wrote, when the file is the very
        one it read or wrote then (a write by anyone else replaces it, or
        changes its size or time); otherwise the file read again and checked.
        """
        with self._mutex:
            if (
                self._on_file is not None
                and self._stamp is not None
                and _stamp(self.path) == self._stamp
            ):
                return self._on_file
            self._on_file = None
        try:
            if our_file(self.path, MARKER) is None:
                return storefile.empty()
            data = read_json(self.path, MARKER, MAX_BYTES)
            if data is None:
                return storefile.empty()
            version = storefile.version_of(data)
            if version > FORMAT:
                self._refuse(
                    f"your notes file {self._shown} was written by a newer version "
                    f"of briefing (format {version}) since it was read"
                )
                raise NotSaved
            tables = storefile.tables_of(storefile.migrated(data))
        except storefile.OddEntry as odd:  # mended by hand since it was read
            self._refuse_odd(odd)
            raise NotSaved from odd
        except NotOurs as exc:
            self._refuse(
                f"{self._shown} is no longer briefing's notes file ({exc}), so it was left as it is"
            )
            raise NotSaved from exc
        except Unreadable as exc:
            # Damaged since it was read: edited by hand, a typo in it (a save
            # set the user's edit aside, and wrote over it what it had read)
            self._refuse_damaged(exc)
            raise NotSaved from exc
        if version < FORMAT and version not in self._copied_aside:
            # once: a save that then fails leaves the file as it was, and each
            # retry copied it again (a review)
            kept = _copy_aside(self.path, f".format-{version}")
            self._copied_aside.add(version)
            self._notice(
                f"your notes file {self._shown} was in format {version}; a copy was "
                f"kept as {kept.name} and it is now in format {FORMAT}"
            )
        return tables


def _same_words(theirs: Document, known: Document | None, ours: Document | None) -> bool:
    """Whether the note another reader saved says what this one knew or wrote: a
    note saved again with its words as they were (Ctrl+S re-ties it to its
    record, with a new time) was kept twice, as if someone had written it (a
    review)."""
    words = theirs.get("text")
    return any(mine is not None and mine.get("text") == words for mine in (known, ours))


def _stamp(path: Path) -> tuple[int, ...] | None:
    """What tells one version of the file from the next (None: it cannot be seen).

    A save starts from this process's own tables when the stamp is unchanged
    (`_base`), so it holds all that a write by someone else changes: a file
    replaced (another reader's save) has another inode; one written in place
    (an editor) another ctime, which, unlike the mtime, cannot be set back.
    """
    try:
        info = os.stat(path)
    except OSError:
        return None
    return info.st_mtime_ns, info.st_ctime_ns, info.st_size, info.st_ino, info.st_dev


def _note_name(note: Document) -> str:
    return f"your note on {note['record']}"


def _copy_aside(path: Path, suffix: str) -> Path:
    """A copy of `path` at `NAME{suffix}` (or `.1`, ...: never over an earlier copy).
    The name claimed is let go when the copy cannot be written (a full disk)."""
    data = path.read_bytes()
    kept = claim_name(path, suffix)
    try:
        write_atomically(kept, [data])
    except OSError:
        kept.unlink(missing_ok=True)  # (claimed by this process, empty)
        raise
    return kept


def _damage_said(damage: Unreadable) -> str:
    """The damage as a whole phrase: json says "Unterminated string starting at",
    which the notice cut there; the place makes it whole."""
    said = str(damage)
    if damage.place is None or not said.startswith("not JSON: "):
        return said
    line, column = damage.place
    return f"{said.removesuffix(' at')} at line {line}, column {column}"


def _is_empty(path: Path) -> bool:
    """Whether `path` is a regular file of 0 bytes (links followed)."""
    try:
        status = os.stat(path)
    except OSError:
        return False
    return stat.S_ISREG(status.st_mode) and status.st_size == 0
