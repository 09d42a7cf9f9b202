"""Every importer refuses a measure range or value the app can't draw or store, naming where."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from recovery_journal.portability.export import export_document, write_json
from recovery_journal.portability.importing import (
    CsvMapping,
    ImportProblem,
    apply,
    read_import,
)
from recovery_journal.storage.repositories import Repositories
from recovery_journal.storage.vault import Vault

_MEASURE = {"key": "focus", "name": "Focus", "min_value": 0, "max_value": 10,
            "low_label": "", "high_label": "", "built_in": False, "archived": False}
_CHECKIN = {"recorded_at": "2024-01-01T10:00:00+00:00", "values": {"mood": 5}}


@pytest.fixture
def repos(vault: Vault) -> Repositories:
    return Repositories.from_vault(vault)


def _file(tmp_path: Path, **lists: object) -> Path:
    path = tmp_path / "in.json"
    document = {"format": "recovery-journal", "version": 1, **lists}
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


def _counts(repos: Repositories) -> tuple[int, int]:
    return len(repos.measures.list(include_archived=True)), repos.checkins.count()


@pytest.mark.parametrize(("value", "message"), [
    ("1e9", "too large for a measure"), ("-1000000.5", "too large for a measure"),
    ("1e400", "ordinary number"), ("inf", "ordinary number"), ("nan", "ordinary number"),
])
def test_any_csv_refuses_an_absurd_value_naming_row_and_column(
    repos: Repositories, tmp_path: Path, value: str, message: str
) -> None:
    path = tmp_path / "in.csv"
    path.write_text(f"d,how\n2024-01-01,4\n2024-01-02,{value}\n", encoding="utf-8")
    with pytest.raises(ImportProblem, match=message) as caught:
        read_import("csv", path, mapping=CsvMapping(date="d", measures={"how": "mood"}))
    assert (caught.value.row, caught.value.column) == (3, "how")
    assert _counts(repos) == (2, 0)


def test_any_csv_takes_values_up_to_a_million_and_a_decimal_comma(
    repos: Repositories, tmp_path: Path
) -> None:
    path = tmp_path / "in.csv"
    path.write_text('d,how\n2024-01-01,1000000\n2024-01-02,-1000000\n2024-01-03,"7,5"\n',
                    encoding="utf-8")
    plan = read_import("csv", path, mapping=CsvMapping(date="d", measures={"how": "steps"}))
    assert [c.values for c in plan.checkins] == [
        (("steps", 1_000_000.0),), (("steps", -1_000_000.0),), (("steps", 7.5),)]
    repos.measures.add("Steps", -1_000_000, 1_000_000)
    apply(plan, repos)
    assert sorted(c.values["steps"] for c in repos.checkins.recent()) == [
        -1_000_000, 7.5, 1_000_000]


@pytest.mark.parametrize(("text", "message"), [
    ("1e9", "Row 3, column \"how\": This number is too large for a measure (the limit is a "
            "million either way)."),
    ("inf", "Row 3, column \"how\": This isn't an ordinary number."),
    ("many", "Row 3, column \"how\": This isn't a number."),
])
def test_any_csv_refusals_are_whole_plain_sentences(
    tmp_path: Path, text: str, message: str
) -> None:
    path = tmp_path / "in.csv"
    path.write_text(f"d,how\n2024-01-01,4\n2024-01-02,{text}\n", encoding="utf-8")
    with pytest.raises(ImportProblem) as caught:
        read_import("csv", path, mapping=CsvMapping(date="d", measures={"how": "mood"}))
    assert str(caught.value) == message


@pytest.mark.parametrize(("changes", "column", "message"), [
    ({"max_value": 1e7}, "measures.min_value", "between -1,000,000 and 1,000,000"),
    ({"min_value": -1e300}, "measures.min_value", "between -1,000,000 and 1,000,000"),
    ({"max_value": 10.125}, "measures.min_value", "at most two decimals"),
    ({"min_value": 10}, "measures.min_value", "below the highest value"),
    ({"step": 0.25}, "measures.step", "halves"),
    ({"step": "half"}, "measures.step", "must be a number"),
])
def test_our_json_refuses_an_absurd_measure_and_writes_nothing(
    repos: Repositories, tmp_path: Path, changes: dict[str, object], column: str, message: str
) -> None:
    measures = [_MEASURE, {**_MEASURE, "key": "calm", "name": "Calm", **changes}]
    path = _file(tmp_path, measures=measures, checkins=[_CHECKIN])
    with pytest.raises(ImportProblem, match=message) as caught:
        apply(read_import("json", path), repos)
    assert (caught.value.row, caught.value.column) == (2, column)
    assert _counts(repos) == (2, 0)


@pytest.mark.parametrize(("text", "message"), [
    ("1e9", "too large for a measure"), ("1e400", "ordinary number"),
])
def test_our_json_refuses_an_absurd_value_or_threshold(
    repos: Repositories, tmp_path: Path, text: str, message: str
) -> None:
    path = tmp_path / "in.json"
    path.write_text(
        '{"format": "recovery-journal", "version": 1, "checkins": ['
        '{"recorded_at": "2024-01-01T10:00:00+00:00", "values": {"mood": 5}}, '
        '{"recorded_at": "2024-01-02T10:00:00+00:00", "values": {"mood": ' + text + "}}]}",
        encoding="utf-8")
    with pytest.raises(ImportProblem, match=message) as caught:
        read_import("json", path)
    assert (caught.value.row, caught.value.column) == (2, "checkins.values.mood")
    rule = {"kind": "below", "measure_key": "mood", "threshold": 1e9, "days": 2}
    with pytest.raises(ImportProblem, match="too large") as caught:
        read_import("json", _file(tmp_path, warning_rules=[rule]))
    assert (caught.value.row, caught.value.column) == (1, "warning_rules.threshold")
    assert _counts(repos) == (2, 0)


def test_steps_travel_with_the_export_and_old_files_get_the_default(
    repos: Repositories, make_vault: Callable[..., Vault], tmp_path: Path
) -> None:
    repos.measures.add("Focus", 1, 5, step=0.1)
    repos.measures.set_archived(repos.measures.add("Sleep hours").id, True)
    path = tmp_path / "all.json"
    write_json(repos, path)
    fresh = Repositories.from_vault(make_vault("fresh.vault"))
    apply(read_import("json", path), fresh)
    assert {m.key: (m.min_value, m.step, m.archived)
            for m in fresh.measures.list(include_archived=True)} == {
        "mood": (0, 1, False), "hope": (0, 1, False), "focus": (1, 0.1, False),
        "sleep_hours": (0, 0.5, True)}
    assert export_document(fresh) == export_document(repos)

    old = [{k: v for k, v in m.items() if k != "step"}
           for m in json.loads(path.read_text("utf-8"))["measures"]]
    older = Repositories.from_vault(make_vault("older.vault"))
    apply(read_import("json", _file(tmp_path, measures=old)), older)
    assert {m.key: m.step for m in older.measures.list(include_archived=True)} == {
        "mood": 1, "hope": 1, "focus": 1, "sleep_hours": 0.5}
