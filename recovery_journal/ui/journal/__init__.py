"""Journal: the list of entries, the editor with autosave and drafts, and search."""
