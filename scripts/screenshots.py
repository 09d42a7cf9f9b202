"""Screenshots of every page and the main dialogs, in each theme at 100 % and 200 % text.

    python scripts/screenshots.py [OUT] [--themes light,dark,high_contrast] [--scales 100,200]

Builds an invented demo journal in a temporary folder, opens the app offscreen at 1366×768
(the smallest screen the app is held to) and saves OUT/<theme>-<scale>/<nn>-<name>.png.
OUT defaults to docs/screenshots/now. Run it against an older checkout (PYTHONPATH pointing
there) to keep a "before" set beside it. Nothing here touches the person's own settings.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
SECTIONS = ("today", "journal", "strengths", "goals", "plan", "people", "insights", "settings")
PASSPHRASE = "an invented demo passphrase"


def _pump(app: object, seconds: float) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()  # type: ignore[attr-defined]
        time.sleep(0.02)


def _demo(folder: Path) -> Path:
    vault = folder / "demo.vault"
    subprocess.run([sys.executable, "-m", "recovery_journal", "demo", str(vault)],
                   input=PASSPHRASE + "\n", text=True, check=True, capture_output=True)
    return vault


def _shoot(out: Path, vault: Path, theme: str, scale: int, language: str = "en") -> None:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication, QDialog

    from recovery_journal.ui.app import build_app

    app = QApplication.instance() or QApplication([])
    app.setStyle("Fusion")
    folder = Path(tempfile.mkdtemp(prefix="rj-shots-"))
    store = QSettings(str(folder / "look.ini"), QSettings.Format.IniFormat)
    store.setValue("appearance/theme", theme)
    store.setValue("appearance/text_scale", scale)
    store.setValue("appearance/language", language)
    controller = build_app(vault, store)
    window = controller.window
    window.resize(1366, 768)
    window.show()
    controller.apply_appearance(app)  # type: ignore[arg-type]
    _pump(app, 0.3)
    target = out / (f"{theme}-{scale}" if language == "en" else f"{language}-{theme}-{scale}")
    target.mkdir(parents=True, exist_ok=True)
    window.grab().save(str(target / "00-unlock.png"))
    controller.unlock.passphrase.setText(PASSPHRASE)
    controller.unlock.unlock_button.click()
    deadline = time.monotonic() + 60
    while not window.is_unlocked and time.monotonic() < deadline:
        _pump(app, 0.05)
    for number, key in enumerate(SECTIONS, start=1):
        window.go_to(key)
        _pump(app, 4.0 if key == "insights" else 0.4)
        window.grab().save(str(target / f"{number:02d}-{key}.png"))
    dialogs = (("help", window.show_help), ("share", window.show_share_report),
               ("hope-box", window.help.open_hope_box))
    for number, (name, show) in enumerate(dialogs, start=len(SECTIONS) + 1):
        show()
        _pump(app, 0.6)
        for dialog in window.findChildren(QDialog):
            if dialog.isVisible():
                dialog.grab().save(str(target / f"{number:02d}-{name}.png"))
                dialog.reject()
        _pump(app, 0.2)
    window.lock()
    _pump(app, 0.5)
    window.close()
    _pump(app, 0.3)


def main() -> int:
    """Make the screenshots; returns the exit status."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", nargs="?", type=Path, default=Path("docs/screenshots/now"))
    parser.add_argument("--themes", default="light,dark,high_contrast")
    parser.add_argument("--scales", default="100,200")
    parser.add_argument("--language", default="en", help="en, cy or es (folders get a prefix)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="rj-demo-") as folder:
        vault = _demo(Path(folder))
        for theme in args.themes.split(","):
            for scale in (int(s) for s in args.scales.split(",")):
                # One process per look, so each starts from the fonts and palette it asks for.
                code = (f"import sys; sys.path.insert(0, {str(Path(__file__).parent)!r}); "
                        f"import screenshots as s; from pathlib import Path; "
                        f"s._shoot(Path({str(args.out)!r}), Path({str(vault)!r}), "
                        f"{theme!r}, {scale}, {args.language!r})")
                subprocess.run([sys.executable, "-c", code], check=True)
                print(f"{args.out}/{args.language}-{theme}-{scale}", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
