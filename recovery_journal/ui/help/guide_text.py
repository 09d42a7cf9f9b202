"""The guide's words as the app shows them: docs/guide.md with its pictures made local.

docs/guide.md shows each picture as a `<picture>` with a dark and a light source, for a web
viewer that follows the reader's theme; Qt's Markdown reader shows only plain images, so the
app's copy (resources/guide/guide.md, written by scripts/guide.py) holds
`[![words](name-light.png)](name-light.png)`, a picture that opens at full size,
and the viewer swaps in the dark picture for a dark theme.
"""

from __future__ import annotations

import re

PICTURE_FOLDER = "../recovery_journal/resources/guide/"
_PICTURE = re.compile(
    r"<picture>\s*<source[^>]*>\s*<img\s+alt=\"(?P<alt>[^\"]*)\"\s+"
    r"src=\"(?P<src>[^\"]+)\"[^>]*>\s*</picture>",
    re.DOTALL,
)


def app_copy(markdown: str) -> str:
    """docs/guide.md's text as the app's offline copy holds it."""

    def plain(match: re.Match[str]) -> str:
        name = match["src"].removeprefix(PICTURE_FOLDER)
        # The picture is also a link: Enter or a click shows it at full size.
        return f"[![{match['alt']}]({name})]({name})"

    return _PICTURE.sub(plain, markdown).replace(f"]({PICTURE_FOLDER}", "](")


def for_theme(markdown: str, dark: bool) -> str:
    """The copy with each picture in the theme's version."""
    return markdown.replace("-light.png)", "-dark.png)") if dark else markdown


def headings(markdown: str) -> list[str]:
    """The guide's second-level headings, in order (the viewer's list of topics)."""
    return [line[3:].strip() for line in markdown.splitlines() if line.startswith("## ")]


def picture_words(markdown: str) -> dict[str, str]:
    """Each picture's file name in the app's copy, with the words that describe it."""
    return {name: words for words, name in re.findall(r"!\[([^\]]*)\]\(([\w-]+\.png)\)", markdown)}
