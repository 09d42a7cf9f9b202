"""The first window comes up without loading the vault's code (it loads on the unlock worker)."""

from __future__ import annotations

import subprocess
import sys

_PROBE = """
import os, sys, tempfile
from pathlib import Path
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
app = QApplication([])
from recovery_journal.ui.app import build_app
folder = tempfile.mkdtemp()
settings = QSettings(os.path.join(folder, "s.ini"), QSettings.Format.IniFormat)
controller = build_app(Path(folder) / "none.vault", settings)
controller.window.show()
app.processEvents()
print(sorted(m for m in sys.modules if m.startswith(("sqlcipher3", "matplotlib",
      "recovery_journal.storage.repositories", "recovery_journal.storage.vault"))))
"""


def test_first_window_loads_no_storage_or_charts() -> None:
    result = subprocess.run(
        [sys.executable, "-c", _PROBE], capture_output=True, text=True, check=True, timeout=60
    )
    assert result.stdout.strip().splitlines()[-1] == "[]", result.stdout
