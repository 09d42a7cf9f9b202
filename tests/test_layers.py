"""The layers stay apart: storage never imports Qt, the UI never imports sqlcipher3, insights
never read the vault, Qt stays in ui/ (QtGui also in report/), and no module imports itself
through others."""

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


# -- finer rules: full module names, checked by functions a planted tree can fail -------------


def _modules(folder: Path) -> dict[str, set[str]]:
    """Each file's imports as full dotted names: `from a import b` counts as `a` and `a.b`."""
    found: dict[str, set[str]] = {}
    for source in folder.rglob("*.py"):
        names: set[str] = set()
        for node in ast.walk(ast.parse(source.read_text("utf-8"))):
            if isinstance(node, ast.Import):
                names.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names.add(node.module)
                names.update(f"{node.module}.{alias.name}" for alias in node.names)
        found[source.relative_to(folder).as_posix()] = names
    return found


def _under(name: str, *roots: str) -> bool:
    return any(name == root or name.startswith(f"{root}.") for root in roots)


def _qt_outside_ui(package: Path) -> set[str]:
    """Files outside ui/ importing Qt, but for QtGui (and the QtCore it needs) in report/."""
    allowed = {"PySide6", "PySide6.QtGui", "PySide6.QtCore"}
    offenders: set[str] = set()
    for file, names in _modules(package).items():
        qt = {".".join(n.split(".")[:2]) for n in names if _under(n, "PySide6", "shiboken6")}
        if qt and not file.startswith("ui/") and not (file.startswith("report/")
                                                     and qt <= allowed):
            offenders.add(file)
    return offenders


def _reaching(package: Path, folder: str, *banned: str) -> set[str]:
    """Files under `folder` (or the file `folder`) importing any module under `banned`."""
    return {
        file for file, names in _modules(package).items()
        if (file == folder or file.startswith(f"{folder}/"))
        and any(_under(n, *banned) for n in names)
    }


def _module_name(package: Path, source: Path) -> str:
    parts = [package.name, *source.relative_to(package).with_suffix("").parts]
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _on_a_cycle(package: Path) -> set[str]:
    """Modules outside ui/ that import themselves through others, lazy imports included; an
    import of a package (its __init__ re-exporting names) is not followed, as a package always
    imports its own parts."""
    imports = _modules(package)
    sources = {_module_name(package, s): s.relative_to(package).as_posix()
               for s in package.rglob("*.py") if s.name != "__init__.py"}
    edges = {m: {n for n in imports[file] if n in sources} - {m}
             for m, file in sources.items() if not file.startswith("ui/")}
    looping: set[str] = set()
    for start in edges:
        seen: set[str] = set()
        todo = list(edges[start])
        while todo and start not in seen:
            here = todo.pop()
            if here not in seen:
                seen.add(here)
                todo.extend(edges.get(here, ()))
        if start in seen:
            looping.add(start)
    return looping


def test_qt_only_in_ui_and_its_gui_module_in_report() -> None:
    assert not _qt_outside_ui(PACKAGE)


def test_insights_import_neither_storage_nor_qt() -> None:
    banned = ("recovery_journal.storage", "PySide6", "shiboken6")
    assert not _reaching(PACKAGE, "insights", *banned)


def test_questionnaires_use_nothing_but_model() -> None:
    """Instruments are plain data: no storage, no Qt, nothing above them."""
    package = PACKAGE / "questionnaires"
    for file, names in _modules(package).items():
        ours = {n for n in names if _under(n, "recovery_journal")}
        assert all(_under(n, "recovery_journal.model", "recovery_journal.questionnaires")
                   for n in ours), file
        assert not any(_under(n, "PySide6", "shiboken6") for n in names), file


def test_charts_import_no_qt() -> None:
    assert not _reaching(PACKAGE, "charts", "PySide6", "shiboken6")


def test_model_imports_nothing_of_the_package() -> None:
    assert not _reaching(PACKAGE, "model.py", "recovery_journal")


def test_no_import_cycles_outside_ui() -> None:
    assert not _on_a_cycle(PACKAGE)


def _plant(root: Path, files: dict[str, str]) -> Path:
    package = root / "recovery_journal"
    for name, text in files.items():
        (package / name).parent.mkdir(parents=True, exist_ok=True)
        (package / name).write_text(text, "utf-8")
    return package


def test_guard_sees_qt_outside_ui_and_widgets_in_report(tmp_path: Path) -> None:
    package = _plant(tmp_path, {
        "ui/page.py": "from PySide6.QtWidgets import QWidget\n",
        "report/pdf.py": "from PySide6.QtGui import QPdfWriter\nfrom PySide6 import QtCore\n",
        "report/dialog.py": "from PySide6.QtWidgets import QDialog\n",
        "report/lazy.py": "def f():\n    from PySide6 import QtWidgets\n",
        "cli/report.py": "from PySide6.QtGui import QGuiApplication\n",
        "charts/canvas.py": "import shiboken6\n",
    })
    assert _qt_outside_ui(package) == {"report/dialog.py", "report/lazy.py", "cli/report.py",
                                       "charts/canvas.py"}


def test_guard_sees_insights_reach_storage_or_qt(tmp_path: Path) -> None:
    package = _plant(tmp_path, {
        "insights/ok.py": "from recovery_journal.model import MeasureDays\n",
        "insights/reads.py": "def f():\n    from recovery_journal.storage import daily\n",
        "insights/draws.py": "import PySide6.QtGui\n",
        "charts/qt.py": "from PySide6 import QtCore\n",
    })
    banned = ("recovery_journal.storage", "PySide6", "shiboken6")
    assert _reaching(package, "insights", *banned) == {"insights/reads.py", "insights/draws.py"}
    assert _reaching(package, "charts", "PySide6") == {"charts/qt.py"}


def test_guard_sees_model_import_the_package(tmp_path: Path) -> None:
    package = _plant(tmp_path, {"model.py": "from recovery_journal.storage.daily import X\n"})
    assert _reaching(package, "model.py", "recovery_journal") == {"model.py"}


def test_guard_sees_an_import_cycle(tmp_path: Path) -> None:
    package = _plant(tmp_path, {
        "portability/__init__.py": "",
        "portability/a.py": "from recovery_journal.portability.b import x\n",
        "portability/b.py": "def x():\n    from recovery_journal.portability.a import y\n",
        "portability/c.py": "from recovery_journal.portability import a\n",
        "ui/one.py": "from recovery_journal.ui import two\n",
        "ui/two.py": "from recovery_journal.ui import one\n",
    })
    assert _on_a_cycle(package) == {"recovery_journal.portability.a",
                                    "recovery_journal.portability.b"}
