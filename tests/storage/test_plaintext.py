"""No personal text ever reaches the disk unencrypted: vault, WAL, journal or temp files."""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from recovery_journal.model import PlanSectionKey
from recovery_journal.storage.repositories import Repositories
from recovery_journal.storage.vault import Vault
from tests.reliability.scan import files_holding, files_under

MARK = "ZQXMARK"


def _mark(field: str) -> str:
    return f"{MARK}{field}"


def _fill_every_text_field(repos: Repositories) -> None:
    when = datetime(2026, 5, 4, 10, 30, tzinfo=UTC)
    measure = repos.measures.add(_mark("measure"), 0, 5, _mark("low"), _mark("high"))
    domain = repos.life_domains.add(_mark("domain"))
    repos.tags.add(_mark("tag"), life_domain_id=domain.id)
    repos.checkins.add(recorded_at=when, values={"mood": 4, measure.key: 3},
                       tags=[_mark("checkintag")], note=_mark("checkinnote") + " café")
    strength = repos.strengths.add(_mark("strength"), _mark("strengthdesc"))
    repos.strengths.log_use(strength.id, date(2026, 5, 4), _mark("usenote"), [_mark("usetag")])
    goal = repos.goals.add(_mark("goal"), _mark("why"), strength_ids=[strength.id])
    repos.goals.add_step(goal.id, _mark("step"))
    repos.goals.add_review(goal.id, date(2026, 5, 4), 40, _mark("review"))
    repos.journal.add(written_at=when, title=_mark("jtitle"), body=_mark("jbody") + " x" * 5000,
                      tags=[_mark("jtag")])
    for key in PlanSectionKey:
        repos.plan.save(key, _mark(f"plan{key.value}"))
    repos.plan.save(PlanSectionKey.CRISIS, _mark("plancrisis2"))
    repos.supporters.add(_mark("name"), _mark("relationship"), "07700" + "900123",
                         _mark("mail") + "@example.com", _mark("helps"))
    repos.drafts.save("today.form", _mark("draft"))
    repos.helplines.add(_mark("helpline"), _mark("contact"), _mark("details"))
    repos.settings.set("reminder_time", "07:45")
    # search and a full rebuild touch FTS5 and sorting: still nothing in temp files
    repos.journal.search(MARK + "jbody*")
    repos.vault.query("SELECT * FROM journal_entry ORDER BY body")


def _leaks(paths: list[Path]) -> list[str]:
    return files_holding(paths, [MARK.encode(), b"07700900123"])


def test_markers_in_every_text_field_never_reach_the_disk(vault: Vault, tmp_path: Path) -> None:
    temp_root = Path(tempfile.gettempdir())
    before = set(files_under(temp_root))
    repos = Repositories.from_vault(vault)
    _fill_every_text_field(repos)
    # While open: the vault, its -wal and -shm, and anything new in the temp folder.
    new_temp = [p for p in files_under(temp_root) if p not in before]
    assert any(p.name.endswith("-wal") for p in files_under(tmp_path)), "expected a WAL file"
    assert _leaks(files_under(tmp_path) + new_temp) == []
    vault.query("VACUUM")  # rebuilds the whole file through temp storage
    vault.close()
    new_temp = [p for p in files_under(temp_root) if p not in before]
    assert _leaks(files_under(tmp_path) + new_temp) == []
    # The content really is inside: reopening finds it.
    with Vault.open(vault.path, "correct horse battery staple", kdf_iter=2) as again:
        assert Repositories.from_vault(again).journal.search(MARK + "jbody")


def test_the_scan_can_fail(tmp_path: Path) -> None:
    """A planted plaintext file is caught, so the test above means something."""
    (tmp_path / "leak.txt").write_text(_mark("planted"), "utf-8")
    assert _leaks(files_under(tmp_path)) == [str(tmp_path / "leak.txt")]


@pytest.mark.skipif(sys.platform == "win32", reason="FIFOs are POSIX")
@pytest.mark.timeout(20)
def test_a_fifo_in_the_scanned_folder_is_skipped_not_waited_on(tmp_path: Path) -> None:
    """Bug: opening a FIFO (another program's, in the temp folder) blocked the scan for ever."""
    os.mkfifo(tmp_path / "someone-elses.fifo")
    (tmp_path / "leak.txt").write_text(_mark("planted"), "utf-8")
    (tmp_path / "link.txt").symlink_to(tmp_path / "someone-elses.fifo")
    assert _leaks(files_under(tmp_path)) == [str(tmp_path / "leak.txt")]
    # Even a FIFO handed over by name, not found by the walk, is skipped without blocking.
    assert _leaks([tmp_path / "someone-elses.fifo", tmp_path / "link.txt"]) == []
