"""Content made ready to show, as plain strings: no Textual here, so the CLI
and exports say things the way the reader does; widgets only add styles.

- display: a briefing made safe to show (no control or invisible characters)
- quotes: a quote's attribution, channel names
- sources: a source's publication line, credits, whether its text is checked
- counts: counts with their nouns, plural only where it belongs

A source's paragraphs are anchoring's (`briefing.records.anchoring.paragraphs`),
so the full text is split where a quote's own paragraph was found.
"""
