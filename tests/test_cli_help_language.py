"""Every command's `--help` in Welsh and Spanish too (issue 18 point 2): its option texts, its
description, its groups and argparse's own words ("usage:", "options"), none left in English."""

from __future__ import annotations

import argparse
import gettext
import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from recovery_journal.cli import main
from recovery_journal.cli.commands import all_commands
from recovery_journal.cli.i18n import use_language
from recovery_journal.cli.parser import ARGPARSE_WORDS, argparse_in_language, build_parser

TABLES = Path(__file__).resolve().parents[1] / "recovery_journal" / "resources" / "i18n"
# argparse fills these in itself: a translation that lost one crashes or misleads `--help`.
_PERCENT = re.compile(r"%(?:\(\w+\))?[sr]|%%")
# A phrase each language's `--help` must show: argparse's own "-h" line, through our table.
SAID = {"cy": "dangos y neges gymorth hon, yna stopio",
        "es": "mostrar este mensaje de ayuda y terminar"}
DEFAULT_SHOWN = {"cy": "(diofyn: 30)", "es": "(por defecto: 30)"}  # chart --days


@pytest.fixture(autouse=True)
def _english_afterwards() -> Iterator[None]:
    yield
    use_language("en")  # the table is the process's; later tests read English


def _texts(parser: argparse.ArgumentParser) -> list[str]:
    """What `parser`'s `--help` says in words: description, group titles and every help."""
    found = [parser.description or ""]
    found += [group.title or "" for group in parser._action_groups]
    for action in parser._actions:
        if action.help not in (None, argparse.SUPPRESS):
            found.append(str(action.help))
        if isinstance(action, argparse._SubParsersAction):
            found += [str(choice.help) for choice in action._choices_actions]
    return [text for text in found if text]


def _parsers(language: str) -> dict[str, argparse.ArgumentParser]:
    """The main parser ("") and each command's, built in `language`."""
    use_language(language)
    with argparse_in_language():
        parser = build_parser(all_commands())
    subparsers = next(action for action in parser._actions
                      if isinstance(action, argparse._SubParsersAction))
    return {"": parser, **subparsers.choices}


@pytest.mark.parametrize("language", ["cy", "es"])
def test_no_help_text_is_left_in_english(language: str) -> None:
    english = {name: _texts(parser) for name, parser in _parsers("en").items()}
    translated = {name: _texts(parser) for name, parser in _parsers(language).items()}
    assert english.keys() == translated.keys()
    assert len(english) == len(all_commands()) + 1
    for name, texts in english.items():
        assert len(translated[name]) == len(texts), name
        left = [text for text, said in zip(texts, translated[name], strict=True) if text == said]
        assert not left, (language, name or "recovery-journal", left)


@pytest.mark.parametrize("language", ["cy", "es"])
def test_every_command_help_is_shown_in_the_language(
    language: str, capsys: pytest.CaptureFixture[str],
) -> None:
    """Shown for real: argparse fills `%(default)s` in each translation, and its words too."""
    for command in ("", *(command.name for command in all_commands())):
        assert main(["--language", language, *([command] if command else []), "--help"]) == 0
        out = " ".join(capsys.readouterr().out.split())  # as words, however argparse wraps
        assert SAID[language] in out, command
        assert "usage:" not in out and "options:" not in out, command
    assert main(["--language", language, "chart", "--help"]) == 0
    assert DEFAULT_SHOWN[language] in " ".join(capsys.readouterr().out.split())


@pytest.mark.parametrize(("language", "words"), [
    ("cy", "Mae angen y dadleuon hyn: PATH, --chart, --out."),
    ("es", "Faltan estos argumentos: PATH, --chart, --out.")])
def test_a_usage_mistake_is_explained_in_the_language(
    language: str, words: str, capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["--language", language, "chart"]) == 2
    assert capsys.readouterr().err.startswith(words)
    assert vars(argparse)["_"] is gettext.gettext  # only the command line's parsing is changed


@pytest.mark.parametrize("language", ["cy", "es"])
def test_argparse_words_keep_what_argparse_fills_in(language: str) -> None:
    table = json.loads((TABLES / f"cli_{language}.json").read_text("utf-8"))
    assert all(word in table for word in ARGPARSE_WORDS), language
    for source, translated in table.items():
        assert sorted(_PERCENT.findall(translated)) == sorted(_PERCENT.findall(source)), source
