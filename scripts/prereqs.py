"""Check (and where allowed, install) what Recovery Journal needs beyond Python itself.

    python3 scripts/prereqs.py [--for tests|window|auto] [--check-only]

That is Python's `venv` module (with ensurepip) and the system libraries Qt loads: for the
offscreen tests EGL/GL, fontconfig, xkbcommon, glib, X11 and D-Bus; for a window also the xcb
set. Missing pieces are installed with apt-get (Debian, Ubuntu) or dnf (Fedora) when this runs as
root or may use sudo without a password; otherwise it stops with one sentence naming the exact
command. Standard library only: it runs before any virtual environment exists.

RECOVERY_JOURNAL_LIBRARY_PATH, if set, is the only place libraries are looked for (folders
separated by ":"); the tests point it at an empty folder to see what a bare machine is told.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from pathlib import Path

MIN_PYTHON = (3, 11)
LIBRARY_PATH_VARIABLE = "RECOVERY_JOURNAL_LIBRARY_PATH"

# soname -> (Debian/Ubuntu package, Fedora package), from `ldd` of PySide6's Qt libraries.
OFFSCREEN_LIBRARIES: dict[str, tuple[str, str]] = {
    "libEGL.so.1": ("libegl1", "libglvnd-egl"),
    "libGL.so.1": ("libgl1", "libglvnd-glx"),
    "libfontconfig.so.1": ("libfontconfig1", "fontconfig"),
    "libfreetype.so.6": ("libfreetype6", "freetype"),
    "libxkbcommon.so.0": ("libxkbcommon0", "libxkbcommon"),
    "libglib-2.0.so.0": ("libglib2.0-0", "glib2"),
    "libgthread-2.0.so.0": ("libglib2.0-0", "glib2"),
    "libX11.so.6": ("libx11-6", "libX11"),
    "libdbus-1.so.3": ("libdbus-1-3", "dbus-libs"),
}
WINDOW_LIBRARIES: dict[str, tuple[str, str]] = {
    "libxcb.so.1": ("libxcb1", "libxcb"),
    "libX11-xcb.so.1": ("libx11-xcb1", "libX11-xcb"),
    "libxcb-cursor.so.0": ("libxcb-cursor0", "xcb-util-cursor"),
    "libxcb-icccm.so.4": ("libxcb-icccm4", "xcb-util-wm"),
    "libxcb-image.so.0": ("libxcb-image0", "xcb-util-image"),
    "libxcb-keysyms.so.1": ("libxcb-keysyms1", "xcb-util-keysyms"),
    "libxcb-randr.so.0": ("libxcb-randr0", "libxcb"),
    "libxcb-render-util.so.0": ("libxcb-render-util0", "xcb-util-renderutil"),
    "libxcb-shape.so.0": ("libxcb-shape0", "libxcb"),
    "libxcb-shm.so.0": ("libxcb-shm0", "libxcb"),
    "libxcb-sync.so.1": ("libxcb-sync1", "libxcb"),
    "libxcb-util.so.1": ("libxcb-util1", "xcb-util"),
    "libxcb-xfixes.so.0": ("libxcb-xfixes0", "libxcb"),
    "libxcb-xkb.so.1": ("libxcb-xkb1", "libxcb"),
    "libxkbcommon-x11.so.0": ("libxkbcommon-x11-0", "libxkbcommon-x11"),
}
VENV_PACKAGES = ("python3-venv", "python3")
# command -> (Debian/Ubuntu package, Fedora package): tools some tests use; without them those
# tests skip with their reason, so a machine where they can't be installed still runs the rest.
TEST_TOOLS: dict[str, tuple[str, str]] = {
    "dbus-daemon": ("dbus-daemon", "dbus-daemon"),  # a private bus for the screen-lock tests
    # A screen reader's bus for tests/ui/test_passphrase_bus.py: a real window on a virtual
    # screen, the AT-SPI bus and registry, and an AT-SPI client for the system Python.
    "Xvfb": ("xvfb", "xorg-x11-server-Xvfb"),
    "at-spi-bus-launcher": ("at-spi2-core", "at-spi2-core"),
    "at-spi2-registryd": ("at-spi2-core", "at-spi2-core"),
    "pyatspi": ("python3-pyatspi", "python3-pyatspi"),
    # The text and pictures of report and crisis card PDFs (tests/pdf_boxes.py).
    "pdftotext": ("poppler-utils", "poppler-utils"),
}
# Tools that live off PATH: the folders they are looked for in.
TOOL_DIRS: dict[str, tuple[str, ...]] = {
    "at-spi-bus-launcher": ("/usr/libexec", "/usr/lib/at-spi2-core", "/usr/libexec/at-spi2-core"),
    "at-spi2-registryd": ("/usr/libexec", "/usr/lib/at-spi2-core", "/usr/libexec/at-spi2-core"),
}
# Python modules the system's own Python must import (the tests run it beside the venv).
SYSTEM_PYTHON = "/usr/bin/python3"
SYSTEM_MODULES = frozenset({"pyatspi"})
_STANDARD_DIRS = ("/lib", "/usr/lib", "/lib64", "/usr/lib64", "/usr/local/lib")


def libraries_for(purpose: str) -> dict[str, tuple[str, str]]:
    """The libraries one purpose needs: "tests" (offscreen Qt) or "window" (a real window)."""
    if purpose == "window":
        return {**OFFSCREEN_LIBRARIES, **WINDOW_LIBRARIES}
    return dict(OFFSCREEN_LIBRARIES)


def _ldconfig_names() -> set[str]:
    """The sonames in the dynamic loader's cache (empty if ldconfig can't be run)."""
    for ldconfig in ("ldconfig", "/sbin/ldconfig", "/usr/sbin/ldconfig"):
        try:
            out = subprocess.run([ldconfig, "-p"], capture_output=True, text=True, check=False,
                                 timeout=20).stdout
        except (OSError, subprocess.SubprocessError):
            continue
        return {line.split()[0] for line in out.splitlines()[1:] if line.strip()}
    return set()


def _search_dirs() -> list[Path]:
    dirs = [Path(d) for d in os.environ.get("LD_LIBRARY_PATH", "").split(":") if d]
    multiarch = [f"{base}/{arch}" for base in ("/lib", "/usr/lib")
                 for arch in _multiarch_names()]
    return dirs + [Path(d) for d in (*multiarch, *_STANDARD_DIRS)]


def _multiarch_names() -> list[str]:
    import sysconfig

    names = [str(sysconfig.get_config_var("MULTIARCH") or "")]
    names.append(f"{os.uname().machine}-linux-gnu")
    return [n for n in dict.fromkeys(names) if n]


def missing_libraries(sonames: list[str], search: list[Path] | None = None) -> list[str]:
    """The sonames the dynamic loader would not find, in the order given.

    `search` (or RECOVERY_JOURNAL_LIBRARY_PATH) limits the look to those folders only;
    otherwise the loader's cache, LD_LIBRARY_PATH and the usual library folders are used.
    """
    if search is None and LIBRARY_PATH_VARIABLE in os.environ:
        search = [Path(d) for d in os.environ[LIBRARY_PATH_VARIABLE].split(":") if d]
    if search is not None:
        return [name for name in sonames if not any((d / name).exists() for d in search)]
    cached = _ldconfig_names()
    dirs = _search_dirs()
    return [name for name in sonames
            if name not in cached and not any((d / name).exists() for d in dirs)]


def venv_works(python: str = sys.executable) -> bool:
    """True if `python -m venv` can make an environment with pip in it (needs ensurepip)."""
    try:
        probe = subprocess.run([python, "-Im", "ensurepip", "--version"], capture_output=True,
                               check=False, timeout=60)
    except (OSError, subprocess.SubprocessError):
        return False
    return probe.returncode == 0


def read_os_release(path: Path = Path("/etc/os-release")) -> dict[str, str]:
    """The fields of /etc/os-release (empty when there is none)."""
    fields: dict[str, str] = {}
    try:
        text = path.read_text(encoding="utf-8")
    except OSError:
        return fields
    for line in text.splitlines():
        key, sep, value = line.partition("=")
        if sep:
            fields[key.strip()] = value.strip().strip("\"'")
    return fields


def package_manager(os_release: dict[str, str]) -> str | None:
    """"apt-get" for Debian and its family, "dnf" for Fedora, None for anything else."""
    family = {os_release.get("ID", ""), *os_release.get("ID_LIKE", "").split()}
    if family & {"debian", "ubuntu"}:
        return "apt-get"
    if "fedora" in family:
        return "dnf"
    return None


def packages(manager: str | None, sonames: list[str], need_venv: bool,
             table: dict[str, tuple[str, str]]) -> list[str]:
    """The packages that bring the missing pieces, each once, in a stable order."""
    column = 1 if manager == "dnf" else 0
    names = [VENV_PACKAGES[column]] if need_venv else []
    names += [table[name][column] for name in sonames]
    return list(dict.fromkeys(names))


def install_command(manager: str | None, names: list[str], as_root: bool = False) -> str:
    """The one command a person types to install `names` (with sudo unless already root)."""
    sudo = "" if as_root else "sudo "
    tool = "dnf" if manager == "dnf" else "apt-get"
    return f"{sudo}{tool} install -y " + " ".join(names)


def advice(manager: str | None, names: list[str], sonames: list[str], need_venv: bool,
           as_root: bool = False) -> str:
    """One sentence: what is missing and the exact command that installs it."""
    what = ([] if not need_venv else ["Python's venv module"]) + (
        [f"some system libraries for Qt ({', '.join(sonames)})"] if sonames else [])
    command = install_command(manager, names, as_root)
    if manager is None:
        return (f"Recovery Journal needs {' and '.join(what)}; install them with your system's "
                f"package manager (on Debian or Ubuntu: {command}), then run this again.")
    return f"Recovery Journal needs {' and '.join(what)}; run: {command} (then run this again)."


def _privilege() -> list[str] | None:
    """[] as root, ["sudo", "-n"] when sudo needs no password, else None."""
    if os.geteuid() == 0:
        return []
    if shutil.which("sudo") is None:
        return None
    try:
        ok = subprocess.run(["sudo", "-n", "true"], capture_output=True, check=False,
                            timeout=20).returncode == 0
    except (OSError, subprocess.SubprocessError):
        return None
    return ["sudo", "-n"] if ok else None


def _install(manager: str, names: list[str], prefix: list[str]) -> bool:
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    if manager == "dnf":
        return subprocess.run([*prefix, "dnf", "install", "-y", "-q", *names],
                              env=env, check=False).returncode == 0
    command = [*prefix, "apt-get", "install", "-y", "-qq", "--no-install-recommends", *names]
    if subprocess.run(command, env=env, check=False).returncode == 0:
        return True
    # A fresh container has no package lists yet.
    subprocess.run([*prefix, "apt-get", "update", "-qq"], env=env, check=False)
    return subprocess.run(command, env=env, check=False).returncode == 0


def find_tool(name: str) -> str | None:
    """Where a test tool is: on PATH, in its own folder, or (a module) the system Python."""
    if name in SYSTEM_MODULES:
        try:
            found = subprocess.run([SYSTEM_PYTHON, "-c", f"import {name}"], check=False,
                                   capture_output=True, timeout=30).returncode == 0
        except (OSError, subprocess.SubprocessError):
            found = False
        return SYSTEM_PYTHON if found else None
    for folder in TOOL_DIRS.get(name, ()):
        path = Path(folder) / name
        if path.is_file() and os.access(path, os.X_OK):
            return str(path)
    return shutil.which(name)


def missing_tools(tools: dict[str, tuple[str, str]] | None = None) -> list[str]:
    """The tools in `tools` (TEST_TOOLS by default) that are not found."""
    return [name for name in (TEST_TOOLS if tools is None else tools) if find_tool(name) is None]


def _install_test_tools(manager: str | None, check_only: bool) -> None:
    """Best effort: install the tools some tests use; say which tests will skip if that fails."""
    # The screen-reader tests open a real xcb window on Xvfb, so they need the window's
    # libraries too (libxcb-cursor0 above all: without it Qt's xcb plugin aborts).
    missing = missing_tools() + missing_libraries(list(WINDOW_LIBRARIES))
    if not missing or manager is None:
        return
    column = 1 if manager == "dnf" else 0
    wanted = {**TEST_TOOLS, **WINDOW_LIBRARIES}
    names = list(dict.fromkeys(wanted[name][column] for name in missing))
    prefix = None if check_only else _privilege()
    if (prefix is not None and _install(manager, names, prefix) and not missing_tools()
            and not missing_libraries(list(WINDOW_LIBRARIES))):
        return
    print(f"Some tests will be skipped without {', '.join(missing)}; to run them: "
          f"{install_command(manager, names, os.geteuid() == 0)}", file=sys.stderr)


def _purpose(given: str) -> str:
    if given != "auto":
        return given
    return "tests" if os.environ.get("QT_QPA_PLATFORM") == "offscreen" else "window"


def main(argv: list[str] | None = None) -> int:
    """Check, install what is allowed, and return 0 when everything is there."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--for", dest="purpose", choices=("tests", "window", "auto"),
                        default="auto", help="what Qt must be able to do (default: a window "
                        "unless QT_QPA_PLATFORM=offscreen)")
    parser.add_argument("--check-only", action="store_true", help="never install anything")
    args = parser.parse_args(argv)
    if sys.version_info < MIN_PYTHON:
        print(f"Recovery Journal needs Python {'.'.join(map(str, MIN_PYTHON))} or newer; this "
              f"is {sys.version.split()[0]}.", file=sys.stderr)
        return 1
    purpose = _purpose(args.purpose)
    table = libraries_for(purpose)
    manager = package_manager(read_os_release())
    if purpose == "tests":
        _install_test_tools(manager, args.check_only)

    def still_missing() -> tuple[list[str], bool]:
        return missing_libraries(list(table)), not venv_works()

    sonames, need_venv = still_missing()
    if not sonames and not need_venv:
        return 0
    names = packages(manager, sonames, need_venv, table)
    prefix = None if args.check_only or manager is None else _privilege()
    if prefix is not None and manager is not None:
        print(f"Installing what Recovery Journal needs: {' '.join(names)}", file=sys.stderr)
        if _install(manager, names, prefix):
            sonames, need_venv = still_missing()
            if not sonames and not need_venv:
                return 0
            names = packages(manager, sonames, need_venv, table)
    print(advice(manager, names, sonames, need_venv, os.geteuid() == 0), file=sys.stderr)
    return 1


if __name__ == "__main__":
    raise SystemExit(main())
