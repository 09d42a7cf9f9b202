"""Files the app reads at run time (helplines, icons, the desktop entry), found inside the package.

They are located with `importlib.resources`, so a wheel, an sdist, `pip install .` and `pipx`
all carry them; nothing here depends on the source checkout being around.
"""

from __future__ import annotations

import atexit
import contextlib
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path

APP_ID = "org.recoveryjournal.RecoveryJournal"
"""The reverse-DNS id: desktop file, AppStream component, icon name and Wayland app id."""

ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
"""The PNG sizes of the application icon, beside the scalable SVG."""

_files = contextlib.ExitStack()
atexit.register(_files.close)


def resource(*parts: str) -> Traversable:
    """A file shipped inside the package, e.g. `resource("icons", "tick-white.svg")`."""
    item = resources.files(__name__)
    for part in parts:
        item = item / part
    return item


def resource_path(*parts: str) -> Path:
    """A real file-system path to a shipped file (Qt style sheets and QIcon need one).

    An ordinary install already is a folder; from a zip the file is extracted once and kept
    until the process ends.
    """
    item = resource(*parts)
    if isinstance(item, Path):
        return item
    return _files.enter_context(resources.as_file(item))


def read_text(*parts: str) -> str:
    """The text of a shipped file, as UTF-8."""
    return resource(*parts).read_text(encoding="utf-8")


def app_icon_svg() -> Path:
    """The scalable application icon."""
    return resource_path("icons", "app", f"{APP_ID}.svg")


def app_icon_png(size: int) -> Path:
    """The application icon drawn at `size` x `size` pixels (one of ICON_SIZES)."""
    return resource_path("icons", "app", f"{APP_ID}-{size}.png")
