"""Basic HTML (as Daylio writes notes) turned into plain text."""

from __future__ import annotations

import html
import re

_BREAKS = re.compile(r"<\s*(br|/p|/div|/li|/h[1-6])\s*/?\s*>", re.IGNORECASE)
_ITEM = re.compile(r"<\s*li(\s[^>]*)?>", re.IGNORECASE)
_TAG = re.compile(r"<[^>]*>")
_MANY_BLANK_LINES = re.compile(r"\n{3,}")


def to_text(markup: str) -> str:
    """Line breaks for <br>, </p>, </div> and list items; other tags dropped; &amp; decoded."""
    text = markup.replace("\r\n", "\n")
    text = _BREAKS.sub("\n", text)
    text = _ITEM.sub("• ", text)
    text = _TAG.sub("", text)
    text = html.unescape(text).replace("\xa0", " ")
    lines = [line.rstrip() for line in text.split("\n")]
    return _MANY_BLANK_LINES.sub("\n\n", "\n".join(lines)).strip()
