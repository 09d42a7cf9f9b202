"""Goals: the list, the editor, steps and reviews, each with undo."""
