"""The main window's menu bar: File (lock, share, the data dialogs, quit), Edit (undo, redo),
Go (a shortcut for each page) and Help. Everything but quit, undo, redo and Get help now needs
an open journal, so it is off while locked."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence, QUndoStack

from recovery_journal.ui.about import show_about
from recovery_journal.ui.sections import SECTIONS

if TYPE_CHECKING:
    from recovery_journal.ui.main_window import MainWindow


def _tr(text: object) -> str:
    # The window's own context, so the menus translate as they did when the window built them.
    return QCoreApplication.translate("MainWindow", str(text))


class MainMenus:
    """Builds the menu bar of `window`, with undo and redo on the shared `undo_stack`."""

    def __init__(self, window: MainWindow, undo_stack: QUndoStack) -> None:
        file_menu = window.menuBar().addMenu(_tr("&File"))
        self.lock_action = QAction(_tr("&Lock now"), window)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.triggered.connect(window.lock)
        file_menu.addAction(self.lock_action)
        file_menu.addSeparator()
        self.share_action = QAction(_tr("&Share a report…"), window)
        self.share_action.triggered.connect(window.show_share_report)
        file_menu.addAction(self.share_action)
        file_menu.addSeparator()
        # Issue 7: the app controller connects these to ui/data/actions.py.
        self.export_action = QAction(_tr("&Export…"), window)
        self.import_action = QAction(_tr("&Import…"), window)
        self.backup_action = QAction(_tr("&Back up now…"), window)
        self.restore_action = QAction(_tr("&Restore from backup…"), window)
        self.delete_action = QAction(_tr("&Delete everything…"), window)
        self.data_actions = (self.export_action, self.import_action, self.backup_action,
                             self.restore_action, self.delete_action)
        for action in self.data_actions:
            if action is self.restore_action:
                file_menu.addSeparator()
            file_menu.addAction(action)
        file_menu.addSeparator()
        quit_action = QAction(_tr("&Quit"), window)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        quit_action.triggered.connect(window.quit_app)
        file_menu.addAction(quit_action)

        edit_menu = window.menuBar().addMenu(_tr("&Edit"))
        self.undo_action = undo_stack.createUndoAction(window, _tr("&Undo"))
        self.undo_action.setShortcut(QKeySequence("Ctrl+Z"))
        self.redo_action = undo_stack.createRedoAction(window, _tr("&Redo"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)

        self.go_menu = window.menuBar().addMenu(_tr("&Go"))
        self.go_actions: list[QAction] = []
        for number, section in enumerate(SECTIONS, start=1):
            action = QAction(section.title, window)
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.triggered.connect(lambda _=False, key=section.key: window.go_to(key))
            self.go_menu.addAction(action)
            self.go_actions.append(action)

        help_menu = window.menuBar().addMenu(_tr("&Help"))
        self.help_action = QAction(_tr("&Get help now"), window)
        self.help_action.setShortcut(QKeySequence.StandardKey.HelpContents)
        self.help_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.help_action.triggered.connect(window.show_help)
        help_menu.addAction(self.help_action)
        self.crisis_card_action = QAction(_tr("&Crisis card…"), window)
        self.crisis_card_action.triggered.connect(window.show_crisis_card)
        help_menu.addAction(self.crisis_card_action)
        self.hope_box_action = QAction(_tr("My &hope box…"), window)
        self.hope_box_action.triggered.connect(window.help.open_hope_box)
        help_menu.addAction(self.hope_box_action)
        self.guide_action = QAction(_tr("G&uide"), window)
        self.guide_action.triggered.connect(window.show_guide)
        help_menu.addAction(self.guide_action)
        help_menu.addSeparator()
        self.about_action = QAction(_tr("&About Recovery Journal"), window)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(lambda: show_about(window))
        help_menu.addAction(self.about_action)

    def set_unlocked(self, unlocked: bool) -> None:
        """Turn on (or off, while locked) what needs an open journal."""
        self.lock_action.setEnabled(unlocked)
        self.crisis_card_action.setEnabled(unlocked)
        self.hope_box_action.setEnabled(unlocked)
        self.share_action.setEnabled(unlocked)
        for action in self.data_actions:
            action.setEnabled(unlocked)
        for action in self.go_actions:
            action.setEnabled(unlocked)
        self.go_menu.setEnabled(unlocked)
