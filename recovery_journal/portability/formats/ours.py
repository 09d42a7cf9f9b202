"""Recovery Journal's own JSON export (docs/export-format.md), version 1."""

from __future__ import annotations

from recovery_journal.model import PlanSectionKey, RuleKind
from recovery_journal.portability.feelings import parse_feelings
from recovery_journal.portability.formats.common import load_json, measure_number
from recovery_journal.portability.formats.fields import Item, items_of
from recovery_journal.portability.formats.ours_life_checks import parse_life_checks
from recovery_journal.portability.formats.ours_supports import parse_supports
from recovery_journal.portability.formats.questionnaire_items import questionnaire_record
from recovery_journal.portability.hope_box import parse_hope_box
from recovery_journal.portability.records import (
    CheckInRecord,
    DomainRecord,
    EntryRecord,
    GoalRecord,
    HelplineRecord,
    ImportProblem,
    MeasureRecord,
    PlanSectionRecord,
    ReviewRecord,
    RevisionRecord,
    StepRecord,
    StrengthRecord,
    StrengthUseRecord,
    SupporterRecord,
    TagRecord,
    VaultRecords,
    WarningRuleRecord,
)
from recovery_journal.storage.measures import check_range, check_step

SUPPORTED_VERSION = 1
# What names one record inside a file: two items with the same one can't both be meant.
# Names compare as the vault's unique columns do (COLLATE NOCASE folds only A-Z), so an
# export of a real vault is never refused.
_IDENTIFIERS = (("measures", "key"), ("plan_sections", "key"), ("life_domains", "name"),
                ("tags", "name"))
_NOCASE = {"name"}
_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def _unique(items: list[Item], key: str) -> None:
    """Refuse a file in which two items of one list share an identifier."""
    seen: dict[object, int] = {}
    for item in items:
        value = item.raw(key)
        if isinstance(value, str) and key in _NOCASE:
            value = value.translate(_ASCII_LOWER)
        if isinstance(value, str | int) and not isinstance(value, bool):
            if value in seen:
                raise item.problem(
                    key, "This %1 is already used by item %2 of %3; each must be different, "
                    "so nothing was imported.", key, seen[value], item.kind)
            seen[value] = item.row


def parse(text: str) -> tuple[list[CheckInRecord], list[EntryRecord], VaultRecords]:
    """Read a whole export document; anything malformed is an ImportProblem."""
    document = load_json(text)
    if not isinstance(document, dict) or document.get("format") != "recovery-journal":
        raise ImportProblem("This isn't a Recovery Journal export.")
    version = document.get("version")
    if isinstance(version, bool) or not isinstance(version, int):
        raise ImportProblem("The export has no version number.", column="version")
    if version > SUPPORTED_VERSION:
        raise ImportProblem(
            "This export comes from a newer version of Recovery Journal; update the app first.",
            column="version",
        )
    if version != SUPPORTED_VERSION:
        raise ImportProblem(
            "This export's format version (%1) isn't one Recovery Journal knows, so nothing "
            "was imported.", version, column="version")
    checkins = [_checkin(i) for i in items_of(document, "checkins")]
    entries = [_entry(i) for i in items_of(document, "journal_entries")]
    strengths = tuple(_strength(i) for i in items_of(document, "strengths"))
    _unique(items_of(document, "strengths"), "ref")
    refs = {s.ref for s in strengths}
    settings = document.get("settings", {})
    if not isinstance(settings, dict):
        raise ImportProblem("settings must be an object.", column="settings")
    for kind, key in _IDENTIFIERS:
        _unique(items_of(document, kind), key)
    rest = VaultRecords(
        measures=tuple(_measure(i) for i in items_of(document, "measures")),
        life_domains=tuple(
            DomainRecord(i.text("name", None), i.flag("archived"))
            for i in items_of(document, "life_domains")
        ),
        tags=tuple(
            TagRecord(i.text("name", None), i.text("kind", "activity"),
                      i.opt_text("life_domain"), i.flag("archived"))
            for i in items_of(document, "tags")
        ),
        strengths=strengths,
        strength_uses=tuple(_use(i, refs) for i in items_of(document, "strength_uses")),
        goals=tuple(_goal(i, refs) for i in items_of(document, "goals")),
        plan_sections=tuple(_section(i) for i in items_of(document, "plan_sections")),
        supporters=tuple(_supporter(i) for i in items_of(document, "supporters")),
        helplines=tuple(
            HelplineRecord(i.row, i.text("name", None), i.text("contact"), i.text("details"))
            for i in items_of(document, "helplines")
        ),
        # Absent in files written before the rules existed: those simply carry none.
        warning_rules=tuple(_rule(i) for i in items_of(document, "warning_rules")),
        settings=tuple(settings.items()),
        questionnaire_responses=tuple(
            questionnaire_record(i) for i in items_of(document, "questionnaire_responses")),
        life_checks=parse_life_checks(document),
        supports=parse_supports(document),
        feelings=parse_feelings(document),
        hope_box=parse_hope_box(document),
    )
    return checkins, entries, rest


def _checkin(item: Item) -> CheckInRecord:
    raw = item.raw("values") or {}
    if not isinstance(raw, dict):
        raise item.problem("values", "This must be an object of measure keys and numbers.")
    values: list[tuple[str, float]] = []
    for key, value in raw.items():
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise item.problem(f"values.{key}"[:60], "This must be a number.")
        column = f"{item.kind}.values.{key}"[:60]
        values.append((key, measure_number(float(value), row=item.row, column=column)))
    return CheckInRecord(
        row=item.row, recorded_at=item.moment("recorded_at"), values=tuple(values),
        tags=item.texts("tags"), note=item.text("note"),
        created_at=item.opt_moment("created_at"), updated_at=item.opt_moment("updated_at"),
        feelings=item.texts("feelings"),
        # Each item of our own export is a record of the journal it came from, even where two
        # are alike in every field (two rows of another app's file once), so none is skipped.
        source=f"#{item.row}",
    )


def _entry(item: Item) -> EntryRecord:
    return EntryRecord(
        row=item.row, written_at=item.moment("written_at"), title=item.text("title"),
        body=item.text("body"), tags=item.texts("tags"),
        created_at=item.opt_moment("created_at"), updated_at=item.opt_moment("updated_at"),
        source=f"#{item.row}",
    )


def _measure(item: Item) -> MeasureRecord:
    """A measure whose range and step this app can hold (checked here, before any write)."""
    low, high = item.number("min_value"), item.number("max_value")
    try:
        check_range(low, high)
    except ValueError as problem:
        raise item.problem("min_value", str(problem)) from None
    # Files written before measures had a step carry none: the new measure's default applies.
    step = None if item.raw("step") is None else item.number("step")
    if step is not None:
        try:
            check_step(step)
        except ValueError as problem:
            raise item.problem("step", str(problem)) from None
    return MeasureRecord(
        key=item.text("key", None), name=item.text("name", None), min_value=low,
        max_value=high, low_label=item.text("low_label"), high_label=item.text("high_label"),
        archived=item.flag("archived"), step=step,
    )


def _strength(item: Item) -> StrengthRecord:
    return StrengthRecord(
        ref=item.integer("ref"), name=item.text("name", None),
        description=item.text("description"), kind=item.text("kind", "quality"),
        life_domain=item.opt_text("life_domain"), archived=item.flag("archived"),
    )


def _ref(item: Item, name: str, value: object, refs: set[int]) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value not in refs:
        raise item.problem(name, "This doesn't name a strength in the file.")
    return value


def _use(item: Item, refs: set[int]) -> StrengthUseRecord:
    return StrengthUseRecord(
        row=item.row, strength_ref=_ref(item, "strength", item.raw("strength"), refs),
        occurred_on=item.day("occurred_on"), note=item.text("note"), tags=item.texts("tags"),
    )


def _goal(item: Item, refs: set[int]) -> GoalRecord:
    listed = item.raw("strengths") or []
    if not isinstance(listed, list):
        raise item.problem("strengths", "This must be a list.")
    return GoalRecord(
        row=item.row, title=item.text("title", None), why=item.text("why"),
        life_domain=item.opt_text("life_domain"), status=item.text("status", "active"),
        target_date=item.opt_day("target_date"), created_at=item.moment("created_at"),
        closed_at=item.opt_moment("closed_at"),
        strength_refs=tuple(_ref(item, "strengths", r, refs) for r in listed),
        steps=tuple(
            StepRecord(s.text("title", None), s.opt_day("due_on"), s.opt_moment("done_at"))
            for s in item.items("steps")
        ),
        reviews=tuple(
            ReviewRecord(r.day("reviewed_on"), r.integer("progress"), r.text("note"))
            for r in item.items("reviews")
        ),
    )


def _section(item: Item) -> PlanSectionRecord:
    return PlanSectionRecord(
        key=item.text("key", None), body=item.text("body"),
        updated_at=item.opt_moment("updated_at"),
        last_viewed_at=item.opt_moment("last_viewed_at"),
        revisions=tuple(
            RevisionRecord(r.text("body"), r.moment("saved_at"))
            for r in item.items("revisions")
        ),
    )


def _supporter(item: Item) -> SupporterRecord:
    return SupporterRecord(
        row=item.row, name=item.text("name", None), relationship=item.text("relationship"),
        phone=item.text("phone"), email=item.text("email"),
        helps_with=item.text("helps_with"), plan_stages=item.texts("plan_stages"),
        in_crisis_plan=item.flag("in_crisis_plan"),
        do_not_contact=item.flag("do_not_contact"),
    )


def _rule(item: Item) -> WarningRuleRecord:
    kind = item.text("kind", None)
    if kind not in {k.value for k in RuleKind}:
        raise item.problem("kind", "This isn't a kind of early-warning rule this app knows.")
    section = item.text("section_key", PlanSectionKey.EARLY_WARNING.value)
    if section not in {k.value for k in PlanSectionKey}:
        raise item.problem("section_key", "This isn't a section of the wellness plan.")
    days = item.integer("days")
    # A tag rule has no number to compare with, and only "at most of" rules look at a window.
    threshold = 0.0 if item.raw("threshold") is None else measure_number(
        item.number("threshold"), row=item.row, column=f"{item.kind}.threshold")
    window = days if item.raw("window_days") is None else item.integer("window_days")
    return WarningRuleRecord(
        row=item.row, kind=kind, measure_key=item.text("measure_key"),
        tag_name=item.text("tag_name"), threshold=threshold, days=days, window_days=window,
        section_key=section, paused=item.flag("paused"),
        created_at=item.opt_moment("created_at"),
    )
