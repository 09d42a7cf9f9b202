"""The reliability matrix of RELIABILITY.md, proved in CI (see SECURITY.md for the promises)."""
