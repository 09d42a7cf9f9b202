"""Changes in supports on the time charts and as the before/after pivot, from hand-made data."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from matplotlib.lines import Line2D

from recovery_journal.charts import ChartOptions, load_chart_data
from recovery_journal.model import SupportEventKind, SupportKind
from recovery_journal.storage.repositories import Repositories
from recovery_journal.storage.vault import Vault
from tests.charts.test_render import drawn, texts

START, END = date(2026, 3, 1), date(2026, 3, 31)


def _repos(vault: Vault) -> Repositories:
    repos = Repositories.from_vault(vault)
    for offset, mood in ((0, 3), (2, 4), (4, 4), (6, 6), (8, 7)):
        day = date(2026, 3, 1) + timedelta(days=offset)
        repos.checkins.add(recorded_at=datetime.combine(day, datetime.min.time(), UTC),
                           values={"mood": mood, "hope": 5})
    med = repos.supports.add(SupportKind.MEDICINE, "Sertraline", dose="50 mg",
                             started=date(2026, 3, 3))
    repos.supports.record(med.id, date(2026, 3, 5), SupportEventKind.NOTE, note="Tired")
    repos.supports.record(med.id, date(2026, 3, 7), SupportEventKind.CHANGED, dose="100 mg")
    repos.supports.record(med.id, date(2026, 4, 7), SupportEventKind.PAUSED)  # after the period
    return repos


def _mark_lines(figure: object) -> list[float]:
    lines = [line for line in figure.findobj(Line2D)  # type: ignore[attr-defined]
             if line.get_linestyle() == ":" and len(line.get_xdata()) == 2]
    return sorted({float(line.get_xdata()[0]) for line in lines})


def test_changes_are_marked_numbered_and_listed_in_the_summary(vault: Vault) -> None:
    repos = _repos(vault)
    data = load_chart_data(repos, "mood-hope", ChartOptions(start=START, end=END))
    assert data.summary.endswith(
        "Changes in your supports: 1. Started Sertraline on 3 Mar 2026; "
        "2. Changed Sertraline 100 mg on 7 Mar 2026.")
    figure = drawn(data)
    shown = texts(figure)
    assert "A change in your supports" in shown  # the legend names the dotted lines
    from recovery_journal.charts.style import day_number
    assert _mark_lines(figure) == [day_number(date(2026, 3, 3)), day_number(date(2026, 3, 7))]
    numbers = [t for t in shown.split() if t in {"1", "2", "3"}]
    assert "1" in numbers and "2" in numbers and "3" not in numbers
    measures = load_chart_data(repos, "measures", ChartOptions(start=START, end=END))
    assert "2. Changed Sertraline 100 mg" in measures.summary
    assert len(_mark_lines(drawn(measures))) == 2
    # Switched off: no marks, no list.
    off = load_chart_data(repos, "mood-hope",
                          ChartOptions(start=START, end=END, show_supports=False))
    assert "supports" not in off.summary and _mark_lines(drawn(off)) == []


def test_a_change_in_supports_is_the_before_after_pivot(vault: Vault) -> None:
    repos = _repos(vault)
    change = repos.supports.list()[0].events[2]
    assert change.kind is SupportEventKind.CHANGED
    data = load_chart_data(repos, "before-after", ChartOptions(
        start=START, end=END, pivot_support_event=change.id, pivot_days=4))
    assert data.payload is not None and data.payload.pivot == date(2026, 3, 7)
    # Before: 3 to 6 March (4 and 4 on the 3rd and 5th); from then on: 7 to 10 March (6, 7).
    assert data.summary == (
        "Your mood averaged 4.0 in the 4 days before changed Sertraline 100 mg "
        "(7 March 2026) (2 with a check-in) and 6.5 in the 4 days from then on "
        "(2 with a check-in).")
    assert "Changed Sertraline 100 mg, 7 Mar 2026" in texts(drawn(data))
    repos.supports.delete(change.support_id)
    gone = load_chart_data(repos, "before-after", ChartOptions(
        start=START, end=END, pivot_support_event=change.id))
    assert gone.payload is None and "no longer in your journal" in gone.summary


def test_the_questionnaires_chart_marks_changes_too(vault: Vault) -> None:
    repos = _repos(vault)
    for day in (2, 20):
        repos.questionnaires.add("phq9", [1] * 9, taken_at=datetime(2026, 3, day, 9, tzinfo=UTC))
    data = load_chart_data(repos, "questionnaires", ChartOptions(start=START, end=END))
    assert "2. Changed Sertraline 100 mg on 7 Mar 2026." in data.summary
    assert len(_mark_lines(drawn(data))) == 2
    off = load_chart_data(repos, "questionnaires",
                          ChartOptions(start=START, end=END, show_supports=False))
    assert "supports" not in off.summary and _mark_lines(drawn(off)) == []
