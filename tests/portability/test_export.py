"""The full export: JSON round trip through a new vault, CSV zip, atomic 0600 files."""

from __future__ import annotations

import csv
import io
import json
import os
import stat
import zipfile
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from recovery_journal.demo import fill_demo
from recovery_journal.model import GoalStatus, PlanSectionKey, RuleKind
from recovery_journal.portability.export import export_document, write_csv_zip, write_json
from recovery_journal.portability.importing import (
    ImportProblem,
    apply,
    preview,
    read_import,
)
from recovery_journal.storage.repositories import Repositories
from recovery_journal.storage.vault import Vault


@pytest.fixture
def demo(make_vault: Callable[..., Vault]) -> Repositories:
    repos = Repositories.from_vault(make_vault("demo.vault"))
    fill_demo(repos, end=date(2024, 6, 30), seed=3)
    _add_rules(repos)
    return repos


def _add_rules(repos: Repositories) -> None:
    """Three early-warning rules: on a measure the person made, a window, and a paused tag."""
    rules = repos.warning_rules
    rules.add(RuleKind.BELOW, measure_key="sleep_hours", threshold=5.5, days=3)
    rules.add(RuleKind.AT_MOST_OF, measure_key="mood", threshold=3, days=4, window_days=7,
              section_key=PlanSectionKey.BREAKING_DOWN)
    tag = rules.add(RuleKind.TAG_RUNNING, tag_name="Not eating", days=2)
    rules.set_paused(tag.id, True)


def test_json_round_trip_through_a_new_vault_gives_the_same_document(
    demo: Repositories, make_vault: Callable[..., Vault], tmp_path: Path
) -> None:
    first = tmp_path / "first.json"
    write_json(demo, first)
    fresh = Repositories.from_vault(make_vault("fresh.vault"))
    added = apply(read_import("json", first), fresh)
    assert added["checkins"] == demo.checkins.count() > 0
    assert added["warning_rules"] == 3
    second = tmp_path / "second.json"
    write_json(fresh, second)
    assert second.read_bytes() == first.read_bytes()


def test_the_json_text_is_the_document_with_a_record_per_line(
    demo: Repositories, tmp_path: Path
) -> None:
    from recovery_journal.portability.export import document_bytes

    document = export_document(demo)
    written = tmp_path / "streamed.json"
    write_json(demo, written)  # written record by record: the same bytes
    assert written.read_bytes() == document_bytes(document)
    document["empty"] = []
    document["odd \ud800 \"text\""] = {"nested": [1, 2.5, None]}
    text = document_bytes(document).decode("utf-8")
    assert text.endswith("}\n")
    assert json.loads(text) == json.loads(
        json.dumps(document, ensure_ascii=False).encode("utf-8", "replace"))
    lines = text.splitlines()
    assert lines[:2] == ["{", '  "format": "recovery-journal",']
    checkins = lines.index('  "checkins": [')
    count = len(document["checkins"])  # type: ignore[arg-type]
    rows = lines[checkins + 1 : checkins + 1 + count]
    assert all(row.startswith("    {") for row in rows)
    assert json.loads(rows[0].rstrip(",")) == document["checkins"][0]  # type: ignore[index]
    assert lines[checkins + 1 + count].startswith("  ]")
    assert '  "empty": [],' in lines


def test_the_document_holds_every_kind_named_by_the_format(demo: Repositories) -> None:
    document = export_document(demo)
    assert document["format"] == "recovery-journal"
    assert document["version"] == 1
    for kind in ("measures", "tags", "life_domains", "checkins", "journal_entries",
                 "strengths", "strength_uses", "goals", "plan_sections", "supporters",
                 "helplines", "warning_rules"):
        assert isinstance(document[kind], list) and document[kind], kind
    checkin = document["checkins"][0]  # type: ignore[index]
    assert set(checkin) >= {"recorded_at", "local_date", "values", "tags", "note"}


def test_warning_rules_are_exported_by_their_fields_without_ids(demo: Repositories) -> None:
    rules = export_document(demo)["warning_rules"]
    assert isinstance(rules, list)
    assert [set(r) for r in rules] == [{
        "kind", "measure_key", "tag_name", "threshold", "days", "window_days", "section_key",
        "paused", "created_at"}] * 3
    assert [(r["kind"], r["measure_key"], r["tag_name"], r["threshold"], r["days"],
             r["window_days"], r["section_key"], r["paused"]) for r in rules] == [
        ("below", "sleep_hours", "", 5.5, 3, 3, "early_warning", False),
        ("at_most_of", "mood", "", 3.0, 4, 7, "breaking_down", False),
        ("tag_running", "", "Not eating", 0.0, 2, 2, "early_warning", True),
    ]


def test_rules_already_here_are_not_added_again_even_when_paused_or_moved(
    demo: Repositories, tmp_path: Path
) -> None:
    path = tmp_path / "out.json"
    write_json(demo, path)
    first = demo.warning_rules.list()[0]
    demo.warning_rules.set_paused(first.id, True)
    demo.warning_rules.update(first.id, section_key=PlanSectionKey.CRISIS)
    assert apply(read_import("json", path), demo)["warning_rules"] == 0
    assert len(demo.warning_rules.list()) == 3


def test_a_rule_on_a_measure_the_journal_lacks_is_refused_and_nothing_is_written(
    vault: Vault, tmp_path: Path
) -> None:
    repos = Repositories.from_vault(vault)
    rule = {"kind": "below", "measure_key": "mood", "threshold": 4, "days": 2}
    text = json.dumps({
        "format": "recovery-journal", "version": 1, "tags": [{"name": "New"}],
        "warning_rules": [rule, {**rule, "measure_key": "unknown"}],
    })
    path = tmp_path / "in.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ImportProblem) as caught:
        apply(read_import("json", path), repos)
    assert (caught.value.row, caught.value.column) == (2, "warning_rules")
    assert repos.warning_rules.list() == []
    assert repos.tags.by_name("New") is None


@pytest.mark.parametrize(("rule", "column"), [
    ({"kind": "sometimes", "days": 2}, "warning_rules.kind"),
    ({"kind": "below", "days": 2, "section_key": "elsewhere"}, "warning_rules.section_key"),
    ({"kind": "below", "measure_key": "mood", "threshold": "low", "days": 2},
     "warning_rules.threshold"),
    ({"kind": "below", "measure_key": "mood", "threshold": 4}, "warning_rules.days"),
])
def test_malformed_rules_name_the_field(
    tmp_path: Path, rule: dict[str, object], column: str
) -> None:
    path = tmp_path / "in.json"
    path.write_text(json.dumps({"format": "recovery-journal", "version": 1,
                                "warning_rules": [rule]}), encoding="utf-8")
    with pytest.raises(ImportProblem) as caught:
        read_import("json", path)
    assert (caught.value.row, caught.value.column) == (1, column)


def test_a_version_1_file_from_before_the_rules_still_imports(
    demo: Repositories, make_vault: Callable[..., Vault], tmp_path: Path
) -> None:
    document = export_document(demo)
    del document["warning_rules"]
    path = tmp_path / "older.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    fresh = Repositories.from_vault(make_vault("fresh.vault"))
    added = apply(read_import("json", path), fresh)
    assert added["checkins"] == demo.checkins.count()
    assert added["warning_rules"] == 0 and fresh.warning_rules.list() == []


def test_round_trip_keeps_stamps_revisions_and_closed_goals(
    vault: Vault, make_vault: Callable[..., Vault], tmp_path: Path
) -> None:
    repos = Repositories.from_vault(vault)
    moments = iter(datetime(2024, 1, 1, tzinfo=UTC) + timedelta(hours=n) for n in range(100))
    vault.clock = lambda: next(moments)
    zone = timezone(timedelta(hours=-5))
    made = repos.checkins.add(recorded_at=datetime(2024, 1, 2, 23, 30, tzinfo=zone),
                              values={"mood": 6.5}, tags=["Walk"], note="=1+1")
    repos.checkins.update(made.id, note="edited")
    repos.plan.save(PlanSectionKey.WELL, "first")
    repos.plan.save(PlanSectionKey.WELL, "second")
    goal = repos.goals.add("Rest more")
    step = repos.goals.add_step(goal.id, "Bed by ten")
    repos.goals.set_step_done(step.id, True)
    repos.goals.set_status(goal.id, GoalStatus.LET_GO)
    repos.measures.add("Sleep quality", 0, 5)
    repos.measures.update(repos.measures.by_key("sleep_quality").id, name="Rest")
    path = tmp_path / "out.json"
    write_json(repos, path)
    fresh = Repositories.from_vault(make_vault("fresh.vault"))
    apply(read_import("json", path), fresh)
    again = tmp_path / "again.json"
    write_json(fresh, again)
    assert again.read_text("utf-8") == path.read_text("utf-8")
    assert [r.body for r in fresh.plan.revisions(PlanSectionKey.WELL)] == ["second", "first"]


def test_importing_the_same_export_twice_adds_nothing_the_second_time(
    demo: Repositories, tmp_path: Path
) -> None:
    path = tmp_path / "out.json"
    write_json(demo, path)
    plan = read_import("json", path)
    shown = preview(plan, demo)
    assert shown.already_there == shown.counts
    assert all(n == 0 for n in apply(plan, demo).values())


def test_export_files_are_private_and_leave_no_temporary_files(
    demo: Repositories, tmp_path: Path
) -> None:
    out = tmp_path / "exports"
    out.mkdir()
    write_json(demo, out / "all.json")
    write_csv_zip(demo, out / "all.zip")
    assert sorted(p.name for p in out.iterdir()) == ["all.json", "all.zip"]
    for path in out.iterdir():
        assert stat.S_IMODE(os.stat(path).st_mode) == 0o600


def test_a_failed_export_leaves_the_previous_file_whole(
    demo: Repositories, tmp_path: Path
) -> None:
    path = tmp_path / "all.json"
    path.write_text("previous", encoding="utf-8")
    demo.vault.close()
    with pytest.raises(Exception):  # noqa: B017 - any error; the point is the file
        write_json(demo, path)
    assert path.read_text(encoding="utf-8") == "previous"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_csv_zip_has_one_file_per_kind_and_neutralised_formulas(
    vault: Vault, tmp_path: Path
) -> None:
    repos = Repositories.from_vault(vault)
    repos.checkins.add(recorded_at=datetime(2024, 1, 2, 9, tzinfo=UTC), values={"mood": 4},
                       tags=["@home"], note="=HYPERLINK(\"http://x\")")
    repos.journal.add(written_at=datetime(2024, 1, 2, 9, tzinfo=UTC), title="+1",
                      body="-2\n" + "x" * 5_000_000)
    path = tmp_path / "all.zip"
    write_csv_zip(repos, path)
    with zipfile.ZipFile(path) as archive:
        names = set(archive.namelist())
        assert {"checkins.csv", "journal_entries.csv", "goals.csv", "goal_steps.csv",
                "plan_revisions.csv", "supporters.csv", "measures.csv",
                "warning_rules.csv"} <= names
        checkins = _rows(archive, "checkins.csv")
        entries = _rows(archive, "journal_entries.csv")
    assert checkins[0]["note"] == "'=HYPERLINK(\"http://x\")"
    assert checkins[0]["tags"] == "'@home"
    assert checkins[0]["value:mood"] == "4.0"
    assert entries[0]["title"] == "'+1"
    assert entries[0]["body"].startswith("'-2\n") and len(entries[0]["body"]) > 5_000_000


def _rows(archive: zipfile.ZipFile, name: str) -> list[dict[str, str]]:
    csv.field_size_limit(2**31 - 1)
    text = archive.read(name).decode("utf-8-sig")
    return list(csv.DictReader(io.StringIO(text, newline="")))


def test_json_export_is_valid_utf8_even_with_a_lone_surrogate(
    vault: Vault, tmp_path: Path
) -> None:
    repos = Repositories.from_vault(vault)
    repos.journal.add(written_at=datetime(2024, 1, 2, 9, tzinfo=UTC), body="a\ud800b")
    path = tmp_path / "all.json"
    write_json(repos, path)
    entry = json.loads(path.read_text("utf-8"))["journal_entries"][0]
    assert entry["body"] == "a\ufffdb"


def test_csv_zip_holds_the_warning_rules(demo: Repositories, tmp_path: Path) -> None:
    path = tmp_path / "all.zip"
    write_csv_zip(demo, path)
    with zipfile.ZipFile(path) as archive:
        rules = _rows(archive, "warning_rules.csv")
    assert [(r["kind"], r["measure_key"], r["tag_name"], r["window_days"], r["paused"])
            for r in rules] == [("below", "sleep_hours", "", "3", "false"),
                                ("at_most_of", "mood", "", "7", "false"),
                                ("tag_running", "", "Not eating", "2", "true")]


def test_csv_warning_rules_file_has_its_header_when_there_are_none(
    vault: Vault, tmp_path: Path
) -> None:
    path = tmp_path / "all.zip"
    write_csv_zip(Repositories.from_vault(vault), path)
    with zipfile.ZipFile(path) as archive:
        text = archive.read("warning_rules.csv").decode("utf-8-sig")
    assert text == ("kind,measure_key,tag_name,threshold,days,window_days,section_key,paused,"
                    "created_at\r\n")
