"""Get help now: helplines and the person's own numbers, locked or unlocked."""
