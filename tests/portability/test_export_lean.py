"""The JSON export's lean read (storage/export_rows.py, portability/export_json.py) writes the
same bytes as the document built from the models, and reads back the same."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

import pytest

from recovery_journal.demo import fill_demo
from recovery_journal.portability.export import (
    document_bytes,
    export_bytes,
    export_document,
    write_json,
)
from recovery_journal.portability.importing import apply, read_import
from recovery_journal.storage.repositories import Repositories
from recovery_journal.storage.vault import Vault

EAST = timezone(timedelta(hours=5, minutes=30))
WEST = timezone(timedelta(hours=-5))


@pytest.fixture
def full(make_vault: Callable[..., Vault]) -> Repositories:
    """The demo journal (every kind of record) and the odd cases the lean read must keep."""
    repos = Repositories.from_vault(make_vault("full.vault"))
    fill_demo(repos, end=date(2024, 6, 30), seed=5)
    feeling = repos.feelings.list()[0].name
    same_instant = datetime(2024, 7, 1, 12, 0, tzinfo=UTC)
    # One instant in three offsets (ordered by the instant, then by id), a whole second with
    # no fraction, a fraction, tags whose order depends on case and accents.
    for moment in (same_instant.astimezone(EAST), same_instant, same_instant.astimezone(WEST)):
        repos.checkins.add(recorded_at=moment, values={"mood": 4, "hope": 6.5},
                           tags=["zebra", "Apple", "éclair", "banana", "Banjo", "Éz", "éa"],
                           note='Quotes " and \\ and\nnew lines, ünïcode ✓', feelings=[feeling])
        repos.journal.add(written_at=moment, title="Same \"moment\"", body="Line\n\tTab ✓",
                          tags=["Zed", "alpha", "Éa"])
    repos.checkins.add(recorded_at=datetime(2024, 7, 2, 8, 0, 0, 500, tzinfo=WEST))
    repos.journal.add(written_at=datetime(2024, 7, 2, 23, 59, 59, 1, tzinfo=EAST), body="")
    # Written last, dated first: the export's order is by time, not by id.
    repos.checkins.add(recorded_at=datetime(2024, 7, 5, 20, 0, tzinfo=UTC), values={"mood": 3})
    repos.checkins.add(recorded_at=datetime(2024, 7, 5, 8, 0, tzinfo=UTC), note="Earlier")
    repos.checkins.add(recorded_at=datetime(2019, 1, 1, 9, 0, tzinfo=UTC), values={"mood": 2})
    repos.journal.add(written_at=datetime(2019, 1, 1, 9, 0, tzinfo=UTC), title="Early")
    gone = repos.checkins.add(recorded_at=datetime(2024, 7, 3, 9, 0, tzinfo=UTC), note="gone")
    repos.checkins.delete(gone.id)
    gone_entry = repos.journal.add(written_at=datetime(2024, 7, 3, 9, 0, tzinfo=UTC))
    repos.journal.delete(gone_entry.id)
    with repos.vault.write() as writer:
        # Times as an older version or an import may have stored them: not the canonical text,
        # so the export rewrites them (the lean read must do so too).
        writer.execute("UPDATE checkin SET created_at = '2024-07-01T12:00:00+00:00', "
                       "recorded_at = '2024-07-01T17:30:00.000000+05:30', "
                       "updated_at = '2024-07-01 12:00:00.000000+00:00' "
                       "WHERE id = (SELECT min(id) FROM checkin WHERE note LIKE 'Quotes%')")
        writer.execute("UPDATE checkin SET recorded_at = '2024-07-01 12:00:00+00:00' "
                       "WHERE id = (SELECT max(id) FROM checkin WHERE note LIKE 'Quotes%')")
        writer.execute("UPDATE journal_entry SET updated_at = '2024-07-01 12:00:00.250000Z', "
                       "created_at = '2024-07-01T12:00:00.250000+01:00', "
                       "written_at = '2024-07-01T07:00:00-00:00' "
                       "WHERE id = (SELECT max(id) FROM journal_entry WHERE title LIKE 'Same%')")
    return repos


def test_the_lean_export_is_byte_identical_to_the_document(
    full: Repositories, tmp_path: Path
) -> None:
    # Hope moved above mood: values come in the measures' order, not the order of their ids.
    full.measures.move(full.measures.by_key("hope").id, 0)
    with full.vault.write() as writer:
        # An infinite value an old vault may hold: JSON has none, so it is written as text
        # (such a file is not read back), and the rest here is not kept as it is by an import.
        writer.execute("UPDATE checkin_value SET value = 9e999 WHERE checkin_id = "
                       "(SELECT max(id) FROM checkin WHERE note LIKE 'Quotes%')")
        # A time Python reads but SQLite's julianday() can't: `list()` puts it first.
        writer.execute("UPDATE journal_entry SET written_at = '20240702T070000+0530' "
                       "WHERE id = (SELECT min(id) FROM journal_entry WHERE title LIKE 'Same%')")
    expected = document_bytes(export_document(full))
    assert export_bytes(full) == expected
    path = tmp_path / "lean.json"
    write_json(full, path)
    assert path.read_bytes() == expected
    text = expected.decode("utf-8")
    assert "2024-07-01T17:30:00+05:30" in text and "2024-07-01T12:00:00.000000+00:00" in text
    assert "gone" not in text and text.count('"title": "Same \\"moment\\""') == 3
    assert '"mood": "∞"' in text and text.index('"Early"') < text.index(
        '"written_at": "2024-07-01T12:00:00+00:00"')


def test_the_lean_export_reads_back_the_same(
    full: Repositories, make_vault: Callable[..., Vault], tmp_path: Path
) -> None:
    first = tmp_path / "first.json"
    write_json(full, first)
    fresh = Repositories.from_vault(make_vault("fresh.vault"))
    added = apply(read_import("json", first), fresh)
    assert added["checkins"] == full.checkins.count() and added["journal_entries"] > 0
    assert export_bytes(fresh) == first.read_bytes()
    assert document_bytes(export_document(fresh)) == first.read_bytes()
