"""The command line speaks Welsh and Spanish too, without Qt (issue 18: "the command line's
messages too"): `--language`, else the environment's locale, else English."""

from __future__ import annotations

import ast
import importlib.util
import json
import string
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
