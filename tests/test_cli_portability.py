"""`export` and `import` on the command line, run in-process through `main`."""

from __future__ import annotations

import io
import json
import os
import stat
import sys
import zipfile
from pathlib import Path

import pytest

from recovery_journal.cli import main
from recovery_journal.cli.commands.import_ import mood_map
from recovery_journal.cli.errors import UsageError
from recovery_journal.storage.checkins import CheckIns
from recovery_journal.storage.vault import Vault

FAST = ["--kdf-iter", "2"]
PASS = "correct horse battery staple"
SAMPLES = Path(__file__).parent / "fixtures" / "imports"


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def run(argv: list[str], stdin: str, monkeypatch: pytest.MonkeyPatch) -> int:
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    return main(argv)


@pytest.fixture
def made(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "made.vault"
    assert run([*FAST, "init", str(path)], PASS + "\n", monkeypatch) == 0
    return path


def checkin_count(path: Path) -> int:
    with Vault.open(path, PASS, kdf_iter=2) as vault:
        return CheckIns(vault).count()


def test_export_json_says_it_is_not_encrypted(
    made: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    out = tmp_path / "all.json"
    assert run([*FAST, "export", str(made), "--out", str(out)], PASS + "\n", monkeypatch) == 0
    assert "not encrypted" in capsys.readouterr().out
    assert json.loads(out.read_text("utf-8"))["format"] == "recovery-journal"
    assert stat.S_IMODE(os.stat(out).st_mode) == 0o600


def test_export_csv_writes_a_zip(
    made: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "all.zip"
    argv = [*FAST, "export", str(made), "--format", "csv", "--out", str(out)]
    assert run(argv, PASS + "\n", monkeypatch) == 0
    assert "checkins.csv" in zipfile.ZipFile(out).namelist()


def test_export_refuses_a_missing_folder(
    made: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    argv = [*FAST, "export", str(made), "--out", str(tmp_path / "no" / "all.json")]
    assert run(argv, PASS + "\n", monkeypatch) == 5  # --out's own exit code


def test_import_daylio_with_yes_then_again_adds_nothing(
    made: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = [*FAST, "import", str(made), "--from", "daylio",
            str(SAMPLES / "daylio_older.csv"), "--mood-map", "happy=8, average=5,sad=2",
            "--yes"]
    assert run(argv, PASS + "\n", monkeypatch) == 0
    first = capsys.readouterr().out
    assert "3 check-ins" in first and "Added 3" in first
    assert run(argv, PASS + "\n", monkeypatch) == 0
    second = capsys.readouterr().out
    assert "3 already in this journal" in second
    assert "Nothing new — everything in that file is already in your journal." in second
    assert checkin_count(made) == 3


@pytest.mark.parametrize("days", [
    [{"date": "2019-01-01", "rating": 5}],
    [{"date": "2019-01-01", "mood": 5}, {"date": "2019-01-02", "entries": [{"value": 7}]}],
])
def test_import_of_a_pixels_day_it_cant_read_names_the_row_and_fails(
    made: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str], days: list[dict[str, object]],
) -> None:
    path = tmp_path / "pixels.json"
    path.write_text(json.dumps(days), encoding="utf-8")
    argv = [*FAST, "import", str(made), "--from", "pixels", str(path), "--yes"]
    assert run(argv, PASS + "\n", monkeypatch) == 4
    out, err = capsys.readouterr()
    assert f"Row {len(days)}" in err and "Nothing was added" in err
    assert "already" not in out + err
    assert checkin_count(made) == 0


def test_import_of_a_file_without_records_fails(
    made: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    path = tmp_path / "pixels.json"
    path.write_text("[]", encoding="utf-8")
    argv = [*FAST, "import", str(made), "--from", "pixels", str(path), "--yes"]
    assert run(argv, PASS + "\n", monkeypatch) == 4
    assert "no entries to import" in capsys.readouterr().err


def test_import_counts_skipped_rows_and_asks_about_scales(
    made: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    moods = tmp_path / "moods.txt"
    moods.write_text("# label = number\nfine = 7.5\nvaguely ok = 5\nrested=8\ntired = 3\n",
                     encoding="utf-8")
    argv = [*FAST, "import", str(made), "--from", "daylio",
            str(SAMPLES / "daylio_distinct_rows.csv"), "--mood-map-file", str(moods), "--yes"]
    assert run(argv, PASS + "\n", monkeypatch) == 0
    out = capsys.readouterr().out
    assert "5 check-ins (4 new, 1 skipped)" in out
    assert "Row 4: skipped, the same as row 2." in out
    scales = [*FAST, "import", str(made), "--from", "daylio", str(SAMPLES / "daylio_scales.csv"),
              "--mood-map-file", str(moods), "--yes"]
    assert run(scales, PASS + "\n", monkeypatch) == 0
    assert "--with-scales" in capsys.readouterr().out
    assert run([*scales, "--with-scales"], PASS + "\n", monkeypatch) == 0
    out = capsys.readouterr().out
    assert "3 measures (3 new)" in out and "(3 new, 3 already in this journal)" in out


def test_a_mood_map_file_line_without_a_number_is_a_usage_error(
    made: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    moods = tmp_path / "moods.txt"
    moods.write_text("ok, tired\n", encoding="utf-8")
    argv = [*FAST, "import", str(made), "--from", "daylio",
            str(SAMPLES / "daylio_quoted.csv"), "--mood-map-file", str(moods), "--yes"]
    assert run(argv, PASS + "\n", monkeypatch) == 2


def test_import_without_yes_from_a_pipe_adds_nothing(
    made: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = [*FAST, "import", str(made), "--from", "daylio",
            str(SAMPLES / "daylio_current.csv")]
    assert run(argv, PASS + "\nyes\n", monkeypatch) == 2
    assert "--yes" in capsys.readouterr().err
    assert checkin_count(made) == 0


@pytest.mark.parametrize(("answer", "count", "code"), [("yes\n", 4, 0), ("no\n", 0, 1)])
def test_import_on_a_terminal_asks_first(
    made: Path, monkeypatch: pytest.MonkeyPatch, answer: str, count: int, code: int
) -> None:
    monkeypatch.setattr("getpass.getpass", lambda prompt="": PASS)
    monkeypatch.setattr(sys, "stdin", _Terminal(answer))
    argv = [*FAST, "import", str(made), "--from", "daylio",
            str(SAMPLES / "daylio_current.csv")]
    assert main(argv) == code
    assert checkin_count(made) == count


def test_import_problem_names_row_and_column(
    made: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text("full_date,date,time,mood\n2024-01-01,x,99:00,meh\n", encoding="utf-8")
    argv = [*FAST, "import", str(made), "--from", "daylio", str(bad), "--yes"]
    assert run(argv, PASS + "\n", monkeypatch) == 4
    err = capsys.readouterr().err
    assert "Row 2" in err and '"time"' in err and "Nothing was added" in err


def test_import_any_csv_with_columns(
    made: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    argv = [*FAST, "import", str(made), "--from", "csv", str(SAMPLES / "any_csv.csv"),
            "--date", "Date", "--time", "Time", "--measure", "Depressed=mood",
            "--note", "Notes", "--yes"]
    assert run(argv, PASS + "\n", monkeypatch) == 0
    assert checkin_count(made) == 2


def test_import_csv_needs_a_date_column(made: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    argv = [*FAST, "import", str(made), "--from", "csv", str(SAMPLES / "any_csv.csv"), "--yes"]
    assert run(argv, PASS + "\n", monkeypatch) == 2


def test_mood_map_parsing() -> None:
    assert mood_map("rad=10, so so = 4.5,") == {"rad": 10.0, "so so": 4.5}
    with pytest.raises(UsageError):
        mood_map("rad")
    with pytest.raises(UsageError):
        mood_map("rad=lots")


def test_export_then_import_into_a_new_journal(
    made: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    daylio = [*FAST, "import", str(made), "--from", "daylio",
              str(SAMPLES / "daylio_current.csv"), "--yes"]
    assert run(daylio, PASS + "\n", monkeypatch) == 0
    out = tmp_path / "all.json"
    assert run([*FAST, "export", str(made), "--out", str(out)], PASS + "\n", monkeypatch) == 0
    other = tmp_path / "other.vault"
    assert run([*FAST, "init", str(other)], PASS + "\n", monkeypatch) == 0
    argv = [*FAST, "import", str(other), "--from", "json", str(out), "--yes"]
    assert run(argv, PASS + "\n", monkeypatch) == 0
    assert checkin_count(other) == 4
