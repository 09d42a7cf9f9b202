"""Settings: where you are (the region whose helplines Get help now and the crisis card show)
and the person's own numbers.

The region is kept in AppSettings, outside the vault, so Get help now follows it while the
journal is locked too; the own numbers live in the vault.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QWidget

from recovery_journal.ui import tokens
from recovery_journal.ui.app_settings import AppSettings
from recovery_journal.ui.region import help_for
from recovery_journal.ui.settings.own_numbers import OwnNumbersEditor
from recovery_journal.ui.widgets.card import Card
from recovery_journal.ui.widgets.heading import heading
from recovery_journal.ui.widgets.labels import paragraph
from recovery_journal.ui.widgets.region_choice import RegionCombo

if TYPE_CHECKING:
    from recovery_journal.storage.helplines import Helplines


class RegionCard(Card):
    """The region choice, a word on what it brings, and the person's own numbers."""

    saved = Signal(str)

    def __init__(
        self, helplines: Helplines, settings: AppSettings, parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Help where you are"), parent)
        self.setObjectName("card")
        self._settings = settings
        self.add(paragraph(self.tr(
            "Get help now and your crisis card show the helplines for this region. It is kept "
            "on this computer, outside your journal, so it works while the journal is locked."
        )))
        self.region = RegionCombo(settings, self)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.addRow(self.tr("&Region"), self.region)
        self.add_layout(form)
        self.about = paragraph("")
        self.about.setObjectName("regionAbout")
        self.add(self.about)
        self.column.addSpacing(tokens.SPACE_S)
        self.add(heading(self.tr("Your own numbers"), self, tokens.BODY))
        self.own_numbers = OwnNumbersEditor(helplines, self)
        self.add(self.own_numbers)
        self.own_numbers.saved.connect(self.saved)
        settings.region_changed.connect(self._region_changed)
        self._describe(settings.region())

    def _region_changed(self, code: str) -> None:
        self._describe(code)
        self.saved.emit(self.tr("Saved"))

    def _describe(self, code: str) -> None:
        bundled = help_for(code)
        if bundled is None:
            text = ""
        elif bundled.lines:
            text = self.tr("Helplines for %1 are included, checked in %2.").replace(
                "%1", bundled.region).replace("%2", bundled.checked_words)
        elif bundled.emergency_text:
            text = self.tr(
                "There is no list of helplines for %1 in the app yet. In an emergency, call "
                "%2. Numbers you add below are shown first in Get help now."
            ).replace("%1", bundled.region).replace("%2", bundled.emergency_text)
        else:
            text = self.tr(
                "There is no list of helplines for %1 in the app yet. In an emergency, call "
                "your local emergency number. Numbers you add below are shown first in Get "
                "help now."
            ).replace("%1", bundled.region)
        self.about.setText(text)
