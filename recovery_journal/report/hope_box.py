"""The hope box in a shared report and on the crisis card, only when the person chooses it.

The report shows the words of each item and, only if asked, the pictures (as stored: already
re-encoded without metadata). The crisis card carries words only, never pictures.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from recovery_journal.insights.language import ENGLISH, Language
from recovery_journal.report.dates import friendly_day
from recovery_journal.storage.hope_box import HopeItem, HopeKind
from recovery_journal.storage.repositories import Repositories

PICTURE_PREFIX = "hope:"
_KIND_WORDS = {
    HopeKind.REASON: str(QT_TRANSLATE_NOOP("Report", "A reason to keep going")),
    HopeKind.WORDS: str(QT_TRANSLATE_NOOP("Report", "Words that help")),
    HopeKind.MEMORY: str(QT_TRANSLATE_NOOP("Report", "A good memory")),
    HopeKind.PERSON_PLACE: str(QT_TRANSLATE_NOOP("Report", "A person or place")),
    HopeKind.PICTURE: str(QT_TRANSLATE_NOOP("Report", "A picture")),
}


# (heading, detail lines, words, picture name) of one item; report/content.py makes the Entry.
HopeEntry = tuple[str, tuple[str, ...], str, str]


def _entry(item: HopeItem, picture: str, lang: Language) -> HopeEntry:
    lines: list[str] = []
    if item.who_said:
        lines.append(f"— {item.who_said}")
    if item.link_date is not None:
        lines.append(lang.translate("Report", "From %1", friendly_day(item.link_date)))
    return lang.translate("Report", _KIND_WORDS[item.kind]), tuple(lines), item.body, picture


def hope_entries(
    repos: Repositories, with_pictures: bool, lang: Language = ENGLISH,
) -> tuple[list[HopeEntry], list[tuple[str, bytes]]]:
    """The hope box's items and (only when chosen) their pictures, in the person's order."""
    entries: list[HopeEntry] = []
    pictures: list[tuple[str, bytes]] = []
    for item in repos.hope_box.list():
        name = ""
        if with_pictures and item.has_image:
            image = repos.hope_box.image(item.id)
            if image is not None:
                name = f"{PICTURE_PREFIX}{item.id}"
                pictures.append((name, image.data))
        if item.kind is HopeKind.PICTURE and not name and not item.body:
            continue  # a picture alone, with pictures left out: nothing to show
        entries.append(_entry(item, name, lang))
    return entries, pictures


def card_words(items: list[HopeItem]) -> tuple[str, ...]:
    """The hope box's words for the crisis card (no pictures, no picture captions)."""
    words: list[str] = []
    for item in items:
        if item.kind is HopeKind.PICTURE or not item.body.strip():
            continue
        text = item.body.strip()
        words.append(f"{text} — {item.who_said}" if item.who_said else text)
    return tuple(words)
