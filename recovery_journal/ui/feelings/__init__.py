"""Feelings in words: the picker on a check-in and the words for the four groups."""
