"""What goes into a shared report: the sections the person picks, gathered as plain values.

No matplotlib, and no Qt but QLocale's date words: this reads the vault (quickly, on the GUI
thread or the command line) and hands a `ReportContent` to whatever draws the pages. Anything
the person did not choose is never read into it, so it cannot reach the file: journal text and
phone numbers and email addresses stay out unless asked for.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from recovery_journal.charts import CHARTS, GOALS, STRENGTHS, ChartData, ChartOptions
from recovery_journal.insights import words
from recovery_journal.insights.safety_plan import is_step_plan, numbered_heading, parse_plan
from recovery_journal.model import GoalStatus, PlanSectionKey, Supporter
from recovery_journal.report.dates import (
    friendly_day,
    friendly_month,
    friendly_period,
    parse_friendly_day,
)
from recovery_journal.storage.measures import plain_number
from recovery_journal.storage.plan import PLAN_SECTION_TITLES
from recovery_journal.storage.repositories import Repositories

PLAN_PREFIX = "plan:"
PLAN_SECTIONS: tuple[str, ...] = tuple(f"{PLAN_PREFIX}{key.value}" for key in PlanSectionKey)
# The order sections appear in, whatever order they were picked in.
# "strengths" and "goals" are chart names too: their section is the chart and the list.
LIST_CHARTS = (STRENGTHS.name, GOALS.name)
CHART_SECTIONS = tuple(chart.name for chart in CHARTS if chart.name not in LIST_CHARTS)
SECTION_ORDER: tuple[str, ...] = (
    "checkins", *CHART_SECTIONS, *LIST_CHARTS, *PLAN_SECTIONS, "hope_box", "people", "journal",
    "supports",
)
SECTION_TITLES: dict[str, str] = {
    "checkins": "Check-ins in this period",
    **{chart.name: chart.title for chart in CHARTS},
    "strengths": "My strengths",
    "goals": "My goals",
    **{f"{PLAN_PREFIX}{key.value}": title for key, title in PLAN_SECTION_TITLES.items()},
    "people": "My people",
    "journal": "Journal entries",
    "supports": "Treatments and supports",
    "hope_box": "My hope box",
}
PAPERS = ("a4", "letter")
# A table longer than this is shown by week or by month, so a year fits on a page or two.
MAX_DAY_ROWS = 31
_STATUS_WORDS = {GoalStatus.ACTIVE: "Active", GoalStatus.PAUSED: "Paused",
                 GoalStatus.ACHIEVED: "Achieved", GoalStatus.LET_GO: "Let go"}

Table = tuple[tuple[str, ...], tuple[tuple[str, ...], ...]]


def parse_include(text: str) -> tuple[str, ...]:
    """`--include` words to sections in report order; "plan" means every plan section.

    ValueError names the unknown word (a section name, never personal content).
    """
    chosen: set[str] = set()
    for raw in text.split(","):
        word = raw.strip().lower()
        if not word:
            continue
        if word == "plan":
            chosen.update(PLAN_SECTIONS)
        elif word in SECTION_ORDER:
            chosen.add(word)
        else:
            raise ValueError(f"'{word}' is not a report section.")
    if not chosen:
        raise ValueError("Choose at least one section for the report.")
    return ordered(chosen)


def ordered(sections: Iterable[str]) -> tuple[str, ...]:
    """The known sections among `sections`, in report order."""
    wanted = set(sections)
    return tuple(key for key in SECTION_ORDER if key in wanted)


@dataclass(frozen=True, slots=True)
class ReportChoice:
    """What the person chose to share."""

    start: date
    end: date
    sections: tuple[str, ...]
    made_on: date
    with_contacts: bool = False
    with_journal_text: bool = False
    paper: str = "a4"
    footer: bool = False
    with_hope_pictures: bool = False

    def __post_init__(self) -> None:
        if self.start > self.end:
            raise ValueError("The first day comes after the last day.")
        if self.paper not in PAPERS:
            raise ValueError("The paper is A4 or Letter.")


@dataclass(frozen=True, slots=True)
class Entry:
    """One item of a list section: a heading, short detail lines, and maybe longer text."""

    heading: str
    lines: tuple[str, ...] = ()
    body: str = ""
    picture: str = ""  # the name of an image in its Section's `pictures`, if any


@dataclass(frozen=True, slots=True)
class Section:
    """One section of the report, ready to lay out."""

    key: str
    title: str
    summary: str = ""
    chart: ChartData | None = None
    headers: tuple[str, ...] = ()
    rows: tuple[tuple[str, ...], ...] = ()
    table_note: str = ""
    entries: tuple[Entry, ...] = ()
    entries_title: str = ""
    body: str = ""
    pictures: tuple[tuple[str, bytes], ...] = ()  # (name, PNG/JPEG bytes) the entries show


@dataclass(frozen=True, slots=True)
class ReportContent:
    """The whole report as plain values; safe to hand to a worker thread."""

    choice: ReportChoice
    sections: tuple[Section, ...] = field(default_factory=tuple)

    @property
    def period(self) -> str:
        return friendly_period(self.choice.start, self.choice.end)

    @property
    def footer_text(self) -> str:
        return f"Shared by me on {friendly_day(self.choice.made_on)}" if self.choice.footer else ""


# -- condensing long day tables ----------------------------------------------------------------


def _value(cell: str) -> float:
    try:
        return float(cell)
    except ValueError:
        return math.nan


def _mean(cells: Sequence[str]) -> str:
    values = [v for v in (_value(c) for c in cells) if not math.isnan(v)]
    return f"{sum(values) / len(values):.1f}" if values else "—"


def _parse_day(cell: str) -> date | None:
    # Chart tables may give days as ISO text or already in the friendly style.
    try:
        return date.fromisoformat(cell)
    except ValueError:
        return parse_friendly_day(cell)


def _group_start(day: date, monthly: bool) -> date:
    return day.replace(day=1) if monthly else day - timedelta(days=day.weekday())


def condense_table(headers: tuple[str, ...], rows: tuple[tuple[str, ...], ...]) -> Table:
    """A day-by-day table short enough for paper: the day's own values only (no ranges or
    running averages), and by week or by month when there are more than MAX_DAY_ROWS days."""
    if not headers or headers[0] != "Day":
        return headers, rows
    keep = [0] + [i for i, name in enumerate(headers) if i and ":" not in name]
    headers = tuple(headers[i] for i in keep)
    rows = tuple(tuple(row[i] for i in keep) for row in rows)
    days = [d for d in (_parse_day(row[0]) for row in rows) if d is not None]
    if len(days) != len(rows):
        return headers, rows  # days this module cannot read: leave them as they are
    if len(rows) <= MAX_DAY_ROWS:
        return headers, tuple((friendly_day(d), *row[1:]) for d, row in zip(days, rows,
                                                                             strict=True))
    monthly = (days[-1] - days[0]).days > 26 * 7
    groups: dict[date, list[tuple[str, ...]]] = {}
    for day, row in zip(days, rows, strict=True):
        groups.setdefault(_group_start(day, monthly), []).append(row)
    first = "Month" if monthly else "Week from"
    new_headers = (first, "Days with a value", *(f"{name} (average)" for name in headers[1:]))
    new_rows = tuple(
        (friendly_month(start) if monthly else friendly_day(start),
         str(len(group)),
         *(_mean([row[i] for row in group]) for i in range(1, len(headers))))
        for start, group in groups.items()
    )
    return new_headers, new_rows


# -- the sections ------------------------------------------------------------------------------


def _chart(repos: Repositories, key: str, choice: ReportChoice) -> Section:
    from recovery_journal.charts import load_chart_data

    # Changes in supports show on the charts only when the person chose to share the log.
    data = load_chart_data(repos, key, ChartOptions(
        start=choice.start, end=choice.end, show_supports="supports" in choice.sections))
    headers, rows = condense_table(data.table_headers, data.table_rows)
    note = "" if rows == data.table_rows else "The numbers behind the chart, shortened for paper."
    return Section(key, SECTION_TITLES[key], data.summary, data, headers, rows, note)


def _checkins(repos: Repositories, choice: ReportChoice) -> Section:
    found = repos.checkins.between(choice.start, choice.end)
    days = len({c.local_date for c in found})
    span = (choice.end - choice.start).days + 1
    rows: list[tuple[str, ...]] = []
    for measure in repos.measures.list():
        values = [c.values[measure.key] for c in found if measure.key in c.values]
        if not values:
            continue
        rows.append((measure.name, str(len(values)), f"{sum(values) / len(values):.1f}",
                     words.number(min(values)), words.number(max(values)),
                     f"{plain_number(measure.min_value)}–{plain_number(measure.max_value)}"))
    summary = (f"{words.count(len(found), 'check-in')} on {days} of {words.count(span, 'day')}."
               " Notes written with check-ins are not included.")
    return Section("checkins", SECTION_TITLES["checkins"], summary,
                   headers=("Measure", "Values", "Average", "Lowest", "Highest", "Scale"),
                   rows=tuple(rows))


def _strengths(repos: Repositories, choice: ReportChoice) -> Section:
    chart = _chart(repos, STRENGTHS.name, choice)
    counts = repos.strengths.use_counts(choice.start, choice.end)
    entries = tuple(
        Entry(s.name, (f"{s.kind.value.capitalize()} · used "
                       f"{words.count(counts.get(s.id, 0), 'time')} in this period",),
              s.description)
        for s in repos.strengths.list()
    )
    return replace(chart, title=SECTION_TITLES["strengths"], entries=entries,
                   entries_title="My strengths inventory")


def _goals(repos: Repositories, choice: ReportChoice) -> Section:
    chart = _chart(repos, GOALS.name, choice)
    areas = {d.id: d.name for d in repos.life_domains.list(include_archived=True)}
    entries: list[Entry] = []
    for goal in repos.goals.list():
        lines = [_STATUS_WORDS[goal.status]]
        if goal.life_domain_id in areas:
            lines[0] += f" · {areas[goal.life_domain_id]}"
        if goal.steps:
            done = sum(1 for s in goal.steps if s.done_at is not None)
            lines.append(f"Steps: {done} of {len(goal.steps)} done")
        reviews = [r for r in goal.reviews if choice.start <= r.reviewed_on <= choice.end]
        if reviews:
            last = reviews[-1]
            lines.append(f"Last review: {last.progress}% on {friendly_day(last.reviewed_on)}")
        if goal.target_date is not None:
            lines.append(f"Hoping for: {friendly_day(goal.target_date)}")
        entries.append(Entry(goal.title, tuple(lines), goal.why))
    return replace(chart, title=SECTION_TITLES["goals"], entries=tuple(entries),
                   entries_title="Each goal")


def _plan(repos: Repositories, key: str) -> Section:
    section = repos.plan.get(PlanSectionKey(key.removeprefix(PLAN_PREFIX)))
    if is_step_plan(section.body):  # the crisis section, step by step
        return safety_plan_section(key, section.body)
    body = section.body.strip() or "(Nothing written here yet.)"
    return Section(key, SECTION_TITLES[key], body=body)


def safety_plan_section(key: str, body: str) -> Section:
    """The safety plan as numbered steps (empty steps left out), then notes from before."""
    plan = parse_plan(body)
    entries = tuple(Entry(numbered_heading(index), (), "\n".join(f"• {item}" for item in items))
                    for index, items in enumerate(plan.steps) if items)
    if plan.notes.strip():
        entries += (Entry("My notes", (), plan.notes.strip()),)
    return Section(key, "My safety plan", entries=entries)


def _person(person: Supporter, with_contacts: bool) -> Entry:
    lines: list[str] = []
    if person.relationship:
        lines.append(person.relationship)
    if person.helps_with:
        lines.append(f"Helps with: {person.helps_with}")
    if person.plan_stages:
        stages = ", ".join(PLAN_SECTION_TITLES[s] for s in person.plan_stages)
        lines.append(f"Involved at: {stages}")
    if person.in_crisis_plan:
        lines.append("In my crisis plan")
    if person.do_not_contact:
        lines.append("Please don't contact")
    if with_contacts and not person.do_not_contact:
        lines += [f"Phone: {person.phone}"] if person.phone else []
        lines += [f"Email: {person.email}"] if person.email else []
    return Entry(person.name, tuple(lines))


def _people(repos: Repositories, choice: ReportChoice) -> Section:
    people = repos.supporters.list()
    summary = words.count(len(people), "person", "people") + " I chose to list."
    if not choice.with_contacts:
        summary += " Phone numbers and email addresses are not included."
    entries = tuple(_person(p, choice.with_contacts) for p in people)
    return Section("people", SECTION_TITLES["people"], summary, entries=entries)


def _journal(repos: Repositories, choice: ReportChoice) -> Section:
    found = repos.journal.list(start=choice.start, end=choice.end)
    entries = tuple(
        Entry(e.title or "(untitled)",
              (friendly_day(e.local_date) + (f" · {', '.join(e.tags)}" if e.tags else ""),),
              e.body if choice.with_journal_text else "")
        for e in reversed(found)
    )
    summary = words.count(len(entries), "entry", "entries") + " in this period."
    if not choice.with_journal_text:
        summary += " Only dates, titles and tags are shown; the text of the entries is not."
    return Section("journal", SECTION_TITLES["journal"], summary, entries=entries)


def _supports(repos: Repositories, choice: ReportChoice) -> Section:
    from recovery_journal.report.supports import supports_items

    summary, items = supports_items(repos, choice.start, choice.end)
    return Section("supports", SECTION_TITLES["supports"], summary,
                   entries=tuple(Entry(*item) for item in items))


def _hope_box(repos: Repositories, choice: ReportChoice) -> Section:
    from recovery_journal.report.hope_box import hope_entries

    entries, pictures = hope_entries(repos, choice.with_hope_pictures)
    summary = "" if choice.with_hope_pictures else "Pictures are not included."
    return Section("hope_box", SECTION_TITLES["hope_box"], summary,
                   entries=tuple(Entry(*entry) for entry in entries), pictures=tuple(pictures))


def gather(repos: Repositories, choice: ReportChoice) -> ReportContent:
    """Read the chosen sections for the chosen period, and nothing else."""
    sections: list[Section] = []
    for key in ordered(choice.sections):
        if key in CHART_SECTIONS:
            sections.append(_chart(repos, key, choice))
        elif key.startswith(PLAN_PREFIX):
            sections.append(_plan(repos, key))
        elif key == "checkins":
            sections.append(_checkins(repos, choice))
        elif key == "strengths":
            sections.append(_strengths(repos, choice))
        elif key == "goals":
            sections.append(_goals(repos, choice))
        elif key == "people":
            sections.append(_people(repos, choice))
        elif key == "journal":
            sections.append(_journal(repos, choice))
        elif key == "supports":
            sections.append(_supports(repos, choice))
        elif key == "hope_box":
            sections.append(_hope_box(repos, choice))
    return ReportContent(choice, tuple(sections))
