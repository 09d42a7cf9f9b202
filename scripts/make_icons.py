"""Draw the PNG sizes of the application icon from its SVG (run after changing the SVG).

    .venv-test/bin/python scripts/make_icons.py
"""

from __future__ import annotations

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

from recovery_journal.resources import ICON_SIZES, app_icon_png, app_icon_svg  # noqa: E402


def main() -> int:
    """Write one PNG per size next to the SVG."""
    app = QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(app_icon_svg()))
    if not renderer.isValid():
        print("The SVG icon could not be read.", file=sys.stderr)
        return 1
    for size in ICON_SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        if not image.save(str(app_icon_png(size)), "PNG"):
            print(f"Could not write {app_icon_png(size)}.", file=sys.stderr)
            return 1
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
