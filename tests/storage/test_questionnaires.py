"""Questionnaire responses: item by item, skips kept as skips, soft delete, old vaults migrate."""

from __future__ import annotations

import shutil
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from recovery_journal.questionnaires import PHQ9, score
from recovery_journal.storage import errors
from recovery_journal.storage.migrations import load_migrations
from recovery_journal.storage.questionnaires import Questionnaires
from recovery_journal.storage.repositories import Repositories
from recovery_journal.storage.settings import Settings
from recovery_journal.storage.vault import Vault
from tests.fixtures.make_fixtures import PASSPHRASE as FIXTURE_PASSPHRASE
from tests.storage.clocks import stepping_clock

FIXTURES = Path(__file__).parent.parent / "fixtures"
WHEN = datetime(2026, 3, 1, 9, tzinfo=UTC)


@pytest.fixture
def answers(vault: Vault) -> Questionnaires:
    stepping_clock(vault)
    return Questionnaires(vault)


def test_a_response_round_trips_item_by_item_with_skips(answers: Questionnaires) -> None:
    kept = answers.add("phq9", [0, 1, None, 3, 2, 0, None, 1, 0], taken_at=WHEN, extra=1)
    assert kept == answers.get(kept.id)
    assert kept.answers == (0, 1, None, 3, 2, 0, None, 1, 0)
    assert (kept.instrument, kept.taken_at, kept.local_date, kept.extra) == (
        "phq9", WHEN, date(2026, 3, 1), 1)
    # A skip stays a skip: the total is withheld rather than counted as 0.
    assert score(PHQ9, kept.answers).total is None


def test_every_item_skipped_is_still_a_response(answers: Questionnaires) -> None:
    kept = answers.add("gad7", [None] * 7, taken_at=WHEN)
    assert answers.get(kept.id).answers == (None,) * 7
    assert kept.extra is None


def test_the_day_is_the_persons_own(answers: Questionnaires) -> None:
    late = datetime(2026, 3, 1, 23, 30, tzinfo=timezone(timedelta(hours=-5)))
    assert answers.add("ons4", [7, 8, 6, 2], taken_at=late).local_date == date(2026, 3, 1)


@pytest.mark.parametrize("bad", [[11], [-1], [True], [2.5]])
def test_values_out_of_range_are_refused(answers: Questionnaires, bad: list[object]) -> None:
    with pytest.raises(ValueError):
        answers.add("phq9", bad, taken_at=WHEN)  # type: ignore[arg-type]
    assert answers.history() == []


def test_empty_or_nameless_responses_are_refused(answers: Questionnaires) -> None:
    with pytest.raises(ValueError):
        answers.add("phq9", [], taken_at=WHEN)
    with pytest.raises(ValueError):
        answers.add(" ", [1], taken_at=WHEN)
    with pytest.raises(ValueError):
        answers.add("phq9", [1], taken_at=datetime(2026, 3, 1, 9))


def test_history_is_oldest_first_and_per_instrument(answers: Questionnaires) -> None:
    second = answers.add("phq9", [1] * 9, taken_at=WHEN + timedelta(days=14))
    first = answers.add("phq9", [2] * 9, taken_at=WHEN)
    other = answers.add("gad7", [0] * 7, taken_at=WHEN + timedelta(days=1))
    assert [r.id for r in answers.history("phq9")] == [first.id, second.id]
    assert [r.id for r in answers.history()] == [first.id, other.id, second.id]
    assert answers.last_day("phq9") == date(2026, 3, 15)
    assert answers.last_day("qpr15") is None


def test_delete_restore_and_purge(answers: Questionnaires) -> None:
    kept = answers.add("qpr15", [4] * 15, taken_at=WHEN)
    answers.delete(kept.id)
    assert answers.history() == [] and answers.last_day("qpr15") is None
    with pytest.raises(errors.NotFoundError):
        answers.get(kept.id)
    with pytest.raises(errors.NotFoundError):
        answers.delete(kept.id)
    assert [r.id for r in answers.recently_deleted()] == [kept.id]
    assert answers.restore(kept.id) == kept
    answers.delete(kept.id)
    assert answers.purge_deleted(datetime(2100, 1, 1, tzinfo=UTC)) == 1
    with pytest.raises(errors.NotFoundError):
        answers.restore(kept.id)


def test_purge_takes_the_answers_with_it(vault: Vault, answers: Questionnaires) -> None:
    kept = answers.add("gad7", [1] * 7, taken_at=WHEN)
    answers.delete(kept.id)
    answers.purge_deleted(datetime(2100, 1, 1, tzinfo=UTC))
    assert vault.query("SELECT count(*) FROM questionnaire_answer") == [(0,)]


def test_repositories_carry_the_questionnaires(vault: Vault) -> None:
    repos = Repositories.from_vault(vault)
    repos.questionnaires.add("ons4", [5, 5, 5, 5], taken_at=WHEN)
    assert len(repos.questionnaires.history("ons4")) == 1


def test_questionnaires_are_off_until_switched_on(vault: Vault) -> None:
    settings = Settings(vault)
    assert all(settings.get(f"questionnaire_{k}_days") == 0
               for k in ("ons4", "phq9", "gad7", "qpr15"))
    settings.set("questionnaire_phq9_days", 14)
    assert settings.get("questionnaire_phq9_days") == 14
    with pytest.raises(ValueError):
        settings.set("questionnaire_phq9_days", 400)


@pytest.mark.slow
def test_schema3_fixture_migrates_and_takes_responses(tmp_path: Path) -> None:
    path = tmp_path / "old.vault"
    shutil.copyfile(FIXTURES / "schema3.vault", path)
    with Vault.open(path, FIXTURE_PASSPHRASE) as vault:
        assert vault.schema_version == load_migrations()[-1].version >= 7
        assert vault.query("SELECT note FROM checkin ORDER BY id") == [("Slept well.",), ("",)]
        kept = Questionnaires(vault).add("phq9", [0] * 9, taken_at=WHEN)
        assert Questionnaires(vault).get(kept.id).answers == (0,) * 9
        assert vault.check_integrity().ok
