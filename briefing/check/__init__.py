"""Reading YAML safely and checking a briefing against the format."""
