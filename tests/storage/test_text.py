"""The one text policy and the one stamp format every repository stores."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta, timezone

import pytest

from recovery_journal.model import PlanSectionKey
from recovery_journal.storage import convert
from recovery_journal.storage.repositories import Repositories
from recovery_journal.storage.text import clean_name, required, storable
from recovery_journal.storage.vault import Vault

PLUS_FIVE = timezone(timedelta(hours=5))


@pytest.mark.parametrize(
    ("typed", "kept"),
    [
        ("plain", "plain"),
        ("a\ud800b", "a\ufffdb"),
        ("\udc00", "\ufffd"),
        ("smile \ud83d\ude00", "smile 😀"),
        ("half \ud83d then \ude00", "half \ufffd then \ufffd"),
        ("nul \x00 and 🙂", "nul \x00 and 🙂"),
    ],
)
def test_storable_replaces_lone_surrogates_and_joins_split_pairs(typed: str, kept: str) -> None:
    assert storable(typed) == kept
    kept.encode("utf-8")


def test_required_and_clean_name_refuse_only_what_is_empty() -> None:
    assert required("  x\ud800 ", "Say something.") == "x\ufffd"
    with pytest.raises(ValueError, match="Say something."):
        required(" \t ", "Say something.")
    assert clean_name("  two   words\udfff ") == "two words\ufffd"
    with pytest.raises(ValueError, match="Please give a name for it."):
        clean_name("   ", "name for it")


def test_stamp_is_fixed_width_utc_so_text_order_is_time_order() -> None:
    early = datetime(2026, 3, 1, 10, 0, tzinfo=PLUS_FIVE)  # 05:00 UTC
    late = datetime(2026, 3, 1, 6, 0, 0, 1, tzinfo=UTC)
    assert convert.stamp(early) == "2026-03-01T05:00:00.000000+00:00"
    assert convert.stamp(early) < convert.stamp(late)
    assert convert.from_iso(convert.stamp(late)) == late
    with pytest.raises(ValueError):
        convert.stamp(datetime(2026, 3, 1))


def test_every_repository_stamps_in_utc(vault: Vault) -> None:
    vault.clock = lambda: datetime(2026, 3, 1, 10, 0, tzinfo=PLUS_FIVE)
    repos = Repositories.from_vault(vault)
    moment = datetime(2026, 1, 1, 9, 0, tzinfo=PLUS_FIVE)
    repos.checkins.add(recorded_at=moment)
    repos.journal.add(written_at=moment, body="b")
    repos.strengths.add("s")
    goal = repos.goals.add("g")
    repos.goals.set_step_done(repos.goals.add_step(goal.id, "step").id, True)
    repos.plan.save(PlanSectionKey.WELL, "well")
    repos.drafts.save("k", "draft")
    repos.journal.delete(repos.journal.add(written_at=moment).id)
    stamps = [
        "SELECT created_at || updated_at FROM checkin",
        "SELECT created_at || updated_at FROM journal_entry WHERE deleted_at IS NULL",
        "SELECT deleted_at FROM journal_entry WHERE deleted_at IS NOT NULL",
        "SELECT created_at FROM strength",
        "SELECT created_at FROM goal",
        "SELECT done_at FROM goal_step",
        "SELECT saved_at FROM plan_revision",
        "SELECT updated_at FROM draft",
    ]
    for sql in stamps:
        text = str(vault.query(sql)[0][0])
        assert "05:00:00.000000+00:00" in text and "+05:00" not in text, sql
    # The moments the person chose keep their own offset.
    assert vault.query("SELECT recorded_at FROM checkin")[0][0].endswith("+05:00")


def test_deletion_order_holds_across_clock_offsets_in_every_repository(
    make_vault: Callable[..., Vault],
) -> None:
    vault = make_vault()
    repos = Repositories.from_vault(vault)
    moment = datetime(2026, 1, 1, 9, 0, tzinfo=UTC)
    pairs = [
        (repos.journal.add(written_at=moment).id, repos.journal.add(written_at=moment).id),
        (repos.strengths.add("a").id, repos.strengths.add("b").id),
        (repos.goals.add("a").id, repos.goals.add("b").id),
        (repos.supporters.add("a").id, repos.supporters.add("b").id),
    ]
    deleters = [repos.journal.delete, repos.strengths.delete, repos.goals.delete,
                repos.supporters.delete]
    # 10:00+05:00 is earlier than 06:00 UTC, although its clock text sorts later.
    vault.clock = lambda: datetime(2026, 3, 1, 10, 0, tzinfo=PLUS_FIVE)
    for delete, (first, _) in zip(deleters, pairs, strict=True):
        delete(first)
    vault.clock = lambda: datetime(2026, 3, 1, 6, 0, tzinfo=UTC)
    for delete, (_, second) in zip(deleters, pairs, strict=True):
        delete(second)
    listed: list[list[int]] = [
        [e.id for e in repos.journal.recently_deleted()],
        [s.id for s in repos.strengths.recently_deleted()],
        [g.id for g in repos.goals.recently_deleted()],
        [s.id for s in repos.supporters.recently_deleted()],
    ]
    for found, (first, second) in zip(listed, pairs, strict=True):
        assert found == [second, first]
    cutoff = datetime(2026, 3, 1, 10, 30, tzinfo=PLUS_FIVE)  # between the two deletions
    assert repos.journal.purge_deleted(cutoff) == 1
    assert repos.supporters.purge_deleted(cutoff) == 1
    assert [s.id for s in repos.supporters.recently_deleted()] == [pairs[3][1]]
