"""What the journal editor holds, and its draft: JSON in, JSON out, tolerant of anything odd."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date

DRAFT_KEY = "journal.editor"


@dataclass(frozen=True, slots=True)
class EditorState:
    """The editor's fields; `entry_id` is None for a new entry not yet saved."""

    entry_id: int | None = None
    title: str = ""
    body: str = ""
    tags: tuple[str, ...] = ()
    day: date | None = None
    pending_tag: str = ""

    def has_words(self) -> bool:
        """True when there is anything worth keeping in a new entry."""
        return bool(self.title.strip() or self.body.strip() or self.tags
                    or self.pending_tag.strip())

    def same_content(self, other: EditorState) -> bool:
        """True when saving `self` over `other` would change nothing."""
        return (self.title, self.body, self.tags, self.day) == (
            other.title, other.body, other.tags, other.day
        )

    def to_json(self) -> str:
        return json.dumps({
            "version": 1, "entry": "new" if self.entry_id is None else self.entry_id,
            "title": self.title, "body": self.body, "tags": list(self.tags),
            "pending_tag": self.pending_tag,
            "day": self.day.isoformat() if self.day is not None else None,
        })

    @classmethod
    def from_json(cls, text: str) -> EditorState:
        """Read a draft; a body that is not our JSON is kept as the text, never lost."""
        try:
            state = json.loads(text)
        except ValueError:
            return cls(body=text)
        if not isinstance(state, dict):
            return cls(body=text)
        entry = state.get("entry")
        tags = state.get("tags")
        return cls(
            entry_id=entry if isinstance(entry, int) and not isinstance(entry, bool) else None,
            title=str(state.get("title") or ""),
            body=str(state.get("body") or ""),
            tags=tuple(str(t) for t in tags) if isinstance(tags, list) else (),
            day=_day(state.get("day")),
            pending_tag=str(state.get("pending_tag") or ""),
        )


def _day(text: object) -> date | None:
    if not isinstance(text, str):
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        return None
