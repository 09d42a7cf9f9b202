"""Hypothesis fuzzing of every importer: only ImportProblem, and never a partial write."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from recovery_journal.portability.importing import (
    CsvMapping,
    ImportProblem,
    apply,
    read_import,
)
from recovery_journal.storage.repositories import Repositories
from recovery_journal.storage.vault import Vault

FORMATS = ("json", "daylio", "pixels", "jrnl", "csv")
MAPPING = CsvMapping(date="date", time="time", measures={"mood": "mood"}, tags=("tags",),
                     note="note")
FUZZ = settings(max_examples=60, deadline=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture])

def _counts(repos: Repositories) -> tuple[int, ...]:
    return (repos.checkins.count(), repos.journal.count(), len(repos.tags.list(True)),
            len(repos.measures.list(True)), len(repos.strengths.list(True)),
            len(repos.goals.list()), len(repos.supporters.list()),
            len(repos.warning_rules.list()))


def _try(format: str, data: bytes, repos: Repositories) -> None:
    """Read and apply one file; anything but ImportProblem fails, and so does a half write."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "in"
        path.write_bytes(data)
        before = _counts(repos)
        try:
            plan = read_import(format, path, mapping=MAPPING)
            apply(plan, repos)
        except ImportProblem as problem:
            assert problem.message
            assert _counts(repos) == before


@pytest.fixture
def repos(vault: Vault) -> Repositories:
    return Repositories.from_vault(vault)


@pytest.mark.parametrize("format", FORMATS)
@FUZZ
@given(data=st.binary(max_size=300))
def test_random_bytes(repos: Repositories, format: str, data: bytes) -> None:
    _try(format, data, repos)


@pytest.mark.parametrize("format", FORMATS)
@FUZZ
@given(text=st.text(alphabet=st.sampled_from(list(",\"\r\n|:;-=0123456789 apmgoodmehrad<>&")),
                    max_size=200))
def test_csv_like_text(repos: Repositories, format: str, text: str) -> None:
    header = {"daylio": "full_date,date,weekday,time,mood,activities,note_title,note\n",
              "csv": "date,time,mood,tags,note\n"}.get(format, "")
    _try(format, (header + text).encode("utf-8"), repos)


def _json_values() -> st.SearchStrategy[object]:
    keys = st.sampled_from(["date", "time", "scores", "notes", "tags", "entries", "type",
                            "title", "body", "recorded_at", "values", "note", "format",
                            "version", "checkins", "mood"]) | st.text(max_size=4)
    leaves = (st.none() | st.booleans() | st.integers(-3, 12) | st.floats(allow_nan=False)
              | st.sampled_from(["2024-1-2", "2024-01-02", "10:00", "9:30 pm", "Mood",
                                 "2024-01-02T10:00:00+00:00", "recovery-journal", "@x"])
              | st.text(max_size=8))
    return st.recursive(
        leaves,
        lambda inner: st.lists(inner, max_size=4) | st.dictionaries(keys, inner, max_size=5),
        max_leaves=25,
    )


@pytest.mark.parametrize("format", ["json", "pixels", "jrnl"])
@FUZZ
@given(value=_json_values())
def test_json_structures(repos: Repositories, format: str, value: object) -> None:
    _try(format, json.dumps(value).encode("utf-8"), repos)


checkin = st.fixed_dictionaries({
    "recorded_at": st.sampled_from(["2024-01-02T10:00:00+00:00", "2024-01-03T23:59:00-05:00",
                                    "bad"]),
    "values": st.dictionaries(st.sampled_from(["mood", "hope", "unknown"]),
                              st.floats(-2, 12, allow_nan=False), max_size=2),
    "tags": st.lists(st.text(max_size=5), max_size=2),
    "note": st.text(max_size=10),
})


rule = st.fixed_dictionaries({
    "kind": st.sampled_from(["below", "above", "at_most_of", "tag_running", "odd"]),
    "measure_key": st.sampled_from(["mood", "hope", "unknown", ""]),
    "tag_name": st.text(max_size=5),
    "threshold": st.floats(-2, 12, allow_nan=False) | st.none(),
    "days": st.integers(-1, 400),
    "window_days": st.integers(-1, 400),
    "paused": st.booleans(),
})


@FUZZ
@given(checkins=st.lists(checkin, max_size=6),
       tags=st.lists(st.fixed_dictionaries({"name": st.text(max_size=5),
                                            "kind": st.sampled_from(["activity", "odd"])}),
                     max_size=3),
       rules=st.lists(rule, max_size=3))
def test_our_documents_apply_whole_or_not_at_all(
    repos: Repositories, checkins: list[object], tags: list[object], rules: list[object]
) -> None:
    document = {"format": "recovery-journal", "version": 1, "tags": tags, "checkins": checkins,
                "warning_rules": rules}
    _try("json", json.dumps(document).encode("utf-8"), repos)
