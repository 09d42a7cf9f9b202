"""Opening Get help now and the crisis card over the main window, locked or unlocked.

Locked, only what is kept outside the vault is shown (the region's helplines); unlocked, the
person's crisis plan, own numbers and chosen people come first. The storage-backed pieces are
imported when first needed, so the first window still loads no storage.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt

from recovery_journal.helplines import HelplineCatalogue
from recovery_journal.model import BundledHelplines, Supporter
from recovery_journal.storage.errors import VaultError
from recovery_journal.ui.help.dialog import HelpDialog, HelpSection
from recovery_journal.ui.region import help_for
from recovery_journal.ui.sections import SectionKey

if TYPE_CHECKING:
    from recovery_journal.ui.app_settings import AppSettings
    from recovery_journal.ui.main_window import MainWindow


class HelpLauncher(QObject):
    """Keeps at most one Get help now open, and opens the crisis card for the chosen region."""

    def __init__(
        self, window: MainWindow, catalogue: HelplineCatalogue | None, settings: AppSettings,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._catalogue = catalogue
        self._settings = settings
        self.dialog: HelpDialog | None = None

    def region_help(self) -> BundledHelplines | None:
        """The bundled help for the region chosen now (None if the file can't be read)."""
        if self._catalogue is None:
            return None
        return help_for(self._settings.region(), self._catalogue)

    def extra_sections(self) -> list[HelpSection]:
        """The person's crisis plan, shown first in Get help now (unlocked only)."""
        repos = self._window.repos
        if repos is None:
            return []  # locked: never reach for the vault
        from recovery_journal.ui.plan.help_sections import crisis_help_sections

        return crisis_help_sections(repos)

    def _people(self) -> list[Supporter]:
        repos = self._window.repos
        if repos is None:
            return []
        try:
            return repos.supporters.crisis_contacts()
        except VaultError:
            return []

    def show(self) -> None:
        """Open Get help now without blocking the window, or bring the open one forward."""
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.raise_()
            self.dialog.activateWindow()
            return
        window, repos = self._window, self._window.repos
        dialog = HelpDialog(
            self.region_help(), repos.helplines if repos is not None else None,
            self.extra_sections(), clipboard=window.clipboard, parent=window,
            people=self._people(), settings=self._settings, catalogue=self._catalogue,
            open_settings=self.open_region_settings if repos is not None else None,
            open_hope_box=self.open_hope_box if repos is not None else None,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(self._forget)
        dialog.reload()
        self.dialog = dialog
        dialog.open()

    def _forget(self) -> None:
        self.dialog = None

    def show_crisis_card(self) -> None:
        """Open the one-page crisis card (unlocked only), over the page the person is on."""
        repos = self._window.repos
        if repos is None:
            return
        from recovery_journal.ui.plan.page import PlanPage

        page = self._window.page(SectionKey.PLAN)
        if isinstance(page, PlanPage):
            page.show_card()  # saves the plan's unsaved edits first
        else:
            from recovery_journal.ui.plan.crisis_card import open_crisis_card

            open_crisis_card(repos, self._window, self.region_help())

    def open_region_settings(self) -> None:
        """Show Settings at "Help where you are" (from Get help now)."""
        from recovery_journal.ui.settings.page import SettingsPage

        self._window.go_to(SectionKey.SETTINGS)
        page = self._window.page(SectionKey.SETTINGS)
        if isinstance(page, SettingsPage):
            page.scroll_area.ensureWidgetVisible(page.region)
            page.region.region.setFocus(Qt.FocusReason.OtherFocusReason)

    def open_hope_box(self) -> None:
        """Open My hope box over the window (unlocked only)."""
        repos = self._window.repos
        if repos is None:
            return
        from recovery_journal.ui.hope_box.dialog import open_hope_box

        open_hope_box(repos, self._window, self._window.undo_stack)
