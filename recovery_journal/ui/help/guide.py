"""Help → Guide: the guide with pictures (docs/guide.md), read offline from inside the package.

It holds nothing from the journal, so it opens locked or unlocked; its pictures follow the theme
and shrink to the window's width.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, QUrl
from PySide6.QtGui import (
    QImage,
    QKeySequence,
    QPixmap,
    QResizeEvent,
    QShortcut,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QScrollArea,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from recovery_journal.resources import resource, resource_path
from recovery_journal.ui.help.guide_text import for_theme, headings, picture_words


def guide_markdown() -> str:
    """The app's copy of the guide (written by scripts/guide.py from docs/guide.md)."""
    return resource("guide", "guide.md").read_text(encoding="utf-8")


class _Pages(QTextBrowser):
    """The guide's text; pictures are read from the package and fitted to the width."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)  # no link leaves the app: there is nothing to fetch
        self.document().setDocumentMargin(self.fontMetrics().averageCharWidth() * 2)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._width = 0
        self._markdown = ""

    def text_width(self) -> int:
        """Lines of about 90 characters read easily; a wide window leaves room beside them."""
        margin = 2 * int(self.document().documentMargin())
        return min(self.viewport().width() - margin - 2,
                   self.fontMetrics().averageCharWidth() * 100)

    def show_markdown(self, markdown: str) -> None:
        """Show `markdown`, its pictures fitted to the width now."""
        self._markdown = markdown
        self._width = self.viewport().width()
        self.clear()  # also forgets pictures fitted to an older width
        self.setLineWrapMode(QTextBrowser.LineWrapMode.FixedPixelWidth)
        self.setLineWrapColumnOrWidth(self.text_width())
        self.setMarkdown(markdown)

    def loadResource(self, kind: int, name: QUrl | str) -> object:  # noqa: N802 (Qt's name)
        if kind != QTextDocument.ResourceType.ImageResource.value:
            return super().loadResource(kind, name)
        file_name = QUrl(name).fileName() if isinstance(name, str) else name.fileName()
        image = QImage(str(resource_path("guide", file_name)))
        room = self.text_width() - 4
        if not image.isNull() and room > 0 and image.width() > room:
            image = image.scaledToWidth(room, Qt.TransformationMode.SmoothTransformation)
        return image

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        if self._markdown and abs(self.viewport().width() - self._width) > 24:
            # Pictures were fitted to the old width: lay them out again, keeping the place.
            bar = self.verticalScrollBar()
            share = bar.value() / max(bar.maximum(), 1)
            self.show_markdown(self._markdown)
            bar.setValue(round(share * bar.maximum()))


class PictureDialog(QDialog):
    """One picture of the guide at full size (scrolls when the screen is smaller)."""

    def __init__(self, file_name: str, words: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(words or self.tr("Picture from the guide"))
        self.picture = QLabel()
        self.picture.setPixmap(QPixmap(str(resource_path("guide", file_name))))
        self.picture.setAccessibleName(words)
        area = QScrollArea()
        area.setWidget(self.picture)
        area.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        area.setAccessibleName(words)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(area, 1)
        layout.addWidget(buttons)
        size = self.picture.pixmap().size() + QSize(48, 96)
        screen = self.screen().availableGeometry()
        self.resize(min(size.width(), screen.width() - 40),
                    min(size.height(), screen.height() - 80))


class GuideDialog(QDialog):
    """The guide: its topics on the left, the text with pictures on the right."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Guide — Recovery Journal"))
        self.setObjectName("guideDialog")
        self.topics = QListWidget()
        self.topics.setAccessibleName(self.tr("Topics of the guide"))
        self.topics.setObjectName("navigation")  # drawn like the section list: it is one
        self.topics.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.topics.setWordWrap(True)  # a long topic wraps at 200 % text instead of scrolling
        self.topics.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.pages = _Pages()
        self.pages.setAccessibleName(self.tr("Guide"))
        markdown = guide_markdown()
        self._headings = headings(markdown)
        self._words = picture_words(markdown)
        self.topics.addItems(self._headings)
        dark = self.palette().window().color().lightness() < 128
        self.pages.show_markdown(for_theme(markdown, dark))
        self.topics.currentRowChanged.connect(self.show_topic)
        self.pages.anchorClicked.connect(self.show_picture)
        # Room for the longest topic on one line (with the list's padding), up to 36 characters;
        # a longer one (large text) wraps.
        width = self.fontMetrics().averageCharWidth()
        longest = max((self.fontMetrics().horizontalAdvance(h) for h in self._headings), default=0)
        self.topics.setFixedWidth(min(longest + 8 * width, width * 36))
        row = QHBoxLayout()
        row.addWidget(self.topics)
        row.addWidget(self.pages, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(row, 1)
        layout.addWidget(buttons)
        QShortcut(QKeySequence.StandardKey.Find, self, self.topics.setFocus)
        self.topics.setFocus()

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        screen = self.screen().availableGeometry() if self.screen() else None
        # Room for the topics beside lines of the text's full width (see _Pages.text_width).
        width = self.fontMetrics().averageCharWidth() * 140
        height = self.fontMetrics().height() * 44
        if screen is not None:
            width, height = min(width, screen.width() - 40), min(height, screen.height() - 80)
        return QSize(width, height)

    def show_picture(self, url: QUrl) -> None:
        """Show a picture of the guide at full size (its link was followed)."""
        name = url.fileName()
        if not name.endswith(".png"):
            return
        words = self._words.get(name.replace("-dark.png", "-light.png"), "")
        dialog = PictureDialog(name, words or self.tr("Picture from the guide"), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def show_topic(self, row: int) -> None:
        """Scroll the text so that topic `row`'s heading is at the top."""
        if not 0 <= row < len(self._headings):
            return
        document = self.pages.document()
        block = document.begin()
        while block.isValid():
            if block.blockFormat().headingLevel() == 2 and block.text() == self._headings[row]:
                top = document.documentLayout().blockBoundingRect(block).top()
                self.pages.verticalScrollBar().setValue(int(top))
                return
            block = block.next()
