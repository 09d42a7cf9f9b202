"""The safety plan travels in exports as the crisis section's text, earlier versions included."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from recovery_journal.insights.safety_plan import SafetyPlan, format_plan, parse_plan
from recovery_journal.model import PlanSectionKey
from recovery_journal.portability.export import write_json
from recovery_journal.portability.importing import apply, read_import
from recovery_journal.storage.repositories import Repositories
from recovery_journal.storage.vault import Vault


def test_safety_plan_and_its_earlier_free_text_round_trip(
    vault: Vault, make_vault: Callable[..., Vault], tmp_path: Path,
) -> None:
    repos = Repositories.from_vault(vault)
    repos.plan.save(PlanSectionKey.CRISIS, "Call Tom first.")
    plan = SafetyPlan(notes="Call Tom first.").with_step(0, ("My dog", "The sea")).with_step(
        6, ("Pills with Priya",))
    repos.plan.save(PlanSectionKey.CRISIS, format_plan(plan))
    path = tmp_path / "out.json"
    write_json(repos, path)
    fresh = Repositories.from_vault(make_vault("fresh.vault"))
    apply(read_import("json", path), fresh)
    assert parse_plan(fresh.plan.get(PlanSectionKey.CRISIS).body) == plan
    assert [r.body for r in fresh.plan.revisions(PlanSectionKey.CRISIS)] == [
        format_plan(plan), "Call Tom first."]
