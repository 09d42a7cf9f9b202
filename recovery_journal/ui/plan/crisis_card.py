"""The crisis card's preview dialog: the card on screen, a plain note that the PDF is not
encrypted, and Save as PDF…; the card itself is drawn in report/crisis_card.py.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path

from PySide6.QtCore import QLocale, QStandardPaths, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from recovery_journal.model import BundledHelplines, PlanSectionKey
from recovery_journal.report.crisis_card import (
    CardContent,
    card_html,
    load_card_content,
    write_card,
)
from recovery_journal.storage.repositories import Repositories
from recovery_journal.ui.announce import announce
from recovery_journal.ui.widgets.buttons import mark_main_action

# Room between the preview's frame and the card's text, in pixels at 100 % text.
PREVIEW_PADDING = 16


def _default_path() -> Path:
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(folder or Path.home()) / "crisis-card.pdf"


class CrisisCardDialog(QDialog):
    """A preview of the card, a plain note that the PDF is not encrypted, and Save as PDF…"""

    def __init__(
        self, content: CardContent,
        choose_path: Callable[[QWidget, Path], Path | None] | None = None,
        parent: QWidget | None = None, hope_words: tuple[str, ...] = (),
    ) -> None:
        super().__init__(parent)
        self._content = content
        self._hope_words = hope_words
        self._choose_path = choose_path or _ask_path
        self.setWindowTitle(self.tr("Crisis card"))
        self.resize(560, 640)
        intro = QLabel(self.tr(
            "A one-page card with your crisis plan, the people you chose and the helplines. "
            "Print it, fold it, keep it in a wallet or by the phone."
        ))
        intro.setWordWrap(True)
        self.paper = QComboBox()
        for text, key in ((self.tr("A6 (pocket size)"), "a6"), (self.tr("A4"), "a4"),
                          (self.tr("Letter"), "letter")):
            self.paper.addItem(text, key)
        self.paper.setCurrentIndex(max(0, self.paper.findData(content.paper)))
        self.paper.setAccessibleName(self.tr("Paper size"))
        self.paper.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.paper.currentIndexChanged.connect(self._paper_changed)
        paper_row = QFormLayout()
        paper_label = QLabel(self.tr("&Paper"))
        paper_label.setBuddy(self.paper)
        paper_row.addRow(paper_label, self.paper)
        # Off until the person chooses it: the hope box is private unless they share it.
        self.with_hope = QCheckBox(self.tr("Add the words from my hope box"))
        self.with_hope.setEnabled(bool(hope_words))
        self.with_hope.toggled.connect(self._hope_toggled)
        paper_row.addRow(self.with_hope)
        self.note = QLabel(self.tr(
            "The PDF is not encrypted: anyone who has the file or the paper can read it. "
            "Keep it somewhere you trust."
        ))
        self.note.setWordWrap(True)
        self.preview = QTextEdit()
        self.preview.setReadOnly(True)
        self.preview.setTabChangesFocus(True)
        self.preview.setAccessibleName(self.tr("Preview of the crisis card"))
        # The card's text keeps clear of the frame, as it does of the paper's edge.
        self.preview.document().setDocumentMargin(PREVIEW_PADDING)
        self.preview.setHtml(card_html(content))
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Status"))
        self.save_button = QPushButton(self.tr("Save as PDF…"))
        self.save_button.setAccessibleName(self.tr("Save the crisis card as a PDF file"))
        self.save_button.clicked.connect(self.save)
        buttons = QDialogButtonBox()
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(self.tr("Close the crisis card"))
        close.clicked.connect(self.accept)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        # Qt writes untagged PDF: the same card as HTML is what a screen reader can read.
        self.html_button = QPushButton(self.tr("Save an accessible copy (HTML)…"))
        self.html_button.setAccessibleName(
            self.tr("Save an accessible copy of the crisis card as a web page (HTML)"))
        self.html_button.clicked.connect(self.save_accessible)
        buttons.addButton(self.html_button, QDialogButtonBox.ButtonRole.ActionRole)
        mark_main_action(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(paper_row)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.note)
        layout.addWidget(self.status)
        layout.addWidget(buttons)

    def _hope_toggled(self, on: bool) -> None:
        self._content = replace(self._content, hope=self._hope_words if on else ())
        self.preview.setHtml(card_html(self._content))

    def _paper_changed(self) -> None:
        self._content = replace(self._content, paper=str(self.paper.currentData()))

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


    def save_accessible(self) -> Path | None:
        """Ask where, then write the card as accessible HTML; returns the path written."""
        from recovery_journal.report.accessible_html import card_document, write_html

        path = self._choose_path(self, _default_path().with_suffix(".html"))
        if path is None:
            return None
        try:
            write_html(card_document(self._content, QLocale().name().split("_")[0] or "en"),
                       path)
        except OSError:
            announce(self, self.tr(
                "The card couldn't be saved there. Please try another folder."), self.status)
            return None
        announce(self, self.tr("Saved an accessible copy of the crisis card as %s. It is not "
                               "encrypted.") % path.name, self.status)
        return path


def card_content(
    repos: Repositories, today: date, bundled: BundledHelplines | None
) -> CardContent:
    """What goes on the card, read from the vault (the plan as last saved), with the help
    `bundled` for the person's region."""
    return load_card_content(
        repos.plan.get(PlanSectionKey.CRISIS).body, repos.supporters.crisis_contacts(),
        repos.helplines.list(), bundled, today,
    )


def open_crisis_card(
    repos: Repositories, parent: QWidget, bundled: BundledHelplines | None
) -> CrisisCardDialog:
    """Open the card over `parent` without moving the window to another page."""
    from recovery_journal.report.hope_box import card_words

    dialog = CrisisCardDialog(card_content(repos, date.today(), bundled), parent=parent,
                              hope_words=card_words(repos.hope_box.list()))
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def _ask_path(parent: QWidget, suggested: Path) -> Path | None:
    suffix = suggested.suffix.lower()
    kind = parent.tr("Web page (*.html)") if suffix == ".html" else parent.tr("PDF (*.pdf)")
    chosen, _ = QFileDialog.getSaveFileName(
        parent, parent.tr("Save the crisis card"), str(suggested), kind)
    if not chosen:
        return None
    path = Path(chosen)
    return path if path.suffix.lower() == suffix else path.with_suffix(suffix)
