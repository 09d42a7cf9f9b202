"""`recovery-journal report` on the command line, run in-process through `main`.

The tests that run it take `qapp`: the command makes a QGuiApplication only when there is none,
and one made here would stop later GUI tests from getting their QApplication.
"""

from __future__ import annotations

import io
import os
import shutil
import stat
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from recovery_journal.cli import main
from recovery_journal.model import PlanSectionKey
from recovery_journal.storage.repositories import Repositories
from recovery_journal.storage.vault import Vault

PASS = "correct horse battery staple"
FAST = ["--kdf-iter", "2"]


@pytest.fixture
def made(tmp_path: Path) -> Path:
    path = tmp_path / "made.vault"
    with Vault.create(path, PASS, kdf_iter=2) as vault:
        repos = Repositories.from_vault(vault)
        repos.checkins.add(recorded_at=datetime(2025, 3, 5, 9, tzinfo=UTC), values={"mood": 6})
        repos.supporters.add("Robin", "Neighbour", phone="07700 333444")
        repos.plan.save(PlanSectionKey.TOOLBOX, "TOOLBOXMARKER")
        repos.plan.save(PlanSectionKey.CRISIS, "CRISISMARKER")
    return path


def run(argv: list[str], monkeypatch: pytest.MonkeyPatch) -> int:
    monkeypatch.setattr(sys, "stdin", io.StringIO(PASS + "\n"))
    return main([*FAST, *argv])


def test_report_writes_the_chosen_sections(
    qapp: QApplication, made: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    out = tmp_path / "report.pdf"
    argv = ["report", str(made), "--from", "2025-03-01", "--to", "2025-03-31",
            "--include", "checkins,plan:crisis,people", "--out", str(out), "--paper", "letter"]
    assert run(argv, monkeypatch) == 0
    assert "not encrypted" in capsys.readouterr().out
    assert stat.S_IMODE(os.stat(out).st_mode) == 0o600
    assert out.read_bytes().startswith(b"%PDF")
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True,
                              check=True).stdout
        assert "CRISISMARKER" in text and "Robin" in text and "Check-ins" in text
        assert "TOOLBOXMARKER" not in text and "07700 333444" not in text


def test_report_refuses_an_unknown_section_before_any_passphrase(
    qapp: QApplication, made: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    out = tmp_path / "report.pdf"
    argv = ["report", str(made), "--from", "2025-03-01", "--to", "2025-03-31",
            "--include", "diary", "--out", str(out)]
    assert run(argv, monkeypatch) != 0
    assert "'diary' is not a report section" in capsys.readouterr().err
    assert not out.exists()


def test_help_lists_every_section(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["report", "--help"]) == 0
    text = " ".join(capsys.readouterr().out.split())
    for word in ("mood-hope", "life-balance", "checkins", "strengths", "goals", "plan:crisis",
                 "people", "journal", "--with-contacts", "--paper", "--footer"):
        assert word in text, word
