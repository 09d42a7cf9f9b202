"""The life check dialog: the questions, then the result (the wheel beside last time's, each
area's history, and a smallest next step).

Our own questions, not a licensed or clinical instrument; the dialog says so. Every answer is
optional, and "Not now" leaves without writing anything.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import Qt, QThreadPool, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from recovery_journal.model import LifeCheck
from recovery_journal.storage.errors import VaultError
from recovery_journal.storage.repositories import Repositories
from recovery_journal.ui import tokens
from recovery_journal.ui.announce import announce, announce_saved
from recovery_journal.ui.life_check.form import LifeCheckForm
from recovery_journal.ui.life_check.results import LifeCheckResult
from recovery_journal.ui.widgets.buttons import (
    mark_main_action,
    primary_button,
    secondary_button,
)
from recovery_journal.ui.widgets.heading import heading
from recovery_journal.ui.widgets.labels import message_box_label, paragraph


def _scrolling(inner: QWidget, parent: QWidget, name: str) -> QScrollArea:
    area = QScrollArea(parent)
    area.setAccessibleName(name)
    # Tab goes straight to the questions inside; the area scrolls to whichever has the focus.
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setWidget(inner)
    return area


class LifeCheckDialog(QDialog):
    """Ask, save, then show the result; `saved` carries the new life check's id."""

    saved = Signal(int)
    # A life check was saved, set aside or brought back: the life charts need drawing again.
    changed = Signal()

    def __init__(
        self, repos: Repositories, parent: QWidget | None = None, *,
        theme: Callable[[], str], now: Callable[[], datetime] | None = None,
        pool: QThreadPool | None = None,
    ) -> None:
        super().__init__(parent)
        self._repos = repos
        self._now = now or (lambda: datetime.now().astimezone())
        self._shown_id: int | None = None
        self.setWindowTitle(self.tr("Life check"))
        self.setAccessibleName(self.tr("Life check"))
        self.domains = repos.life_domains.list(include_archived=True)
        outer = QVBoxLayout(self)
        self.stack = QStackedWidget(self)
        outer.addWidget(self.stack)
        self.ask_page = self._build_ask()
        self.stack.addWidget(_scrolling(self.ask_page, self.stack,
                                        self.tr("Life check questions")))
        result_page = QWidget(self.stack)
        column = QVBoxLayout(result_page)
        column.setSpacing(tokens.SPACE_M)
        self.result_view = LifeCheckResult(repos.goals, result_page, theme=theme, pool=pool)
        column.addWidget(self.result_view)
        column.addStretch(1)
        self.stack.addWidget(_scrolling(result_page, self.stack,
                                        self.tr("Life check result")))
        self.message = message_box_label()
        self.message.setParent(self)
        outer.addWidget(self.message)
        outer.addWidget(self._build_buttons())
        if self.form.rows:
            self.form.rows[0].rating.setFocus()
        self._fit_screen()

    def _build_buttons(self) -> QDialogButtonBox:
        box = QDialogButtonBox(self)
        role = QDialogButtonBox.ButtonRole
        self.save_button = primary_button(self.tr("Save life check"),
                                          self.tr("Save the life check"))
        self.not_now = secondary_button(self.tr("Not now"),
                                        self.tr("Leave without saving anything"))
        self.latest_button = secondary_button(self.tr("See your last life check"),
                                              self.tr("See your last life check"))
        self.close_button = secondary_button(self.tr("Close"), self.tr("Close the life check"))
        self.delete_button = secondary_button(self.tr("Delete this life check"),
                                              self.tr("Delete this life check (Undo brings it "
                                                      "back)"))
        self.undo_button = secondary_button(self.tr("Undo"),
                                            self.tr("Bring the deleted life check back"))
        # Each button does its own work: saving must not close the dialog.
        for button, button_role in ((self.save_button, role.AcceptRole),
                                    (self.not_now, role.RejectRole),
                                    (self.latest_button, role.ActionRole),
                                    (self.delete_button, role.ActionRole),
                                    (self.undo_button, role.ActionRole),
                                    (self.close_button, role.RejectRole)):
            box.addButton(button, button_role)
        mark_main_action(box)
        self.save_button.clicked.connect(self.save)
        self.not_now.clicked.connect(self.reject)
        self.latest_button.clicked.connect(self.show_latest)
        self.close_button.clicked.connect(self.accept)
        self.delete_button.clicked.connect(self.delete_shown)
        self.undo_button.clicked.connect(self.undo_delete)
        for button in (self.close_button, self.delete_button, self.undo_button):
            button.hide()
        try:
            self.latest_button.setVisible(bool(self._repos.life_checks.latest(1)))
        except VaultError:
            self.latest_button.hide()
        return box

    def _build_ask(self) -> QWidget:
        page = QWidget(self)
        column = QVBoxLayout(page)
        column.setSpacing(tokens.SPACE_M)
        column.addWidget(heading(self.tr("How is each part of your life going?"), page,
                                 tokens.HEADING))
        intro = paragraph(self.tr(
            "For each part of your life, choose how satisfied you are with it now, from 1 (not "
            "at all) to 7 (completely), and note what is going well if you like. Skip any "
            "you want. These are our own questions, not a clinical or licensed questionnaire; "
            "the numbers are yours, never a grade."
        ))
        intro.setParent(page)
        column.addWidget(intro)
        self.form = LifeCheckForm([d for d in self.domains if not d.archived], page)
        column.addWidget(self.form)
        column.addStretch(1)
        return page

    def _fit_screen(self) -> None:
        width = max(720, self.fontMetrics().horizontalAdvance("M") * 48)
        height = 760
        screen = self.screen()
        if screen is not None:
            room = screen.availableGeometry()
            width, height = min(width, room.width() - 40), min(height, room.height() - 60)
        self.resize(width, height)

    def save(self) -> None:
        """Save what the person chose, then show how it compares with last time."""
        if self.form.is_empty():
            self._say(self.tr("Rate at least one part of life, or note what is going well, "
                              "or choose Not now."))
            return
        try:
            check = self._repos.life_checks.add(self._now(), self.form.ratings())
        except (ValueError, VaultError) as exc:
            self._say(str(exc))
            return
        self.saved.emit(check.id)
        self.changed.emit()
        self._show(check)
        announce_saved(self, self.tr("Life check saved"))

    def show_latest(self) -> None:
        """Show the newest life check beside the one before it."""
        try:
            newest = self._repos.life_checks.latest(1)
        except VaultError as exc:
            self._say(str(exc))
            return
        if newest:
            self._show(newest[-1])

    def delete_shown(self) -> None:
        """Set the life check shown aside; Undo (or Recently deleted, later) brings it back."""
        if self._shown_id is None:
            return
        try:
            self._repos.life_checks.delete(self._shown_id)
        except VaultError as exc:
            self._say(str(exc))
            return
        self.delete_button.hide()
        self.undo_button.show()
        self.undo_button.setFocus()
        self._say(self.tr("This life check is deleted. Undo brings it back."))
        self.changed.emit()

    def undo_delete(self) -> None:
        """Bring back the life check just deleted."""
        if self._shown_id is None:
            return
        try:
            self._repos.life_checks.restore(self._shown_id)
        except VaultError as exc:
            self._say(str(exc))
            return
        self.undo_button.hide()
        self.delete_button.show()
        self._say(self.tr("The life check is back."))
        self.changed.emit()

    def _show(self, check: LifeCheck) -> None:
        self._shown_id = check.id
        every = self._repos.life_checks.list()
        before = [c for c in every if (c.taken_at, c.id) < (check.taken_at, check.id)]
        self.result_view.show_check(check, before[-1] if before else None, every, self.domains,
                               self.stack.width() - 40)
        self.stack.setCurrentIndex(1)
        self.message.hide()
        for button in (self.save_button, self.not_now, self.latest_button):
            button.hide()
        self.close_button.show()
        self.delete_button.show()
        self.close_button.setDefault(True)
        self.result_view.wheel.setFocus()

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()
        announce(self, text)  # our own sentences only: deleted, brought back, a problem
