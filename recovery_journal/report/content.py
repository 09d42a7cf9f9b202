"""What goes into a shared report: the sections the person picks, gathered as plain values.

No matplotlib, and no Qt but QLocale's date words: this reads the vault (quickly, on the GUI
thread or the command line) and hands a `ReportContent` to whatever draws the pages. Anything
the person did not choose is never read into it, so it cannot reach the file: journal text and
phone numbers and email addresses stay out unless asked for. Every word is written through the
choice's `Language` (English unless the window passes the person's), context "Report".
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP

from recovery_journal.charts import (
    CHARTS,
    GOALS,
    QUESTIONNAIRES,
    STRENGTHS,
    ChartData,
    ChartOptions,
)
from recovery_journal.insights.language import ENGLISH, Language
from recovery_journal.insights.life_areas import life_area_name
from recovery_journal.insights.safety_plan import is_step_plan, parse_plan
from recovery_journal.model import PlanSectionKey, Supporter
from recovery_journal.report.condense import condense_table
from recovery_journal.report.dates import friendly_day, friendly_period
from recovery_journal.report.words import (
    KIND_WORDS,
    STATUS_WORDS,
    measure_name,
    plain,
    step_heading,
)
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
# In English; shown through `section_title` (marked so the translation tools file each one).
SECTION_TITLES: dict[str, str] = {
    "checkins": str(QT_TRANSLATE_NOOP("Report", "Check-ins in this period")),
    **{chart.name: chart.title for chart in CHARTS},
    "strengths": str(QT_TRANSLATE_NOOP("Report", "My strengths")),
    "goals": str(QT_TRANSLATE_NOOP("Report", "My goals")),
    **{f"{PLAN_PREFIX}{key.value}": title for key, title in PLAN_SECTION_TITLES.items()},
    "people": str(QT_TRANSLATE_NOOP("Report", "My people")),
    "journal": str(QT_TRANSLATE_NOOP("Report", "Journal entries")),
    "supports": str(QT_TRANSLATE_NOOP("Report", "Treatments and supports")),
    "hope_box": str(QT_TRANSLATE_NOOP("Report", "My hope box")),
}
PAPERS = ("a4", "letter")



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


def section_title(key: str, lang: Language = ENGLISH) -> str:
    """A section's title in `lang`: a chart's as Insights names it, the others as marked here."""
    context = "Charts" if key in CHART_SECTIONS else "Report"
    return lang.translate(context, SECTION_TITLES[key])


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
    # The words of every section, chart and table; the window passes the person's language.
    language: Language = field(default=ENGLISH, compare=False)

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
        if not self.choice.footer:
            return ""
        return self.choice.language.translate("Report", "Shared by me on %1",
                                              friendly_day(self.choice.made_on))


# -- the sections ------------------------------------------------------------------------------


def _chart(repos: Repositories, key: str, choice: ReportChoice) -> Section:
    from recovery_journal.charts import load_chart_data

    lang = choice.language
    # Changes in supports show on the charts only when the person chose to share the log.
    data = load_chart_data(repos, key, ChartOptions(
        start=choice.start, end=choice.end, show_supports="supports" in choice.sections,
        language=lang))
    headers, rows = condense_table(data.table_headers, data.table_rows, lang)
    note = "" if rows == data.table_rows else lang.translate(
        "Report", "The numbers behind the chart, shortened for paper.")
    if key == QUESTIONNAIRES.name and rows and lang.code != "en":
        # Licensed wording is never translated by us: say so beside the words left in English.
        note = " ".join(part for part in (note, lang.translate(
            "Report", "The questionnaires’ questions and the names of their published ranges "
            "stay in English, as their authors published them.")) if part)
    return Section(key, section_title(key, lang), data.summary, data, headers, rows, note)


def _checkins(repos: Repositories, choice: ReportChoice) -> Section:
    lang = choice.language
    found = repos.checkins.between(choice.start, choice.end)
    days = len({c.local_date for c in found})
    span = (choice.end - choice.start).days + 1
    rows: list[tuple[str, ...]] = []
    for measure in repos.measures.list():
        values = [c.values[measure.key] for c in found if measure.key in c.values]
        if not values:
            continue
        rows.append((measure_name(measure, lang), str(len(values)),
                     lang.number(sum(values) / len(values)), lang.number(min(values)),
                     lang.number(max(values)),
                     f"{plain(measure.min_value, lang)}–{plain(measure.max_value, lang)}"))
    summary = " ".join((
        lang.translate("Report", "%n check-in(s) on %1 of %2.", str(days),
                       lang.translate("Report", "%n day(s)", n=span), n=len(found)),
        lang.translate("Report", "Notes written with check-ins are not included.")))
    headers = (lang.translate("Report", "Measure"), lang.translate("Report", "Values"),
               lang.translate("Report", "Average"), lang.translate("Report", "Lowest"),
               lang.translate("Report", "Highest"), lang.translate("Report", "Scale"))
    return Section("checkins", section_title("checkins", lang), summary, headers=headers,
                   rows=tuple(rows))


def _strengths(repos: Repositories, choice: ReportChoice) -> Section:
    lang = choice.language
    chart = _chart(repos, STRENGTHS.name, choice)
    counts = repos.strengths.use_counts(choice.start, choice.end)
    entries = tuple(
        Entry(s.name, (lang.translate("Report", "%1 · used %n time(s) in this period",
                                      lang.translate("Report", KIND_WORDS[s.kind]),
                                      n=counts.get(s.id, 0)),),
              s.description)
        for s in repos.strengths.list()
    )
    return replace(chart, title=section_title("strengths", lang), entries=entries,
                   entries_title=lang.translate("Report", "My strengths inventory"))


def _goals(repos: Repositories, choice: ReportChoice) -> Section:
    lang = choice.language
    chart = _chart(repos, GOALS.name, choice)
    areas = {d.id: life_area_name(d.name, lang)
             for d in repos.life_domains.list(include_archived=True)}
    entries: list[Entry] = []
    for goal in repos.goals.list():
        lines = [lang.translate("Report", STATUS_WORDS[goal.status])]
        if goal.life_domain_id in areas:
            lines[0] = lang.translate("Report", "%1 · %2", lines[0], areas[goal.life_domain_id])
        if goal.steps:
            done = sum(1 for s in goal.steps if s.done_at is not None)
            lines.append(lang.translate("Report", "Steps: %1 of %2 done", str(done),
                                        str(len(goal.steps))))
        reviews = [r for r in goal.reviews if choice.start <= r.reviewed_on <= choice.end]
        if reviews:
            last = reviews[-1]
            lines.append(lang.translate("Report", "Last review: %1% on %2", str(last.progress),
                                        friendly_day(last.reviewed_on)))
        if goal.target_date is not None:
            lines.append(lang.translate("Report", "Hoping for: %1",
                                        friendly_day(goal.target_date)))
        entries.append(Entry(goal.title, tuple(lines), goal.why))
    return replace(chart, title=section_title("goals", lang), entries=tuple(entries),
                   entries_title=lang.translate("Report", "Each goal"))


def _plan(repos: Repositories, key: str, lang: Language) -> Section:
    section = repos.plan.get(PlanSectionKey(key.removeprefix(PLAN_PREFIX)))
    if is_step_plan(section.body):  # the crisis section, step by step
        return safety_plan_section(key, section.body, lang)
    body = section.body.strip() or lang.translate("Report", "(Nothing written here yet.)")
    return Section(key, section_title(key, lang), body=body)


def safety_plan_section(key: str, body: str, lang: Language = ENGLISH) -> Section:
    """The safety plan as numbered steps (empty steps left out), then notes from before."""
    plan = parse_plan(body)
    entries = tuple(Entry(step_heading(index, lang), (), "\n".join(f"• {item}" for item in items))
                    for index, items in enumerate(plan.steps) if items)
    if plan.notes.strip():
        entries += (Entry(lang.translate("Report", "My notes"), (), plan.notes.strip()),)
    return Section(key, lang.translate("Report", "My safety plan"), entries=entries)


def _person(person: Supporter, with_contacts: bool, lang: Language) -> Entry:
    lines: list[str] = []
    if person.relationship:
        lines.append(person.relationship)
    if person.helps_with:
        lines.append(lang.translate("Report", "Helps with: %1", person.helps_with))
    if person.plan_stages:
        stages = lang.translate("Lists", ", ").join(
            lang.translate("Report", PLAN_SECTION_TITLES[s]) for s in person.plan_stages)
        lines.append(lang.translate("Report", "Involved at: %1", stages))
    if person.in_crisis_plan:
        lines.append(lang.translate("Report", "In my crisis plan"))
    if person.do_not_contact:
        lines.append(lang.translate("Report", "Please don't contact"))
    if with_contacts and not person.do_not_contact:
        lines += [lang.translate("Report", "Phone: %1", person.phone)] if person.phone else []
        lines += [lang.translate("Report", "Email: %1", person.email)] if person.email else []
    return Entry(person.name, tuple(lines))


def _people(repos: Repositories, choice: ReportChoice) -> Section:
    lang = choice.language
    people = repos.supporters.list()
    # "people" is no English plural ending, so one person has a sentence of its own.
    summary = (lang.translate("Report", "1 person I chose to list.") if len(people) == 1
               else lang.translate("Report", "%n people I chose to list.", n=len(people)))
    if not choice.with_contacts:
        summary += " " + lang.translate(
            "Report", "Phone numbers and email addresses are not included.")
    entries = tuple(_person(p, choice.with_contacts, lang) for p in people)
    return Section("people", section_title("people", lang), summary, entries=entries)


def _journal(repos: Repositories, choice: ReportChoice) -> Section:
    lang = choice.language
    found = repos.journal.list(start=choice.start, end=choice.end)
    entries = tuple(
        Entry(e.title or lang.translate("Report", "(untitled)"),
              (lang.translate("Report", "%1 · %2", friendly_day(e.local_date),
                              ", ".join(e.tags)) if e.tags else friendly_day(e.local_date),),
              e.body if choice.with_journal_text else "")
        for e in reversed(found)
    )
    summary = lang.translate("Report", "%n entry(ies) in this period.", n=len(entries))
    if not choice.with_journal_text:
        summary += " " + lang.translate(
            "Report", "Only dates, titles and tags are shown; the text of the entries is not.")
    return Section("journal", section_title("journal", lang), summary, entries=entries)


def _supports(repos: Repositories, choice: ReportChoice) -> Section:
    from recovery_journal.report.supports import supports_items

    lang = choice.language
    summary, items = supports_items(repos, choice.start, choice.end, lang)
    return Section("supports", section_title("supports", lang), summary,
                   entries=tuple(Entry(*item) for item in items))


def _hope_box(repos: Repositories, choice: ReportChoice) -> Section:
    from recovery_journal.report.hope_box import hope_entries

    lang = choice.language
    entries, pictures = hope_entries(repos, choice.with_hope_pictures, lang)
    summary = "" if choice.with_hope_pictures else lang.translate(
        "Report", "Pictures are not included.")
    return Section("hope_box", section_title("hope_box", lang), summary,
                   entries=tuple(Entry(*entry) for entry in entries), pictures=tuple(pictures))


def gather(repos: Repositories, choice: ReportChoice) -> ReportContent:
    """Read the chosen sections for the chosen period, and nothing else."""
    sections: list[Section] = []
    for key in ordered(choice.sections):
        if key in CHART_SECTIONS:
            sections.append(_chart(repos, key, choice))
        elif key.startswith(PLAN_PREFIX):
            sections.append(_plan(repos, key, choice.language))
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
