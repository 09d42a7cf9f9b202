"""The crisis card's preview dialog: the card on screen, a plain note that the PDF is not
encrypted, and Save as PDF…; the card itself is drawn in report/crisis_card.py.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QPushButton,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from recovery_journal.report.crisis_card import CardContent, card_html, write_card
from recovery_journal.ui.announce import announce
from recovery_journal.ui.widgets.buttons import mark_main_action


def _default_path() -> Path:
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(folder or Path.home()) / "crisis-card.pdf"


class CrisisCardDialog(QDialog):
    """A preview of the card, a plain note that the PDF is not encrypted, and Save as PDF…"""

    def __init__(
        self, content: CardContent,
        choose_path: Callable[[QWidget, Path], Path | None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._content = content
        self._choose_path = choose_path or _ask_path
        self.setWindowTitle(self.tr("Crisis card"))
        self.resize(560, 640)
        intro = QLabel(self.tr(
            "A one-page card (A6, pocket size) with your crisis plan, the people you chose "
            "and the helplines. Print it, fold it, keep it in a wallet or by the phone."
        ))
        intro.setWordWrap(True)
        self.note = QLabel(self.tr(
            "The PDF is not encrypted: anyone who has the file or the paper can read it. "
            "Keep it somewhere you trust."
        ))
        self.note.setWordWrap(True)
        self.preview = QTextEdit()
        self.preview.setReadOnly(True)
        self.preview.setTabChangesFocus(True)
        self.preview.setAccessibleName(self.tr("Preview of the crisis card"))
        self.preview.setHtml(card_html(content))
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Status"))
        self.save_button = QPushButton(self.tr("Save as PDF…"))
        self.save_button.setAccessibleName(self.tr("Save the crisis card as a PDF file"))
        self.save_button.clicked.connect(self.save)
        close = QPushButton(self.tr("Close"))
        close.setAccessibleName(self.tr("Close the crisis card"))
        close.clicked.connect(self.accept)
        buttons = QDialogButtonBox()
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(close, QDialogButtonBox.ButtonRole.RejectRole)
        mark_main_action(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.note)
        layout.addWidget(self.status)
        layout.addWidget(buttons)

    def save(self) -> Path | None:
        """Ask where, then write the card; returns the path written, if any."""
        path = self._choose_path(self, _default_path())
        if path is None:
            return None
        try:
            write_card(self._content, path)
        except OSError:
            announce(self, self.tr(
                "The card couldn't be saved there. Please try another folder."), self.status)
            return None
        announce(self, self.tr("Saved the crisis card as %s. It is not encrypted.")
                 % path.name, self.status)
        return path


def _ask_path(parent: QWidget, suggested: Path) -> Path | None:
    chosen, _ = QFileDialog.getSaveFileName(
        parent, parent.tr("Save the crisis card"), str(suggested), parent.tr("PDF (*.pdf)")
    )
    if not chosen:
        return None
    path = Path(chosen)
    return path if path.suffix.lower() == ".pdf" else path.with_suffix(".pdf")
