"""The daily check-in reminder above the pages: one generic line, Go to Today and Not now."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget


def _tr(text: str) -> str:
    # The main window's context: these words were the window's before they moved here.
    return QCoreApplication.translate("MainWindow", text)


class ReminderBanner(QFrame):
    """Hidden until shown; either button hides it again. The text never names anything personal."""

    go_to_today = Signal()

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("banner")
        row = QHBoxLayout(self)
        self.label = QLabel(text)
        self.label.setWordWrap(True)
        to_today = QPushButton(_tr("Go to Today"))
        to_today.setAccessibleName(_tr("Go to Today for a check-in"))
        to_today.clicked.connect(lambda: self.go_to_today.emit())
        to_today.clicked.connect(self.hide)
        dismiss = QPushButton(_tr("Not now"))
        dismiss.setAccessibleName(_tr("Close the reminder"))
        dismiss.clicked.connect(self.hide)
        row.addWidget(self.label, 1)
        row.addWidget(to_today)
        row.addWidget(dismiss)
        self.hide()
