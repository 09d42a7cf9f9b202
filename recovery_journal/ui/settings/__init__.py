"""Settings: measures, tags, life areas, auto-lock, appearance and the reminder."""
