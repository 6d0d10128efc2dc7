"""Page mode: placeholder."""
