"""Life checks in our JSON and CSV: a round trip through a new vault, skips, notes, twice."""

from __future__ import annotations

import json
import zipfile
from collections.abc import Callable
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from recovery_journal.model import LifeRating
from recovery_journal.portability.export import export_document, write_csv_zip, write_json
from recovery_journal.portability.importing import ImportProblem, apply, preview, read_import
from recovery_journal.storage.repositories import Repositories
from recovery_journal.storage.vault import Vault
from tests.portability.test_export import _rows

TZ = timezone(timedelta(hours=2))


@pytest.fixture
def rated(make_vault: Callable[..., Vault]) -> Repositories:
    repos = Repositories.from_vault(make_vault("rated.vault"))
    work, learning, *_ = repos.life_domains.list()
    music = repos.life_domains.add("Music")
    repos.life_checks.add(datetime(2026, 9, 1, 20, tzinfo=TZ),
                          [LifeRating(work.id, 3), LifeRating(music.id, 6, "Choir on Tuesdays")])
    repos.life_checks.add(datetime(2026, 10, 13, 8, tzinfo=TZ),
                          [LifeRating(work.id, 4), LifeRating(learning.id, None, "=A course")])
    return repos


def test_json_round_trip_through_a_new_vault_gives_the_same_document(
    rated: Repositories, make_vault: Callable[..., Vault], tmp_path: Path
) -> None:
    first = tmp_path / "first.json"
    write_json(rated, first)
    checks = json.loads(first.read_text("utf-8"))["life_checks"]
    assert checks[0] == {
        "taken_at": "2026-09-01T20:00:00+02:00", "local_date": "2026-09-01",
        "ratings": [
            {"life_domain": "Work & meaningful activity", "rating": 3, "going_well": ""},
            {"life_domain": "Music", "rating": 6, "going_well": "Choir on Tuesdays"},
        ],
    }
    assert checks[1]["ratings"][1] == {"life_domain": "Learning", "rating": None,
                                       "going_well": "=A course"}
    fresh = Repositories.from_vault(make_vault("fresh.vault"))
    plan = read_import("json", first)
    assert plan.counts()["life_checks"] == 2
    assert preview(plan, fresh).counts["life_checks"] == 2
    added = apply(plan, fresh)
    assert added["life_checks"] == 2
    assert [d.name for d in fresh.life_domains.list()][-1] == "Music"
    second = tmp_path / "second.json"
    write_json(fresh, second)
    assert second.read_bytes() == first.read_bytes()
    # The same file again adds nothing.
    assert apply(read_import("json", first), fresh)["life_checks"] == 0
    assert len(fresh.life_checks.list()) == 2


def test_a_changed_check_is_a_new_one_and_an_older_file_carries_none(
    rated: Repositories, make_vault: Callable[..., Vault], tmp_path: Path
) -> None:
    document = export_document(rated)
    document["life_checks"][0]["ratings"][0]["rating"] = 5  # type: ignore[index]
    path = tmp_path / "changed.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    assert apply(read_import("json", path), rated)["life_checks"] == 1
    assert len(rated.life_checks.list()) == 3
    del document["life_checks"]
    path.write_text(json.dumps(document), encoding="utf-8")
    fresh = Repositories.from_vault(make_vault("fresh.vault"))
    plan = read_import("json", path)
    assert "life_checks" not in plan.counts()
    apply(plan, fresh)
    assert fresh.life_checks.list() == []


@pytest.mark.parametrize("rating, column", [
    ({"life_domain": "Work", "rating": 8}, "life_checks.ratings.rating"),
    ({"life_domain": "Work", "rating": "5"}, "life_checks.ratings.rating"),
    ({"rating": 5}, "life_checks.ratings.life_domain"),
    ({"life_domain": "Work", "rating": None}, "life_checks.ratings"),
])
def test_malformed_life_checks_name_the_field_and_write_nothing(
    repos_empty: Repositories, tmp_path: Path, rating: dict[str, object], column: str
) -> None:
    path = tmp_path / "bad.json"
    path.write_text(json.dumps({
        "format": "recovery-journal", "version": 1,
        "life_checks": [{"taken_at": "2026-01-01T10:00:00+00:00", "ratings": [rating]}],
    }), encoding="utf-8")
    with pytest.raises(ImportProblem) as caught:
        read_import("json", path)
    assert caught.value.column == column
    assert repos_empty.life_checks.list() == []


@pytest.fixture
def repos_empty(vault: Vault) -> Repositories:
    return Repositories.from_vault(vault)


def test_csv_zip_has_one_row_per_rating_with_formulas_neutralised(
    rated: Repositories, repos_empty: Repositories, tmp_path: Path
) -> None:
    path = tmp_path / "all.zip"
    write_csv_zip(rated, path)
    with zipfile.ZipFile(path) as archive:
        rows = _rows(archive, "life_checks.csv")
    assert [(r["check"], r["life_domain"], r["rating"]) for r in rows] == [
        ("1", "Work & meaningful activity", "3"), ("1", "Music", "6"),
        ("2", "Work & meaningful activity", "4"), ("2", "Learning", ""),
    ]
    assert rows[3]["going_well"] == "'=A course"
    empty = tmp_path / "empty.zip"
    write_csv_zip(repos_empty, empty)
    with zipfile.ZipFile(empty) as archive:
        header = archive.read("life_checks.csv").decode("utf-8-sig").splitlines()
    assert header == ["check,taken_at,local_date,life_domain,rating,going_well"]
