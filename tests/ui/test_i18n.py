"""Counts read right through Qt's plural forms: "1 helpline", "2 helplines", and none forgotten."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

from PySide6.QtCore import QCoreApplication, QLocale, QSettings, QTranslator
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from recovery_journal.ui.app_settings import AppSettings
from recovery_journal.ui.data.import_preview import KIND_WORDS, imported_words
from recovery_journal.ui.i18n import (
    ENGLISH,
    current_language,
    fill,
    install_translations,
    system_language,
)
from recovery_journal.ui.settings.language import LanguageCard
from recovery_journal.ui.settings.minutes import MinutesBox

ROOT = Path(__file__).resolve().parents[2]


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "translations", ROOT / "scripts" / "translations.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_counts_read_as_english_with_the_translator(qapp: QApplication) -> None:
    """Bug: the import preview said "1 helplines"."""
    translator = install_translations(qapp)
    assert translator.objectName() == ENGLISH and not translator.isEmpty()
    assert install_translations(qapp) is translator  # once, however often it is asked
    assert KIND_WORDS["helplines"](1) == "1 helpline"
    assert KIND_WORDS["helplines"](2) == "2 helplines"
    assert (KIND_WORDS["supporters"](1), KIND_WORDS["supporters"](3)) == ("1 person", "3 people")
    assert KIND_WORDS["journal_entries"](1) == "1 journal entry"
    assert imported_words({"helplines": 1, "checkins": 2}, "a.json") == (
        "Added from a.json: 1 helpline, 2 check-ins.")
    found = QCoreApplication.translate("JournalPage", "%n entries match", "", 1)
    assert found == "1 entry matches"


def test_without_the_translator_a_count_still_reads(qapp: QApplication) -> None:
    """A missing .qm leaves the readable source, never a crash or a bare "%n"."""
    translator = install_translations(qapp)
    QCoreApplication.removeTranslator(translator)
    try:
        assert KIND_WORDS["helplines"](1) == "1 helpline(s)"
    finally:
        QCoreApplication.installTranslator(translator)
    assert qapp.findChild(QTranslator, ENGLISH) is translator


def test_every_count_in_the_code_has_english_forms(tmp_path: Path) -> None:
    """A new `tr("%n …", "", n)` cannot be forgotten: run scripts/translations.py after one."""
    script = _script()
    texts = script.plural_texts(tmp_path)
    assert ("ImportDialog", "%n helpline(s)") in texts
    written = script.written_forms(script.TS)
    missing = [text for text in texts if len(written.get(text, [])) != 2
               or not all(form.strip() for form in written[text])]
    assert missing == [], "run scripts/translations.py and write the forms it lists"
    # The committed .qm is the .ts compiled: nothing changed by hand on one side only.
    script.compile_qm(script.TS, tmp_path / "fresh.qm")
    assert (tmp_path / "fresh.qm").read_bytes() == script.QM.read_bytes()


def test_regular_texts_get_both_forms() -> None:
    script = _script()
    assert script.regular_forms("%n helpline(s)") == ["%n helpline", "%n helplines"]
    assert script.regular_forms("%n box(es) packed") == ["%n box packed", "%n boxes packed"]
    assert script.regular_forms("%n people") == []


def test_the_lock_minutes_read_in_their_own_form(qtbot: QtBot) -> None:
    """Bug: the auto-lock box said "1 minutes"."""
    box = MinutesBox()
    qtbot.addWidget(box)
    box.setRange(0, 120)
    box.setSpecialValueText("Off")
    shown = []
    for value in (0, 1, 5):
        box.setValue(value)
        shown.append(box.text())
    assert shown == ["Off", "1 minute", "5 minutes"]
    box.lineEdit().selectAll()
    qtbot.keyClicks(box, "7")
    box.interpretText()
    assert box.value() == 7 and box.text() == "7 minutes"


def test_the_chosen_language_is_kept_and_spoken(qapp: QApplication, tmp_path: Path,
                                                qtbot: QtBot) -> None:
    """Settings → Language keeps the choice; at start the app speaks it, plurals, Qt's own
    texts and dates included, and falls back to English for a text not yet translated."""
    store = QSettings(str(tmp_path / "app.ini"), QSettings.Format.IniFormat)
    settings = AppSettings(store)
    assert settings.language() == system_language()  # nothing chosen: the system's
    card = LanguageCard(settings)
    qtbot.addWidget(card)
    assert card.note.isHidden()
    card.choice.setCurrentIndex(card.choice.findData("es"))
    assert settings.language() == "es" and not card.note.isHidden()
    store.setValue("appearance/language", "fr")  # not spoken: the system's again
    assert settings.language() == system_language()
    try:
        install_translations(qapp, "es")
        assert current_language(qapp) == "es"
        assert QCoreApplication.translate("MainWindow", "Lock") == "Bloquear"
        # `parent.tr("…")` runs under the parent's class name, which lupdate never saw.
        assert QCoreApplication.translate("SomeCard", "Copy") == "Copiar"
        assert QCoreApplication.translate("MinutesBox", "%n minute(s)", "", 1) == "1 minuto"
        assert QCoreApplication.translate("MinutesBox", "%n minute(s)", "", 5) == "5 minutos"
        assert QLocale().monthName(3) == "marzo"
        untranslated = QCoreApplication.translate("ImportDialog", "%n helpline(s)", "", 2)
        assert untranslated in ("2 helplines", "2 líneas de ayuda")  # English, never "(s)"
        install_translations(qapp, "cy")
        assert QCoreApplication.translate("MainWindow", "Lock") == "Cloi"
        assert QCoreApplication.translate("MinutesBox", "%n minute(s)", "", 3) == "3 munud"
        assert QLocale().monthName(3) == "Mawrth"
    finally:
        install_translations(qapp, "en")
    assert current_language(qapp) == "en"
    assert QCoreApplication.translate("MainWindow", "Lock") == "Lock"
    assert KIND_WORDS["helplines"](2) == "2 helplines"


def test_welsh_and_spanish_are_compiled_and_keep_their_placeholders(tmp_path: Path) -> None:
    """Each translation keeps the source's %1/%n/{name}; the committed .qm is the .ts compiled."""
    script = _script()
    every = script.every_text(tmp_path)
    assert ("MainWindow", "Lock") in every
    # Behind a module's `_tr` wrapper or `parent.tr`, lupdate sees nothing: found here too.
    assert {("MainWindow", "&File"), ("@any", "Take a life check…")} <= set(every)
    for language in script.LANGUAGES:
        ts = script.TS.with_name(f"recovery_journal_{language}.ts")
        kept = script.kept_translations(ts)
        assert len(kept) > 200, language  # the texts a person meets first, at least
        bad = [source for (_, source), forms in kept.items()
               if not script._fits(source, forms, script.NUMERUS[language])]
        assert bad == [], language
        script.compile_qm(ts, tmp_path / f"{language}.qm")
        assert (tmp_path / f"{language}.qm").read_bytes() == ts.with_suffix(".qm").read_bytes()
    assert not script._fits("Saved %1", ["Guardado"], 2)  # a lost placeholder is caught
    assert script.pseudo("Save &check-in at %1") == "Sàvé &çhéçk-ïñ àt %1 ~~~~~ ~~~"


def test_fill_puts_values_in_one_pass() -> None:
    assert fill("%2 then %1", "a%2", "b") == "b then a%2"
    assert fill("Saved %1", "note") == "Saved note" and fill("%3", "x") == "%3"
