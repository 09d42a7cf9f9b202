"""Questionnaire answers in the export and back: item by item, blanks kept blank, no doubles."""

from __future__ import annotations

import csv
import io
import json
import zipfile
from collections.abc import Callable
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from recovery_journal.portability.export import export_document, write_csv_zip, write_json
from recovery_journal.portability.importing import ImportProblem, apply, read_import
from recovery_journal.storage.repositories import Repositories
from recovery_journal.storage.vault import Vault

WHEN = datetime(2026, 3, 1, 21, 30, tzinfo=timezone(timedelta(hours=-5)))


@pytest.fixture
def answered(make_vault: Callable[..., Vault]) -> Repositories:
    repos = Repositories.from_vault(make_vault("answered.vault"))
    repos.questionnaires.add("phq9", [0, 1, None, 3, 2, 0, 0, 1, 0], taken_at=WHEN, extra=2)
    repos.questionnaires.add("ons4", [7, 8, 6, 2], taken_at=WHEN + timedelta(days=7))
    repos.questionnaires.add("qpr15", [None] * 15, taken_at=WHEN + timedelta(days=8))
    return repos


def test_json_round_trip_keeps_every_answer_and_blank(
    answered: Repositories, make_vault: Callable[..., Vault], tmp_path: Path,
) -> None:
    first = tmp_path / "first.json"
    write_json(answered, first)
    fresh = Repositories.from_vault(make_vault("fresh.vault"))
    assert apply(read_import("json", first), fresh)["questionnaire_responses"] == 3
    mine = [(r.instrument, r.taken_at, r.local_date, r.answers, r.extra)
            for r in fresh.questionnaires.history()]
    assert mine == [(r.instrument, r.taken_at, r.local_date, r.answers, r.extra)
                    for r in answered.questionnaires.history()]
    second = tmp_path / "second.json"
    write_json(fresh, second)
    assert second.read_bytes() == first.read_bytes()
    # The same file again adds nothing.
    assert apply(read_import("json", first), fresh).get("questionnaire_responses", 0) == 0


def test_the_document_names_no_ids(answered: Repositories) -> None:
    [phq, _, _] = export_document(answered)["questionnaire_responses"]  # type: ignore[misc]
    assert phq == {"instrument": "phq9", "taken_at": "2026-03-01T21:30:00-05:00",
                   "local_date": "2026-03-01", "answers": [0, 1, None, 3, 2, 0, 0, 1, 0],
                   "extra": 2}


def test_csv_keeps_blanks_as_empty_places(answered: Repositories, tmp_path: Path) -> None:
    path = tmp_path / "all.zip"
    write_csv_zip(answered, path)
    with zipfile.ZipFile(path) as archive:
        text = archive.read("questionnaire_responses.csv").decode("utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(text, newline="")))
    assert [r["instrument"] for r in rows] == ["phq9", "ons4", "qpr15"]
    assert rows[0]["answers"] == "0,1,,3,2,0,0,1,0" and rows[0]["extra"] == "2"
    assert rows[2]["answers"] == "," * 14


@pytest.mark.parametrize(("response", "column"), [
    ({"instrument": "wemwbs", "taken_at": "2026-03-01T09:00:00+00:00", "answers": [1]},
     "instrument"),
    ({"instrument": "gad7", "taken_at": "2026-03-01T09:00:00+00:00", "answers": [1] * 6},
     "answers"),
    ({"instrument": "gad7", "taken_at": "2026-03-01T09:00:00+00:00",
      "answers": [1, 1, 1, 1, 1, 1, 4]}, "answers"),
    ({"instrument": "gad7", "taken_at": "2026-03-01T09:00:00+00:00",
      "answers": [1, 1, 1, 1, 1, 1, True]}, "answers"),
    ({"instrument": "gad7", "taken_at": "2026-03-01T09:00:00+00:00", "answers": [0] * 7,
      "extra": 9}, "extra"),
])
def test_a_response_that_does_not_fit_is_refused_by_its_field(
    tmp_path: Path, response: dict[str, object], column: str,
) -> None:
    path = tmp_path / "in.json"
    path.write_text(json.dumps({"format": "recovery-journal", "version": 1,
                                "questionnaire_responses": [response]}), encoding="utf-8")
    with pytest.raises(ImportProblem) as caught:
        read_import("json", path)
    assert caught.value.row == 1 and column in str(caught.value.column)
