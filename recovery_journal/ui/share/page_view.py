"""The share dialog's preview pages: each drawn when it comes into view, few kept at once.

A report of a year with journal text runs to hundreds of pages; as pictures made up front they
held about a gigabyte. Here each page is a fixed-size frame that asks the report for its
picture when it is painted, and only the last few pictures are kept.
"""

from __future__ import annotations

from collections import OrderedDict

from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPixmap
from PySide6.QtWidgets import QLabel, QWidget

from recovery_journal.report.pdf import PagePreviews

KEPT = 8  # pictures kept: a screenful or two of pages


class PagePictures:
    """The pages' pictures at one width, drawn on demand; the least recently shown let go."""

    def __init__(self, pages: PagePreviews, width: int) -> None:
        self.pages = pages
        self.width = width
        self._kept: OrderedDict[int, QPixmap] = OrderedDict()

    def height(self) -> int:
        """A page's height at this width (every page of a report is the same size)."""
        page_width, page_height = self.pages.page[0], self.pages.page[1]
        return round(self.width * page_height / max(page_width, 1))

    def picture(self, index: int) -> QPixmap:
        """Page `index` (0-based) as a picture `width` wide."""
        if index in self._kept:
            self._kept.move_to_end(index)
            return self._kept[index]
        picture = QPixmap.fromImage(self.pages[index].scaledToWidth(
            self.width, Qt.TransformationMode.SmoothTransformation))
        self._kept[index] = picture
        while len(self._kept) > KEPT:
            self._kept.popitem(last=False)
        return picture

    def kept(self) -> int:
        """How many pictures are held now."""
        return len(self._kept)


class PageFrame(QLabel):
    """One page of the preview, framed, drawn only when painted."""

    def __init__(self, pictures: PagePictures, index: int, name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pictures = pictures
        self.index = index
        self.setFrameShape(QLabel.Shape.Box)
        self.setAccessibleName(name)
        frame = 2 * self.frameWidth()
        self.setFixedSize(pictures.width + frame, pictures.height() + frame)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt API)
        super().paintEvent(event)  # the frame
        painter = QPainter(self)
        painter.drawPixmap(self.contentsRect().topLeft(), self.pictures.picture(self.index))
        painter.end()
