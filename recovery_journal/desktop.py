"""Put the app in the current person's desktop menu, or take it out again (no root needed).

Everything goes under the XDG data folder (`$XDG_DATA_HOME`, usually ~/.local/share): the
.desktop file, the icon in every size, and the AppStream metainfo. The installed .desktop file
starts exactly the `recovery-journal` this Python environment holds, so it works for a venv or a
pipx install that isn't on PATH.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from recovery_journal.resources import APP_ID, ICON_SIZES, read_text, resource

DESKTOP_FILE = f"{APP_ID}.desktop"
METAINFO_FILE = f"{APP_ID}.metainfo.xml"
# Characters the Desktop Entry spec lets stand in an Exec argument without quotes.
_PLAIN = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789/._-+,:@=")


def data_home() -> Path:
    """`$XDG_DATA_HOME`, or ~/.local/share when it is unset or not absolute (as the spec says)."""
    value = os.environ.get("XDG_DATA_HOME", "")
    if value and os.path.isabs(value):
        return Path(value)
    return Path.home() / ".local" / "share"


def launch_command() -> list[str]:
    """How to start this very installation: its `recovery-journal` script, else `python -m`."""
    python = os.path.abspath(sys.executable)  # not resolved: a venv's python is a symlink
    script = Path(python).parent / "recovery-journal"
    if script.is_file() and os.access(script, os.X_OK):
        return [str(script)]
    return [python, "-m", "recovery_journal"]


def exec_line(command: list[str]) -> str:
    """`command` as the value of an Exec key: quoted where needed, then escaped as a string."""
    parts: list[str] = []
    for arg in command:
        if arg and set(arg) <= _PLAIN:
            parts.append(arg)
        else:
            inner = "".join("\\" + c if c in '"`$\\' else c for c in arg)
            parts.append(f'"{inner}"')
    # '%' starts a field code, and a string value escapes its backslashes once more.
    return " ".join(parts).replace("%", "%%").replace("\\", "\\\\")


def desktop_entry(command: list[str]) -> str:
    """The shipped .desktop file with its Exec line pointing at `command`."""
    lines = read_text("desktop", DESKTOP_FILE).splitlines()
    fixed = [f"Exec={exec_line(command)}" if line.startswith("Exec=") else line
             for line in lines]
    return "\n".join(fixed) + "\n"


def installed_files(base: Path) -> list[Path]:
    """Every file `install` writes under the data folder `base`."""
    icons = base / "icons" / "hicolor"
    return [
        base / "applications" / DESKTOP_FILE,
        base / "metainfo" / METAINFO_FILE,
        icons / "scalable" / "apps" / f"{APP_ID}.svg",
        *(icons / f"{size}x{size}" / "apps" / f"{APP_ID}.png" for size in ICON_SIZES),
    ]


def _contents(command: list[str]) -> list[bytes]:
    """What goes into each of `installed_files`, in the same order."""
    icons = resource("icons", "app")
    return [
        desktop_entry(command).encode("utf-8"),
        resource("desktop", METAINFO_FILE).read_bytes(),
        (icons / f"{APP_ID}.svg").read_bytes(),
        *((icons / f"{APP_ID}-{size}.png").read_bytes() for size in ICON_SIZES),
    ]


def _write(path: Path, data: bytes) -> None:
    """Write `data` whole under a temporary name, then move it into place."""
    path.parent.mkdir(parents=True, exist_ok=True)
    part = path.with_name(f".{path.name}.part")
    part.write_bytes(data)
    part.chmod(0o644)
    os.replace(part, path)


def install(base: Path | None = None, command: list[str] | None = None) -> list[Path]:
    """Install the desktop entry, icons and metainfo under `base`; returns the files written."""
    base = base or data_home()
    paths = installed_files(base)
    for path, data in zip(paths, _contents(command or launch_command()), strict=True):
        _write(path, data)
    return paths


def uninstall(base: Path | None = None) -> list[Path]:
    """Remove what `install` wrote under `base`; returns the files that were there."""
    removed: list[Path] = []
    for path in installed_files(base or data_home()):
        if path.is_file() or path.is_symlink():
            path.unlink()
            removed.append(path)
    return removed
