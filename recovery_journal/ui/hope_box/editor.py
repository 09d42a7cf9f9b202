"""Adding or changing one hope item: its words, who said them, and (for a picture) the picture."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from recovery_journal.report.pictures import (
    MAX_FILE_BYTES,
    PictureRefusedError,
    safe_picture,
    to_image,
)
from recovery_journal.storage.hope_box import HopeImage, HopeItem, HopeKind
from recovery_journal.ui.hope_box.words import kind_title, prompt
from recovery_journal.ui.widgets.buttons import mark_main_action

PREVIEW_SIDE = 240


def read_picture_file(path: Path) -> HopeImage:
    """Read a chosen file (refusing a huge one before reading it) and make it safe."""
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise PictureRefusedError(QCoreApplication.translate(
                "HopePictures", "That picture is over 20 MB. Please pick a smaller one."))
        data = path.read_bytes()
    except OSError as exc:
        raise PictureRefusedError(QCoreApplication.translate(
            "HopePictures", "That file couldn't be read.")) from exc
    return safe_picture(data)


class HopeItemEditor(QDialog):
    """A small form; `picture` holds a newly chosen (already re-encoded) picture, if any."""

    def __init__(
        self, kind: HopeKind, item: HopeItem | None = None, image: HopeImage | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.kind = kind
        self.picture: HopeImage | None = None
        self.setWindowTitle(kind_title(kind))
        self.body = QPlainTextEdit(item.body if item else "")
        self.body.setPlaceholderText(prompt(kind))
        self.body.setAccessibleName(self.tr("Your words"))
        self.body.setTabChangesFocus(True)
        self.who = QLineEdit(item.who_said if item else "", self)  # shown for words only
        self.who.setVisible(kind is HopeKind.WORDS)
        self.who.setAccessibleName(self.tr("Who said it (optional)"))
        form = QFormLayout()
        form.addRow(self.tr("&Words"), self.body)
        if kind is HopeKind.WORDS:
            form.addRow(self.tr("Who &said it (optional)"), self.who)
        self.preview = QLabel(self)
        self.preview.setAccessibleName(self.tr("The picture"))
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.choose = QPushButton(self.tr("Choose a picture…"), self)
        self.choose.setAccessibleName(self.tr("Choose a picture from your files"))
        self.choose.clicked.connect(self._choose)
        for picture_part in (self.preview, self.choose, self.problem):
            picture_part.setVisible(kind is HopeKind.PICTURE)
        layout = QVBoxLayout(self)
        if kind is HopeKind.PICTURE:
            layout.addWidget(self.preview)
            layout.addWidget(self.choose)
            layout.addWidget(self.problem)
            if image is not None:
                self._show_preview(image)
        layout.addLayout(form)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        mark_main_action(self.buttons)
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._has_image = image is not None
        # Room for a few lines of words at any text size.
        self.resize(max(480, 40 * self.fontMetrics().averageCharWidth()), self.sizeHint().height())

    def _choose(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a picture"), "",
            self.tr("Pictures (*.png *.jpg *.jpeg *.gif *.bmp *.webp)"),
        )
        if name:
            self.use_file(Path(name))

    def use_file(self, path: Path) -> bool:
        """Take the picture at `path` (made safe in memory); say so calmly when it can't."""
        try:
            self.picture = read_picture_file(path)
        except PictureRefusedError as refused:
            self.problem.setText(str(refused))
            return False
        self.problem.clear()
        self._show_preview(self.picture)
        self._has_image = True
        return True

    def _show_preview(self, image: HopeImage) -> None:
        pixmap = QPixmap.fromImage(to_image(image))
        self.preview.setPixmap(pixmap.scaled(
            PREVIEW_SIDE, PREVIEW_SIDE, Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        ))

    def _save(self) -> None:
        if self.kind is HopeKind.PICTURE and not self._has_image:
            self.problem.setText(self.tr("Choose a picture first, or press Cancel."))
            return
        self.accept()

    def text(self) -> str:
        return self.body.toPlainText().strip()

    def who_said(self) -> str:
        return self.who.text().strip()

    def done(self, result: int) -> None:
        super().done(result)
        self.preview.clear()  # no copy of the picture stays in a hidden dialog
