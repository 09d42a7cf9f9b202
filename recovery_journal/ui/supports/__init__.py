"""Treatments and supports: the person's own log, kept in My plan."""
