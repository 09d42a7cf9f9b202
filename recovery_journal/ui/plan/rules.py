"""Signs from my check-ins: the person's early-warning rules, written, paused and removed here."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from recovery_journal.model import PlanSectionKey, RuleKind, WarningRule
from recovery_journal.storage.errors import VaultError
from recovery_journal.storage.repositories import Repositories
from recovery_journal.storage.warning_rules import MAX_DAYS
from recovery_journal.ui import tokens
from recovery_journal.ui.plan.rule_words import default_threshold, describe
from recovery_journal.ui.plan.section_editor import section_title
from recovery_journal.ui.widgets.heading import heading

MOOD_KEY = "mood"  # the built-in measure's key, the same in every vault


class RuleEditor(QWidget):
    """Lists the rules, adds new ones, pauses and removes them; every change saves at once."""

    announce = Signal(str)
    rules_changed = Signal()

    def __init__(self, repos: Repositories, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._repos = repos
        self._rules = repos.warning_rules
        self._shown: list[WarningRule] = []
        intro = QLabel(self.tr(
            "If you like, the app can watch your own check-ins for signs you know, and show a "
            "gentle note on Today that opens your plan. It stays off until you add a sign; "
            "you can pause any of them. Nothing is ever sent anywhere."))
        intro.setWordWrap(True)
        self.enabled = QCheckBox(self.tr("Show a note on Today when a sign is there"))
        self.enabled.setAccessibleName(self.enabled.text())
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("My signs"))
        self.list.setMaximumHeight(self.fontMetrics().lineSpacing() * 10)
        self.list.setWordWrap(True)  # long section titles wrap rather than scroll sideways
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.pause_button = QPushButton(self.tr("Pause"))
        self.pause_button.setAccessibleName(self.tr("Pause or start the chosen sign"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setAccessibleName(self.tr("Remove the chosen sign"))
        row = QHBoxLayout()
        row.addWidget(self.pause_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addWidget(heading(self.tr("Signs from my check-ins"), scale=tokens.TITLE))
        layout.addWidget(intro)
        layout.addWidget(self.enabled)
        layout.addWidget(self.list)
        layout.addLayout(row)
        layout.addWidget(self._build_form())
        layout.addStretch(1)
        self.enabled.toggled.connect(self._set_enabled)
        self.list.currentRowChanged.connect(self._update_buttons)
        self.pause_button.clicked.connect(self.toggle_pause)
        self.remove_button.clicked.connect(self.remove)
        self.reload()

    def _build_form(self) -> QGroupBox:
        box = QGroupBox(self.tr("Add a sign"))
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Kind of sign"))
        for text, kind in (
            (self.tr("A measure below a number, days in a row"), RuleKind.BELOW),
            (self.tr("A measure above a number, days in a row"), RuleKind.ABOVE),
            (self.tr("A measure at or below a number, on some of the last days"),
             RuleKind.AT_MOST_OF),
            (self.tr("A tag, days in a row"), RuleKind.TAG_RUNNING),
        ):
            self.kind.addItem(text, kind)
        self.measure = QComboBox()
        self.measure.setAccessibleName(self.tr("Measure"))
        self.tag = QLineEdit()
        self.tag.setAccessibleName(self.tr("Tag"))
        self.tag.setPlaceholderText(self.tr("For example: not eating"))
        self.threshold = QDoubleSpinBox()
        self.threshold.setDecimals(1)
        self.threshold.setAccessibleName(self.tr("Number"))
        self.days = QSpinBox()
        self.days.setRange(1, MAX_DAYS)
        self.days.setValue(3)
        self.days.setAccessibleName(self.tr("Days"))
        self.window_days = QSpinBox()
        self.window_days.setRange(1, MAX_DAYS)
        self.window_days.setValue(7)
        self.window_days.setAccessibleName(self.tr("Out of the last how many days"))
        self.section = QComboBox()
        self.section.setAccessibleName(self.tr("Plan section the note opens"))
        for key in PlanSectionKey:
            self.section.addItem(section_title(key), key)
        self.section.setCurrentIndex(list(PlanSectionKey).index(PlanSectionKey.EARLY_WARNING))
        self.add_button = QPushButton(self.tr("Add this sign"))
        self.add_button.setAccessibleName(self.tr("Add this sign"))
        for spin in (self.threshold, self.days, self.window_days):
            # Numbers of a few digits: a field the width of the window reads as a text box.
            spin.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.form = QFormLayout(box)
        self.form.addRow(self.tr("Kind"), self.kind)
        self.form.addRow(self.tr("Measure"), self.measure)
        self.form.addRow(self.tr("Tag"), self.tag)
        self.form.addRow(self.tr("Number"), self.threshold)
        self.form.addRow(self.tr("Days"), self.days)
        self.form.addRow(self.tr("Of the last"), self.window_days)
        self.form.addRow(self.tr("Opens"), self.section)
        add_row = QHBoxLayout()
        add_row.addWidget(self.add_button)
        add_row.addStretch(1)
        self.form.addRow(add_row)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.measure.currentIndexChanged.connect(self._measure_changed)
        self.add_button.clicked.connect(self.add)
        return box

    # -- showing -----------------------------------------------------------------------------

    def _measure_names(self) -> dict[str, str]:
        return {m.key: m.name for m in self._repos.measures.list(include_archived=True)}

    def reload(self) -> None:
        """Read measures, rules and the on/off setting again."""
        names = self._measure_names()
        chosen = self.measure.currentData()
        self.measure.blockSignals(True)
        self.measure.clear()
        for measure in self._repos.measures.list():
            self.measure.addItem(measure.name, measure.key)
        index = self.measure.findData(chosen)
        if index < 0:
            # A first sign starts from mood, the measure most signs are about, wherever the
            # person has moved it; without mood, from their first measure.
            index = max(self.measure.findData(MOOD_KEY), 0)
        self.measure.setCurrentIndex(index)
        self.measure.blockSignals(False)
        self._measure_changed()
        self._shown = self._rules.list()
        row = self.list.currentRow()
        self.list.clear()
        for rule in self._shown:
            text = describe(rule, names.get(rule.measure_key, ""))
            text += self.tr(" → %s") % section_title(rule.section_key)
            if rule.paused:
                text += self.tr(" (paused)")
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, text)
            self.list.addItem(item)
        if not self._shown:
            self.list.addItem(self.tr("No signs yet. Add one below, if you'd like to."))
            self.list.item(0).setFlags(Qt.ItemFlag.NoItemFlags)
        self.list.setCurrentRow(min(row, len(self._shown) - 1) if self._shown else -1)
        self.enabled.blockSignals(True)
        self.enabled.setChecked(self._repos.settings.get("early_warning_enabled"))
        self.enabled.blockSignals(False)
        self._kind_changed()
        self._update_buttons()

    def _kind(self) -> RuleKind:
        # Qt hands a StrEnum back as its plain string, which is never `is` a RuleKind.
        return RuleKind(self.kind.currentData())

    def _kind_changed(self) -> None:
        kind = self._kind()
        self._suggest_threshold()
        is_tag = kind is RuleKind.TAG_RUNNING
        for field, visible in ((self.measure, not is_tag), (self.threshold, not is_tag),
                               (self.tag, is_tag), (self.window_days, kind is RuleKind.AT_MOST_OF)):
            self.form.setRowVisible(field, visible)

    def _measure_changed(self) -> None:
        key = self.measure.currentData()
        measure = next((m for m in self._repos.measures.list() if m.key == key), None)
        if measure is not None:
            self.threshold.setRange(measure.min_value, measure.max_value)
        self._suggest_threshold()

    def _suggest_threshold(self) -> None:
        # A new sign starts at a number that can hold ("mood below 4"), never at the bottom
        # of the scale, where "below" could never happen.
        kind = self._kind()
        if kind is not RuleKind.TAG_RUNNING:
            self.threshold.setValue(default_threshold(
                kind, self.threshold.minimum(), self.threshold.maximum()))

    def _selected(self) -> WarningRule | None:
        row = self.list.currentRow()
        return self._shown[row] if 0 <= row < len(self._shown) else None

    def _update_buttons(self) -> None:
        rule = self._selected()
        self.pause_button.setEnabled(rule is not None)
        self.remove_button.setEnabled(rule is not None)
        self.pause_button.setText(
            self.tr("Start again") if rule is not None and rule.paused else self.tr("Pause"))

    # -- changing ----------------------------------------------------------------------------

    def _run(self, action: Callable[[], object], said: str) -> bool:
        try:
            action()
        except (VaultError, ValueError) as problem:
            self.announce.emit(str(problem))
            return False
        self.reload()
        self.rules_changed.emit()
        self.announce.emit(said)
        return True

    def add(self) -> None:
        """Add the sign described in the form; the first one also switches the notes on."""
        kind = self._kind()
        first = not self._shown

        def store() -> None:
            self._rules.add(
                kind, measure_key=str(self.measure.currentData() or ""), tag_name=self.tag.text(),
                threshold=self.threshold.value(), days=self.days.value(),
                window_days=self.window_days.value(), section_key=self.section.currentData(),
            )
            if first:
                self._repos.settings.set("early_warning_enabled", True)

        if self._run(store, self.tr("Sign added")):
            self.tag.clear()
            self.list.setCurrentRow(len(self._shown) - 1)

    def toggle_pause(self) -> None:
        rule = self._selected()
        if rule is not None:
            self._run(lambda: self._rules.set_paused(rule.id, not rule.paused),
                      self.tr("Started again") if rule.paused else self.tr("Paused"))

    def remove(self) -> None:
        rule = self._selected()
        if rule is not None:
            self._run(lambda: self._rules.delete(rule.id), self.tr("Sign removed"))

    def _set_enabled(self, on: bool) -> None:
        self._run(lambda: self._repos.settings.set("early_warning_enabled", on),
                  self.tr("Notes on Today are on") if on else self.tr("Notes on Today are off"))
