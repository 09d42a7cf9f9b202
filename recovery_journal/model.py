"""The records a person keeps, as frozen dataclasses of plain values, with the per-day summaries
the charts read and the bundled helplines.

Storage returns these and nothing else; the UI and the insights read them. No Qt, no SQL, and
nothing else of this package (tests/test_layers.py keeps it so).
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date, datetime


class TagKind(enum.StrEnum):
    """What a tag names; it only groups tags in pickers, the person may ignore it."""

    ACTIVITY = "activity"
    PERSON = "person"
    PLACE = "place"
    TOPIC = "topic"


class StrengthKind(enum.StrEnum):
    """The kinds of strength in the inventory."""

    QUALITY = "quality"
    SKILL = "skill"
    PERSON = "person"
    PLACE = "place"
    RESOURCE = "resource"


class GoalStatus(enum.StrEnum):
    """Where a goal stands; "let go" is a choice the person makes, never a failure."""

    ACTIVE = "active"
    PAUSED = "paused"
    ACHIEVED = "achieved"
    LET_GO = "let_go"


class PlanSectionKey(enum.StrEnum):
    """The sections of "My wellness plan", in the order they are shown."""

    WELL = "well"
    TOOLBOX = "toolbox"
    DAILY = "daily"
    TRIGGERS = "triggers"
    EARLY_WARNING = "early_warning"
    BREAKING_DOWN = "breaking_down"
    CRISIS = "crisis"
    AFTER_CRISIS = "after_crisis"


@dataclass(frozen=True, slots=True)
class LifeDomain:
    id: int
    name: str
    position: int
    archived: bool


@dataclass(frozen=True, slots=True)
class Measure:
    """A measure; `step` is how far one move of its slider goes (1, 0.5 or 0.1)."""

    id: int
    key: str
    name: str
    min_value: float
    max_value: float
    low_label: str
    high_label: str
    built_in: bool
    position: int
    archived: bool
    step: float = 1.0


@dataclass(frozen=True, slots=True)
class Tag:
    id: int
    name: str
    kind: TagKind
    life_domain_id: int | None
    archived: bool


@dataclass(frozen=True, slots=True)
class CheckIn:
    """One check-in; `values` maps measure key to value, `tags` holds tag names."""

    id: int
    recorded_at: datetime
    local_date: date
    note: str
    values: dict[str, float]
    tags: tuple[str, ...]
    created_at: datetime
    updated_at: datetime
    feelings: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Strength:
    id: int
    name: str
    description: str
    kind: StrengthKind
    life_domain_id: int | None
    archived: bool


@dataclass(frozen=True, slots=True)
class StrengthUse:
    id: int
    strength_id: int
    occurred_on: date
    note: str
    tags: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class GoalStep:
    id: int
    goal_id: int
    title: str
    position: int
    due_on: date | None
    done_at: datetime | None


@dataclass(frozen=True, slots=True)
class GoalReview:
    id: int
    goal_id: int
    reviewed_on: date
    progress: int
    note: str


@dataclass(frozen=True, slots=True)
class Goal:
    id: int
    title: str
    why: str
    life_domain_id: int | None
    status: GoalStatus
    target_date: date | None
    created_at: datetime
    closed_at: datetime | None
    strength_ids: tuple[int, ...]
    steps: tuple[GoalStep, ...]
    reviews: tuple[GoalReview, ...]


@dataclass(frozen=True, slots=True)
class LifeRating:
    """How satisfied the person is with one life area (1-7, None when skipped), and what is going
    well there."""

    life_domain_id: int
    rating: int | None
    going_well: str = ""


@dataclass(frozen=True, slots=True)
class LifeCheck:
    """One life check: a rating per life area the person looked at, in the areas' order."""

    id: int
    taken_at: datetime
    local_date: date
    ratings: tuple[LifeRating, ...]


@dataclass(frozen=True, slots=True)
class JournalEntry:
    id: int
    written_at: datetime
    local_date: date
    title: str
    body: str
    tags: tuple[str, ...]
    created_at: datetime
    updated_at: datetime


@dataclass(frozen=True, slots=True)
class SearchHit:
    """A journal search result; `snippet` marks matches with the markers passed to search."""

    entry_id: int
    local_date: date
    title: str
    snippet: str
    rank: float


class SearchOrder(enum.StrEnum):
    """How journal search results are sorted."""

    BEST = "best"  # best match first (bm25), then by id
    NEWEST = "newest"  # newest written first
    OLDEST = "oldest"  # oldest written first


@dataclass(frozen=True, slots=True)
class SearchCursor:
    """Where the next page of a search starts: just after the hit with this sort key and id."""

    order: SearchOrder
    key: float
    entry_id: int


@dataclass(frozen=True, slots=True)
class SearchPage:
    """One page of search hits, and where the next page starts (None after the last)."""

    hits: tuple[SearchHit, ...]
    next: SearchCursor | None


@dataclass(frozen=True, slots=True)
class PlanSection:
    key: PlanSectionKey
    body: str
    updated_at: datetime | None
    last_viewed_at: datetime | None


@dataclass(frozen=True, slots=True)
class PlanRevision:
    id: int
    key: PlanSectionKey
    body: str
    saved_at: datetime


@dataclass(frozen=True, slots=True)
class Supporter:
    id: int
    name: str
    relationship: str
    phone: str
    email: str
    helps_with: str
    plan_stages: tuple[PlanSectionKey, ...]
    in_crisis_plan: bool
    do_not_contact: bool
    position: int


@dataclass(frozen=True, slots=True)
class Draft:
    """Unsaved text kept inside the vault so a lock or crash loses nothing."""

    key: str
    body: str
    updated_at: datetime


@dataclass(frozen=True, slots=True)
class Helpline:
    id: int
    name: str
    contact: str
    details: str
    position: int


@dataclass(frozen=True, slots=True)
class BundledLine:
    """One helpline from the bundled file; `copy` is what the Copy button puts on the clipboard.

    `source` is the service's own page the line was checked against, `checked` the day (ISO).
    """

    name: str
    contact: str
    copy: str
    details: str
    source: str = ""
    checked: str = ""


@dataclass(frozen=True, slots=True)
class BundledHelplines:
    """The help bundled for one region: its helplines (none for most regions) and its emergency
    number where known. `region` is the region's name, `code` its ISO 3166 alpha-2 code."""

    region: str
    checked: str
    lines: tuple[BundledLine, ...]
    code: str = ""
    emergency: str = ""  # what Copy puts on the clipboard, e.g. "112"; "" when not known
    emergency_words: str = ""  # e.g. "119 for an ambulance, 110 for the police"

    @property
    def checked_words(self) -> str:
        """"2026-11" (or "2026-11-30") as "November 2026"; anything else as written."""
        try:
            year, month = (int(part) for part in self.checked.split("-")[:2])
            return date(year, month, 1).strftime("%B %Y")
        except ValueError:
            return self.checked

    @property
    def emergency_text(self) -> str:
        """How to reach emergency services here, in words ("" when not known)."""
        return self.emergency_words or self.emergency


class RuleKind(enum.StrEnum):
    """The shapes an early-warning rule can take."""

    BELOW = "below"  # a measure below `threshold` on `days` days running
    ABOVE = "above"  # a measure above `threshold` on `days` days running
    # a measure at or below `threshold` on `days` of the last `window_days` days
    AT_MOST_OF = "at_most_of"
    TAG_RUNNING = "tag_running"  # the tag on `days` days running


@dataclass(frozen=True, slots=True)
class WarningRule:
    """An early-warning rule the person writes from their own check-ins.

    `measure_key` is set for measure rules, `tag_name` for tag rules.
    """

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


# -- check-ins summed up per day, for charts that need days rather than single check-ins --
#
# The check-in repository fills these from a GROUP BY, so ten years of days load without
# building a CheckIn (note and all) for every check-in. Each holds one measure or one tag as
# columns: a few objects for ten years instead of one per day.


@dataclass(frozen=True, slots=True)
class MeasureDays:
    """One measure on each day that has a value, oldest first, as parallel columns.

    `count[i]` check-ins on `days[i]` had the measure; `mean`, `low` and `high` are their
    mean, lowest and highest value. Days without a value are left out.
    """

    key: str
    days: tuple[date, ...] = ()
    count: tuple[int, ...] = ()
    mean: tuple[float, ...] = ()
    low: tuple[float, ...] = ()
    high: tuple[float, ...] = ()


@dataclass(frozen=True, slots=True)
class TagDays:
    """The days a tag was on a check-in, oldest first; `checkins[i]` of them on `days[i]`."""

    name: str
    days: tuple[date, ...] = ()
    checkins: tuple[int, ...] = ()


@dataclass(frozen=True, slots=True)
class FeelingTally:
    """One feeling over a period: the check-ins naming it, and their mood and hope added up
    (`mood_count` of them held a mood, `hope_count` a hope)."""

    name: str
    checkins: int
    mood_total: float = 0.0
    mood_count: int = 0
    hope_total: float = 0.0
    hope_count: int = 0


@dataclass(frozen=True, slots=True)
class FeelingTallies:
    """Every feeling named in a period, and the period's own check-ins added up the same way
    (`named` of them naming any feeling)."""

    feelings: tuple[FeelingTally, ...]
    period: FeelingTally
    named: int


@dataclass(frozen=True, slots=True)
class QuestionnaireResponse:
    """One time a questionnaire was answered: a value per item, None where it was skipped."""

    id: int
    instrument: str
    taken_at: datetime
    local_date: date
    answers: tuple[int | None, ...]
    # The unscored question after the items (PHQ-9 and GAD-7 ask how difficult), if answered.
    extra: int | None = None


class SupportKind(enum.StrEnum):
    """What a support is; it only groups the log, 'other' carries the person's own word."""

    MEDICINE = "medicine"
    THERAPY = "therapy"
    GROUP = "group"
    OTHER = "other"


class SupportEventKind(enum.StrEnum):
    """A dated change in a support; 'stopped' reads as "let go", 'note' is a note on effects."""

    STARTED = "started"
    CHANGED = "changed"
    PAUSED = "paused"
    RESTARTED = "restarted"
    STOPPED = "stopped"
    NOTE = "note"


@dataclass(frozen=True, slots=True)
class SupportEvent:
    """One dated change of a support; dose/how often are None when they did not change."""

    id: int
    support_id: int
    day: date
    kind: SupportEventKind
    dose: str | None = None
    how_often: str | None = None
    note: str = ""


@dataclass(frozen=True, slots=True)
class Support:
    """A treatment or support the person keeps in their log, with its events oldest first."""

    id: int
    kind: SupportKind
    name: str
    kind_name: str = ""
    dose: str = ""
    how_often: str = ""
    note: str = ""
    events: tuple[SupportEvent, ...] = ()

    @property
    def current_dose(self) -> str:
        """The dose as last written: the newest event that set one, else the support's own."""
        return next((e.dose for e in reversed(self.events) if e.dose is not None), self.dose)

    @property
    def current_how_often(self) -> str:
        """How often as last written, like `current_dose`."""
        return next(
            (e.how_often for e in reversed(self.events) if e.how_often is not None),
            self.how_often,
        )

    @property
    def status(self) -> SupportEventKind | None:
        """The newest started/paused/restarted/stopped event's kind, None before any."""
        moves = (SupportEventKind.NOTE, SupportEventKind.CHANGED)
        return next((e.kind for e in reversed(self.events) if e.kind not in moves), None)

    @property
    def since(self) -> date | None:
        """The day of the newest start or restart (or of the first event), None without events."""
        starts = (SupportEventKind.STARTED, SupportEventKind.RESTARTED)
        found = next((e.day for e in reversed(self.events) if e.kind in starts), None)
        return found if found is not None or not self.events else self.events[0].day


class FeelingGroup(enum.StrEnum):
    """How pleasant and how energetic a feeling is; OTHER holds words not yet placed."""

    PLEASANT_HIGH = "pleasant_high"
    PLEASANT_LOW = "pleasant_low"
    UNPLEASANT_HIGH = "unpleasant_high"
    UNPLEASANT_LOW = "unpleasant_low"
    OTHER = "other"


@dataclass(frozen=True, slots=True)
class Feeling:
    """A word in the person's feelings vocabulary; hidden ones stay on past check-ins."""

    id: int
    name: str
    group: FeelingGroup
    archived: bool
    position: int
