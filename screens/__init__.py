"""The Textual reader. Imports `briefing` (the domain); never the reverse."""
