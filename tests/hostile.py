"""A hostile briefing: markup, HTML and terminal escape sequences in every text field."""

from __future__ import annotations

from pathlib import Path

from conftest import write_folder

# What an attacker would put in content, as raw characters.
OSC_TITLE = "\x1b]0;PWNED-TITLE\x07"
OSC_CLIPBOARD = "\x1b]52;c;UFdORUQ=\x07"
OSC_LINK = "\x1b]8;;https://evil.example/\x1b\\link\x1b]8;;\x1b\\"
CSI_CLEAR = "\x1b[2J"
MARKUP = "[bold red]MARKUP[/] [@click=app.quit]click[/]"
#: HTML that runs in a page (TimelineJS shows its text fields as HTML).
HTML = "<img src=x onerror=alert(1)><script>alert(2)</script>"
PAYLOAD = f"{MARKUP} {HTML} {OSC_TITLE}{OSC_CLIPBOARD}{OSC_LINK}{CSI_CLEAR}"
INJECTED = [OSC_TITLE, OSC_CLIPBOARD, "\x1b]8;;https://evil", CSI_CLEAR, "\x1b]52;"]


def _yaml(text: str) -> str:
    """`text` as a YAML double-quoted scalar (control characters escaped)."""
    escaped = text.replace("\\", "\\\\").replace('"', '\\"')
    escaped = escaped.replace("\x1b", "\\e").replace("\x07", "\\a")
    return f'"{escaped}"'


def write_hostile(folder: Path) -> Path:
    p = _yaml(PAYLOAD)
    briefing = f"""\
briefing:
  id: hostile
  title: {_yaml("Hostile " + PAYLOAD)}
  as_of: 2022-02-10
  summary: {p}
  tags: [{p}]
sources:
  - id: s
    title: {p}
    outlet: {p}
    credits: [{p}]
    text: sources/s.txt
actors:
  - id: a
    name: {_yaml("Actor " + PAYLOAD)}
    kind: person
    role: {p}
    aliases: [{p}]
    summary: {p}
events:
  - id: e
    title: {p}
    when: 2022-02-10
    when_text: {p}
    place: {p}
    actors: [a]
    sources: [s]
quotes:
  - id: q
    text: {_yaml("said " + PAYLOAD)}
    speaker: a
    source: s
    channel: statement
    event: e
    note: {p}
"""
    source = f"First paragraph {PAYLOAD}.\n\nThe actor said {PAYLOAD} and left.\n"
    return write_folder(folder, {"briefing.yaml": briefing, "sources/s.txt": source})
