"""Settings: measures, tags, life areas, region and own numbers, auto-lock, appearance and
the daily reminder.

Every change saves at once; there is no OK button. Theme and text size are not personal, so they
live in QSettings; everything else lives in the vault.
"""

from __future__ import annotations

from PySide6.QtCore import QTime, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QTimeEdit,
    QWidget,
)

from recovery_journal.storage.repositories import Repositories
from recovery_journal.ui import tokens
from recovery_journal.ui.app_settings import AppSettings
from recovery_journal.ui.region import help_for
from recovery_journal.ui.settings.feelings import FeelingsEditor
from recovery_journal.ui.settings.file_check import FileCheckCard
from recovery_journal.ui.settings.language import LanguageCard
from recovery_journal.ui.settings.life_check import LifeCheckCard
from recovery_journal.ui.settings.measures import MeasuresEditor
from recovery_journal.ui.settings.minutes import MinutesBox
from recovery_journal.ui.settings.privacy import PrivacyCard
from recovery_journal.ui.settings.questionnaires import QuestionnairesCard
from recovery_journal.ui.settings.region import RegionCard
from recovery_journal.ui.settings.security import SecurityCard
from recovery_journal.ui.settings.tags import DomainsEditor, TagsEditor
from recovery_journal.ui.theme import THEMES
from recovery_journal.ui.widgets.card import Card
from recovery_journal.ui.widgets.scroll_page import ScrollPage
from recovery_journal.ui.widgets.wrap_check import WrapCheckBox

AUTOLOCK_MAX = 240


class SettingsPage(ScrollPage):
    """Every setting, grouped; each change is saved as soon as it is made."""
    autolock_changed = Signal(int)
    measures_changed = Signal()

    def __init__(
        self, repos: Repositories, undo_stack: QUndoStack, parent: QWidget | None = None,
        *, settings: AppSettings,
    ) -> None:
        super().__init__(parent, spacing=tokens.SPACE_L)
        self._repos = repos
        self._undo = undo_stack
        self._app_settings = settings
        layout = self.body
        self.add_header(self.tr("Settings"),
                        self.tr("Changes are saved as soon as you make them."))

        self.measures = MeasuresEditor(repos.measures, self.content)
        layout.addWidget(self._group(
            self.tr("Measures"),
            self.tr("What you rate in a check-in. Hidden measures keep their past values."),
            self.measures,
        ))
        self.tags = TagsEditor(repos.tags, repos.life_domains, self.content)
        layout.addWidget(self._group(self.tr("Tags"), "", self.tags))
        self.feelings = FeelingsEditor(repos.feelings, self.content)
        layout.addWidget(self._group(
            self.tr("Feelings"),
            self.tr("The words you can pick in a check-in. Hidden ones stay on past check-ins."),
            self.feelings,
        ))
        self.domains = DomainsEditor(repos.life_domains, self.content)
        layout.addWidget(self._group(
            self.tr("Life areas"),
            self.tr("The parts of life your goals, strengths and tags can belong to."),
            self.domains,
        ))
        self.region = RegionCard(repos.helplines, settings, self.content)
        layout.addWidget(self.region)
        layout.addWidget(self._build_lock())
        self.privacy = PrivacyCard(settings, self.content)
        layout.addWidget(self.privacy)
        layout.addWidget(SecurityCard(repos.vault, self.content))
        self.file_check = FileCheckCard(repos.vault, self.content)
        layout.addWidget(self.file_check)
        layout.addWidget(self._build_appearance())
        self.language = LanguageCard(settings, self.content)
        layout.addWidget(self.language)
        self.language.saved.connect(self.announce)
        layout.addWidget(self._build_reminder())
        self.questionnaires = QuestionnairesCard(repos, self.content,
                                                 region_help=lambda: help_for(settings.region()))
        layout.addWidget(self.questionnaires)
        self.life_check = LifeCheckCard(repos.settings, self.content)
        layout.addWidget(self.life_check)
        layout.addStretch(1)

        for editor in (self.measures, self.tags, self.domains, self.privacy, self.region,
                       self.questionnaires, self.life_check, self.feelings):
            editor.saved.connect(self.announce)
        self.measures.measures_changed.connect(self.measures_changed)
        # A renamed or new life area shows up in the tags' life-area choice at once.
        self.domains.saved.connect(lambda _text: self.tags.reload())

    def _group(self, title: str, intro: str, body: QWidget) -> Card:
        box = Card(title, self.content)
        if intro:
            label = QLabel(intro, box)
            label.setWordWrap(True)
            box.add(label)
        box.add(body)
        return box

    def _build_lock(self) -> Card:
        box = Card(self.tr("Locking"), self.content)
        self.autolock = MinutesBox(box)  # "1 minute", "5 minutes"
        self.autolock.setRange(0, AUTOLOCK_MAX)
        self.autolock.setSpecialValueText(self.tr("Off"))
        self.autolock.setAccessibleName(self.tr("Lock after minutes without use"))
        self.autolock.setValue(min(AUTOLOCK_MAX, self._repos.settings.get("autolock_minutes")))
        form = QFormLayout()
        box.add_layout(form)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        # A label that wraps: on one line it held the page wider than the screen at 200 %.
        label = QLabel(self.tr("Lock after this long without &use"), box)
        label.setWordWrap(True)
        label.setBuddy(self.autolock)
        form.addRow(label, self.autolock)
        hint = QLabel(self.tr("0 turns automatic locking off. Ctrl+L locks at any time."), box)
        hint.setWordWrap(True)
        form.addRow(hint)
        self.autolock.valueChanged.connect(self._save_autolock)
        return box

    def _build_appearance(self) -> Card:
        box = Card(self.tr("Appearance"), self.content)
        self.theme = QComboBox(box)
        self.theme.setAccessibleName(self.tr("Theme"))
        for key, label in zip(THEMES, (
            self.tr("Follow the system"), self.tr("Light"), self.tr("Dark"),
            self.tr("High contrast"),
        ), strict=True):
            self.theme.addItem(label, key)
        self.theme.setCurrentIndex(self.theme.findData(self._app_settings.theme()))
        self.text_scale = QSpinBox(box)
        self.text_scale.setRange(100, 200)
        self.text_scale.setSingleStep(10)
        self.text_scale.setSuffix(" %")
        self.text_scale.setAccessibleName(self.tr("Text size in percent"))
        self.text_scale.setValue(self._app_settings.text_scale())
        form = QFormLayout()
        box.add_layout(form)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.addRow(self.tr("&Theme"), self.theme)
        form.addRow(self.tr("Te&xt size"), self.text_scale)
        self.neutral_title = WrapCheckBox(
            self.tr("Call the window just “Journal” (for a computer others can see)"), box
        )
        self.neutral_title.setAccessibleName(self.tr("Neutral window title: Journal"))
        self.neutral_title.setChecked(self._app_settings.neutral_title())
        form.addRow(self.neutral_title)
        self.neutral_title.toggled.connect(self._save_neutral_title)
        self.theme.currentIndexChanged.connect(self._save_theme)
        self.text_scale.valueChanged.connect(self._save_text_scale)
        return box

    def _build_reminder(self) -> Card:
        box = Card(self.tr("Daily reminder"), self.content)
        settings = self._repos.settings
        self.reminder = WrapCheckBox(self.tr("Remind me once a day to check in"), box)
        self.reminder.setAccessibleName(self.reminder.text())
        self.reminder.setChecked(settings.get("reminder_enabled"))
        self.reminder_time = QTimeEdit(box)
        self.reminder_time.setDisplayFormat("HH:mm")
        self.reminder_time.setAccessibleName(self.tr("Reminder time"))
        self.reminder_time.setTime(QTime.fromString(settings.get("reminder_time"), "HH:mm"))
        self.reminder_time.setEnabled(self.reminder.isChecked())
        if self.privacy.tray_available:
            where = self.tr(
                "It comes as a desktop notification while the notification-area icon is on "
                "(see Privacy), even with the window closed to it, and inside the window while "
                "it is open."
            )
        else:
            where = self.tr("It shows inside the window, while Recovery Journal is open.")
        about = QLabel(self.tr(
            "At most once a day, it just says it's time for a check-in and never shows "
            "anything you have written."
        ) + " " + where, box)
        about.setWordWrap(True)
        form = QFormLayout()
        box.add_layout(form)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.addRow(self.reminder)
        form.addRow(self.tr("At"), self.reminder_time)
        form.addRow(about)
        self.reminder.toggled.connect(self._save_reminder)
        self.reminder_time.timeChanged.connect(self._save_reminder_time)
        return box

    # -- saving -----------------------------------------------------------------------------

    def _saved(self) -> None:
        self.announce.emit(self.tr("Saved"))

    def _save_autolock(self, minutes: int) -> None:
        self._repos.settings.set("autolock_minutes", int(minutes))
        self.autolock_changed.emit(int(minutes))
        self._saved()

    def _save_theme(self, _row: int) -> None:
        self._app_settings.set_theme(str(self.theme.currentData()))
        self._saved()

    def _save_text_scale(self, percent: int) -> None:
        self._app_settings.set_text_scale(int(percent))
        self._saved()

    def _save_neutral_title(self, neutral: bool) -> None:
        self._app_settings.set_neutral_title(bool(neutral))
        self._saved()

    def _save_reminder(self, enabled: bool) -> None:
        self._repos.settings.set("reminder_enabled", bool(enabled))
        self.reminder_time.setEnabled(enabled)
        self._saved()

    def _save_reminder_time(self, time: QTime) -> None:
        self._repos.settings.set("reminder_time", time.toString("HH:mm"))
        self._saved()

    def save_draft(self) -> None:
        """Nothing here is a draft; names typed but not yet confirmed are saved now."""
        for editor in (self.measures, self.tags, self.domains, self.feelings):
            editor.commit_pending()
