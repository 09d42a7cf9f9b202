"""Supports in our JSON and CSV: a round trip through a new vault, nothing merged or dropped."""

from __future__ import annotations

import json
import zipfile
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from recovery_journal.model import SupportEventKind, SupportKind
from recovery_journal.portability.export import export_document, write_csv_zip, write_json
from recovery_journal.portability.importing import ImportProblem, apply, preview, read_import
from recovery_journal.storage.repositories import Repositories
from recovery_journal.storage.vault import Vault
from tests.portability.test_export import _rows


@pytest.fixture
def kept(make_vault: Callable[..., Vault]) -> Repositories:
    repos = Repositories.from_vault(make_vault("kept.vault"))
    med = repos.supports.add(SupportKind.MEDICINE, "Sertraline", dose="50 mg",
                             how_often="each morning", started=date(2026, 3, 3))
    repos.supports.record(med.id, date(2026, 4, 2), SupportEventKind.CHANGED, dose="100 mg",
                          note="=Less foggy")
    repos.supports.add(SupportKind.GROUP, "Peer group", note="Thursdays")
    repos.supports.add(SupportKind.OTHER, "Allotment", kind_name="Gardening")
    return repos


def test_json_round_trip_through_a_new_vault_gives_the_same_document(
    kept: Repositories, make_vault: Callable[..., Vault], tmp_path: Path
) -> None:
    first = tmp_path / "first.json"
    write_json(kept, first)
    supports = json.loads(first.read_text("utf-8"))["supports"]
    assert supports[0] == {"kind": "group", "kind_name": "", "name": "Peer group", "dose": "",
                           "how_often": "", "note": "Thursdays", "events": []}
    assert supports[1]["events"] == [
        {"date": "2026-03-03", "kind": "started", "dose": None, "how_often": None, "note": ""},
        {"date": "2026-04-02", "kind": "changed", "dose": "100 mg", "how_often": None,
         "note": "=Less foggy"},
    ]
    fresh = Repositories.from_vault(make_vault("fresh.vault"))
    plan = read_import("json", first)
    assert plan.counts()["supports"] == 3
    assert preview(plan, fresh).counts["supports"] == 3
    assert apply(plan, fresh)["supports"] == 3
    second = tmp_path / "second.json"
    write_json(fresh, second)
    assert second.read_bytes() == first.read_bytes()
    # The same file again adds nothing; a changed support is added beside, never merged.
    assert apply(read_import("json", first), fresh)["supports"] == 0
    document = export_document(fresh)
    document["supports"][1]["events"][1]["dose"] = "75 mg"  # type: ignore[index]
    first.write_text(json.dumps(document), encoding="utf-8")
    assert apply(read_import("json", first), fresh)["supports"] == 1
    doses = sorted(s.current_dose for s in fresh.supports.list() if s.name == "Sertraline")
    assert doses == ["100 mg", "75 mg"]
    # Spaces around words in a file are trimmed as when typed: the same support, not a new one.
    document["supports"][1]["events"][1]["dose"] = "  75 mg "  # type: ignore[index]
    document["supports"][1]["name"] = " Sertraline"  # type: ignore[index]
    first.write_text(json.dumps(document), encoding="utf-8")
    assert apply(read_import("json", first), fresh)["supports"] == 0


@pytest.mark.parametrize("support, column", [
    ({"kind": "pills", "name": "x"}, "supports.kind"),
    ({"kind": "medicine", "name": "  "}, "supports.name"),
    ({"kind": "medicine", "name": "x", "events": [{"date": "2026-01-01", "kind": "missed"}]},
     "supports.events.kind"),
    ({"kind": "medicine", "name": "x", "events": [{"date": "soon", "kind": "note"}]},
     "supports.events.date"),
])
def test_malformed_supports_name_the_field_and_write_nothing(
    vault: Vault, tmp_path: Path, support: dict[str, object], column: str
) -> None:
    path = tmp_path / "bad.json"
    path.write_text(json.dumps({"format": "recovery-journal", "version": 1,
                                "supports": [support]}), encoding="utf-8")
    with pytest.raises(ImportProblem) as caught:
        read_import("json", path)
    assert caught.value.column == column
    assert Repositories.from_vault(vault).supports.list() == []


def test_csv_zip_has_a_row_per_event_and_per_support_without_events(
    kept: Repositories, tmp_path: Path
) -> None:
    path = tmp_path / "all.zip"
    write_csv_zip(kept, path)
    with zipfile.ZipFile(path) as archive:
        rows = _rows(archive, "supports.csv")
    assert [(r["support"], r["name"], r["event"], r["event_dose"]) for r in rows] == [
        ("1", "Peer group", "", ""), ("2", "Sertraline", "started", ""),
        ("2", "Sertraline", "changed", "100 mg"), ("3", "Allotment", "", ""),
    ]
    assert rows[2]["event_note"] == "'=Less foggy" and rows[3]["kind_name"] == "Gardening"
