"""`--language es import …`: the preview, its skipped rows and an import problem in Spanish."""

from __future__ import annotations

import io
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from recovery_journal.cli import main
from recovery_journal.cli.i18n import use_language
from recovery_journal.storage.checkins import CheckIns
from recovery_journal.storage.vault import Vault

FAST = ["--kdf-iter", "2"]
PASS = "correct horse battery staple"
SAMPLES = Path(__file__).parent / "fixtures" / "imports"


@pytest.fixture(autouse=True)
def _english_afterwards() -> Iterator[None]:
    yield
    use_language("en")  # the table is the process's; later tests read English


def run(argv: list[str], monkeypatch: pytest.MonkeyPatch) -> int:
    monkeypatch.setattr(sys, "stdin", io.StringIO(PASS + "\n"))
    return main(argv)


@pytest.fixture
def made(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "made.vault"
    assert run([*FAST, "--language", "en", "init", str(path)], monkeypatch) == 0
    return path


def _moods(tmp_path: Path) -> Path:
    moods = tmp_path / "moods.txt"
    moods.write_text("fine = 7.5\n", encoding="utf-8")
    return moods


def test_the_preview_and_its_skipped_rows_are_in_spanish(
    made: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    argv = [*FAST, "--language", "es", "import", str(made), "--from", "daylio",
            str(SAMPLES / "daylio_distinct_rows.csv"), "--mood-map-file", str(_moods(tmp_path)),
            "--yes"]
    assert run(argv, monkeypatch) == 0
    out = capsys.readouterr().out
    assert "En el archivo:\n  5 registros (4 por añadir, se omiten 1)\n" in out
    assert "  Fila 4: omitida, igual que la fila 2.\n" in out
    assert "Del 2024-06-01 al 2024-06-02." in out
    assert "Se añadieron 4 elementos nuevos." in out
    assert run(argv, monkeypatch) == 0
    again = capsys.readouterr().out
    assert "4 ya en este diario" in again
    assert "Nada nuevo: todo lo de ese archivo ya está en tu diario." in again


def test_the_same_preview_in_english_is_unchanged(
    made: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    argv = [*FAST, "--language", "en", "import", str(made), "--from", "daylio",
            str(SAMPLES / "daylio_distinct_rows.csv"), "--mood-map-file", str(_moods(tmp_path)),
            "--yes"]
    assert run(argv, monkeypatch) == 0
    assert capsys.readouterr().out == (
        "In the file:\n  5 check-ins (4 new, 1 skipped)\n"
        "  Row 4: skipped, the same as row 2.\nFrom 2024-06-01 to 2024-06-02.\n"
        "Added 4 new records.\n")


@pytest.mark.parametrize(("language", "said"), [
    ("es", "Fila 3, columna «time»: Esto no es una hora del día. No se añadió nada."),
    ("cy", "Rhes 3, colofn “time”: Dydy hwn ddim yn amser o’r dydd. "
           "Chafodd dim byd ei ychwanegu."),
    ("en", 'Row 3, column "time": This isn\'t a time of day. Nothing was added.'),
])
def test_a_broken_file_is_refused_in_the_language_naming_row_and_column(
    made: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str], language: str, said: str,
) -> None:
    rows = (SAMPLES / "daylio_current.csv").read_text("utf-8").splitlines(keepends=True)
    rows[2] = rows[2].replace("08:15", "half past eight")
    broken = tmp_path / "daylio.csv"
    broken.write_text("".join(rows), encoding="utf-8")
    argv = [*FAST, "--language", language, "import", str(made), "--from", "daylio",
            str(broken), "--yes"]
    assert run(argv, monkeypatch) == 4
    out, err = capsys.readouterr()
    assert said in err
    assert out == ""


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize(("language", "answer", "count", "code"), [
    ("es", "sí\n", 4, 0), ("es", "Si\n", 4, 0), ("es", "yes\n", 4, 0), ("es", "no\n", 0, 1),
    ("cy", "ie\n", 4, 0), ("cy", "na\n", 0, 1), ("en", "sí\n", 0, 1),
])
def test_on_a_terminal_it_asks_in_the_language_and_takes_its_yes(
    made: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
    language: str, answer: str, count: int, code: int,
) -> None:
    monkeypatch.setattr("getpass.getpass", lambda prompt="": PASS)
    monkeypatch.setattr(sys, "stdin", _Terminal(answer))
    argv = [*FAST, "--language", language, "import", str(made), "--from", "daylio",
            str(SAMPLES / "daylio_current.csv")]
    assert main(argv) == code
    asked = {"es": "¿Añadir esto al diario? Escribe sí para continuar: ",
             "cy": "Ychwanegu’r rhain at y dyddlyfr? Teipiwch ie i fwrw ymlaen: ",
             "en": "Add these to the journal? Type yes to go ahead: "}[language]
    assert asked in capsys.readouterr().out
    use_language("en")
    with Vault.open(made, PASS, kdf_iter=2) as vault:
        assert CheckIns(vault).count() == count


def test_what_a_bearable_file_leaves_out_is_named_in_spanish(
    made: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    source = tmp_path / "bearable.csv"
    source.write_text((SAMPLES / "bearable.csv").read_text("utf-8")
                      + '"23rd Sep 2020","Wednesday","am","","5","",""\n'
                      + '"23rd Sep 2020","Wednesday","am","Mood","","",""\n', encoding="utf-8")
    argv = [*FAST, "--language", "es", "import", str(made), "--from", "bearable", str(source),
            "--yes"]
    assert run(argv, monkeypatch) == 0
    assert ("No se trae (no tiene sitio en el diario): (sin categoría) (1), Bowel movements (1), "
            "Mood (sin número) (1).") in capsys.readouterr().out
