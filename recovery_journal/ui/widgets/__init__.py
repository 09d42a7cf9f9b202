"""Small widgets shared by the pages: scales, tag input, lists and settings editors."""
