"""The plain records an import plan holds (and, from problems.py, the one error every importer
raises)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from recovery_journal.model import SupportEventKind, SupportKind
from recovery_journal.portability.problems import ImportProblem as ImportProblem
from recovery_journal.portability.problems import SkippedRow as SkippedRow
from recovery_journal.storage.hope_box import HopeImage, HopeKind, HopeLink


@dataclass(frozen=True)
class CheckInRecord:
    """A check-in to add; `values` are keyed by measure key (0-10 mood for other apps).

    `source` is the record exactly as the file holds it (its cells, or its JSON), so two rows
    are taken as one only when they are identical in every field, labels included.
    """

    row: int | None
    recorded_at: datetime
    values: tuple[tuple[str, float], ...] = ()
    tags: tuple[str, ...] = ()
    note: str = ""
    created_at: datetime | None = None
    updated_at: datetime | None = None
    # Rows in long form gather several file rows into one check-in: measure key -> its row.
    value_rows: tuple[tuple[str, int], ...] = ()
    source: str = ""
    # Feeling words, and the group of any the source places (name -> FeelingGroup value).
    feelings: tuple[str, ...] = ()
    feeling_groups: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class EntryRecord:
    """A journal entry to add."""

    row: int | None
    written_at: datetime
    title: str = ""
    body: str = ""
    tags: tuple[str, ...] = ()
    created_at: datetime | None = None
    updated_at: datetime | None = None
    source: str = ""


@dataclass(frozen=True)
class MeasureRecord:
    """A measure; `step` is None in files written before measures had one."""

    key: str
    name: str
    min_value: float
    max_value: float
    low_label: str
    high_label: str
    archived: bool
    step: float | None = None


@dataclass(frozen=True)
class DomainRecord:
    name: str
    archived: bool


@dataclass(frozen=True)
class TagRecord:
    name: str
    kind: str
    life_domain: str | None
    archived: bool


@dataclass(frozen=True)
class StrengthRecord:
    ref: int
    name: str
    description: str
    kind: str
    life_domain: str | None
    archived: bool


@dataclass(frozen=True)
class StrengthUseRecord:
    row: int
    strength_ref: int
    occurred_on: date
    note: str
    tags: tuple[str, ...]


@dataclass(frozen=True)
class StepRecord:
    title: str
    due_on: date | None
    done_at: datetime | None


@dataclass(frozen=True)
class ReviewRecord:
    reviewed_on: date
    progress: int
    note: str


@dataclass(frozen=True)
class GoalRecord:
    row: int
    title: str
    why: str
    life_domain: str | None
    status: str
    target_date: date | None
    created_at: datetime
    closed_at: datetime | None
    strength_refs: tuple[int, ...]
    steps: tuple[StepRecord, ...]
    reviews: tuple[ReviewRecord, ...]


@dataclass(frozen=True)
class RevisionRecord:
    body: str
    saved_at: datetime


@dataclass(frozen=True)
class PlanSectionRecord:
    key: str
    body: str
    updated_at: datetime | None
    last_viewed_at: datetime | None
    revisions: tuple[RevisionRecord, ...]


@dataclass(frozen=True)
class SupporterRecord:
    row: int
    name: str
    relationship: str
    phone: str
    email: str
    helps_with: str
    plan_stages: tuple[str, ...]
    in_crisis_plan: bool
    do_not_contact: bool


@dataclass(frozen=True)
class HelplineRecord:
    row: int
    name: str
    contact: str
    details: str


@dataclass(frozen=True)
class WarningRuleRecord:
    """An early-warning rule; `measure_key` is the file's key (mapped on import)."""

    row: int
    kind: str
    measure_key: str
    tag_name: str
    threshold: float
    days: int
    window_days: int
    section_key: str
    paused: bool
    created_at: datetime | None


@dataclass(frozen=True)
class QuestionnaireRecord:
    """One questionnaire response: an answer per item, None where it was left blank."""

    row: int
    instrument: str
    taken_at: datetime
    answers: tuple[int | None, ...]
    extra: int | None


@dataclass(frozen=True)
class LifeRatingRecord:
    """One life area's rating (1-7, None when only a note) and what is going well there."""

    life_domain: str
    rating: int | None
    going_well: str


@dataclass(frozen=True)
class LifeCheckRecord:
    """A life check; its areas are named, as in the file."""

    row: int
    taken_at: datetime
    ratings: tuple[LifeRatingRecord, ...]


@dataclass(frozen=True)
class FeelingRecord:
    """A word of the feelings vocabulary in our own JSON; `group` is a FeelingGroup value."""

    row: int
    name: str
    group: str
    archived: bool


@dataclass(frozen=True)
class HopeItemRecord:
    """A hope box item; its picture is already re-encoded (portability/hope_box.py)."""

    row: int | None
    kind: HopeKind
    body: str = ""
    who_said: str = ""
    link_kind: HopeLink | None = None
    link_date: date | None = None
    image: HopeImage | None = None


@dataclass(frozen=True)
class VaultRecords:
    """What only our own JSON carries besides check-ins and journal entries."""

    measures: tuple[MeasureRecord, ...] = ()
    life_domains: tuple[DomainRecord, ...] = ()
    tags: tuple[TagRecord, ...] = ()
    strengths: tuple[StrengthRecord, ...] = ()
    strength_uses: tuple[StrengthUseRecord, ...] = ()
    goals: tuple[GoalRecord, ...] = ()
    plan_sections: tuple[PlanSectionRecord, ...] = ()
    supporters: tuple[SupporterRecord, ...] = ()
    helplines: tuple[HelplineRecord, ...] = ()
    warning_rules: tuple[WarningRuleRecord, ...] = ()
    settings: tuple[tuple[str, object], ...] = field(default=())
    questionnaire_responses: tuple[QuestionnaireRecord, ...] = ()
    life_checks: tuple[LifeCheckRecord, ...] = ()
    supports: tuple[SupportRecord, ...] = ()
    feelings: tuple[FeelingRecord, ...] = ()
    hope_box: tuple[HopeItemRecord, ...] = ()


@dataclass(frozen=True)
class ImportPlan:
    """Everything one file would add; made by `read_import`, shown by `preview`, then applied.

    `mood_labels` holds the Daylio mood labels found; `value_columns` maps a measure key to the
    file's column name so a value a measure can't hold is reported by its column.
    `empty_rows` are rows (check-ins) that hold nothing to import: no value, tag or note.
    `scales` names the measures a Daylio file's scales column holds; they are in the check-ins
    (and `rest.measures`) only when `with_scales` is true, which the person is asked first.
    """

    format: str
    checkins: tuple[CheckInRecord, ...] = ()
    journal_entries: tuple[EntryRecord, ...] = ()
    mood_labels: tuple[str, ...] = ()
    rest: VaultRecords = field(default_factory=VaultRecords)
    value_columns: tuple[tuple[str, str], ...] = ()
    # What the file holds that has no place in the journal: (what, how many), for the preview.
    left_out: tuple[tuple[str, int], ...] = ()
    empty_rows: tuple[int | None, ...] = ()
    scales: tuple[str, ...] = ()
    with_scales: bool = False

    def needs_scales_consent(self) -> bool:
        """True when the file holds scales the person has not yet agreed to add as measures."""
        return bool(self.scales) and not self.with_scales

    def counts(self) -> dict[str, int]:
        """How many records of each kind the file holds (kinds it can't hold are left out)."""
        found = {
            "checkins": len(self.checkins) + len(self.empty_rows),
            "journal_entries": len(self.journal_entries),
        }
        if self.with_scales and self.rest.measures:
            found["measures"] = len(self.rest.measures)
        if self.format == "json":
            rest = self.rest
            found.update(
                measures=len(rest.measures), life_domains=len(rest.life_domains),
                tags=len(rest.tags), strengths=len(rest.strengths),
                strength_uses=len(rest.strength_uses), goals=len(rest.goals),
                plan_sections=sum(1 for s in rest.plan_sections if s.body or s.revisions),
                supporters=len(rest.supporters), helplines=len(rest.helplines),
                warning_rules=len(rest.warning_rules),
                questionnaire_responses=len(rest.questionnaire_responses),
            )
            if rest.life_checks:
                found["life_checks"] = len(rest.life_checks)
            if rest.supports:
                found["supports"] = len(rest.supports)
            if rest.hope_box:
                found["hope_box"] = len(rest.hope_box)
        # Every distinct feeling word the file names (any case), vocabulary and check-ins.
        words = {" ".join(f.name.split()).casefold() for f in self.rest.feelings}
        words |= {" ".join(n.split()).casefold() for c in self.checkins for n in c.feelings}
        words.discard("")
        if words:
            found["feelings"] = len(words)
        return found


@dataclass(frozen=True)
class ImportPreview:
    """What an import would do: records in the file, their days, and what happens to each.

    For every kind, counts == new + already_there + skipped: each record of the file is new,
    already in this journal (the same moment, values, tags, note and feelings), or skipped
    because it is identical in every field to an earlier row of the same file (or holds nothing).
    """

    counts: dict[str, int]
    first_day: date | None
    last_day: date | None
    already_there: dict[str, int]
    new: dict[str, int] = field(default_factory=dict)
    skipped: dict[str, int] = field(default_factory=dict)
    skipped_rows: tuple[SkippedRow, ...] = ()
    scales: tuple[str, ...] = ()
    needs_scales_consent: bool = False
    new_feelings: tuple[str, ...] = ()


@dataclass(frozen=True)
class SupportEventRecord:
    """One dated change of a support; dose/how often None when unchanged."""

    day: date
    kind: SupportEventKind
    dose: str | None
    how_often: str | None
    note: str


@dataclass(frozen=True)
class SupportRecord:
    """A treatment or support with its events, as in the file."""

    row: int
    kind: SupportKind
    kind_name: str
    name: str
    dose: str
    how_often: str
    note: str
    events: tuple[SupportEventRecord, ...]
