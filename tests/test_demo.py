"""The demo journal: one vault made by `recovery-journal demo` for the whole module."""

from __future__ import annotations

import io
import re
import statistics
import sys
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from random import Random

import pytest

from recovery_journal.cli import main
from recovery_journal.demo import fill_demo
from recovery_journal.demo.days import plan_year
from recovery_journal.demo.entries import plan_entries
from recovery_journal.model import CheckIn, GoalStatus, TagKind
from recovery_journal.storage.repositories import Repositories
from recovery_journal.storage.vault import Vault

PASS = "demo passphrase"
FAST = ["--kdf-iter", "2"]


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Repositories, date]]:
    """The demo vault, made through the command line, open, with the day it ends on."""
    path = tmp_path_factory.mktemp("demo") / "demo.vault"
    today = date.today()
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(sys, "stdin", io.StringIO(PASS + "\n"))
        assert main([*FAST, "demo", str(path)]) == 0
    vault = Vault.open(path, PASS, kdf_iter=2)
    yield Repositories.from_vault(vault), today
    vault.close()


@pytest.fixture(scope="module")
def checkins(made: tuple[Repositories, date]) -> list[CheckIn]:
    repos, today = made
    return repos.checkins.between(today - timedelta(days=400), today)


def test_counts_are_in_the_expected_ranges(made: tuple[Repositories, date]) -> None:
    repos, _ = made
    assert 250 <= repos.checkins.count() <= 340
    assert 110 <= repos.journal.count() <= 130
    assert len(repos.supporters.list()) == 3
    assert len(repos.strengths.list()) >= 6
    assert len(repos.strengths.uses()) >= 30
    assert {goal.status for goal in repos.goals.list()} == set(GoalStatus)
    sections = repos.plan.sections()
    assert len(sections) == 8 and all(section.body.strip() for section in sections)


def test_two_extra_measures_with_their_ranges(made: tuple[Repositories, date]) -> None:
    repos, _ = made
    ranges = {m.name: (m.min_value, m.max_value) for m in repos.measures.list()}
    assert ranges == {"Mood": (0, 10), "Hope": (0, 10), "Sleep hours": (0, 16), "Energy": (0, 10)}


def test_the_year_ends_today_with_natural_gaps(
    made: tuple[Repositories, date], checkins: list[CheckIn]
) -> None:
    _, today = made
    first, last = checkins[0].local_date, checkins[-1].local_date
    assert today - timedelta(days=365) <= first and last < today
    per_day: dict[date, int] = {}
    for checkin in checkins:
        per_day[checkin.local_date] = per_day.get(checkin.local_date, 0) + 1
    assert sum(1 for n in per_day.values() if n == 2) >= 5
    runs, current = 0, 0
    for offset in range((last - first).days + 1):
        day = first + timedelta(days=offset)
        current = 0 if day in per_day else current + 1
        runs += current == 3  # count each run once, when it reaches three days
    assert runs >= 3
    assert len(per_day) >= 0.75 * ((last - first).days + 1)


def test_mood_has_structure_for_the_charts(checkins: list[CheckIn]) -> None:
    def mean_mood(keep: bool, tag: str) -> float:
        return statistics.mean(
            c.values["mood"] for c in checkins if "mood" in c.values and (tag in c.tags) == keep
        )

    for tag in ("walk", "seeing friends"):
        assert mean_mood(True, tag) > mean_mood(False, tag) + 0.2
    daily: dict[date, float] = {c.local_date: c.values["mood"] for c in checkins}
    moods = [daily[day] for day in sorted(daily)]
    windows = [statistics.mean(moods[i : i + 21]) for i in range(len(moods) - 21)]
    assert min(windows) < statistics.mean(moods) - 0.75  # the harder patch
    assert max(windows) > statistics.mean(moods) + 0.5


def test_values_stay_inside_each_measure(
    made: tuple[Repositories, date], checkins: list[CheckIn]
) -> None:
    repos, _ = made
    ranges = {m.key: (m.min_value, m.max_value) for m in repos.measures.list()}
    for checkin in checkins:
        assert checkin.recorded_at.utcoffset() is not None
        for key, value in checkin.values.items():
            assert ranges[key][0] <= value <= ranges[key][1]
    assert all(len({c.values.get(k) for c in checkins}) > 4 for k in ranges)


def test_tags_have_kinds(made: tuple[Repositories, date]) -> None:
    repos, _ = made
    tags = {tag.name: tag for tag in repos.tags.list()}
    assert {tag.kind for tag in tags.values()} == set(TagKind)
    assert tags["Zoë"].kind is TagKind.PERSON and tags["café"].kind is TagKind.PLACE
    assert tags["walk"].life_domain_id is not None


def test_the_journal_is_varied(made: tuple[Repositories, date]) -> None:
    repos, _ = made
    entries = repos.journal.list()
    bodies = [entry.body for entry in entries]
    assert len(set(bodies)) == len(bodies)
    assert any(len(body) > 1000 for body in bodies) and any(len(body) < 300 for body in bodies)
    text = " ".join(bodies + [entry.title for entry in entries])
    for word in ("café", "naïve", "résumé", "Zoë"):
        assert word in text
    assert len(set(re.findall(r"\w+", text.casefold()))) > 600
    assert sum(1 for entry in entries if entry.tags) > len(entries) / 2
    assert 0 < sum(1 for entry in entries if not entry.title) < len(entries) / 4


def test_supporters_are_invented(made: tuple[Repositories, date]) -> None:
    repos, _ = made
    supporters = repos.supporters.list()
    for person in supporters:
        assert re.fullmatch(r"07700 900\d{3}", person.phone)
        assert person.email.endswith("@example.com")
    assert 1 <= len(repos.supporters.crisis_contacts()) < 3


def test_goals_tell_a_story(made: tuple[Repositories, date]) -> None:
    repos, today = made
    for goal in repos.goals.list():
        assert goal.steps and goal.reviews
        assert goal.created_at.date() < today
        closed = goal.status in (GoalStatus.ACHIEVED, GoalStatus.LET_GO)
        assert (goal.closed_at is not None) == closed
        if goal.status is GoalStatus.ACHIEVED:
            assert all(step.done_at for step in goal.steps)
            assert goal.reviews[-1].progress == 100


def test_the_plan_has_earlier_versions(made: tuple[Repositories, date]) -> None:
    repos, _ = made
    assert any(len(repos.plan.revisions(s.key)) >= 2 for s in repos.plan.sections())


def test_the_vault_holds_the_planned_year(
    made: tuple[Repositories, date], checkins: list[CheckIn]
) -> None:
    _, today = made
    planned = [c for day in plan_year(today, Random(7)) for c in day.checkins]
    assert [c.values["mood"] for c in checkins] == [c.values["mood"] for c in planned]
    assert [c.recorded_at for c in checkins] == [c.recorded_at for c in planned]


def test_the_same_seed_and_day_give_the_same_year() -> None:
    end = date(2026, 3, 29)  # a clock change falls inside the year

    def year(seed: int) -> tuple[object, ...]:
        rng = Random(seed)
        days = plan_year(end, rng)
        return (tuple(days), tuple(plan_entries(days, rng)))

    assert year(7) == year(7)
    assert year(7) != year(8)


def test_the_demo_vault_passes_check(
    made: tuple[Repositories, date], monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    repos, _ = made
    monkeypatch.setattr(sys, "stdin", io.StringIO(PASS + "\n"))
    # The module's own connection holds the lock, so check a verified copy instead.
    copy = repos.vault.copy_verified(repos.vault.path.with_name("copy.vault"))
    assert main([*FAST, "check", str(copy)]) == 0
    assert "passed" in capsys.readouterr().out


def test_demo_refuses_an_existing_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "mine.vault"
    path.write_bytes(b"keep me")
    monkeypatch.setattr(sys, "stdin", io.StringIO(PASS + "\n"))
    assert main([*FAST, "demo", str(path)]) == 22
    assert path.read_bytes() == b"keep me"


def test_fill_demo_puts_the_real_clock_back(vault: Vault) -> None:
    clock = vault.clock
    repos = Repositories.from_vault(vault)
    repos.tags.add("walk")  # the demo expects an empty vault, so this stops it early
    with pytest.raises(ValueError):
        fill_demo(repos, end=date(2026, 6, 1))
    assert vault.clock is clock


def _sentences(text: str) -> set[str]:
    return {s.strip() for s in re.split(r"(?<=[.!?])\s+|\n+", text) if len(s.strip()) > 20}


def test_consecutive_entries_repeat_nothing(made: tuple[Repositories, date]) -> None:
    """Bug: the same snippets turned up on entries one after another, like placeholder text."""
    repos, _ = made
    entries = sorted(repos.journal.list(), key=lambda e: e.written_at)
    for before, after in zip(entries, entries[1:], strict=False):
        assert not _sentences(before.body) & _sentences(after.body), after.written_at
        assert not before.title or before.title != after.title


def test_open_goals_stand_at_different_points(made: tuple[Repositories, date]) -> None:
    """Bug: every active goal stood at 65 %."""
    repos, _ = made
    active = [g for g in repos.goals.list() if g.status is GoalStatus.ACTIVE]
    latest = [g.reviews[-1].progress for g in active]
    assert len(active) >= 2 and len(set(latest)) == len(latest)
    assert all(0 < p < 100 for p in latest)


def test_supports_change_over_the_year(made: tuple[Repositories, date]) -> None:
    from recovery_journal.model import SupportEventKind

    repos, end = made
    supports = {s.name: s for s in repos.supports.list()}
    assert len(supports) == 4
    med = supports["Sertraline"]
    assert (med.dose, med.current_dose) == ("50 mg", "100 mg")
    assert supports["CBT with Jo"].status is SupportEventKind.STOPPED
    assert supports["Hearing Voices group"].status is SupportEventKind.RESTARTED
    assert all(e.day <= end for s in supports.values() for e in s.events)


def test_most_check_ins_name_feelings_from_the_vocabulary(
    made: tuple[Repositories, date], checkins: list[CheckIn]
) -> None:
    repos, _ = made
    named = [c for c in checkins if c.feelings]
    assert 0.6 < len(named) / len(checkins) < 1
    known = {f.name for f in repos.feelings.list()}
    assert {f for c in named for f in c.feelings} <= known  # no stray words in "other"
    low = [c for c in named if c.values.get("mood", 5) < 3]
    assert low and all("hopeful" not in c.feelings or len(c.feelings) > 1 for c in low)


def test_the_hope_box_has_words_and_a_quiet_picture(made: tuple[Repositories, date]) -> None:
    from recovery_journal.storage.hope_box import HopeKind

    repos, _ = made
    items = repos.hope_box.list()
    kinds = {item.kind for item in items}
    assert {HopeKind.REASON, HopeKind.WORDS, HopeKind.MEMORY, HopeKind.PICTURE} <= kinds
    (picture,) = [item for item in items if item.has_image]
    image = repos.hope_box.image(picture.id)
    assert image is not None and image.data.startswith(b"\x89PNG") and len(image.data) < 20_000
