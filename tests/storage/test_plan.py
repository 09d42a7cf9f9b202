"""The wellness plan: seeded sections, saving with revisions, restoring, viewing."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

import pytest

from recovery_journal.model import PlanSectionKey
from recovery_journal.storage import errors
from recovery_journal.storage.plan import PLAN_SECTION_TITLES, Plan
from recovery_journal.storage.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE
from tests.storage.clocks import START, stepping_clock

MINUTE = timedelta(minutes=1)



@pytest.fixture
def plan(vault: Vault) -> Plan:
    stepping_clock(vault)
    return Plan(vault)


def test_titles_cover_every_section_in_order() -> None:
    assert list(PLAN_SECTION_TITLES) == list(PlanSectionKey)
    assert PLAN_SECTION_TITLES[PlanSectionKey.WELL] == "What I'm like when I'm well"
    assert PLAN_SECTION_TITLES[PlanSectionKey.TOOLBOX] == "My wellness toolbox"
    assert PLAN_SECTION_TITLES[PlanSectionKey.DAILY] == "Daily maintenance"
    assert PLAN_SECTION_TITLES[PlanSectionKey.TRIGGERS] == "Triggers and what I'll do"
    assert PLAN_SECTION_TITLES[PlanSectionKey.EARLY_WARNING] == (
        "Early warning signs and what I'll do")
    assert PLAN_SECTION_TITLES[PlanSectionKey.BREAKING_DOWN] == "When things are breaking down"
    assert PLAN_SECTION_TITLES[PlanSectionKey.CRISIS] == "Crisis plan"
    assert PLAN_SECTION_TITLES[PlanSectionKey.AFTER_CRISIS] == "After a crisis"


def test_sections_are_seeded_empty_in_order(plan: Plan) -> None:
    sections = plan.sections()
    assert [s.key for s in sections] == list(PlanSectionKey)
    assert all(s.body == "" and s.updated_at is None and s.last_viewed_at is None
               for s in sections)
    assert all(plan.revisions(key) == [] for key in PlanSectionKey)


def test_get_accepts_keys_and_their_text(plan: Plan) -> None:
    assert plan.get(PlanSectionKey.CRISIS).key == PlanSectionKey.CRISIS
    assert plan.get("daily").key == PlanSectionKey.DAILY  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        plan.get("nonsense")  # type: ignore[arg-type]


def test_a_missing_section_is_not_found(vault: Vault, plan: Plan) -> None:
    # Only a damaged or hand-edited vault lacks a seeded section; it must not crash.
    with vault.write() as w:
        w.execute("DELETE FROM plan_section WHERE key = 'crisis'")
    assert PlanSectionKey.CRISIS not in [s.key for s in plan.sections()]
    for call in (lambda: plan.get(PlanSectionKey.CRISIS),
                 lambda: plan.save(PlanSectionKey.CRISIS, "x"),
                 lambda: plan.mark_viewed(PlanSectionKey.CRISIS)):
        with pytest.raises(errors.NotFoundError):
            call()


def test_save_round_trip_and_revision(plan: Plan) -> None:
    saved = plan.save(PlanSectionKey.TOOLBOX, "Walk, call Jo, tea")
    assert saved == plan.get(PlanSectionKey.TOOLBOX)
    assert (saved.body, saved.updated_at) == ("Walk, call Jo, tea", START + MINUTE)
    revisions = plan.revisions(PlanSectionKey.TOOLBOX)
    assert [(r.key, r.body, r.saved_at) for r in revisions] == [
        (PlanSectionKey.TOOLBOX, "Walk, call Jo, tea", START + MINUTE)]
    assert plan.get(PlanSectionKey.DAILY).body == ""  # other sections untouched


def test_save_without_change_keeps_no_revision(plan: Plan) -> None:
    first = plan.save(PlanSectionKey.DAILY, "Breakfast")
    assert plan.save(PlanSectionKey.DAILY, "Breakfast") == first
    assert len(plan.revisions(PlanSectionKey.DAILY)) == 1
    assert plan.save(PlanSectionKey.WELL, "") == plan.get(PlanSectionKey.WELL)
    assert plan.revisions(PlanSectionKey.WELL) == []


def test_revisions_newest_first(plan: Plan) -> None:
    for body in ["one", "two", "three"]:
        plan.save(PlanSectionKey.TRIGGERS, body)
    assert [r.body for r in plan.revisions(PlanSectionKey.TRIGGERS)] == ["three", "two", "one"]
    assert plan.revisions(PlanSectionKey.CRISIS) == []


def test_restore_revision_saves_a_new_revision(plan: Plan) -> None:
    plan.save(PlanSectionKey.CRISIS, "first plan")
    plan.save(PlanSectionKey.CRISIS, "second plan")
    oldest = plan.revisions(PlanSectionKey.CRISIS)[-1]
    restored = plan.restore_revision(oldest.id)
    assert restored.body == "first plan"
    assert plan.get(PlanSectionKey.CRISIS) == restored
    assert [r.body for r in plan.revisions(PlanSectionKey.CRISIS)] == [
        "first plan", "second plan", "first plan"]
    newest = plan.revisions(PlanSectionKey.CRISIS)[0]
    assert newest.id != oldest.id
    # Restoring what is already there changes nothing.
    assert plan.restore_revision(newest.id) == restored
    assert len(plan.revisions(PlanSectionKey.CRISIS)) == 3
    with pytest.raises(errors.NotFoundError):
        plan.restore_revision(999)


def test_mark_viewed(plan: Plan) -> None:
    plan.mark_viewed(PlanSectionKey.AFTER_CRISIS)
    viewed = plan.get(PlanSectionKey.AFTER_CRISIS)
    assert viewed.last_viewed_at == START + MINUTE
    assert viewed.updated_at is None
    assert plan.revisions(PlanSectionKey.AFTER_CRISIS) == []
    plan.mark_viewed(PlanSectionKey.AFTER_CRISIS)
    assert plan.get(PlanSectionKey.AFTER_CRISIS).last_viewed_at == START + 2 * MINUTE
    assert plan.get(PlanSectionKey.CRISIS).last_viewed_at is None


def test_plan_survives_reopening(make_vault: Callable[..., Vault]) -> None:
    vault = make_vault()
    stepping_clock(vault)
    plan = Plan(vault)
    plan.save(PlanSectionKey.EARLY_WARNING, "Sleeping less")
    plan.save(PlanSectionKey.EARLY_WARNING, "Sleeping less; skipping meals")
    before = (plan.sections(), plan.revisions(PlanSectionKey.EARLY_WARNING))
    path = Path(vault.path)
    vault.close()
    with Vault.open(path, PASSPHRASE, kdf_iter=FAST_KDF) as reopened:
        plan = Plan(reopened)
        assert (plan.sections(), plan.revisions(PlanSectionKey.EARLY_WARNING)) == before


ODD_TEXT = ["emoji 🧰🫖", "rtl \u202enalp\u202c", "nul \x00 in", "ctrl \x1b[2J", "x" * 100_000,
            "  spaces kept  \n"]


@pytest.mark.parametrize("text", ODD_TEXT)
def test_odd_text_round_trips(plan: Plan, text: str) -> None:
    assert plan.save(PlanSectionKey.WELL, text).body == text
    assert plan.get(PlanSectionKey.WELL).body == text
    assert plan.revisions(PlanSectionKey.WELL)[0].body == text


def test_a_lone_surrogate_is_kept_as_a_replacement_character(plan: Plan) -> None:
    plan.save(PlanSectionKey.WELL, "good")
    assert plan.save(PlanSectionKey.WELL, "bad \ud800").body == "bad \ufffd"
    assert plan.get(PlanSectionKey.WELL).body == "bad \ufffd"
    assert len(plan.revisions(PlanSectionKey.WELL)) == 2
