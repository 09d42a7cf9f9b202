"""Recovery Journal: a private, offline-first wellness journal."""

__version__ = "0.1.0"
