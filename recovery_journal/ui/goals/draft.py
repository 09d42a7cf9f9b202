"""Unsaved text on the Goals page as a draft: JSON in, JSON out, tolerant of anything odd."""

from __future__ import annotations

import json
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class GoalsDraft:
    """The goal shown (None: a new one) with its typed title and why (None: unchanged), the
    text of a new goal set aside while another was shown, a step and a review note."""

    goal: int | None = None
    title: str | None = None
    why: str | None = None
    parked_title: str = ""
    parked_why: str = ""
    step: str = ""
    review_note: str = ""

    def is_empty(self) -> bool:
        typed = (self.parked_title, self.parked_why, self.step, self.review_note)
        return self.title is None and self.why is None and not any(t.strip() for t in typed)

    def to_json(self) -> str:
        return json.dumps({
            "version": 1, "goal": self.goal, "title": self.title, "why": self.why,
            "parked_title": self.parked_title, "parked_why": self.parked_why,
            "step": self.step, "review_note": self.review_note,
        })

    @classmethod
    def from_json(cls, body: str) -> GoalsDraft:
        """Read a draft; a body that is not our JSON is kept as the why, never lost."""
        try:
            state = json.loads(body)
        except ValueError:
            return cls(why=body)
        if not isinstance(state, dict):
            return cls(why=body)
        goal = state.get("goal")
        return cls(
            goal=goal if isinstance(goal, int) and not isinstance(goal, bool) else None,
            title=_text_or_none(state.get("title")),
            why=_text_or_none(state.get("why")),
            parked_title=str(state.get("parked_title") or ""),
            parked_why=str(state.get("parked_why") or ""),
            step=str(state.get("step") or ""),
            review_note=str(state.get("review_note") or ""),
        )


def _text_or_none(value: object) -> str | None:
    return value if isinstance(value, str) else None
