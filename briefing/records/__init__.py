"""The records of a briefing: typed, free of YAML and of any UI."""
