"""The safety plan kept in the crisis section of My plan: reasons for living and six steps.

The steps follow the Safety Planning Intervention (Stanley & Brown, 2012) in our own words. The
plan is stored as the crisis section's plain text, so every save is a plan revision like any other
section and export/import carry it unchanged. Text written before the steps existed, and any line
this format does not recognise, is kept as "notes from before": nothing is ever dropped.
"""

from __future__ import annotations

from dataclasses import dataclass

# The first line marks a body written by the step editor; anything else is free text from before.
MARKER = "# My safety plan"
NOTES_HEADING = "## Notes from before"
ITEM = "- "

# Step headings in English: stored (readable in exports and earlier versions; the number is
# what is read back) and on the report and card. ui/plan/safety_plan.py translates the same words.
STEP_HEADINGS: tuple[str, ...] = (
    "What I live for",
    "Signs that things are getting hard",
    "Things I can do on my own",
    "People and places that take my mind off things",
    "People I can ask for help",
    "Professionals and services I can contact",
    "Making my surroundings safer",
)
STEP_COUNT = len(STEP_HEADINGS)


@dataclass(frozen=True, slots=True)
class SafetyPlan:
    """Each step's items in the person's order, and free text kept from before the steps."""

    steps: tuple[tuple[str, ...], ...] = ((),) * STEP_COUNT
    notes: str = ""

    def is_empty(self) -> bool:
        return not self.notes.strip() and not any(self.steps)

    def with_step(self, index: int, items: tuple[str, ...]) -> SafetyPlan:
        """A copy with step `index` holding `items` (cleaned to single, non-empty lines)."""
        steps = list(self.steps)
        steps[index] = clean_items(items)
        return SafetyPlan(tuple(steps), self.notes)


def clean_items(items: tuple[str, ...] | list[str]) -> tuple[str, ...]:
    """Items as single lines without surrounding space; empty ones left out."""
    cleaned = (" ".join(item.split()) for item in items)
    return tuple(item for item in cleaned if item)


def _heading(index: int) -> str:
    return f"## {index} {STEP_HEADINGS[index]}"


def format_plan(plan: SafetyPlan) -> str:
    """The plan as the crisis section's text; empty when there is nothing in it."""
    if plan.is_empty():
        return ""
    lines = [MARKER]
    for index, items in enumerate(plan.steps):
        lines.append(_heading(index))
        lines.extend(ITEM + item for item in items)
    if plan.notes.strip():
        lines.append(NOTES_HEADING)
        lines.append(plan.notes.strip("\n"))
    return "\n".join(lines)


def _step_of(line: str) -> int | None:
    parts = line.split(" ", 2)
    if len(parts) >= 2 and parts[0] == "##" and parts[1].isdigit():
        index = int(parts[1])
        if 0 <= index < STEP_COUNT:
            return index
    return None


def parse_plan(body: str) -> SafetyPlan:
    """Read a crisis section; free text (or any line not in the format) becomes notes."""
    lines = body.split("\n")  # not splitlines(): it also breaks at \x85 and friends
    if not lines or lines[0].strip() != MARKER:
        return SafetyPlan(notes=body.strip("\n"))
    steps: list[list[str]] = [[] for _ in range(STEP_COUNT)]
    stray: list[str] = []
    current: int | None = None
    notes = ""
    for number, line in enumerate(lines[1:], start=1):
        if line.strip() == NOTES_HEADING:
            notes = "\n".join(lines[number + 1:])
            break
        step = _step_of(line.strip())
        if step is not None:
            current = step
        elif line.startswith(ITEM) and current is not None and line[len(ITEM):].strip():
            steps[current].append(line[len(ITEM):].strip())
        elif line.strip():
            if line.startswith("#"):
                current = None  # an unknown heading: what follows is not a step's either
            stray.append(line)  # not ours: kept word for word
    kept = "\n".join(part for part in ("\n".join(stray), notes.strip("\n")) if part)
    return SafetyPlan(tuple(tuple(items) for items in steps), kept)


def is_step_plan(body: str) -> bool:
    """True when `body` was written by the step editor (not free text from before)."""
    return body.lstrip("\n").startswith(MARKER)


def numbered_heading(index: int) -> str:
    """The English heading with its number: reasons for living come first, unnumbered."""
    return STEP_HEADINGS[index] if index == 0 else f"{index}. {STEP_HEADINGS[index]}"
