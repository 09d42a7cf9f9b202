"""What a screen reader hears while a passphrase is typed: its length, never its characters.

A real AT-SPI client listens (tests/ui/atspi_listener.py, under the system Python that has
pyatspi) while the app, in a real xcb window on Xvfb with Qt's accessibility bridge on, has
passphrases typed into the unlock, create and change-passphrase fields
(tests/ui/passphrase_walk.py). Both run as child processes on a private session bus with its
own accessibility bus and registry; all of them are stopped after the test. Where the tools are
missing (scripts/prereqs.py installs them where it may), the test skips and says which.
"""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtDBus import QDBusConnection
from PySide6.QtWidgets import QApplication

from recovery_journal.storage.vault import Vault
from recovery_journal.ui.widgets.masked_field import MASK

ROOT = Path(__file__).resolve().parents[2]
WAIT_SECONDS = 20.0
# Letters the app never shows, so any of them on the bus can only come from a passphrase.
VAULT = "ϞϠ ѦѬ Ꙩ"
PLAN = {
    "vault": VAULT,
    "unlock": "ζЖψ ЮѮ",
    "create": "ǂǁ ʘɮ ʭ",
    "change": "ꝎꝘ ꜸꜲ",
    "hello": "bus-walk-hello",
    "stop": "bus-walk-stop",
}
SECRETS = ("vault", "unlock", "create", "change")


def _load_prereqs() -> ModuleType:
    spec = importlib.util.spec_from_file_location("prereqs", ROOT / "scripts" / "prereqs.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


prereqs = _load_prereqs()
TOOLS = ("Xvfb", "dbus-daemon", "at-spi-bus-launcher", "at-spi2-registryd", "pyatspi")


def _missing() -> str | None:
    """Why the walk can't run here (what scripts/prereqs.py could not install), or None."""
    missing = prereqs.missing_tools({name: prereqs.TEST_TOOLS[name] for name in TOOLS})
    missing += prereqs.missing_libraries(list(prereqs.WINDOW_LIBRARIES))  # for the xcb window
    if not missing:
        return None
    wanted = {**prereqs.TEST_TOOLS, **prereqs.WINDOW_LIBRARIES}
    packages = sorted({wanted[name][0] for name in missing})
    return f"{', '.join(missing)} not found (Debian: apt-get install {' '.join(packages)})"


def _wait(condition: Callable[[], bool], what: str) -> None:
    deadline = time.monotonic() + WAIT_SECONDS
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"gave up waiting for {what}")
        time.sleep(0.05)


class Desktop:
    """Xvfb, a session bus, the accessibility bus and its registry; stopped in reverse order."""

    def __init__(self, home: Path) -> None:
        self.processes: list[subprocess.Popen[bytes]] = []
        self.env = {key: value for key, value in os.environ.items()
                    if not key.startswith(("DBUS_", "AT_SPI", "QT_", "DISPLAY", "WAYLAND"))}
        runtime = home / "runtime"
        runtime.mkdir(mode=0o700)
        self.env.update(HOME=str(home), XDG_RUNTIME_DIR=str(runtime),
                        XDG_CONFIG_HOME=str(home / "config"), XDG_DATA_HOME=str(home / "data"),
                        NO_AT_BRIDGE="0", GTK_A11Y="none")

    def start(self) -> None:
        read, write = os.pipe()
        self._spawn([prereqs.find_tool("Xvfb"), "-displayfd", str(write), "-screen", "0",
                     "1280x1024x24", "-nolisten", "tcp"], pass_fds=(write,))
        os.close(write)
        with os.fdopen(read) as display:
            number = display.readline().strip()  # ends when Xvfb is ready or gone
        assert number, "Xvfb did not start"
        self.env["DISPLAY"] = f":{number}"
        bus = self._spawn(["dbus-daemon", "--session", "--print-address", "--nofork"],
                          stdout=subprocess.PIPE)
        assert bus.stdout is not None
        address = bus.stdout.readline().decode().strip()
        bus.stdout.close()
        assert address, "dbus-daemon did not start"
        self.env["DBUS_SESSION_BUS_ADDRESS"] = address
        self._spawn([prereqs.find_tool("at-spi-bus-launcher"), "--launch-immediately"])
        name = f"a11y-watch-{id(self)}"
        watch = QDBusConnection.connectToBus(address, name)
        try:
            bus = watch.interface()
            _wait(lambda: bool(bus.isServiceRegistered("org.a11y.Bus").value()),
                  "the accessibility bus (org.a11y.Bus)")
        finally:
            QDBusConnection.disconnectFromBus(name)
        self._spawn([prereqs.find_tool("at-spi2-registryd")])

    def _spawn(self, command: list[str], **kwargs: object) -> subprocess.Popen[bytes]:
        kwargs.setdefault("stdout", subprocess.DEVNULL)
        process = subprocess.Popen(command, env=self.env, stderr=subprocess.DEVNULL,
                                   **kwargs)  # type: ignore[call-overload]
        self.processes.append(process)
        return process

    def spawn(self, command: list[str], log: Path, **env: str) -> subprocess.Popen[bytes]:
        """A child on this desktop, its output in `log`; stopped with the desktop."""
        with log.open("wb") as out:
            process = subprocess.Popen(command, env={**self.env, **env}, stdout=out,
                                       stderr=subprocess.STDOUT, cwd=ROOT)
        self.processes.append(process)
        return process

    def stop(self) -> None:
        for process in reversed(self.processes):
            if process.poll() is None:
                process.terminate()
        for process in reversed(self.processes):
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(timeout=10)


@pytest.fixture
def desktop(qapp: QApplication, tmp_path: Path) -> Iterator[Desktop]:
    reason = _missing()
    if reason is not None:
        print(f"skipped: {reason}")
        pytest.skip(f"{reason}, so there is no screen reader's bus to listen on")
    home = tmp_path / "home"
    home.mkdir()
    running = Desktop(home)
    try:
        running.start()
        yield running
    finally:
        running.stop()


def _walk(desktop: Desktop, tmp_path: Path) -> list[dict[str, object]]:
    """Type every passphrase in the real window; return every event the listener heard."""
    vault = tmp_path / "journal.vault"
    Vault.create(vault, VAULT, kdf_iter=2).close()
    events, ready = tmp_path / "events.jsonl", tmp_path / "ready"
    plan_file = tmp_path / "plan.json"
    plan_file.write_text(json.dumps(PLAN), encoding="utf-8")
    listener = desktop.spawn(
        [prereqs.SYSTEM_PYTHON, str(ROOT / "tests/ui/atspi_listener.py"), str(events), str(ready),
         PLAN["stop"], "100"], tmp_path / "listener.log")
    _wait(lambda: ready.is_file() or listener.poll() is not None, "the listener")
    assert ready.is_file(), (tmp_path / "listener.log").read_text(errors="replace")
    settings = tmp_path / "settings"
    settings.mkdir()
    app = desktop.spawn(
        [sys.executable, "-m", "tests.ui.passphrase_walk", str(vault), str(settings),
         str(events), str(plan_file)], tmp_path / "app.log",
        QT_QPA_PLATFORM="xcb", QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1", QT_ACCESSIBILITY="1")
    try:
        code = app.wait(timeout=80)
    except subprocess.TimeoutExpired:
        code = None
    assert code == 0, (tmp_path / "app.log").read_text(errors="replace")[-3000:]
    listener.wait(timeout=20)
    return [json.loads(line) for line in events.read_text(encoding="utf-8").splitlines()]


@pytest.mark.timeout(120)
def test_no_passphrase_character_is_heard_on_the_bus(desktop: Desktop, tmp_path: Path) -> None:
    heard = _walk(desktop, tmp_path)
    secret = {char for key in SECRETS for char in PLAN[key] if not char.isspace()}
    leaks = [
        (event["type"], field, event[field]) for event in heard
        for field in ("any_data", "name", "description", "text", "value")
        if secret & set(str(event.get(field, "")))
    ]
    assert not leaks, f"{len(leaks)} events carry passphrase characters, first: {leaks[:3]}"

    # Still heard as what it is, with how much has been typed.
    fields = [e for e in heard if e.get("role") == "password text"]
    names = {e["name"] for e in fields}
    assert {"Passphrase", "New passphrase", "New passphrase, again",
            "Current passphrase"} <= names, names
    inserts = [e for e in fields if str(e["type"]).startswith("object:text-changed:insert")]
    assert inserts, "no typing was heard in a passphrase field"
    # Each character typed is heard as one mask: the count without the letter.
    assert all(set(str(e["any_data"])) <= {MASK} for e in inserts), inserts[:3]
    assert any(e["characters"] == len(PLAN["vault"]) for e in fields if e["name"] == "Passphrase")
