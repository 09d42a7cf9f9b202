"""The command line's small edges: where a mistake points, what a missing file is called, what
the chart options default to, and a --pivot-tag that was never used."""

from __future__ import annotations

import io
import sys
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from recovery_journal.cli import main
from recovery_journal.cli.commands import all_commands
from recovery_journal.cli.commands import chart as chart_command
from recovery_journal.cli.parser import build_parser
from recovery_journal.storage.repositories import Repositories
from recovery_journal.storage.vault import Vault

FAST = ["--kdf-iter", "2"]
PASS = "correct horse battery staple"


def run(argv: list[str], monkeypatch: pytest.MonkeyPatch, stdin: str = PASS + "\n") -> int:
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    return main([*FAST, *argv])


def one_line(text: str) -> str:
    lines = text.strip().splitlines()
    assert len(lines) == 1, text
    return lines[0]


@pytest.fixture
def journal(tmp_path: Path) -> Path:
    path = tmp_path / "journal.vault"
    with Vault.create(path, PASS, kdf_iter=2) as vault:
        repos = Repositories.from_vault(vault)
        for day in range(1, 9):
            repos.checkins.add(recorded_at=datetime(2025, 3, day, 9, tzinfo=UTC),
                               values={"mood": day, "hope": 5}, tags=["walk"])
    return path


@pytest.mark.parametrize(
    ("argv", "command"),
    [(["chart"], "chart"), (["report", "j.vault", "--include", "checkins"], "report"),
     (["backup"], "backup"), (["import", "j.vault"], "import"),
     (["chart", "j.vault", "--chart", "nope", "--out", "c.png"], "chart")],
)
def test_a_missing_or_wrong_argument_points_to_that_commands_help(
    argv: list[str], command: str, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert run(argv, monkeypatch, stdin="") == 2
    message = one_line(capsys.readouterr().err)
    assert message.endswith(f"See 'recovery-journal {command} --help'."), message
    if argv[0] == "report":
        assert "--from" in message and "--to" in message and "--out" in message


def test_a_mistake_before_the_command_points_to_the_main_help(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
) -> None:
    assert run(["frobnicate"], monkeypatch, stdin="") == 2
    assert one_line(capsys.readouterr().err).endswith("See 'recovery-journal --help'.")


def test_a_missing_journal_names_the_path(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
) -> None:
    missing = tmp_path / "nowhere" / "journal.vault"
    for argv in (["check", str(missing)], ["export", str(missing), "--format", "json",
                                            "--out", str(tmp_path / "e.json")]):
        assert run(argv, monkeypatch, stdin="") == 13
        assert f"There is no journal file at {missing}." in one_line(capsys.readouterr().err)
    assert run(["check", str(tmp_path)], monkeypatch, stdin="") == 14
    assert f"{tmp_path} is a folder" in one_line(capsys.readouterr().err)


def test_a_missing_import_file_or_backup_names_the_path(
    journal: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    absent = tmp_path / "export.json"
    assert run(["import", str(journal), "--from", "json", str(absent), "--yes"],
               monkeypatch) == 4
    assert f"There is no file to import at {absent}." in one_line(capsys.readouterr().err)
    backup = tmp_path / "backup.vault"
    before = journal.read_bytes()
    assert run(["restore", str(journal), "--from", str(backup)], monkeypatch) == 13
    assert f"There is no backup file at {backup}." in one_line(capsys.readouterr().err)
    assert journal.read_bytes() == before


def test_chart_help_states_every_default(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["chart", "--help"]) == 0
    out = " ".join(capsys.readouterr().out.split())
    assert "default: the 30 days ending on --to" in out
    assert "for calendar a year, the 365 days ending on --to" in out
    assert "(default: the last --days days up to --to, against the --days days before them)" \
        in out
    assert "(default: 30)" in out and "(default: today)" in out and "(default: light)" in out
    assert "default: mood for calendar and before-" in out  # argparse wraps at the hyphen


@pytest.mark.parametrize(("name", "days"), [("calendar", 365), ("mood-hope", 30),
                                            ("tags", 30)])
def test_the_default_period_is_what_help_says(name: str, days: int) -> None:
    args = build_parser(all_commands()).parse_args(
        ["chart", "j.vault", "--chart", name, "--out", "c.png", "--to", "2026-06-30"])
    options = chart_command._options(args, date(2026, 12, 1))
    assert options.end == date(2026, 6, 30)
    assert (options.end - options.start).days + 1 == days


def test_a_pivot_tag_never_used_is_an_error_and_writes_nothing(
    journal: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    out = tmp_path / "c.png"
    base = ["chart", str(journal), "--chart", "before-after", "--out", str(out),
            "--to", "2025-03-31"]
    assert run([*base, "--pivot-tag", "swimming"], monkeypatch) == 6
    message = one_line(capsys.readouterr().err)
    assert "hasn't been used in this journal yet" in message and "swimming" not in message
    assert not out.exists()
    assert run([*base, "--pivot-tag", "Walk"], monkeypatch) == 0  # names match in any case
    assert out.exists()
    # The pivot (the first walk) and both periods are named, so no default goes unsaid.
    assert "(2025-01-30 to 2025-02-28 against 2025-03-01 to 2025-03-30)" in \
        capsys.readouterr().out


def test_the_saved_message_names_the_period(
    journal: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    out = tmp_path / "year.svg"
    assert run(["chart", str(journal), "--chart", "calendar", "--out", str(out),
                "--to", "2025-03-31"], monkeypatch) == 0
    # The year before --to by default, from the first check-in on (1 March): the days drawn.
    assert "\u201cYear in pixels\u201d (2025-03-01 to 2025-03-31)" in capsys.readouterr().out


def test_the_pivot_is_a_date_or_a_tag_not_both(
    journal: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    out = str(tmp_path / "c.png")
    assert run(["chart", str(journal), "--chart", "before-after", "--out", out,
                "--pivot-tag", "walk", "--pivot-date", "2025-03-04"], monkeypatch) == 2
    assert "not allowed with argument" in capsys.readouterr().err


def test_the_new_exit_code_is_in_the_table(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--help"]) == 0
    out = " ".join(capsys.readouterr().out.split())
    assert "6 That --pivot-tag hasn't been used" in out
