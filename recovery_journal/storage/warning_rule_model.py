"""An early-warning rule the person writes from their own check-ins (a plain frozen dataclass).

Kept apart from model.py so the rules can be added without touching the shared model.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import datetime

from recovery_journal.model import PlanSectionKey


class RuleKind(enum.StrEnum):
    """The shapes a rule can take."""

    BELOW = "below"  # a measure below `threshold` on `days` days running
    ABOVE = "above"  # a measure above `threshold` on `days` days running
    # a measure at or below `threshold` on `days` of the last `window_days` days
    AT_MOST_OF = "at_most_of"
    TAG_RUNNING = "tag_running"  # the tag on `days` days running


@dataclass(frozen=True, slots=True)
class WarningRule:
    """One rule; `measure_key` is set for measure rules, `tag_name` for tag rules."""

    id: int
    kind: RuleKind
    measure_key: str
    tag_name: str
    threshold: float
    days: int
    window_days: int
    section_key: PlanSectionKey
    paused: bool
    created_at: datetime

    @property
    def looks_back(self) -> int:
        """How many days of check-ins (ending today) the rule needs to see."""
        return self.window_days if self.kind is RuleKind.AT_MOST_OF else self.days
