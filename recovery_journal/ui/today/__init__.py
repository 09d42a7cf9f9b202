"""Today: the few-second check-in (measures, tags, note, when) and the recent check-ins."""
