"""`recovery-journal chart`: every chart to a file, passphrase read like the other commands."""

from __future__ import annotations

import io
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

from recovery_journal.charts import CHART_NAMES
from recovery_journal.cli import main
from recovery_journal.storage.repositories import Repositories
from recovery_journal.storage.vault import Vault

FAST = ["--kdf-iter", "2"]
PASS = "correct horse battery staple"
MAGIC = {".png": b"\x89PNG", ".svg": b"<?xml", ".pdf": b"%PDF"}


@pytest.fixture
def journal(tmp_path: Path) -> Path:
    path = tmp_path / "journal.vault"
    with Vault.create(path, PASS, kdf_iter=2) as vault:
        repos = Repositories.from_vault(vault)
        for day in range(1, 9):
            repos.checkins.add(recorded_at=datetime(2025, 3, day, 9, tzinfo=UTC),
                               values={"mood": day % 10, "hope": 5}, tags=["walk"])
    return path


def run(argv: list[str], monkeypatch: pytest.MonkeyPatch, stdin: str = PASS + "\n") -> int:
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    return main([*FAST, "chart", *argv])


@pytest.mark.parametrize("name", CHART_NAMES)
def test_writes_each_chart(
    journal: Path, tmp_path: Path, name: str, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    suffix = (".png", ".svg", ".pdf")[CHART_NAMES.index(name) % 3]
    out = tmp_path / f"{name}{suffix}"
    code = run([str(journal), "--chart", name, "--from", "2025-03-01", "--to", "2025-03-10",
                "--out", str(out), "--pivot-date", "2025-03-05", "--days", "4"], monkeypatch)
    assert code == 0, capsys.readouterr().err
    assert out.read_bytes().startswith(MAGIC[suffix])
    assert "Saved the chart" in capsys.readouterr().out


def test_help_lists_every_chart(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["chart", "--help"]) == 0
    out = " ".join(capsys.readouterr().out.split())
    for name in CHART_NAMES:
        assert name in out
    assert main(["--help"]) == 0
    assert " chart " in " ".join(capsys.readouterr().out.split())


def test_wrong_extension_is_refused_before_the_passphrase(
    journal: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    out = tmp_path / "chart.jpg"
    assert run([str(journal), "--chart", "tags", "--out", str(out)], monkeypatch, stdin="") == 2
    assert ".png, .svg or .pdf" in capsys.readouterr().err
    assert not out.exists()


def test_options_reach_the_chart(
    journal: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    out = tmp_path / "c.svg"
    args = [str(journal), "--out", str(out), "--from", "2025-03-01", "--to", "2025-03-31"]
    assert run([*args, "--chart", "calendar", "--measure", "nope"], monkeypatch) == 2
    assert "no measure" in capsys.readouterr().err and not out.exists()
    assert run([*args, "--chart", "before-after", "--pivot-tag", "walk", "--measure", "hope",
                "--theme", "high_contrast", "--title", "Walks"], monkeypatch) == 0
    assert b"Walks" in out.read_bytes()
    assert run([*args[:3], "--from", "2025-04-01", "--to", "2025-03-01", "--chart", "tags"],
               monkeypatch) == 2
    assert "after the --to date" in capsys.readouterr().err


def test_a_wrong_passphrase_writes_nothing(
    journal: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    out = tmp_path / "c.png"
    code = run([str(journal), "--chart", "mood-hope", "--out", str(out)], monkeypatch,
               stdin="not it\n")
    assert code != 0 and not out.exists()


def test_the_title_and_period_are_on_the_image_unless_left_off(
    journal: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    out = tmp_path / "c.svg"
    args = [str(journal), "--out", str(out), "--from", "2025-03-01", "--to", "2025-03-31",
            "--chart", "mood-hope"]
    assert run(args, monkeypatch) == 0
    assert "Mood and hope over time, 1 Mar – 31 Mar 2025".encode() in out.read_bytes()
    with_title = out.read_bytes()
    assert run([*args, "--no-title"], monkeypatch) == 0
    assert b"Mood and hope over time" not in out.read_bytes()
    assert len(out.read_bytes()) < len(with_title)  # the drawn heading is gone too


@pytest.mark.parametrize("name", CHART_NAMES)
def test_a_period_at_the_ends_of_the_calendar_is_cut_to_what_a_chart_holds(
    journal: Path, tmp_path: Path, name: str, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Years 1 to 9999 once ended in "Something unexpected went wrong" (a date overflow)."""
    out = tmp_path / "c.png"
    code = run([str(journal), "--chart", name, "--from", "0001-01-01", "--to", "9999-12-31",
                "--out", str(out)], monkeypatch)
    assert code == 0, capsys.readouterr().err
    said = capsys.readouterr().out
    assert "Saved the chart" in said and ("1900-01-01" in said or "2199-" in said), said
    assert out.read_bytes().startswith(MAGIC[".png"])
