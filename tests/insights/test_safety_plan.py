"""The safety plan's text form: steps round-trip, free text from before is never lost."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from recovery_journal.insights.safety_plan import (
    MARKER,
    STEP_COUNT,
    SafetyPlan,
    format_plan,
    is_step_plan,
    numbered_heading,
    parse_plan,
)

OLD = "Call Tom first.\n- No hospital far from home\n## 3 not a step of mine"


def test_old_free_text_is_kept_word_for_word_as_notes() -> None:
    plan = parse_plan(OLD)
    assert plan.notes == OLD and not any(plan.steps)
    assert not is_step_plan(OLD)
    body = format_plan(plan)
    assert is_step_plan(body) and body.startswith(MARKER)
    assert parse_plan(body) == plan  # carried over into the step form, nothing dropped


def test_steps_and_notes_round_trip_and_empty_is_empty() -> None:
    plan = SafetyPlan().with_step(0, ("My dog", "  Seeing the sea  ", "")).with_step(
        5, ("Samaritans: 116 123",))
    plan = SafetyPlan(plan.steps, "Before")
    assert plan.steps[0] == ("My dog", "Seeing the sea")
    body = format_plan(plan)
    assert parse_plan(body) == plan
    assert "## 5 Professionals and services I can contact\n- Samaritans: 116 123" in body
    assert format_plan(SafetyPlan()) == "" and parse_plan("") == SafetyPlan()
    assert numbered_heading(0) == "What I live for"
    assert numbered_heading(4) == "4. People I can ask for help"


def test_lines_the_format_does_not_know_are_kept_as_notes() -> None:
    body = (f"{MARKER}\n## 1 Warning signs\n- Not sleeping\n-  \nA line typed by hand\n"
            "## 7 odd\n- x")
    plan = parse_plan(body)
    assert plan.steps[1] == ("Not sleeping",)  # an empty item is no item
    assert "A line typed by hand" in plan.notes and "## 7 odd" in plan.notes
    assert "- x" in plan.notes  # an item under no known step is not dropped


@given(st.lists(st.lists(st.text(min_size=1, max_size=20), max_size=3),
                min_size=STEP_COUNT, max_size=STEP_COUNT),
       st.text(max_size=40))
def test_any_plan_round_trips(steps: list[list[str]], notes: str) -> None:
    plan = SafetyPlan()
    for index, items in enumerate(steps):
        plan = plan.with_step(index, tuple(items))
    plan = SafetyPlan(plan.steps, notes.strip("\n"))
    again = parse_plan(format_plan(plan))
    assert again.steps == plan.steps
    assert again.notes.strip() == plan.notes.strip()
