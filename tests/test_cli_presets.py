"""`import --from bearable` and `import --from csv --preset NAME` on the command line."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest

from recovery_journal.cli import main
from recovery_journal.storage.checkins import CheckIns
from recovery_journal.storage.vault import Vault

FAST = ["--kdf-iter", "2"]
PASS = "correct horse battery staple"
FIXTURES = Path(__file__).parent / "fixtures" / "imports"


def run(argv: list[str], monkeypatch: pytest.MonkeyPatch) -> int:
    monkeypatch.setattr(sys, "stdin", io.StringIO(PASS + "\n"))
    return main(argv)


@pytest.fixture
def made(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "made.vault"
    assert run([*FAST, "init", str(path)], monkeypatch) == 0
    return path


def checkin_count(path: Path) -> int:
    with Vault.open(path, PASS, kdf_iter=2) as vault:
        return CheckIns(vault).count()


def test_the_preset_names_are_the_presets() -> None:
    from recovery_journal.cli.commands.import_ import PRESET_NAMES
    from recovery_journal.portability.presets import PRESETS

    assert tuple(PRESETS) == PRESET_NAMES


def test_bearable_from_the_command_line(made: Path, monkeypatch: pytest.MonkeyPatch,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    argv = [*FAST, "import", str(made), "--from", "bearable", str(FIXTURES / "bearable.csv"),
            "--yes"]
    assert run(argv, monkeypatch) == 0
    out = capsys.readouterr().out
    assert "New measures it creates: Energy, Sleep." in out
    assert "Not brought in (no place for it in the journal): Bowel movements (1)." in out
    assert checkin_count(made) == 6
    assert run(argv, monkeypatch) == 0
    assert checkin_count(made) == 6


@pytest.mark.parametrize(("name", "rows"), [("howwefeel", 3), ("imoodjournal", 3),
                                            ("emoods", 3)])
def test_each_preset(made: Path, monkeypatch: pytest.MonkeyPatch, name: str,
                     rows: int) -> None:
    argv = [*FAST, "import", str(made), "--from", "csv", "--preset", name,
            str(FIXTURES / f"{name}.csv"), "--yes"]
    assert run(argv, monkeypatch) == 0
    assert checkin_count(made) == rows


def test_a_preset_word_without_a_number(made: Path, tmp_path: Path,
                                        monkeypatch: pytest.MonkeyPatch,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "hwf.csv"
    path.write_text("Date,Mood,Notes\n2026 Sun Feb 8 4:04 PM,Wistful,\n", encoding="utf-8")
    argv = [*FAST, "import", str(made), "--from", "csv", "--preset", "howwefeel", str(path),
            "--yes"]
    assert run(argv, monkeypatch) == 4
    assert "these words: Wistful" in capsys.readouterr().err
    assert run([*argv, "--mood-map", "wistful=4"], monkeypatch) == 0
    assert checkin_count(made) == 1


def test_a_preset_replaces_the_columns(made: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    argv = [*FAST, "import", str(made), "--from", "daylio", "--preset", "emoods",
            str(FIXTURES / "emoods.csv"), "--yes"]
    assert run(argv, monkeypatch) == 2
    argv = [*FAST, "import", str(made), "--from", "csv", "--preset", "emoods", "--date",
            "Date", str(FIXTURES / "emoods.csv"), "--yes"]
    assert run(argv, monkeypatch) == 2
    argv = [*FAST, "import", str(made), "--from", "csv", "--preset", "nope",
            str(FIXTURES / "emoods.csv"), "--yes"]
    assert run(argv, monkeypatch) == 2
