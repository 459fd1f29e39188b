"""TinyDB's layout of a file, known here and nowhere else: `{table: {"1": row, ...}}`.

Every file of the index (the catalogue and each briefing's file) is a TinyDB
database: a JSON object of tables, each an object of rows keyed by their id
("1", "2", ... in the order they were inserted). The index writes and reads
whole files through TinyDB's `Storage` interface (briefing.index.storage on
disk, TinyDB's MemoryStorage when it works from memory), never row by row:
`Table.all()` copies every row into a Document, which at 70,000 rows cost
half a second.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from tinydb import TinyDB
from tinydb.storages import MemoryStorage

from briefing import __version__
from briefing.index.codec import IndexShapeError
from briefing.index.storage import AtomicJSONStorage
from briefing.records.codes import CODES

#: Bumped whenever what the index holds changes shape.
#: 2: the file begins with the marker; stamps say what kind of file they stamp.
#: 4: a catalogue per content directory and a file per briefing.
#: 5: quotes' spans keep each part of an elided quote; actors have same_as.
#: 6: a large briefing's file begins with a preview of its first rows (`_preview`).
#: 7: each briefing's file has its word index (`_words`, briefing.index.words).
#: 8: the word index locates records again (format 7 files of one build said FOLDER:0:0).
#: 9: stamps of files hold their ctime (an mtime set back no longer hides a change).
#: 10: an elided part may stand in the paragraph after the first part's: files
#:     of format 9 hold quotes refused, and spans, under the older rule.
#: 11: a quote in a decomposed (not NFC) word spans its own characters, not
#:     the whole word around them; an elided part of fewer than three words
#:     (dashes no longer counted as words), two elisions together, an empty
#:     quote, and a quote breaking those rules from a source without text, are
#:     refused.
#: 12: an elided quote's later part is looked for at its later places when its
#:     first leaves no room for the rest, and an elision at a quote's start or
#:     end is refused: files of format 11 hold quotes refused, accepted, and
#:     counted for `occurrence`, under the older rules.
#: 13: a quote not found is told the nearest passage where its words stand,
#:     in quotes: files of format 12 hold hints naming a passage sentences away.
#: 14: a time without its offset among times with one is warned of; every
#:     elided part too short, a bad end of an interval and a duplicate id's
#:     other place are said anew: files of format 13 hold the older problems.
#: 15: NEL, LS and PS in YAML are characters, not line breaks: files of format
#:     14 hold the values and lines YAML 1.1 read around them.
#: 16: the catalogue keeps each actor's aliases, which `briefing list --actor`
#:     finds them by: catalogues of format 15 have none.
#: 17: a line break or tab in a field shown on one line is warned of, and sets
#:     `has_control_characters` (the reader shows it as ␊ or ␉); an occurrence of
#:     over 18 digits is refused; long values are cut in messages: files of
#:     format 16 hold such briefings unmarked and the older problems.
#: 18: a comment cutting any text short, each time without an offset, and a
#:     second document's '---' are said, and said anew; empty values and
#:     sections say what to write: files of format 17 hold the older problems.
#: 19: a contract audit: `(…)` is an elision, a script written without spaces
#:     counts a word a character, an unpaired bracket beside marks is text, `[T]he`
#:     is not a cut word, a quote says each part not found, `+0100` offsets are
#:     refused, core tags that name the field's type are read, same_as shared
#:     within a briefing is warned: files of format 18 hold the older results.
#: 20: in a script written without spaces each character is a word of the
#:     word tables (a word typed there is found inside a run): files of format
#:     19 hold a run as one word.
#: 21: an author's trial: a when_text is not warned of while a source of its
#:     event is not read, an id of another kind of record is said before a
#:     guess, '…' for the source's '...' is said so, the source's character is
#:     named as it has it, an id too long says its length, "web address" for
#:     "url": files of format 20 hold the older problems.
#: 22: a contract audit: a line of only a no-break space is a blank line (the
#:     paragraphs of such a text change), a `briefing:` mapping refused for
#:     its own error is not also said missing, a merge key is said to be one,
#:     YAML 1.2's numbers (`1e3`, `0o17`) are no text, an offset past +14:00
#:     is refused: files of format 21 hold the older.
#: 23: a word of the word tables holds its combining marks (`عمّان` was two
#:     words, `عم` and `ان`), a quote's `rien!` for `rien !` is said to lack a
#:     space, a quote starting inside an Arabic or Hebrew word after letters
#:     that are no joined prefixes is warned of: files of format 22 hold words
#:     cut at each mark, and the older problems.
#: 24: a paragraph ends before the whitespace ending its last line (a CRLF
#:     text's `\r`, an LF text's trailing spaces): files of format 23 hold
#:     passages (and their snippets) that end in it; and new warnings (a
#:     quote cutting a number or a joined word, an insertion leaving words
#:     out, invisible characters) that their problems lack.
#: 25: each quote keeps the checker's warnings about it (`warnings`), which the
#:     reader shows on its row and in its viewer: files of format 24 have none.
#: 26: the same shape, new warnings (a quote outside the source's quotation
#:     marks, an elision joining two passages or dropping a word or two, a
#:     negation left out or added, dates out of order): files of format 25 lack
#:     them, and the reader showed those quotes unmarked until the files changed.
#: 27: the same shape, negations read in French, German, Spanish, Italian,
#:     Portuguese and Dutch briefings too (no new code: the digest of the codes
#:     would not have rebuilt them).
#: 28: the same shape, actors whose names differ only by accents warned of as
#:     alike, a weekday abbreviated in an event's when_text ("Tues.
#:     night") compared with its date.
#: 29: the same shape, more transcripts' turn labels read (`Q` with no colon,
#:     `Q (Reuters):`, Hansard's `Name (Seat) (Party):`, `[10:32] BIDEN:`, a
#:     court record's `Q.` and `A.`): files of format 28 lack the
#:     quote-in-another-turn warnings they bring (no new code); a dateline
#:     (`BEIJING:`) no longer read as a turn, whose paragraphs lacked
#:     quote-outside-quotation.
#: 30: each event keeps the checker's warnings about it (`warnings`) too, which
#:     the reader shows on its chronology row and in its details: files of
#:     format 29 have none, and showed a when_text naming the wrong weekday
#:     as sound. And a turn's label that is another person's name or alias
#:     whole (`THE VICE PRESIDENT:`) is theirs, though it holds a word of the
#:     speaker's (the President's); among states, `UNITED KINGDOM:` is not the
#:     United States'.
#: 31: each actor and each source keeps the checker's warnings about it
#:     (`warnings`) too, which the reader shows on the actor's row, in its
#:     details and under the source: files of format 30 have none, and showed
#:     two actors it cannot tell apart ("Tomás Reyes", "Tomas Reyes") as sound.
#:     And the checker's warnings of the same stop without a new code: the
#:     interviewer's letter in a briefing's language (`F:` in German), a press
#:     release's words its publisher's, one speaker's two quotations around
#:     their name not joined passages.
#: 32: the same shape, negations read as a fact-checker's trial asked: "no
#:     later than" after a quote none, one plain word before a quote read
#:     ("not seen [customers pull back]"); a quote with no `said` whose
#:     source was published before its event warned of (said-outside-event);
#:     a person's turn continued in the next paragraph, a label with another
#:     person's own name beside a shared title (quote-in-another-turn); the
#:     review's false alarms taken out (hedges, insertions, negations).
#: 33: the same shape, the word table's words as search now reads numbers
#:     (briefing.records.numbers): `1.2` and `4,200` one word each (they were
#:     two: a table of format 32 has no `1.2` for Find to find), and each
#:     sign (`%`, `$`, `€`) a word of its own.
#: 34: the same shape, the second review's mends of this stop's warnings with
#:     no new code (hedges, insertions, "no secret", attributions, elisions,
#:     headings, datelines) and a quote that leaves out a number's unit or
#:     currency (quote-cuts-word): indexes of 33 showed the warnings before.
#: 35: the same shape, a source's narration its credited author's words
#:     (quote-outside-quotation no longer given to a judge's quotes of a
#:     judgment credited to them): indexes of 34 showed the warnings.
#: 36: the same shape, an English court record's examiner's line read
#:     (`Cross-examination by MR PRYCE`: quote-in-another-turn given and
#:     taken back, no new code); a judgment's cover sheet (`Case No:`,
#:     `Date:`) no turns, and its judge's line (`Mr Justice Harlow:`) his
#:     turn to the end (quote-in-another-turn, quote-outside-quotation).
#: 37: each record's warnings keep their line and column (`CheckerWarning`),
#:     by which the `!` list tells which record a warning is about: a
#:     warning of format 36 is three values, not five.
#: 38: the same record tables, the word table holds a doc for the name and
#:     each alias of a quote's speaker and reporter (briefing.index.words,
#:     PEOPLE_FIELDS): Find and `briefing search` find "what did Black say
#:     about the Wye" in one quote; a table of format 37 has no such docs.
#: 39: the same shape, a quotation inside a speaker's turn read as someone
#:     else's words (quotation-within-quotation, no new code: a witness
#:     reading out a report): indexes of 38 showed no such warning.
#: 40: the same shape, a quotation inside a document credited to the
#:     speaker read as someone else's words (a judgment's citations given to
#:     its judge), and not warned twice where quote-said-by-other names whose.
#: 41: the same shape, quote-said-by-other reading a few words quoted in
#:     reported speech (`Aasen said the offer was "an insult"`).
#: 42: the same shape, an interview's `A:` turn read as the answerer's for
#:     quotation-within-quotation.
#: 43: the same shape, fewer false alarms of both (a review): words the
#:     sentence gives the speaker, words run into another's claim.
INDEX_FORMAT = 43


def _built_by() -> str:
    """This briefing's version, and a digest of the problem codes its checker
    gives: an index built by a checker with other codes is built again, as
    one of another version is (format 26 had to be bumped by hand for new
    warnings on the same shape; a check changed without a new code still
    asks for INDEX_FORMAT to be bumped)."""
    codes = ",".join(f"{code}:{CODES[code].severity.value}" for code in sorted(CODES))
    return f"{__version__}+{hashlib.sha256(codes.encode()).hexdigest()[:12]}"


#: Who built an index file: rebuilt quietly when it is not this (catalogue, records files).
BUILT_BY = _built_by()

Row = dict[str, Any]
#: Tables by name, each a list of rows in their order.
Tables = dict[str, list[Row]]


def layout(tables: Mapping[str, Sequence[Row]]) -> dict[str, dict[str, Row]]:
    """`tables` as TinyDB stores them: each row under its id, counting from 1."""
    return {
        name: {str(number): row for number, row in enumerate(rows, 1)}
        for name, rows in tables.items()
    }


def rows(data: Mapping[str, Any], table: str) -> list[Row]:
    """The rows of `table` in `data` (TinyDB's layout), in the order they were inserted.

    The JSON is written with sorted keys ("1", "10", "2", ...): rows are taken
    by counting. A table that is missing is empty; one of another shape (not
    an object, a gap in its ids, a row that is not an object) raises
    IndexShapeError.
    """
    found = data.get(table, {})
    if not isinstance(found, dict):
        raise IndexShapeError(f"table {table} of another shape")
    try:
        taken = [found[str(number)] for number in range(1, len(found) + 1)]
    except KeyError as exc:
        raise IndexShapeError(f"table {table} has no row {exc}") from exc
    if not all(isinstance(row, dict) for row in taken):
        raise IndexShapeError(f"table {table} holds a row of another shape")
    return taken


def one_row(data: Mapping[str, Any], table: str) -> Row:
    """The one row of `table`; IndexShapeError when there is not exactly one."""
    found = rows(data, table)
    if len(found) != 1:
        raise IndexShapeError(f"table {table} holds {len(found)} rows, not one")
    return found[0]


class TableFile:
    """One TinyDB database of the index, read and written whole.

    On disk (`path`), through AtomicJSONStorage: read once, bounded, and
    replaced atomically. In memory (`path` None), through TinyDB's
    MemoryStorage: what the index builds when it cannot write.
    """

    def __init__(self, path: Path | None) -> None:
        self.path = path
        if path is None:
            self._db = TinyDB(storage=MemoryStorage)
        else:
            self._db = TinyDB(path, storage=AtomicJSONStorage)

    def read(self) -> dict[str, Any] | None:
        """The file's tables in TinyDB's layout, or None when there is no file yet.

        Raises NotAnIndex for a file that is not ours, IndexUnreadable for
        one of ours that is damaged (briefing.index.storage).
        """
        data: dict[str, Any] | None = self._db.storage.read()
        return data

    def write(self, tables: Mapping[str, Sequence[Row]]) -> None:
        self._db.storage.write(layout(tables))

    def write_many(self, tables: Mapping[str, Sequence[Row]]) -> None:
        """Write, one file of many into its folder: the folder is synced once, by the caller."""
        storage = self._db.storage
        assert isinstance(storage, AtomicJSONStorage)
        storage.write(layout(tables), sync_folder=False)

    def close(self) -> None:
        self._db.close()
