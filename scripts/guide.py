"""The pictures of the guide (docs/guide.md), taken from the demo journal in light and dark.

    .venv-test/bin/python scripts/guide.py            # pictures + the app's copy of the guide
    .venv-test/bin/python scripts/guide.py --text     # only the app's copy (after editing words)

Builds the invented demo journal in a temporary folder, opens the app offscreen at 1366×768 and
saves recovery_journal/resources/guide/<name>-<theme>.png (shrunk and reduced to a palette, so the
whole set stays small in the package). Then writes recovery_journal/resources/guide/guide.md, the
copy Help → Guide shows offline: docs/guide.md with its picture paths made local and each
light/dark `<picture>` turned into one image the app swaps for the theme.
tests/test_guide.py fails when the copy and docs/guide.md drift apart or a picture is missing.
"""

from __future__ import annotations

import argparse
import io
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from recovery_journal.ui.help.guide_text import app_copy  # noqa: E402

GUIDE = ROOT / "docs" / "guide.md"
PICTURES = ROOT / "recovery_journal" / "resources" / "guide"
PASSPHRASE = "an invented demo passphrase"
WIDTH = 1100  # pixels of a saved picture: sharp enough to read, small enough to ship
THEMES = ("light", "dark")
PAGES = ("journal", "strengths", "goals", "plan", "people", "insights", "settings")


def _pump(app: object, seconds: float) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()  # type: ignore[attr-defined]
        time.sleep(0.02)


def _save(widget: object, name: str, theme: str) -> None:
    from PIL import Image  # Pillow comes with matplotlib
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt

    image = widget.grab().toImage()  # type: ignore[attr-defined]
    if image.width() > WIDTH:
        image = image.scaledToWidth(WIDTH, Qt.TransformationMode.SmoothTransformation)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    # 256 colours chosen for this picture keep a screenshot of calm, flat colours true to the
    # eye at a fraction of its size.
    picture = Image.open(io.BytesIO(bytes(data.data()))).convert("RGB")
    PICTURES.mkdir(parents=True, exist_ok=True)
    picture.quantize(256, method=Image.Quantize.MEDIANCUT).save(
        PICTURES / f"{name}-{theme}.png", optimize=True)


def _dialog(app: object, show: object, name: str, theme: str,
            prepare: Callable[[Any], None] | None = None) -> None:
    from PySide6.QtWidgets import QApplication, QDialog

    show()  # type: ignore[operator]
    _pump(app, 0.8)
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QDialog) and widget.isVisible():
            if prepare is not None:
                prepare(widget)
                _pump(app, 2.0)
            _save(widget, name, theme)
            widget.reject()
    _pump(app, 0.2)


def _today_with_feelings(app: object, window: Any, theme: str) -> None:
    # Today as a person fills it in: two scales set and two feelings picked.
    window.go_to("today")
    _pump(app, 0.3)
    page = window.page("today")
    for key, value in (("mood", 7), ("hope", 6)):
        if key in page.scales:
            page.scales[key].set_value(value)
    page.feelings.set_feelings(["hopeful", "tired"])
    _pump(app, 0.3)
    _save(window, "today-feelings", theme)


def _daylio_preview(dialog: Any) -> None:
    # The guide shows what a person sees before anything is added: the preview of a real-shaped
    # Daylio export (the test fixture, whose source is in tests/fixtures/imports/README.md).
    dialog.format.setCurrentIndex(dialog.format.findData("daylio"))
    dialog.set_file(ROOT / "tests" / "fixtures" / "imports" / "daylio_current.csv")
    dialog.show_preview()


def shoot(vault: Path, theme: str) -> None:
    """Every picture of the guide in one theme (run in its own process, see main)."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from recovery_journal.ui.app import build_app

    app = QApplication.instance() or QApplication([])
    app.setStyle("Fusion")
    folder = Path(tempfile.mkdtemp(prefix="rj-guide-"))
    store = QSettings(str(folder / "look.ini"), QSettings.Format.IniFormat)
    store.setValue("appearance/theme", theme)
    store.setValue("help/region", "GB")

    first = build_app(folder / "new.vault", store)
    first.window.resize(1366, 768)
    first.window.show()
    first.apply_appearance(app)  # type: ignore[arg-type]
    first.show_create()
    _pump(app, 0.4)
    _save(first.window, "first-run", theme)
    first.window.close()
    _pump(app, 0.2)

    controller = build_app(vault, store)
    window = controller.window
    window.resize(1366, 768)
    window.show()
    controller.apply_appearance(app)  # type: ignore[arg-type]
    _pump(app, 0.3)
    _save(window, "unlock", theme)
    controller.unlock.passphrase.setText(PASSPHRASE)
    controller.unlock.unlock_button.click()
    deadline = time.monotonic() + 60
    while not window.is_unlocked and time.monotonic() < deadline:
        _pump(app, 0.05)
    for key in PAGES:
        window.go_to(key)
        _pump(app, 4.0 if key == "insights" else 0.5)
        _save(window, key, theme)
    _today_with_feelings(app, window, theme)
    window.go_to("plan")
    _pump(app, 0.3)
    plan = window.page("plan")
    plan.open_section("crisis")
    _pump(app, 0.5)
    _save(window, "safety-plan", theme)
    plan.sections.setCurrentRow(plan.sections.count() - 1)  # Treatments and supports
    _pump(app, 0.5)
    _save(window, "supports", theme)
    _dialog(app, window.menus.hope_box_action.trigger, "hope-box", theme)
    _dialog(app, window.show_share_report, "share", theme)
    _dialog(app, window.show_help, "help-now", theme)
    _dialog(app, window.menus.import_action.trigger, "import", theme, _daylio_preview)
    window.lock()
    _pump(app, 0.5)
    window.close()
    _pump(app, 0.3)


def write_copy() -> None:
    """Write the app's offline copy of docs/guide.md."""
    PICTURES.mkdir(parents=True, exist_ok=True)
    (PICTURES / "guide.md").write_text(app_copy(GUIDE.read_text(encoding="utf-8")),
                                       encoding="utf-8")


def main() -> int:
    """Take the pictures (unless --text) and write the app's copy; returns the exit status."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--text", action="store_true", help="only refresh the app's copy")
    args = parser.parse_args()
    if not args.text:
        with tempfile.TemporaryDirectory(prefix="rj-demo-") as folder:
            vault = Path(folder) / "demo.vault"
            subprocess.run([sys.executable, "-m", "recovery_journal", "demo", str(vault)],
                           input=PASSPHRASE + "\n", text=True, check=True, capture_output=True)
            for theme in THEMES:
                # One process per theme, so each starts from the palette it asks for.
                code = (f"import sys; sys.path.insert(0, {str(Path(__file__).parent)!r}); "
                        f"import guide; from pathlib import Path; "
                        f"guide.shoot(Path({str(vault)!r}), {theme!r})")
                subprocess.run([sys.executable, "-c", code], check=True)
                print(f"{PICTURES} ({theme})", flush=True)
    write_copy()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
