"""Icons from one open set (Phosphor, regular weight; MIT, resources/icons/LICENSE-phosphor.txt),
tinted from the theme at the moment they are drawn, so a theme change recolours them.

An icon never stands alone: the button or list item that shows one also has words.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QPoint, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QIconEngine, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer

from recovery_journal.resources import resource_path

# The section list's icons, by section key (ui/sections.py), and the header's.
SECTION_ICONS = {
    "today": "sun", "journal": "notebook", "strengths": "plant", "goals": "flag",
    "plan": "compass", "people": "users-three", "insights": "chart-line", "settings": "gear-six",
}
LOCK = "lock-simple"
HELP = "lifebuoy"


class _TintedSvg(QIconEngine):
    """Draws an SVG whose strokes use currentColor in a colour of the application palette."""

    def __init__(self, svg: bytes, role: QPalette.ColorRole) -> None:
        super().__init__()
        self._svg = svg
        self._role = role
        self._renderers: dict[str, QSvgRenderer] = {}

    def _colour(self, mode: QIcon.Mode) -> QColor:
        palette = QGuiApplication.palette()
        if mode == QIcon.Mode.Disabled:
            return palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText)
        return palette.color(QPalette.ColorGroup.Active, self._role)

    def _renderer(self, colour: QColor) -> QSvgRenderer:
        name = colour.name()
        renderer = self._renderers.get(name)
        if renderer is None:
            data = self._svg.replace(b"currentColor", name.encode("ascii"))
            renderer = QSvgRenderer(QByteArray(data))
            self._renderers[name] = renderer
        return renderer

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode,
              state: QIcon.State) -> None:
        self._renderer(self._colour(mode)).render(painter, QRectF(rect))

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        pixmap = QPixmap(size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.paint(painter, QRect(QPoint(0, 0), size), mode, state)
        painter.end()
        return pixmap

    def clone(self) -> QIconEngine:
        return _TintedSvg(self._svg, self._role)


def icon(name: str, role: QPalette.ColorRole = QPalette.ColorRole.ButtonText) -> QIcon:
    """The icon `name` (a file in resources/icons) drawn in the palette's `role` colour;
    an empty icon if the file is missing, so a missing icon never hides the words."""
    path = resource_path("icons", f"{name}.svg")
    if not path.is_file():  # pragma: no cover - an installation without resources/
        return QIcon()
    return QIcon(_TintedSvg(path.read_bytes(), role))


def section_icon(key: str) -> QIcon:
    """The icon of a section in the section list, in the accent colour."""
    return icon(SECTION_ICONS.get(key, "sun"), QPalette.ColorRole.Accent)
