"""briefing: sourced news briefings, checked against their sources.

This package is the domain (format, loading, validation, dates, anchoring,
index, CLI). It never imports Textual: the reader lives in `screens/`.
"""

__version__ = "0.1.0"
