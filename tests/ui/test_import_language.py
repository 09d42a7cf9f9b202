"""The import dialog in Welsh and Spanish: a file's problem, with its row and column, and the
preview's skipped rows are worded in the app's language, not left in English."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from recovery_journal.storage.repositories import Repositories
from recovery_journal.ui.data.importing import ImportDialog
from recovery_journal.ui.i18n import install_translations
from tests.ui.audit import show_active

FIXTURES = Path(__file__).parent.parent / "fixtures" / "imports"


@pytest.fixture
def pool() -> QThreadPool:
    return QThreadPool()


@pytest.fixture
def speak(qapp: QApplication) -> Iterator[Callable[[str], object]]:
    """Install a language for one test; English again afterwards."""
    yield lambda language: install_translations(qapp, language)
    install_translations(qapp, "en")


def _preview(qtbot: QtBot, repos: Repositories, source: Path, pool: QThreadPool,
             format: str = "daylio") -> ImportDialog:
    dialog = ImportDialog(repos, lambda *_args: source, pool=pool)
    qtbot.addWidget(dialog)
    show_active(qtbot, dialog, 700, 700)
    dialog.format.setCurrentIndex(dialog.format.findData(format))
    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.preview_label.isVisible() or bool(dialog.message.text()),
                    timeout=10_000)
    return dialog


def _broken_daylio(tmp_path: Path) -> Path:
    """A real Daylio export whose second record has a time no clock shows."""
    rows = (FIXTURES / "daylio_current.csv").read_text("utf-8").splitlines(keepends=True)
    rows[2] = rows[2].replace("08:15", "half past eight")
    broken = tmp_path / "daylio.csv"
    broken.write_text("".join(rows), encoding="utf-8")
    return broken


@pytest.mark.parametrize(("language", "said"), [
    ("cy", "Rhes 3, colofn “time”: Dydy hwn ddim yn amser o’r dydd."),
    ("es", "Fila 3, columna «time»: Esto no es una hora del día."),
    ("en", 'Row 3, column "time": This isn\'t a time of day.'),
])
def test_a_broken_file_is_named_in_the_apps_language(
    qtbot: QtBot, repos: Repositories, tmp_path: Path, pool: QThreadPool,
    speak: Callable[[str], object], language: str, said: str,
) -> None:
    speak(language)
    dialog = _preview(qtbot, repos, _broken_daylio(tmp_path), pool)
    assert dialog.message.text() == said
    assert dialog.message.accessibleName() == said
    assert not dialog.preview_label.isVisible()
    assert repos.checkins.count() == 0


def test_the_previews_skipped_rows_are_in_welsh(
    qtbot: QtBot, repos: Repositories, tmp_path: Path, pool: QThreadPool,
    speak: Callable[[str], object],
) -> None:
    speak("cy")
    source = tmp_path / "daylio_distinct_rows.csv"
    shutil.copy(FIXTURES / "daylio_distinct_rows.csv", source)
    dialog = _preview(qtbot, repos, source, pool)
    text = dialog.preview_label.text()
    assert "Rhes 4: wedi’i hepgor, yr un fath â rhes 2." in text
    assert "Row" not in text and "skipped" not in text


def test_what_a_bearable_file_leaves_out_is_named_in_spanish(
    qtbot: QtBot, repos: Repositories, tmp_path: Path, pool: QThreadPool,
    speak: Callable[[str], object],
) -> None:
    speak("es")
    source = tmp_path / "bearable.csv"
    source.write_text((FIXTURES / "bearable.csv").read_text("utf-8")
                      + '"23rd Sep 2020","Wednesday","am","","5","",""\n'
                      + '"23rd Sep 2020","Wednesday","am","Mood","","",""\n', encoding="utf-8")
    dialog = _preview(qtbot, repos, source, pool, "bearable")
    text = dialog.preview_label.text()
    assert "(sin categoría) (1)" in text and "Mood (sin número) (1)" in text
