"""The parts of an import only our own JSON carries: measures, life areas, tags, strengths,
goals, the wellness plan, supporters, helplines, early-warning rules and settings.

Matching rules (what counts as already there) are in docs/export-format.md. Strength uses,
goals, supporters and helplines are matched one for one, so two alike items of a file are both
kept; measures, life areas, tags, strengths and early-warning rules are definitions, matched by
what they define.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import Any

from recovery_journal.model import (
    GoalStatus,
    PlanSectionKey,
    RuleKind,
    StrengthKind,
    TagKind,
    WarningRule,
)
from recovery_journal.portability.applying_life_checks import add_life_checks
from recovery_journal.portability.applying_supports import add_supports
from recovery_journal.portability.hope_box import add_hope_items
from recovery_journal.portability.provenance import at_row, clock_at
from recovery_journal.portability.records import (
    GoalRecord,
    PlanSectionRecord,
    VaultRecords,
    WarningRuleRecord,
)
from recovery_journal.storage.repositories import Repositories
from recovery_journal.storage.settings import SETTINGS
from recovery_journal.storage.tagging import clean_names
from recovery_journal.storage.text import storable


class VaultRecordsImport:
    """Adds the non-check-in parts of a full export; `added` counts what is new."""

    def __init__(self, repos: Repositories, rest: VaultRecords, added: Counter[str]) -> None:
        self.repos = repos
        self.rest = rest
        self.added = added
        self.domains: dict[str, int] = {}
        self.strengths: dict[int, int] = {}
        self.keymap: dict[str, str] = {}
        self._goals: Counter[tuple[str, object]] | None = None

    def before_records(self) -> dict[str, str]:
        """Measures, life areas and tags (check-ins need them); returns file key -> vault key."""
        self.keymap = self._measures()
        self._domains()
        self._tags()
        return self.keymap

    def after_records(self) -> None:
        self._strengths()
        self._uses()
        for goal in self.rest.goals:
            self._goal(goal)
        for section in self.rest.plan_sections:
            self._section(section)
        self._supporters()
        self._helplines()
        self._rules()
        add_life_checks(self.repos, self.rest.life_checks, self.added, self._domain_id)
        add_supports(self.repos, self.rest.supports, self.added)
        add_hope_items(self.repos, self.rest.hope_box, self.added)
        self._settings()
        self._questionnaires()

    def _measures(self) -> dict[str, str]:
        measures = self.repos.measures
        existing = {m.key for m in measures.list(include_archived=True)}
        keymap: dict[str, str] = {}
        for n, record in enumerate(self.rest.measures, start=1):
            if record.key in existing:
                continue
            with at_row(n, "measures"):
                # Made from the key first so the key survives a measure renamed since.
                made = measures.add(record.key, record.min_value, record.max_value,
                                    record.low_label, record.high_label, record.step)
                measures.update(made.id, name=record.name)
                if record.archived:
                    measures.set_archived(made.id, True)
            keymap[record.key] = made.key
            existing.add(record.key)
            self.added["measures"] += 1
        return keymap

    def _domain_id(self, name: str | None, row: int, kind: str) -> int | None:
        if name is None:
            return None
        if not self.domains:
            self.domains = {
                d.name.casefold(): d.id
                for d in self.repos.life_domains.list(include_archived=True)
            }
        found = self.domains.get(name.casefold())
        if found is None:
            with at_row(row, f"{kind}.life_domain"):
                found = self.repos.life_domains.add(name).id
            self.domains[name.casefold()] = found
            self.added["life_domains"] += 1
        return found

    def _domains(self) -> None:
        for n, record in enumerate(self.rest.life_domains, start=1):
            before = self.added["life_domains"]
            domain_id = self._domain_id(record.name, n, "life_domains")
            if self.added["life_domains"] > before and record.archived and domain_id:
                self.repos.life_domains.set_archived(domain_id, True)

    def _tags(self) -> None:
        tags = self.repos.tags
        for n, record in enumerate(self.rest.tags, start=1):
            if tags.by_name(record.name) is not None:
                continue
            with at_row(n, "tags"):
                domain = self._domain_id(record.life_domain, n, "tags")
                made = tags.add(record.name, TagKind(record.kind), domain)
                if record.archived:
                    tags.set_archived(made.id, True)
            self.added["tags"] += 1

    def _strengths(self) -> None:
        repo = self.repos.strengths
        existing = {
            (s.name.casefold(), s.description): s.id for s in repo.list(include_archived=True)
        }
        for n, record in enumerate(self.rest.strengths, start=1):
            found = existing.get((record.name.casefold(), record.description))
            if found is None:
                with at_row(n, "strengths"):
                    domain = self._domain_id(record.life_domain, n, "strengths")
                    made = repo.add(record.name, record.description,
                                    StrengthKind(record.kind), domain)
                    if record.archived:
                        repo.set_archived(made.id, True)
                found = made.id
                existing[(made.name.casefold(), made.description)] = found
                self.added["strengths"] += 1
            self.strengths[record.ref] = found

    def _uses(self) -> None:
        """Each use in the file is its own record: one already here matches one of the file's."""
        repo = self.repos.strengths
        held = Counter(
            (u.strength_id, u.occurred_on, u.note, tag_key(u.tags)) for u in repo.uses()
        )
        for record in self.rest.strength_uses:
            strength_id = self.strengths[record.strength_ref]
            key = (strength_id, record.occurred_on, storable(record.note), tag_key(record.tags))
            if _take(held, key):
                continue
            with at_row(record.row, "strength_uses"):
                repo.log_use(strength_id, record.occurred_on, record.note, record.tags)
            self.added["strength_uses"] += 1

    def _goal(self, record: GoalRecord) -> None:
        goals = self.repos.goals
        if self._goals is None:
            self._goals = Counter((g.title, g.created_at) for g in goals.list())
        if _take(self._goals, (record.title, record.created_at)):
            return
        vault = self.repos.vault
        with at_row(record.row, "goals"):
            domain = self._domain_id(record.life_domain, record.row, "goals")
            with clock_at(vault, record.created_at):
                goal = goals.add(record.title, record.why, domain, record.target_date,
                                 [self.strengths[r] for r in record.strength_refs])
            for step in record.steps:
                made = goals.add_step(goal.id, step.title, step.due_on)
                if step.done_at is not None:
                    with clock_at(vault, step.done_at):
                        goals.set_step_done(made.id, True)
            for review in record.reviews:
                goals.add_review(goal.id, review.reviewed_on, review.progress, review.note)
            status = GoalStatus(record.status)
            if status is not GoalStatus.ACTIVE:
                with clock_at(vault, record.closed_at or record.created_at):
                    goals.set_status(goal.id, status)
        self.added["goals"] += 1

    def _section(self, record: PlanSectionRecord) -> None:
        plan = self.repos.plan
        vault = self.repos.vault
        with at_row(None, f"plan_sections.{record.key}"[:60]):
            key = PlanSectionKey(record.key)
            current = plan.get(key)
            if record.last_viewed_at is not None and current.last_viewed_at is None:
                with clock_at(vault, record.last_viewed_at):
                    plan.mark_viewed(key)
            # A section the person has written in stays as it is: replaying older text over
            # it would change their current plan.
            if current.body or plan.revisions(key) or not (record.body or record.revisions):
                return
            for revision in record.revisions:
                with clock_at(vault, revision.saved_at):
                    plan.save(key, revision.body)
            if plan.get(key).body != record.body:
                with clock_at(vault, record.updated_at):
                    plan.save(key, record.body)
        self.added["plan_sections"] += 1

    def _supporters(self) -> None:
        repo = self.repos.supporters
        held = Counter((p.name, p.relationship, p.phone, p.email) for p in repo.list())
        for record in self.rest.supporters:
            key = (record.name, record.relationship, record.phone, record.email)
            if _take(held, key):
                continue
            with at_row(record.row, "supporters"):
                repo.add(
                    record.name, record.relationship, record.phone, record.email,
                    record.helps_with, record.plan_stages, record.in_crisis_plan,
                    record.do_not_contact,
                )
            self.added["supporters"] += 1

    def _helplines(self) -> None:
        repo = self.repos.helplines
        held = Counter((h.name, h.contact, h.details) for h in repo.list())
        for record in self.rest.helplines:
            if _take(held, (record.name, record.contact, record.details)):
                continue
            with at_row(record.row, "helplines"):
                repo.add(record.name, record.contact, record.details)
            self.added["helplines"] += 1

    def _rules(self) -> None:
        """Rules checking the same thing as one already here are skipped, paused or not."""
        repo = self.repos.warning_rules
        seen = {_rule_key(r) for r in repo.list()}
        for record in self.rest.warning_rules:
            measure_key = self.keymap.get(record.measure_key, record.measure_key)
            key = _record_key(record, measure_key)
            if key in seen:
                continue
            with at_row(record.row, "warning_rules"):
                with clock_at(self.repos.vault, record.created_at):
                    made = repo.add(
                        RuleKind(record.kind), measure_key=measure_key,
                        tag_name=record.tag_name, threshold=record.threshold,
                        days=record.days, window_days=record.window_days,
                        section_key=PlanSectionKey(record.section_key),
                    )
                if record.paused:
                    repo.set_paused(made.id, True)
            seen.add(_rule_key(made))
            self.added["warning_rules"] += 1

    def _settings(self) -> None:
        """Settings the person hasn't changed here take the file's value."""
        settings = self.repos.settings
        for key, value in self.rest.settings:
            spec = SETTINGS.get(key)
            if spec is None or settings.get(key) != spec.default or value == spec.default:
                continue
            with at_row(None, f"settings.{key}"):
                if not isinstance(value, int | bool | str):
                    raise ValueError("This setting's value has the wrong type.")
                settings.set(key, value)

    def _questionnaires(self) -> None:
        """Responses already here (same questionnaire, moment and answers) are skipped."""
        repo = self.repos.questionnaires
        seen = {(r.instrument, r.taken_at, r.answers) for r in repo.history()}
        for record in self.rest.questionnaire_responses:
            key = (record.instrument, record.taken_at, record.answers)
            if key in seen:
                continue
            with at_row(record.row, "questionnaire_responses"):
                repo.add(record.instrument, record.answers, taken_at=record.taken_at,
                         extra=record.extra)
            seen.add(key)
            self.added["questionnaire_responses"] += 1


RuleKey = tuple[str, str, str, float, int, int]


def _take(held: Counter[Any], key: object) -> bool:
    """True (and one fewer held) when the journal holds a record with this identity.

    Counted one for one: two alike records in a file match two in the journal, never one, so
    nothing in the file is merged with its neighbour.
    """
    if held[key] > 0:
        held[key] -= 1
        return True
    return False


def tag_key(tags: Iterable[str]) -> tuple[str, ...]:
    """Tags as storage keeps them (trimmed, one of each ignoring case), in a fixed order."""
    return tuple(sorted(name.casefold() for name in clean_names(tags)))


def _rule_key(rule: WarningRule) -> RuleKey:
    """What a rule checks: kind, measure or tag (ignoring case), threshold and days."""
    return (rule.kind.value, rule.measure_key, rule.tag_name.casefold(), rule.threshold,
            rule.days, rule.window_days)


def _record_key(record: WarningRuleRecord, measure_key: str) -> RuleKey:
    """The same as `_rule_key`, for the fields as storage would keep them."""
    window = record.window_days if record.kind == RuleKind.AT_MOST_OF else record.days
    if record.kind == RuleKind.TAG_RUNNING:
        tag = " ".join(storable(record.tag_name).split()).casefold()
        return (record.kind, "", tag, 0.0, record.days, window)
    return (record.kind, measure_key, "", float(record.threshold), record.days, window)
