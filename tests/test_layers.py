"""The layers stay apart: storage never imports Qt, the UI never imports sqlcipher3."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).parent.parent / "recovery_journal"


def _imports(folder: Path) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for source in folder.rglob("*.py"):
        names: set[str] = set()
        for node in ast.walk(ast.parse(source.read_text("utf-8"))):
            if isinstance(node, ast.Import):
                names.update(alias.name.split(".")[0] for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names.add(node.module.split(".")[0])
                if node.module.startswith("recovery_journal."):
                    names.add(node.module)
        found[str(source.relative_to(folder))] = names
    return found


def test_storage_imports_no_qt() -> None:
    offenders = {f for f, names in _imports(PACKAGE / "storage").items() if "PySide6" in names}
    assert not offenders


def test_ui_imports_no_sqlcipher() -> None:
    offenders = {f for f, names in _imports(PACKAGE / "ui").items() if "sqlcipher3" in names}
    assert not offenders


def test_storage_does_not_reach_up_into_ui_or_cli() -> None:
    for file, names in _imports(PACKAGE / "storage").items():
        upward = ("recovery_journal.ui", "recovery_journal.cli")
        assert not any(n.startswith(upward) for n in names), file


def test_no_network_modules_anywhere() -> None:
    banned = {"socket", "http", "urllib", "requests", "ssl", "ftplib", "smtplib"}
    for file, names in _imports(PACKAGE).items():
        assert not (names & banned), file
    for source in PACKAGE.rglob("*.py"):
        assert "QtNetwork" not in source.read_text("utf-8"), source


def test_guard_sees_a_violation(tmp_path: Path) -> None:
    """The walk above must be able to fail: a planted import is found."""
    (tmp_path / "bad.py").write_text("from PySide6 import QtCore\nimport socket\n", "utf-8")
    assert _imports(tmp_path)["bad.py"] == {"PySide6", "socket"}


def test_tests_outside_the_ui_folder_are_not_marked_gui(request: pytest.FixtureRequest) -> None:
    """`-m "not gui"` keeps these in the quick loop (tests/ui/test_suite_hygiene.py: the rest)."""
    assert request.node.get_closest_marker("gui") is None
