"""Widgets that two or more features share; a widget only one feature uses lives with it."""
