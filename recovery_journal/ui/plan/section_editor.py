"""One section of "My wellness plan": its guidance, a plain-text editor, and quiet dates."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeyEvent, QTextCursor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from recovery_journal.insights.safety_plan import format_plan, parse_plan
from recovery_journal.model import PlanSection, PlanSectionKey
from recovery_journal.ui import tokens
from recovery_journal.ui.widgets.dates import friendly_day
from recovery_journal.ui.widgets.heading import heading

LIST_MARK = "- "


def _tr(text: str) -> str:
    return QCoreApplication.translate("PlanSectionEditor", text)


def section_title(key: PlanSectionKey) -> str:
    """The plain, translatable title of a plan section."""
    # Written out (not looked up in PLAN_SECTION_TITLES) so the translation tools see each one;
    # tests/ui/test_plan_page.py keeps the English the same as storage's.
    titles = {
        PlanSectionKey.WELL: _tr("What I'm like when I'm well"),
        PlanSectionKey.TOOLBOX: _tr("My wellness toolbox"),
        PlanSectionKey.DAILY: _tr("Daily maintenance"),
        PlanSectionKey.TRIGGERS: _tr("Triggers and what I'll do"),
        PlanSectionKey.EARLY_WARNING: _tr("Early warning signs and what I'll do"),
        PlanSectionKey.BREAKING_DOWN: _tr("When things are breaking down"),
        PlanSectionKey.CRISIS: _tr("My safety plan"),  # shown as a safety plan, step by step
        PlanSectionKey.AFTER_CRISIS: _tr("After a crisis"),
    }
    return titles[key]


def guidance(key: PlanSectionKey) -> str:
    """A few gentle prompts for a section; the person may ignore them."""
    texts = {
        PlanSectionKey.WELL: _tr(
            "How you are when you're well: what you do, how you feel, what "
            "other people notice."),
        PlanSectionKey.TOOLBOX: _tr(
            "Things that help you stay well or feel better, big or small. "
            "One per line; start a line with - to make a list."),
        PlanSectionKey.DAILY: _tr(
            "What you do every day, or most days, to stay well."),
        PlanSectionKey.TRIGGERS: _tr(
            "Things that can knock you off balance, and what you'll do "
            "if they happen."),
        PlanSectionKey.EARLY_WARNING: _tr(
            "Small changes that tell you things may be getting "
            "harder, and what you'll do then. The app can also watch your check-ins for some of "
            "these, if you like: see \"Signs from my check-ins\"."),
        PlanSectionKey.BREAKING_DOWN: _tr(
            "Signs that things are getting much harder, and what "
            "you'll do, or ask others to do, then."),
        PlanSectionKey.CRISIS: _tr(
            "For the people who help when you can't. You might write "
            "about:\n- signs that others need to step in\n- who you want involved, and who not\n"
            "- what helps and what doesn't\n- treatments and places you prefer, or want to avoid"),
        PlanSectionKey.AFTER_CRISIS: _tr(
            "How you'd like to recover afterwards, and what to look "
            "at again when you're ready."),
    }
    return texts[key]


def _day(moment: datetime) -> str:
    return friendly_day(moment.astimezone().date())


class PlanTextEdit(QPlainTextEdit):
    """Plain text where Enter on a "- " line starts the next list item (Enter twice ends it)."""

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        plain = event.modifiers() in (Qt.KeyboardModifier.NoModifier,
                                      Qt.KeyboardModifier.KeypadModifier)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and plain:
            cursor = self.textCursor()
            line = cursor.block().text()
            if line.lstrip().startswith(LIST_MARK.strip()) and cursor.atBlockEnd():
                indent = line[: len(line) - len(line.lstrip())]
                if line.strip() == LIST_MARK.strip():
                    cursor.movePosition(QTextCursor.MoveOperation.StartOfBlock,
                                        QTextCursor.MoveMode.KeepAnchor)
                    cursor.removeSelectedText()
                    return
                cursor.insertText("\n" + indent + LIST_MARK)
                self.setTextCursor(cursor)
                return
        super().keyPressEvent(event)


class PlanSectionEditor(QWidget):
    """Shows one section; `save_requested` / `history_requested` are handled by the page."""

    save_requested = Signal()
    history_requested = Signal()
    card_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._section: PlanSection | None = None
        self.title = heading("", scale=tokens.TITLE)
        self.guidance = QLabel()
        self.guidance.setWordWrap(True)
        self.guidance.setTextFormat(Qt.TextFormat.PlainText)
        self.editor = PlanTextEdit()
        self.editor.setTabChangesFocus(True)
        # The crisis section is a safety plan: step lists instead of free text.
        from recovery_journal.ui.plan.safety_plan import SafetyPlanEditor  # avoids a cycle
        self.safety = SafetyPlanEditor()
        self.safety_scroll = QScrollArea()
        self.safety_scroll.setWidgetResizable(True)
        self.safety_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.safety_scroll.setWidget(self.safety)
        self.safety_scroll.setVisible(False)
        self.safety_scroll.setAccessibleName(self.tr("My safety plan, step by step"))
        self.dates = QLabel()
        self.dates.setWordWrap(True)
        self.dates.setEnabled(False)  # drawn in the palette's quieter text colour
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setToolTip(self.tr("Save this section (Ctrl+S)"))
        self.save_button.setAccessibleName(self.tr("Save this section"))
        self.history_button = QPushButton(self.tr("Earlier versions…"))
        self.history_button.setAccessibleName(
            self.tr("Earlier versions of this section: view, compare and restore"))
        self.card_button = QPushButton(self.tr("Crisis card…"))
        self.card_button.setAccessibleName(self.tr("Make a one-page crisis card as a PDF"))
        self.save_button.clicked.connect(self.save_requested)
        self.history_button.clicked.connect(self.history_requested)
        self.card_button.clicked.connect(self.card_requested)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.history_button)
        buttons.addWidget(self.card_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addWidget(self.title)
        layout.addWidget(self.guidance)
        layout.addWidget(self.editor, 1)
        layout.addWidget(self.safety_scroll, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.dates)

    @property
    def section(self) -> PlanSection | None:
        return self._section

    def show_section(self, section: PlanSection, text: str | None = None,
                     looked_at: datetime | None = None, revisions: int = 0) -> None:
        """Show `section` (or unsaved `text` for it); `looked_at` is the visit before this one."""
        self._section = section
        title = section_title(section.key)
        self.title.setText(title)
        self.title.setAccessibleName(title)
        self.guidance.setText(guidance(section.key))
        self.editor.setAccessibleName(title)
        self.editor.setPlainText(section.body if text is None else text)
        self.editor.document().setModified(text is not None and text != section.body)
        safety = self.is_safety_plan()
        self.editor.setVisible(not safety)
        self.guidance.setVisible(not safety)
        self.safety_scroll.setVisible(safety)
        if safety:
            self.safety.show_plan(parse_plan(section.body if text is None else text))
        self.card_button.setVisible(section.key is PlanSectionKey.CRISIS)
        self.history_button.setEnabled(revisions > 0)
        self.show_dates(section, looked_at)

    def show_dates(self, section: PlanSection, looked_at: datetime | None) -> None:
        """The quiet line under the editor: when last changed and last looked at."""
        self._section = section
        parts = []
        if section.updated_at is not None:
            parts.append(self.tr("Last changed %s.") % _day(section.updated_at))
        if looked_at is not None:
            parts.append(self.tr("Last looked at %s.") % _day(looked_at))
        self.dates.setText("  ".join(parts))
        self.dates.setVisible(bool(parts))

    def is_safety_plan(self) -> bool:
        """True when the section on screen is the crisis section, shown as a safety plan."""
        return self._section is not None and self._section.key is PlanSectionKey.CRISIS

    def text(self) -> str:
        if self.is_safety_plan():
            return format_plan(self.safety.plan())
        return self.editor.toPlainText()

    def is_changed(self) -> bool:
        """True when the text differs from what is saved (for the safety plan: its content)."""
        if self._section is None:
            return False
        if self.is_safety_plan():
            return self.safety.plan() != parse_plan(self._section.body)
        return self.text() != self._section.body
