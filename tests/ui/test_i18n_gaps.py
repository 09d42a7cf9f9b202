"""The last English in the Welsh app (issue 18.2): regions, the share dialog, people, measures,
the supports log; a measure the person renamed stays as they typed it."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from recovery_journal.charts.registry import MOOD_HOPE
from recovery_journal.model import SupportKind
from recovery_journal.storage.repositories import Repositories
from recovery_journal.storage.vault import Vault
from recovery_journal.ui.i18n import install_translations
from recovery_journal.ui.people.page import person_line
from recovery_journal.ui.region import region_name, region_names
from recovery_journal.ui.settings.measures import MeasuresEditor
from recovery_journal.ui.share.dialog import ShareReportDialog
from recovery_journal.ui.supports.words import event_line, support_line
from recovery_journal.ui.today.scale import ScaleInput
from recovery_journal.ui.widgets.measure_words import high_label, low_label, measure_name


def test_welsh_app_shows_no_english_left(qapp: QApplication, qtbot: QtBot, vault: Vault) -> None:
    repos = Repositories.from_vault(vault)
    install_translations(qapp, "cy")
    try:
        assert region_name("GB") == "Y Deyrnas Unedig"
        assert ("ES", "Sbaen") in region_names()

        dialog = ShareReportDialog(repos, date(2026, 1, 11))
        qtbot.addWidget(dialog)
        shown = {key: box.text() for key, box in dialog.boxes.items()}
        assert shown["people"] == "Fy mhobl"
        assert shown[MOOD_HOPE.name] == "Hwyliau a gobaith dros amser"
        assert shown["plan:daily"] != "Daily maintenance"

        person = repos.supporters.add("Jo", in_crisis_plan=True, do_not_contact=True)
        assert person_line(person) == "Jo\nyn fy nghynllun argyfwng, peidiwch â chysylltu"

        repos.supports.add(SupportKind.MEDICINE, "Sertraline", started=date(2026, 1, 11))
        [support] = repos.supports.list()
        assert "Sul 11 Ion 2026" in support_line(support)
        assert event_line(support.events[0]).startswith("Sul 11 Ion 2026")

        mood, hope = repos.measures.by_key("mood"), repos.measures.by_key("hope")
        assert (measure_name(mood), low_label(mood), high_label(mood)) == (
            "Hwyliau", "Isel iawn", "Da iawn")
        scale = ScaleInput(hope)
        qtbot.addWidget(scale)
        assert scale.title.text() == "Gobaith"
        # Renamed by the person: theirs, as typed, even in Welsh; the other words still follow.
        repos.measures.update(mood.id, name="Mood now")
        mood = repos.measures.by_key("mood")
        assert (measure_name(mood), low_label(mood)) == ("Mood now", "Isel iawn")
        # Settings shows the Welsh words in its fields; leaving them as they are saves nothing.
        settings = MeasuresEditor(repos.measures)
        qtbot.addWidget(settings)
        settings.reload(hope.id)
        assert settings.name_edit.text() == "Gobaith"
        settings._save_name()
        settings._save_labels()
        assert repos.measures.by_key("hope") == hope
    finally:
        install_translations(qapp, "en")
    assert region_name("GB") == "United Kingdom"
    assert measure_name(repos.measures.by_key("hope")) == "Hope"
