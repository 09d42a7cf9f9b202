"""What an import says is worded through a `Language`: every template is found and translated,
and English stays exactly as it was."""

from __future__ import annotations

import ast
import json
import xml.etree.ElementTree as ET
from datetime import UTC
from pathlib import Path

import pytest

from recovery_journal.cli.language import TableLanguage
from recovery_journal.insights.language import ENGLISH
from recovery_journal.portability.importing import read_import
from recovery_journal.portability.problems import ImportProblem, SkippedRow, left_out_name
from recovery_journal.portability.provenance import at_row

ROOT = Path(__file__).resolve().parents[2]
PORTABILITY = ROOT / "recovery_journal" / "portability"
I18N = ROOT / "recovery_journal" / "resources" / "i18n"
CONTEXT = "ImportProblems"


def _literal(node: ast.expr) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def _templates() -> tuple[set[str], list[str]]:
    """Every literal text an import words, and every template built in a way a translation
    can't find (an f-string, a join or a `+`), as "file:line"."""
    found: set[str] = set()
    built: list[str] = []
    for path in sorted(PORTABILITY.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.id if isinstance(func, ast.Name) else (
                func.attr if isinstance(func, ast.Attribute) else "")
            place = {"ImportProblem": 0, "problem": 1}.get(name)
            if name == "translate" and len(node.args) >= 2 and _literal(node.args[0]) == CONTEXT:
                place = 1  # MARK.translate / lang.translate("ImportProblems", "…")
            if place is None or len(node.args) <= place:
                continue
            template = node.args[place]
            if isinstance(template, ast.JoinedStr | ast.BinOp) or (
                    isinstance(template, ast.Call) and isinstance(template.func, ast.Attribute)
                    and template.func.attr in ("format", "join")):
                built.append(f"{path.name}:{node.lineno}")
            text = _literal(template)
            if text is not None:
                found.add(text)
    return found, built


def _finished(language: str) -> dict[str, str]:
    root = ET.parse(I18N / f"recovery_journal_{language}.ts").getroot()
    done: dict[str, str] = {}
    for context in root.iter("context"):
        if context.findtext("name") != CONTEXT:
            continue
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and not translation.get("type") and translation.text:
                done[message.findtext("source", "")] = translation.text
    return done


def test_every_import_problem_is_a_literal_template() -> None:
    found, built = _templates()
    assert not built, "write the text as a literal with %1 places: " + ", ".join(built)
    assert len(found) > 80  # the walk sees the importers, not just this module
    assert "This isn't a time of day." in found
    assert 'Row %1, column "%2": %3' in found
    assert "This date is too far in the past or future for a calendar to hold." in found


@pytest.mark.parametrize("language", ["cy", "es"])
def test_every_import_problem_is_translated(language: str) -> None:
    found, _ = _templates()
    done = _finished(language)
    missing = sorted(text for text in found if text not in done)
    assert not missing, missing
    words = json.loads((I18N / f"words_{language}.json").read_text("utf-8"))["texts"][CONTEXT]
    assert not sorted(text for text in found if text not in words)


def _welsh() -> TableLanguage:
    return TableLanguage("cy", json.loads((I18N / "words_cy.json").read_text("utf-8")))


def test_english_is_worded_as_before() -> None:
    assert ImportProblem("This isn't a time of day.", row=4, column="time").describe() == (
        'Row 4, column "time": This isn\'t a time of day.')
    assert ImportProblem("This row has more cells than the header.", row=7).describe() == (
        "Row 7: This row has more cells than the header.")
    assert ImportProblem("The export has no version number.", column="version").describe() == (
        'column "version": The export has no version number.')
    problem = ImportProblem("The file isn't valid JSON (line %1, position %2).", 3, 14)
    assert problem.describe() == str(problem) == problem.message == (
        "The file isn't valid JSON (line 3, position 14).")
    assert (problem.template, problem.values) == (
        "The file isn't valid JSON (line %1, position %2).", (3, 14))
    assert [SkippedRow("checkins", row, same).describe() for row, same in (
        (7, 3), (7, None), (None, 3), (None, None))] == [
        "Row 7: skipped, the same as row 3", "Row 7: skipped, it holds nothing to import",
        "A row: skipped, the same as row 3", "A row: skipped, it holds nothing to import"]


def test_a_value_holding_a_place_is_kept_as_it_is() -> None:
    problem = ImportProblem("Choose a number for each of these words: %1.", "%2, %1",
                            row=2, column="%3")
    assert problem.describe(ENGLISH) == (
        'Row 2, column "%3": Choose a number for each of these words: %2, %1.')


def test_welsh_words_each_part_and_the_place() -> None:
    welsh = _welsh()
    problem = ImportProblem("This value is outside the measure's range (%1 to %2).", "0", "5",
                            row=2, column="scores")
    assert problem.describe(welsh) == (
        "Rhes 2, colofn “scores”: Mae’r gwerth hwn y tu allan i ystod y mesur (0 i 5).")
    assert ImportProblem("The file is empty.").describe(welsh) == "Mae’r ffeil yn wag."
    assert ImportProblem("This isn't a year.", row=5).describe(welsh) == (
        "Rhes 5: Dydy hwn ddim yn flwyddyn.")
    assert ImportProblem("This isn't a year.", column="year").describe(welsh) == (
        "Colofn “year”: Dydy hwn ddim yn flwyddyn.")
    assert str(problem) == (
        'Row 2, column "scores": This value is outside the measure\'s range (0 to 5).')
    assert [SkippedRow("checkins", row, same).describe(welsh) for row, same in (
        (7, 3), (7, None), (None, 3), (None, None))] == [
        "Rhes 7: wedi’i hepgor, yr un fath â rhes 3",
        "Rhes 7: wedi’i hepgor, does dim ynddi i’w fewnforio",
        "Rhes: wedi’i hepgor, yr un fath â rhes 3",
        "Rhes: wedi’i hepgor, does dim ynddi i’w fewnforio"]


def _refused(format: str, path: Path) -> ImportProblem:
    with pytest.raises(ImportProblem) as caught:
        read_import(format, path, zone=UTC)
    return caught.value


def test_a_files_own_values_fill_the_places(tmp_path: Path) -> None:
    """Each value lands in its own place, in English and in Welsh."""
    pixels = tmp_path / "pixels.json"
    pixels.write_text(json.dumps([{"date": "2024-1-2", "entries": [
        {"type": "Mood", "value": 3, "tags": [5]}]}]), encoding="utf-8")
    problem = _refused("pixels", pixels)  # raised for the entry, named by the day's row
    assert problem.describe() == "Row 1: Each item in days.entries.tags must be an object."
    assert problem.describe(_welsh()) == (
        "Rhes 1: Mae angen i bob eitem yn days.entries.tags fod yn wrthrych.")
    binary = tmp_path / "daylio.csv"
    binary.write_bytes(b"full_date,ab\xffcd\n")
    assert _refused("daylio", binary).describe() == (
        "The file isn't UTF-8 text (the first unreadable byte is at position 13). Export it "
        "again as UTF-8.")
    broken = tmp_path / "export.json"
    broken.write_text('{\n  "a": }', encoding="utf-8")
    assert _refused("json", broken).describe(_welsh()) == (
        "Dydy’r ffeil ddim yn JSON dilys (llinell 2, safle 8).")


def test_a_storage_refusal_keeps_its_words_and_anything_else_gets_plain_ones() -> None:
    for raised, said in ((ValueError("Plain words."), "Plain words."),
                         (KeyError("secret"), "This value can't be stored.")):
        with pytest.raises(ImportProblem) as caught, at_row(3, "x"):
            raise raised
        assert caught.value.describe() == f'Row 3, column "x": {said}'


def test_what_an_import_leaves_out_is_worded_in_the_language_too() -> None:
    names = ("(no category)", "Mood (no number)", "Sleep", "(no number) at first")
    assert [left_out_name(name) for name in names] == list(names)
    assert [left_out_name(name, _welsh()) for name in names] == [
        "(dim categori)", "Mood (dim rhif)", "Sleep", "(no number) at first"]
