"""Generate a valid briefing of any size, for benchmarks.

    python -m bench.generate OUT_FOLDER --scale 100
    python -m bench.generate OUT_FOLDER --library 1000   a folder of 1,000 briefings

Scale 1 has about the bundled briefing's counts (32 actors, 32 events, 10
quotes, one source text); scale N has N times as many, split across several
files of at most CHUNK records each, with non-ASCII names, approximate dates,
intervals and open intervals, and quotes anchored in their source texts (one
source of about 5 KB per 10 quotes). The output is deterministic: the same
scale gives the same bytes.

A library is a content directory of N briefings of one scale, each with its
own id, title, content (its own seed) and as_of: folder b0001 is the newest,
each next one a day older.
"""

from __future__ import annotations

import argparse
import datetime
import hashlib
import random
import shutil
from pathlib import Path

ACTORS, EVENTS, QUOTES = 32, 32, 10
CHUNK = 5000
NAMES = (
    "Zoë Łukasz Björn Ødegård Ана Петрович 李 明 Søren Ærø "
    "José Müller Çelik Nguyễn Ōta Dvořák Ngozi Amélie Ilse Kofi"
).split(" ")
WORDS = (
    "the minister said that talks would continue while troops moved closer to the "
    "border and diplomats sought a way to defuse the crisis before the summit"
).split(" ")
KINDS = ["person", "person", "person", "organisation", "state", "group"]
CHANNELS = ["statement", "tweet", "remarks", "interview", "news-conference", "readout", "other"]


def _date(rng: random.Random) -> str:
    year, month, day = 2022, rng.randint(1, 12), rng.randint(1, 28)
    form = rng.randrange(7)
    if form == 0:
        return f"{year}-{month:02d}-{day:02d}~"
    if form == 1:
        return f"{year}-{month:02d}-{day:02d}/{year}-{month:02d}-{min(28, day + 5):02d}"
    if form == 2:
        return f"{year}-{month:02d}-{day:02d}/.."
    if form == 3:
        return f"{year}-{month:02d}-{day:02d}T{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}"
    if form == 4:
        return f"{year}-{month:02d}"
    return f"{year}-{month:02d}-{day:02d}"


def _sentence(rng: random.Random, words: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(words))


def _chunks(items: list[str], section: str, stem: str, out: Path) -> None:
    for number, start in enumerate(range(0, max(1, len(items)), CHUNK), 1):
        body = "".join(items[start : start + CHUNK])
        (out / f"{stem}-{number:03d}.yaml").write_text(f"{section}:\n{body}", encoding="utf-8")


#: The file in a generated folder saying which generator and scale wrote it.
STAMP = ".generated"


def ensure(out: Path, scale: int) -> Path:
    """`out`, holding the briefing of `scale` that this generator writes.

    Written again when an earlier version of the generator wrote it (its
    stamp differs): a changed generator left the benches timing the old
    data (the events' when_text, once not in any source text, was warned
    of 32,000 times at ×1000). A folder without a stamp is not ours: it
    is left as it is, and the bench stops.
    """
    stamp = out / STAMP
    wanted = f"scale {scale}, generator {hashlib.sha256(Path(__file__).read_bytes()).hexdigest()}"
    if stamp.is_file():
        if stamp.read_text(encoding="utf-8") == wanted:
            return out
        shutil.rmtree(out)  # written by this generator, as its stamp says
    elif out.exists():
        raise SystemExit(f"{out} was not written by bench.generate: move it away")
    generate(out, scale)
    stamp.write_text(wanted, encoding="utf-8")
    return out


def generate(
    out: Path,
    scale: int,
    seed: int = 7,
    briefing_id: str | None = None,
    title: str | None = None,
    as_of: str = "2023-12-31",  # after every source's publication (published-after-as-of)
) -> Path:
    """Write a briefing of `scale` times the bundled size into `out`."""
    rng = random.Random(seed)
    out.mkdir(parents=True, exist_ok=True)
    (out / "sources").mkdir(exist_ok=True)
    n_actors, n_events, n_quotes = ACTORS * scale, EVENTS * scale, QUOTES * scale
    n_sources = max(1, n_quotes // QUOTES)
    (out / "briefing.yaml").write_text(
        f"briefing:\n  id: {briefing_id or f'generated-{scale}'}\n"
        f"  title: {title or f'Generated briefing ×{scale}'}\n"
        f"  as_of: {as_of}\n  summary: >-\n    A generated briefing for benchmarks.\n"
        "  tags: [bench, generated]\n",
        encoding="utf-8",
    )
    # Quotes first: their words go into the source texts.
    quote_words = [f"{_sentence(rng, rng.randint(6, 18))} number {i}" for i in range(n_quotes)]
    sources = []
    for s in range(n_sources):
        paragraphs = []
        for q in range(s * QUOTES, min(n_quotes, (s + 1) * QUOTES)):
            quoted = f"“{quote_words[q]}”"
            paragraphs.append(f"{_sentence(rng, 40)}, and {quoted} — {_sentence(rng, 30)}.")
        # the events' when_text, the source's own wording (when-text-not-in-source)
        paragraphs.append(f"{_sentence(rng, 20).capitalize()} earlier in the week.")
        while sum(len(p) for p in paragraphs) < 5000:
            paragraphs.append(_sentence(rng, 60) + ".")
        (out / "sources" / f"s{s}.txt").write_text("\n\n".join(paragraphs) + "\n", encoding="utf-8")
        sources.append(
            f"  - id: s{s}\n    title: Report {s} on the crisis\n    outlet: Wire\n"
            # A year after every date drawn for what is said (2022): a quote said
            # after its source was published is warned of (said-after-published).
            f"    published: {_date(rng).split('/')[0].rstrip('~').replace('2022', '2023', 1)}\n"
            f"    url: https://example.org/reports/{s}\n    credits: [AFP, AP]\n"
            f"    text: sources/s{s}.txt\n"
        )
    (out / "sources.yaml").write_text("sources:\n" + "".join(sources), encoding="utf-8")
    actors = []
    for a in range(n_actors):
        name = f"{rng.choice(NAMES)} {rng.choice(NAMES)} {a}"
        affiliation = f"    affiliations: [a{a - 1}]\n" if a % 4 and a > 0 else ""
        actors.append(
            f"  - id: a{a}\n    name: {name}\n    kind: {rng.choice(KINDS)}\n"
            f"    role: Minister of {rng.choice(WORDS).title()}\n{affiliation}"
            f"    aliases: [{name.split()[0]}]\n"
        )
    _chunks(actors, "actors", "actors", out)
    events = []
    whens = []
    for e in range(n_events):
        members = ", ".join(f"a{rng.randrange(n_actors)}" for _ in range(rng.randint(1, 3)))
        whens.append(_date(rng))
        events.append(
            f"  - id: e{e}\n    title: {_sentence(rng, 6).capitalize()}\n"
            f'    when: "{whens[-1]}"\n    when_text: earlier in the week\n'
            f"    place: {rng.choice(NAMES)}grad\n    actors: [{members}]\n"
            f"    sources: [s{rng.randrange(n_sources)}]\n"
        )
    _chunks(events, "events", "events", out)
    quotes = []
    for q in range(n_quotes):
        speaker, event = rng.randrange(n_actors), rng.randrange(n_events)
        # said when its event was (its start): drawn apart, two quotes in three
        # were said months from their event (said-outside-event)
        quotes.append(
            f"  - id: q{q}\n    text: {quote_words[q]}\n    speaker: a{speaker}\n"
            f"    source: s{q // QUOTES}\n    channel: {rng.choice(CHANNELS)}\n"
            f"    event: e{event}\n    said: {whens[event].split('/')[0]}\n"
        )
    _chunks(quotes, "quotes", "quotes", out)
    return out


#: The as_of of a library's newest briefing (folder b0001).
LIBRARY_NEWEST = datetime.date(2025, 6, 30)


def library(out: Path, count: int, scale: int = 1) -> Path:
    """Write a content directory of `count` briefings of `scale` into `out`."""
    for number in range(1, count + 1):
        as_of = LIBRARY_NEWEST - datetime.timedelta(days=number - 1)
        generate(
            out / f"b{number:04d}",
            scale,
            seed=number,
            briefing_id=f"library-{number:04d}",
            title=f"Library briefing {number:04d}",
            as_of=as_of.isoformat(),
        )
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "out",
        type=Path,
        help="the folder to write (a briefing folder, or with --library a content directory)",
    )
    parser.add_argument(
        "--scale",
        type=int,
        default=1,
        metavar="N",
        help="N times the bundled briefing's counts (32 actors, 32 events, 10 quotes); default 1",
    )
    parser.add_argument(
        "--library", type=int, metavar="N", help="a content directory of N briefings of that scale"
    )
    args = parser.parse_args()
    if args.library:
        library(args.out, args.library, args.scale)
    else:
        generate(args.out, args.scale)
    print(args.out)


if __name__ == "__main__":
    main()
