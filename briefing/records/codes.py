"""Every problem code `briefing check` can report, with an example of each.

`docs/errors.md` is generated from this table (`python -m briefing.records.codes`), and
a test keeps the two the same, so the documented list cannot drift.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True, slots=True)
class Code:
    severity: Severity
    meaning: str
    example: str


E, W = Severity.ERROR, Severity.WARNING

CODES: dict[str, Code] = {
    # The YAML itself
    "yaml-syntax": Code(E, "the file is not valid YAML", "title: [unclosed"),
    "yaml-encoding": Code(E, "the file is not UTF-8 text", "a file saved as Latin-1 or UTF-16"),
    "yaml-control": Code(E, "a raw control character in the file", "title: a<ESC>b"),
    "yaml-tab": Code(E, "a tab used for indentation", "<TAB>title: x"),
    "yaml-space-indent": Code(E, "a line indented with a space YAML does not indent with: a no-break space, an ideographic space (U+3000) or another Unicode space", "<U+3000><U+3000>role: x"),
    "yaml-tag": Code(E, "a tag that would construct an object, or a core tag on a value of another shape", "title: !!python/name:os.system  /  title: !!seq x"),
    "yaml-anchor": Code(E, "an anchor or alias", "actors: &a [...]  /  affiliations: *a"),
    "yaml-duplicate-key": Code(E, "the same key twice in one mapping", "id: a\nid: b"),
    "yaml-complex-key": Code(E, "a key that is a list or mapping", "[a, b]: c"),
    "yaml-too-deep": Code(E, "values nested deeper than the cap (64)", "[[[[[[ ... ]]]]]]"),
    "yaml-too-large": Code(E, "a YAML file larger than the cap (64 MiB)", "a 100 MB file"),
    "yaml-multiple-documents": Code(E, "more than one '---' document in a file (said at the second one's '---')", "---\na: 1\n---"),
    "yaml-directive": Code(E, "a %YAML or %TAG directive (or any other)", "%YAML 1.2\n---"),
    "yaml-merge-conflict": Code(E, "a merge conflict git left in the file: its marker lines (<<<<<<<, =======, >>>>>>>) and both versions between them", "<<<<<<< HEAD\n  - id: a\n=======\n  - id: b\n>>>>>>> edits"),
    # Files and folders on disk
    "file-unreadable": Code(E, "the file cannot be opened", "a file without read permission"),
    "folder-unreadable": Code(E, "a briefing folder whose files cannot be listed", "a folder without read permission"),
    "link-broken": Code(E, "a symbolic link to something that does not exist", "quotes.yaml -> gone.yaml"),
    "link-loop": Code(E, "a symbolic link that leads round in a loop, or back up to a folder above it", "a.yaml -> b.yaml -> a.yaml"),
    "special-file": Code(E, "a named pipe, device or socket where a file belongs", "x.yaml -> /dev/zero"),
    "is-a-folder": Code(E, "a folder where a file belongs", "a folder named x.yaml"),
    "not-a-folder": Code(E, "a link in a content directory that leads to a file, not a folder", "content/b -> notes.txt"),
    "name-too-long": Code(E, "a name longer than the file system allows (255 bytes)", "text: sources/<300 characters>.txt"),
    "name-not-utf8": Code(E, "a file or folder name that is not UTF-8 text", "a folder named caf<0xE9>"),
    # The shape of a briefing
    "folder-empty": Code(E, "a briefing folder with no YAML file", "content/empty/"),
    "checker-failed": Code(E, "a bug of briefing's own met in checking one briefing (the others are read)", "a crash log to report"),
    "top-not-mapping": Code(E, "a file whose top level is not a mapping", "- a\n- b"),
    "unknown-section": Code(E, "a top-level key the format does not know", "actor: [...]"),
    "section-type": Code(E, "a section of the wrong type, or with nothing under it", "actors: Truss  /  quotes:"),
    "record-type": Code(E, "a list entry that is not a record, or is empty", "actors:\n  - truss"),
    "briefing-missing": Code(E, "no file has the briefing mapping", "only actors.yaml"),
    "briefing-duplicate": Code(E, "two files have a briefing mapping", "briefing: in two files"),
    # Fields
    "unknown-field": Code(E, "a field the record does not have", "speeker: truss"),
    "missing-field": Code(E, "a required field is missing", "a quote without speaker"),
    "wrong-type": Code(E, "a value of the wrong type (quote it), a tag naming a type the field does not take, or no value at all", "name: no  /  title: 12  /  title:  /  occurrence: !!str 2"),
    "bad-id": Code(E, "an id that is not 1-64 of a-z, 0-9, -", "id: Liz_Truss"),
    "bad-enum": Code(E, "a value outside the allowed list", "kind: persn"),
    "bad-date": Code(E, "a date not in the format's forms", "when: 10 February 2022"),
    "impossible-date": Code(E, "a date that is not in the calendar", "when: 2022-02-30"),
    "reversed-interval": Code(E, "an interval that ends before it starts", "when: 2022-02-20/2022-02-10"),
    "bad-url": Code(E, "a web address that is not http:// or https://", "url: ftp://example.org"),
    "bad-occurrence": Code(E, "an occurrence below 1", "occurrence: 0"),
    "empty-list": Code(E, "an event with no sources", "sources: []"),
    "said-after-published": Code(W, "a quote said over a day after its source was published (a day for local times and time zones; approximate dates are not compared)", "said: 2052-03-14"),
    "said-outside-event": Code(W, "a quote said over a day before its event began, or with no said, whose source was published over a day before it (compared as said-after-published compares: approximate dates and open ends are not)", "said: 2025-05-02 for an event of when: 2025-06-11"),
    "actor-alike": Code(W, "an actor with the name (accents and case aside), kind, role and affiliations of an earlier one: the reader cannot tell them apart", "two actors named Jonas Berg, both person, neither with a role"),
    "when-text-weekday": Code(W, "an event's when_text that names a weekday its date (one day, neither approximate nor uncertain) is not; English briefings only", "when_text: on Wednesday morning for when: 2025-06-09, a Monday"),
    "published-after-as-of": Code(W, "a source published over a day after the briefing's as_of (compared as said-after-published compares)", "published: 2027-03-01 with as_of: 2025-06-13"),
    "time-without-offset": Code(W, "a time without a UTC offset in a briefing where another time has one (said at each such value)", "when: 2020-11-17T01:10 beside 2020-11-16T23:01-05:00"),
    "comment-cuts-text": Code(W, "a text (a title, a name, a note, a quote's words, an item of aliases ...) whose unquoted value a YAML comment (' #', glued to a word as in #2) cuts short; located at the '#'", "title: The cable railway #2 to open"),
    "hidden-source-text": Code(W, "a source's text file under a name that begins with a dot", "text: .drafts/a.txt"),
    "empty-text": Code(W, "a text field that is empty, or a source's text file no quote is taken from", 'title: ""'),
    "bad-language": Code(E, "a language that is not a BCP 47 tag", "language: English!"),
    "source-merge-conflict": Code(W, "a source's text file holds a merge conflict git left in it: two versions of its words, and the marker lines", "sources/article.txt with <<<<<<< HEAD ... ======= ... >>>>>>> edits"),
    "control-character": Code(W, "text holding an invisible control character", 'title: "a\\eb"'),
    "format-character": Code(W, "text holding a bidirectional control, a zero-width character or a line separator", 'title: "a\\u202Eb"'),
    "one-line-field": Code(W, "a line break or a tab in a field shown on one line (a title, a name, a place, a tag ...)", 'title: "a\\nb"'),
    # Across records
    "duplicate-id": Code(E, "two records of a section share an id", "two actors with id truss"),
    "duplicate-briefing-id": Code(E, "two briefings of a content directory share an id", "b/ and c/ both id: x"),
    "unknown-reference": Code(E, "a reference to an id that does not exist", "speaker: trus"),
    "affiliation-cycle": Code(E, "affiliations that loop", "a → b → a"),
    "same-as-shared": Code(W, "two actors of one briefing that share a same_as URI (http and https alike, the host in any case): likely one actor written twice; said at the second", "same_as: [https://www.wikidata.org/entity/Q7747] in two actors"),
    "reported-by-speaker": Code(W, "a quote whose reported_by is its own speaker", "speaker: truss\nreported_by: truss"),
    # Source texts and anchoring
    "source-text-missing": Code(E, "a source text file that does not exist (or only under a name in another Unicode form: NFC, NFD)", "text: sources/missing.txt"),
    "yaml-outside": Code(W, "a YAML file of the folder that is a symbolic link leading out of it (read, but a copy of the folder goes without it)", "extra.yaml -> /home/me/other/actors.yaml"),
    "source-text-outside": Code(E, "a source text path that leaves the folder, or a symbolic link in it that leads out", "text: ../../etc/passwd  /  sources/a.txt -> /etc/passwd"),
    "source-text-path": Code(E, "a source text path that no file can have (empty, or holding a NUL character), or one written from the root '/', not from the briefing folder", 'text: ""  /  text: "a.txt\\0"  /  text: /home/me/b/sources/a.txt'),
    "source-text-unreadable": Code(E, "a source text that cannot be read", "a text file too large to read"),
    "source-text-encoding": Code(E, "a source text that is not UTF-8", "a Latin-1 article.txt"),
    "source-text-empty": Code(E, "a source text that is empty (or only whitespace), with quotes taken from it", "an empty sources/article.txt"),
    "quote-not-found": Code(E, "a quote's words are not in its source", "text: words never said"),
    "elision-part-too-short": Code(E, "a part of an elided quote under three words (none: an elision `[…]` first or last; a bare `…` there is no elision but text the source lacks, quote-not-found)", "text: Any incursion … mistake"),
    "quote-no-words": Code(E, "a quote that is empty, or elision marks alone (but a bare … its source holds)", 'text: ""'),
    "quote-only-insertions": Code(E, "a quote made only of [insertions]", "text: \"[the president]\""),
    "quote-unreadable": Code(E, "a quote with an unpaired bracket not in its source", "text: abide [by the rules"),
    "quote-ambiguous": Code(E, "a quote's words occur several times", "text: firm dialogue"),
    "quote-cuts-word": Code(W, "a quote that starts or ends inside a word or number of its source (its punctuation and sign hold one together: 1.5, won't, Vice-President, -5)", "text: 5 million (the source: 1.5 million)"),
    "insertion-empty": Code(W, "a quote's [insertion] with nothing in it", "text: In the name [] of the city"),
    "insertion-leaves-out": Code(W, "a quote's [insertion] that stands for source words and adds none of its own: words left out with no elision mark", "text: Russia [will] attack (the source: Russia will not attack)"),
    "insertion-replaces": Code(W, "a quote's [insertion] that stands for source words it does not hold that say how much, which way or how sure: a number, a currency or a unit in any language; in an English briefing, a modal or hedge, a comparison or quantity, a rise or fall, for or against (an insertion spells out a name or a date, not turns what was said)", "text: We are [cutting] our outlook (the source: We are raising our outlook)"),
    "insertion-in-source": Code(W, "a quote's [insertion] that its source itself holds, brackets and all (shown as the author's words)", "text: dock for the [space] station (the source: dock for the [space] station)"),
    "insertion-in-source-elsewhere": Code(W, "a quote's [insertion] that its source holds, brackets and all, right after the quote's words before it, but not where the quote was placed: a footnote mark or a citation copied as written, read as an insertion, and the quote placed at another passage of the same words", "text: evidence[25] on this point is thin, occurrence: 1 (the source: 12. The evidence on this point is thin … 71. The evidence[25] on this point is thin)"),
    "elision-drops-few-words": Code(W, "an elision that leaves out only one or two words of its source within a clause (none of them punctuation; in a script without spaces, one or two characters): the words on either side read as said together", "text: The authority will … accept (the source: will not accept)"),
    "elision-joins-passages": Code(W, "an elision (or insertion) whose left-out words close one quotation and open another, or whose parts stand in different paragraphs (a transcript's lines): the parts may be two people's words (not one quotation that runs on into the next paragraph)", "text: a good one … The members will decide (the source: …take it,\" Berg said. \"The members…)"),
    "quote-across-paragraphs": Code(W, "a quote, or a part of one, whose words run across a paragraph break of its source", "text: twelve years. \"We did not want (a paragraph ends after 'years.')"),
    "quote-outside-quotation": Code(W, "a quote, or a part of one, whose words stand outside every quotation in a source that puts words in quotation marks (the report's own words; a source with no quotation marks is not checked so)", "text: walked off the job (the source: Dockworkers walked off the job. \"We did not want this,\" she said.)"),
    "quote-across-quotation": Code(W, "a quote, or a part of one, whose words run across the start or end of a quotation in its source: some in quotation marks, some outside (or in another quotation)", "text: take it, Berg said (the source: \"…take it,\" Berg said.)"),
    "quotation-within-quotation": Code(W, "a quote whose words stand in a quotation inside another quotation of its source (double marks in double marks or guillemets, single marks that pair and are no apostrophes), or in quotation marks inside the speaker's own turn (a witness reading out a report) or a document credited to the speaker (a judgment's citations given to its judge), with no reported_by, unless the sentence names whose they are (quote-said-by-other says so) or the speaker quotes their own words (I said, \"…\")", "text: a long strike helps nobody (the source: \"She told me 'a long strike helps nobody',\" Berg said.)"),
    "quote-in-another-turn": Code(W, "a quote whose words stand in a transcript's turn whose label is not its speaker's nor its reported_by's, and names someone else: an interviewer (Q, Question, Frage ...), another actor, or the source's outlet; in a court record, the examiner (Q.), or the witness (A.) for a quote given to the examiner (a label that names nobody known is left alone)", "text: müssen die Deutschen frieren, speaker: habeck (the source: ZEIT: Herr Habeck, müssen die Deutschen frieren?\nHabeck: Niemand muss frieren.)"),
    "quote-said-by-other": Code(W, "in an English or French briefing: a quote whose words stand in a quotation its source attributes, in the same sentence, to another actor of the briefing than the quote's speaker or reported_by (or an actor affiliated with them): right after its closing mark (\"…,\" Aasen said / said Aasen / according to Aasen) or before its opening mark (Aasen said: \"…\"; Aasen said the offer was \"an insult\"; the Agency's report said it was \"safe\"), or in French by an incise inside it (« …, a déclaré Macron, … »), by a whole name, an alias or a person's surname (a pronoun or a name the briefing does not know is left alone)", "text: I would rather wait for the full data, speaker: sande (the source: \"I would rather wait for the full data before we change the label,\" Aasen said.)"),
    "quote-holds-incise": Code(W, "in a French briefing: a quote whose words hold the reporter's incise, set inside the speaker's quotation (a comma, then a verb and its pronoun joined by a hyphen: dit-il, a-t-il martelé, poursuit-elle, estime-t-on)", "text: Nous irons jusqu’au bout, a-t-il martelé (the source: « Nous irons jusqu’au bout, a-t-il martelé, car c’est notre devoir »)"),
    "negation-left-out": Code(W, "in a briefing in English (the default), French, German, Spanish, Italian, Portuguese or Dutch (docs/format.md lists the words): a quote, or a part, that starts right after or ends right before a negation of its source (not, no, never, cannot, neither, nor, without, n't; ne, pas, jamais; nicht, kein ...), or an insertion that stands for words holding one", "text: intervene at this stage (the source: would not intervene at this stage)"),
    "hedge-left-out": Code(W, "in an English briefing: a quote, or a part, that starts a few words after a hedge of its source in the same clause (may, might, likely, reportedly, allegedly, expected ...), or an elision that leaves one out: the quote says for certain what the source says may be", "text: reduced the risk of a second stroke (the source: the drug may have reduced the risk of a second stroke)"),
    "negation-added": Code(W, "in the languages of negation-left-out: an insertion that holds a negation (not, no, never ...) where the source words it stands for hold none", "text: is [not] a good one (the source: is a good one)"),
    "when-text-not-in-source": Code(W, "an event's when_text that none of its sources' texts holds", "when_text: after the call (the source: after a telephone conversation)"),
    "occurrence-out-of-range": Code(E, "occurrence past the number of matches", "occurrence: 3"),
}  # fmt: skip


def markdown() -> str:
    """The table of docs/errors.md."""
    lines = [
        "# Problem codes",
        "",
        "Every problem `briefing check` reports has one of these codes. Each line of",
        "its output reads `FILE:LINE:COL: severity[code]: message`; errors make the",
        "check fail (exit 1), warnings do not. Generated by `python -m briefing.records.codes`.",
        "",
        "| code | severity | meaning | example |",
        "|---|---|---|---|",
    ]
    for code, info in CODES.items():
        example = info.example.replace("\n", " ⏎ ").replace("|", "\\|")
        lines.append(f"| `{code}` | {info.severity} | {info.meaning} | `{example}` |")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    print(markdown(), end="")
