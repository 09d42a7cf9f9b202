"""The hope box in a shared report and on the crisis card, only when the person chooses it.

The report shows the words of each item and, only if asked, the pictures (as stored: already
re-encoded without metadata). The crisis card carries words only, never pictures.
"""

from __future__ import annotations

from recovery_journal.report.content import Entry, Section
from recovery_journal.report.dates import friendly_day
from recovery_journal.storage.hope_box import HopeItem, HopeKind
from recovery_journal.storage.repositories import Repositories

SECTION_KEY = "hope_box"
SECTION_TITLE = "My hope box"
PICTURE_PREFIX = "hope:"
_KIND_WORDS = {
    HopeKind.REASON: "A reason to keep going",
    HopeKind.WORDS: "Words that help",
    HopeKind.MEMORY: "A good memory",
    HopeKind.PERSON_PLACE: "A person or place",
    HopeKind.PICTURE: "A picture",
}


def _entry(item: HopeItem, picture: str) -> Entry:
    lines: list[str] = []
    if item.who_said:
        lines.append(f"— {item.who_said}")
    if item.link_date is not None:
        lines.append(f"From {friendly_day(item.link_date)}")
    return Entry(_KIND_WORDS[item.kind], tuple(lines), item.body, picture)


def hope_section(repos: Repositories, with_pictures: bool) -> Section:
    """The hope box as a report section; picture bytes are read only when chosen."""
    entries: list[Entry] = []
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
        entries.append(_entry(item, name))
    summary = "" if with_pictures else "Pictures are not included."
    return Section(SECTION_KEY, SECTION_TITLE, summary, entries=tuple(entries),
                   pictures=tuple(pictures))


def card_words(items: list[HopeItem]) -> tuple[str, ...]:
    """The hope box's words for the crisis card (no pictures, no picture captions)."""
    words: list[str] = []
    for item in items:
        if item.kind is HopeKind.PICTURE or not item.body.strip():
            continue
        text = item.body.strip()
        words.append(f"{text} — {item.who_said}" if item.who_said else text)
    return tuple(words)
