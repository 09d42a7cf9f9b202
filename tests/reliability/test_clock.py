"""The clock moved back, midnight and a change to or from summer time, with the journal open.

The vault and the daily reminder take their clock as an argument; here it is a hand-moved one.
Promise: no entry lost or doubled, the latest text stays the current one, and "today" moves.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import pytest
from PySide6.QtWidgets import QApplication

from recovery_journal.model import PlanSectionKey
from recovery_journal.storage.backups import automatic_backup
from recovery_journal.storage.repositories import Repositories
from recovery_journal.storage.vault import Vault

try:
    from recovery_journal.ui.reminder import DailyReminder
except ImportError:  # before the UI moved into feature packages (ui/idle.py held it)
    from recovery_journal.ui.idle import DailyReminder  # type: ignore[attr-defined,no-redef]

from tests.storage.clocks import Clock

TEN = datetime(2026, 6, 10, 10, 0, tzinfo=UTC)


def test_the_clock_moved_back_loses_and_doubles_nothing(vault: Vault) -> None:
    clock = Clock(TEN)
    vault.clock = clock
    repos = Repositories.from_vault(vault)
    first = repos.checkins.add(recorded_at=clock.now, values={"mood": 6}, note="before")
    entry = repos.journal.add(written_at=clock.now, title="morning", body="before")
    repos.plan.save(PlanSectionKey.TOOLBOX, "the text before")
    repos.drafts.save("today.form", "draft before")
    clock.tick(-3 * 3600)  # the computer's clock is put back three hours
    second = repos.checkins.add(recorded_at=clock.now, values={"mood": 7}, note="after")
    repos.checkins.update(first.id, note="changed after")
    repos.journal.update(entry.id, body="changed after")
    repos.plan.save(PlanSectionKey.TOOLBOX, "the text after")
    repos.drafts.save("today.form", "draft after")
    repos.checkins.delete(second.id)
    repos.checkins.restore(second.id)

    checkins = repos.checkins.recent()
    assert sorted(c.id for c in checkins) == sorted({first.id, second.id})
    assert {c.note for c in checkins} == {"changed after", "after"}
    assert [e.body for e in repos.journal.list()] == ["changed after"]
    assert repos.plan.get(PlanSectionKey.TOOLBOX).body == "the text after"
    # The history's first version is the current text, whatever the clock said when saving.
    revisions = repos.plan.revisions(PlanSectionKey.TOOLBOX)
    assert [r.body for r in revisions][:2] == ["the text after", "the text before"]
    draft = repos.drafts.get("today.form")
    assert draft is not None and draft.body == "draft after"
    assert [d.body for d in repos.drafts.all()] == ["draft after"]


def test_midnight_moves_today_for_days_and_backups(vault: Vault) -> None:
    zone = timezone(timedelta(hours=2))
    before = datetime(2026, 6, 10, 23, 59, 30, tzinfo=zone)
    clock = Clock(before.astimezone(UTC))
    vault.clock = clock
    repos = Repositories.from_vault(vault)
    late = repos.checkins.add(recorded_at=before, values={"mood": 5}, note="late")
    clock.tick(60)
    early = repos.checkins.add(recorded_at=before + timedelta(minutes=1), values={"mood": 6},
                               note="early")
    assert (late.local_date, early.local_date) == (date(2026, 6, 10), date(2026, 6, 11))
    assert [c.id for c in repos.checkins.between(date(2026, 6, 11), date(2026, 6, 11))] == [
        early.id]
    # Locking just before and just after midnight: one backup for each day, none doubled.
    assert automatic_backup(vault, today=date(2026, 6, 10)) is not None
    assert automatic_backup(vault, today=date(2026, 6, 10)) is None
    assert automatic_backup(vault, today=date(2026, 6, 11)) is not None


def test_the_daily_reminder_comes_once_a_day_across_midnight(
    vault: Vault, qapp: QApplication
) -> None:
    repos = Repositories.from_vault(vault)
    repos.settings.set("reminder_enabled", True)
    repos.settings.set("reminder_time", "20:00")
    now = [datetime(2026, 6, 10, 20, 1)]
    reminder = DailyReminder(repos.settings, lambda: now[0])
    shown = []
    reminder.due.connect(lambda: shown.append(now[0]))
    for moment in (datetime(2026, 6, 10, 20, 1), datetime(2026, 6, 10, 23, 59),
                   datetime(2026, 6, 11, 0, 1), datetime(2026, 6, 11, 19, 59),
                   datetime(2026, 6, 11, 20, 0), datetime(2026, 6, 11, 22, 0)):
        now[0] = moment
        reminder.check()
    assert shown == [datetime(2026, 6, 10, 20, 1), datetime(2026, 6, 11, 20, 0)]
    reminder.deleteLater()


def _london() -> ZoneInfo:
    try:
        return ZoneInfo("Europe/London")
    except ZoneInfoNotFoundError:
        pytest.skip("no time zone data on this machine")


def test_the_hour_that_happens_twice_in_autumn_keeps_both_check_ins(vault: Vault) -> None:
    london = _london()
    # 25 Oct 2026: 01:30 comes first in summer time (+01:00), then again in winter time.
    first = datetime(2026, 10, 25, 0, 30, tzinfo=UTC).astimezone(london)
    second = datetime(2026, 10, 25, 1, 30, tzinfo=UTC).astimezone(london)
    assert first.replace(tzinfo=None) == second.replace(tzinfo=None)
    clock = Clock(first.astimezone(UTC))
    vault.clock = clock
    repos = Repositories.from_vault(vault)
    a = repos.checkins.add(recorded_at=first, values={"mood": 4}, note="first 01:30")
    clock.tick(3600)
    b = repos.checkins.add(recorded_at=second, values={"mood": 8}, note="second 01:30")
    day = date(2026, 10, 25)
    assert [c.id for c in repos.checkins.recent()] == [b.id, a.id]  # by the moment, not the text
    assert [c.note for c in repos.checkins.between(day, day)] == ["first 01:30", "second 01:30"]
    daily = repos.checkins.daily_values(day, day, ["mood"])
    mood = daily["mood"]
    assert (mood.days, mood.count, mood.low, mood.high) == ((day,), (2,), (4,), (8,))


def test_the_hour_that_is_skipped_in_spring_keeps_the_order(vault: Vault) -> None:
    london = _london()
    # 29 Mar 2026: 00:59 winter time, then (two minutes later) 02:01 summer time.
    before = datetime(2026, 3, 29, 0, 59, tzinfo=UTC).astimezone(london)
    after = datetime(2026, 3, 29, 1, 1, tzinfo=UTC).astimezone(london)
    assert (before.hour, after.hour) == (0, 2)
    repos = Repositories.from_vault(vault)
    vault.clock = Clock(after.astimezone(UTC))
    b = repos.checkins.add(recorded_at=after, values={}, note="after the change")
    a = repos.checkins.add(recorded_at=before, values={}, note="before the change")
    day = date(2026, 3, 29)
    assert [c.id for c in repos.checkins.between(day, day)] == [a.id, b.id]
    assert {c.local_date for c in (a, b)} == {day}


def test_the_reminder_time_is_wall_clock_time_across_summer_time(
    vault: Vault, qapp: QApplication
) -> None:
    repos = Repositories.from_vault(vault)
    repos.settings.set("reminder_enabled", True)
    repos.settings.set("reminder_time", "20:00")
    london = _london()
    now = [datetime.combine(date(2026, 10, 24), time(20, 30), london)]
    reminder = DailyReminder(repos.settings, lambda: now[0])
    shown = []
    reminder.due.connect(lambda: shown.append(now[0].date()))
    reminder.check()
    now[0] = datetime(2026, 10, 25, 0, 30, tzinfo=UTC).astimezone(london)  # 01:30 BST
    reminder.check()
    now[0] = datetime(2026, 10, 25, 1, 30, tzinfo=UTC).astimezone(london)  # 01:30 GMT
    reminder.check()
    now[0] = datetime.combine(date(2026, 10, 25), time(20, 0), london)
    reminder.check()
    assert shown == [date(2026, 10, 24), date(2026, 10, 25)]
    reminder.deleteLater()
