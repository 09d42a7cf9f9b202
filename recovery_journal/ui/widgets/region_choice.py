"""One calm choice of region, shared by the first run, Settings and Get help now.

Regions with bundled helplines come first, then every other region by name. The choice is
kept in AppSettings (outside the vault) as soon as it is made.
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QWidget

from recovery_journal.helplines import load_catalogue
from recovery_journal.ui.app_settings import AppSettings
from recovery_journal.ui.region import region_name, region_names


class RegionCombo(QComboBox):
    """Every region by name, those with bundled helplines first; follows `settings`."""

    def __init__(self, settings: AppSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self.setAccessibleName(self.tr("Region for helplines"))
        catalogue = load_catalogue()
        bundled = list(catalogue.regions) if catalogue is not None else []
        for code in bundled:
            self.addItem(region_name(code), code)
        if bundled:
            self.insertSeparator(self.count())
        for code, name in region_names():
            if code not in bundled:
                self.addItem(name, code)
        self.show_region(settings.region())
        self.activated.connect(self._chosen)
        settings.region_changed.connect(self.show_region)

    def code(self) -> str:
        """The region shown, as an ISO 3166 alpha-2 code."""
        return str(self.currentData() or "")

    def show_region(self, code: str) -> None:
        """Show `code` as chosen without saving anything."""
        index = self.findData(code.upper())
        if index >= 0 and index != self.currentIndex():
            self.blockSignals(True)
            self.setCurrentIndex(index)
            self.blockSignals(False)

    def choose(self, code: str) -> None:
        """Choose `code` as the person would: shown and kept."""
        self.show_region(code)
        self._chosen(self.currentIndex())

    def _chosen(self, _index: int) -> None:
        if self.code() and self.code() != self._settings.region():
            self._settings.set_region(self.code())
