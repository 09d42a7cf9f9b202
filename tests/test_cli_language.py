"""The command line speaks Welsh and Spanish too, without Qt (issue 18: "the command line's
messages too"): `--language`, else the environment's locale, else English."""

from __future__ import annotations

import ast
import importlib.util
import io
import json
import os
import string
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

from recovery_journal.cli import main
from recovery_journal.cli.i18n import _, language_from, use_language

ROOT = Path(__file__).resolve().parents[1]
CLI = ROOT / "recovery_journal" / "cli"
TABLES = ROOT / "recovery_journal" / "resources" / "i18n"


@pytest.fixture(autouse=True)
def _english_afterwards() -> Iterator[None]:
    yield
    use_language("en")  # the table is the process's; later tests read English


@pytest.mark.parametrize(("argv", "env", "want"), [
    (["--language", "cy", "check"], {"LANG": "es_ES.UTF-8"}, "cy"),  # the option wins
    (["--language=es"], {}, "es"),
    (["check"], {"LANG": "es_ES.UTF-8"}, "es"),
    (["check"], {"LC_MESSAGES": "cy_GB.UTF-8", "LANG": "es_ES.UTF-8"}, "cy"),
    (["check"], {"LANGUAGE": "fr:cy", "LANG": "en_GB.UTF-8"}, "cy"),  # first one we speak
    (["check"], {"LC_ALL": "C", "LANG": "cy_GB.UTF-8"}, "en"),  # C means English
    (["check"], {"LANG": "fr_FR.UTF-8"}, "en"),
    (["check", "--", "--language", "cy"], {}, "en"),  # after "--" it is a file name
    ([], {}, "en"),
])
def test_the_language_comes_from_the_option_then_the_environment(
    argv: list[str], env: dict[str, str], want: str,
) -> None:
    assert language_from(argv, env) == want


HINT = "It may have been moved or renamed. Choose the file again, or create a new journal."


@pytest.mark.parametrize(("language", "words", "hint"), [
    ("cy", "Does dim ffeil dyddlyfr yn", "Efallai ei bod wedi'i symud"),
    ("es", "No hay ningún archivo de diario en", "Puede que se haya movido")])
def test_a_command_answers_in_welsh_or_spanish(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
    language: str, words: str, hint: str,
) -> None:
    missing = tmp_path / "nowhere.vault"
    assert main(["--language", language, "check", str(missing)]) == 13
    # The sentence with the path, then the vault error's own hint (storage/errors.py).
    assert capsys.readouterr().err.startswith(f"{words} {missing}. {hint}")
    # From the environment alone, and --help's headings too; English again when asked.
    monkeypatch.setenv("LC_ALL", f"{language}_GB.UTF-8")
    assert main(["--help"]) == 0
    heading = {"cy": "Codau gadael:", "es": "Códigos de salida:"}[language]
    assert heading in capsys.readouterr().out
    assert main(["--language", "en", "check", str(missing)]) == 13
    assert capsys.readouterr().err == f"There is no journal file at {missing}. {HINT}\n"


def _translations_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "translations", ROOT / "scripts" / "translations.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_shipped_tables_hold_only_current_texts_with_their_placeholders() -> None:
    """Built by scripts/translations.py from the `_()`/`N_()` texts it finds: a stale table
    (a text changed since) or a translation that lost `{path}` would show English or crash."""
    texts = {source for _context, source in _translations_script().cli_texts()}
    assert "Created a new, empty journal at {path}." in texts
    assert "Something went wrong with the journal file." in texts  # storage/errors.py
    fields = string.Formatter()
    for language in ("cy", "es"):
        table = json.loads((TABLES / f"cli_{language}.json").read_text("utf-8"))
        assert table, language
        for source, translated in table.items():
            assert source in texts, (language, source)
            want = {name for _t, name, _f, _c in fields.parse(source) if name}
            assert {name for _t, name, _f, _c in fields.parse(translated) if name} == want


def _untranslated_prints(source: str) -> list[int]:
    """Lines where cli/ prints or raises a literal sentence not wrapped in `_()`."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if not (isinstance(node, ast.Call) and node.args):
            continue
        name = getattr(node.func, "id", getattr(node.func, "attr", ""))
        first = node.args[0]
        literal = isinstance(first, ast.JoinedStr) or (
            isinstance(first, ast.Constant) and isinstance(first.value, str)
            and any(ch.isalpha() for ch in first.value))
        if literal and (name == "print" or name.endswith("Error")):
            found.append(node.lineno)
    return found


def test_every_message_the_command_line_prints_is_translatable() -> None:
    assert _untranslated_prints('print("Saved.")\nraise UsageError(f"No {x}")\n'
                                'print(_("Saved."))\n') == [1, 2]
    found = {path.name: lines for path in sorted(CLI.rglob("*.py"))
             if (lines := _untranslated_prints(path.read_text("utf-8")))}
    assert not found, "wrap these in _() (recovery_journal/cli/i18n.py)"


def test_an_untranslated_text_stays_english() -> None:
    use_language("cy")
    assert _("Created a new, empty journal at {path}.").startswith("Crëwyd")
    assert _("A sentence nobody translated.") == "A sentence nobody translated."
    use_language("xx")
    assert _("Created a new, empty journal at {path}.").startswith("Created")


def _journal(path: Path) -> Path:
    from datetime import UTC, datetime

    from recovery_journal.storage.repositories import Repositories
    from recovery_journal.storage.vault import Vault

    with Vault.create(path, "pass phrase", kdf_iter=2) as vault:
        repos = Repositories.from_vault(vault)
        for day in range(1, 9):
            repos.checkins.add(recorded_at=datetime(2025, 3, day, 9, tzinfo=UTC),
                               values={"mood": day, "hope": 5}, tags=["walk"])
    return path


@pytest.mark.parametrize(("language", "said", "heading"), [
    ("es", "Se guardó el gráfico «Antes y después» (del 2025-02-27 al 2025-03-03 frente al "
           "2025-03-04 al 2025-03-08)", "Antes y después, 7 feb – 8 mar 2025"),
    ("cy", "Cafodd y siart “Cyn ac ar ôl” (2025-02-27 i 2025-03-03 o’i gymharu â 2025-03-04 "
           "i 2025-03-08)", "Cyn ac ar ôl, 7 Chwef – 8 Maw 2025"),
])
def test_a_chart_made_on_the_command_line_is_in_the_language(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
    language: str, said: str, heading: str,
) -> None:
    """Its title, period and drawn heading (kept in the SVG) in Welsh or Spanish, not English."""
    journal, out = _journal(tmp_path / "j.vault"), tmp_path / "c.svg"
    monkeypatch.setattr("sys.stdin", io.StringIO("pass phrase\n"))
    assert main(["--kdf-iter", "2", "--language", language, "chart", str(journal),
                 "--chart", "before-after", "--pivot-date", "2025-03-04", "--days", "5",
                 "--to", "2025-03-08", "--out", str(out)]) == 0, capsys.readouterr().err
    assert capsys.readouterr().out.startswith(said)
    assert heading.encode() in out.read_bytes()
    assert b"Before and after" not in out.read_bytes()


def test_the_chart_command_still_loads_no_qt(tmp_path: Path) -> None:
    """In Welsh too: the words come from words_cy.json, not Qt's translator."""
    journal = _journal(tmp_path / "j.vault")
    script = (
        "import sys\nfrom recovery_journal.cli import main\n"
        f"code = main(['--kdf-iter', '2', '--language', 'cy', 'chart', {str(journal)!r}, "
        f"'--chart', 'mood-hope', '--to', '2025-03-08', '--out', {str(tmp_path / 'c.svg')!r}])\n"
        "assert code == 0, code\n"
        "loaded = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6'))\n"
        "assert not loaded, loaded\n"
        "from recovery_journal.cli.i18n import current_language\n"
        "assert current_language() == 'cy'\n")
    done = subprocess.run([sys.executable, "-c", script], input="pass phrase\n", text=True,
                          capture_output=True, env={**os.environ, "PYTHONPATH": str(ROOT)},
                          check=False)
    assert done.returncode == 0, done.stderr
    assert "Hwyliau a gobaith dros amser" in done.stdout
