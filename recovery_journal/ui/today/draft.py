"""The unsaved check-in form as a draft: JSON in, JSON out, tolerant of anything odd."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime


@dataclass(frozen=True, slots=True)
class FormDraft:
    """What the person had on the form: values, tags, note, a chosen time, the one edited."""

    note: str = ""
    values: dict[str, float] = field(default_factory=dict)
    tags: tuple[str, ...] = ()
    pending_tag: str = ""
    when: datetime | None = None
    editing: int | None = None
    feelings: tuple[str, ...] = ()

    def to_json(self) -> str:
        return json.dumps({
            "version": 1, "note": self.note, "values": self.values, "tags": list(self.tags),
            "pending_tag": self.pending_tag,
            "when": self.when.isoformat() if self.when is not None else None,
            "editing": self.editing, "feelings": list(self.feelings),
        })

    @classmethod
    def from_json(cls, body: str) -> FormDraft:
        """Read a draft; a body that is not our JSON is kept as the note, never lost."""
        try:
            state = json.loads(body)
        except ValueError:
            return cls(note=body)
        if not isinstance(state, dict):
            return cls(note=body)
        values = state.get("values")
        tags = state.get("tags")
        editing = state.get("editing")
        feelings = state.get("feelings")
        return cls(
            note=str(state.get("note") or ""),
            values={
                str(k): float(v) for k, v in values.items()
                if isinstance(v, int | float) and not isinstance(v, bool)
            } if isinstance(values, dict) else {},
            tags=tuple(str(t) for t in tags) if isinstance(tags, list) else (),
            pending_tag=str(state.get("pending_tag") or ""),
            when=_moment(state.get("when")),
            editing=editing if isinstance(editing, int) and not isinstance(editing, bool) else None,
            feelings=tuple(str(f) for f in feelings) if isinstance(feelings, list) else (),
        )


def _moment(text: object) -> datetime | None:
    if not isinstance(text, str):
        return None
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        return None
