"""scripts/prereqs.py, scripts/run and scripts/test on a machine that lacks things.

Libraries are hidden by pointing RECOVERY_JOURNAL_LIBRARY_PATH at an empty folder, which is what
the check sees on a bare machine; nothing here installs anything (--check-only).
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import stat
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _load() -> ModuleType:
    spec = importlib.util.spec_from_file_location("prereqs", ROOT / "scripts" / "prereqs.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


prereqs = _load()
WINDOW = list(prereqs.libraries_for("window"))


@pytest.fixture
def debian(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(prereqs, "read_os_release", lambda: {"ID": "debian"})


def test_this_machine_has_what_the_offscreen_tests_load(monkeypatch: pytest.MonkeyPatch) -> None:
    # These very tests run Qt offscreen, so the real search must find every library.
    monkeypatch.delenv(prereqs.LIBRARY_PATH_VARIABLE, raising=False)
    assert prereqs.missing_libraries(list(prereqs.OFFSCREEN_LIBRARIES)) == []
    assert prereqs.missing_libraries(["libno-such-thing.so.9"]) == ["libno-such-thing.so.9"]


def test_hidden_libraries_are_each_reported(tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(prereqs.LIBRARY_PATH_VARIABLE, str(tmp_path))
    assert prereqs.missing_libraries(WINDOW) == WINDOW
    (tmp_path / "libxcb-cursor.so.0").write_bytes(b"")
    assert "libxcb-cursor.so.0" not in prereqs.missing_libraries(WINDOW)
    assert prereqs.missing_libraries(["libEGL.so.1"], search=[tmp_path]) == ["libEGL.so.1"]


def test_a_bare_debian_is_told_the_one_command(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
    debian: None,
) -> None:
    monkeypatch.setenv(prereqs.LIBRARY_PATH_VARIABLE, str(tmp_path))
    assert prereqs.main(["--for", "window", "--check-only"]) == 1
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1, err
    command = err.split("run: ")[1].split(" (then")[0]
    assert command.endswith("apt-get install -y libegl1 libgl1 libfontconfig1 libfreetype6 "
                            "libxkbcommon0 libglib2.0-0 libx11-6 libdbus-1-3 libxcb1 "
                            "libx11-xcb1 libxcb-cursor0 libxcb-icccm4 libxcb-image0 "
                            "libxcb-keysyms1 libxcb-randr0 libxcb-render-util0 libxcb-shape0 "
                            "libxcb-shm0 libxcb-sync1 libxcb-util1 libxcb-xfixes0 libxcb-xkb1 "
                            "libxkbcommon-x11-0")


def test_the_tests_need_no_window_libraries(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
    debian: None,
) -> None:
    for name in prereqs.OFFSCREEN_LIBRARIES:
        (tmp_path / name).write_bytes(b"")
    monkeypatch.setenv(prereqs.LIBRARY_PATH_VARIABLE, str(tmp_path))
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    assert prereqs.main(["--check-only"]) == 0
    monkeypatch.delenv("QT_QPA_PLATFORM")
    assert prereqs.main(["--check-only"]) == 1
    assert "libxcb-cursor0" in capsys.readouterr().err


def test_fedora_and_unknown_systems_get_their_own_words() -> None:
    missing = ["libxcb-cursor.so.0", "libEGL.so.1"]
    table = prereqs.libraries_for("window")
    names = prereqs.packages("dnf", missing, True, table)
    assert names == ["python3", "xcb-util-cursor", "libglvnd-egl"]
    assert "run: sudo dnf install -y python3 xcb-util-cursor libglvnd-egl" in prereqs.advice(
        "dnf", names, missing, True)
    unknown = prereqs.advice(None, prereqs.packages(None, missing, False, table), missing, False)
    assert "your system's package manager" in unknown and "apt-get install -y" in unknown
    as_root = prereqs.advice("apt-get", ["python3-venv"], [], True, as_root=True)
    assert "venv module; run: apt-get install -y python3-venv" in as_root


@pytest.mark.parametrize(
    ("text", "manager"),
    [('ID=ubuntu\nID_LIKE=debian\n', "apt-get"), ('ID="fedora"\n', "dnf"),
     ('ID=rocky\nID_LIKE="rhel centos fedora"\n', "dnf"), ("ID=arch\n", None), ("", None)],
)
def test_the_package_manager_follows_os_release(text: str, manager: str | None,
                                                tmp_path: Path) -> None:
    (tmp_path / "os-release").write_text(text, "utf-8")
    fields = prereqs.read_os_release(tmp_path / "os-release")
    assert prereqs.package_manager(fields) == manager
    assert prereqs.read_os_release(tmp_path / "absent") == {}


def test_the_venv_probe_sees_a_python_without_ensurepip(tmp_path: Path) -> None:
    assert prereqs.venv_works()
    fake = tmp_path / "python3"
    fake.write_text("#!/bin/sh\necho 'No module named ensurepip' >&2\nexit 1\n", "utf-8")
    fake.chmod(0o755)
    assert not prereqs.venv_works(str(fake))


# -- scripts/run: install once, then start at once ------------------------------------------

_FAKE_PYTHON = """#!/bin/sh
# Stands in for .venv/bin/python: logs each pip install, answers pip --version.
if [ "$3" = "install" ]; then echo "pip install $*" >> "$LOG"; fi
exit 0
"""


def _fake_checkout(tmp: Path) -> Path:
    root = tmp / "checkout"
    (root / "scripts").mkdir(parents=True)
    shutil.copy(ROOT / "scripts" / "run", root / "scripts" / "run")
    (root / "scripts" / "prereqs.py").write_text(
        "import os\nopen(os.environ['LOG'], 'a').write('prereqs\\n')\n", "utf-8")
    (root / "pyproject.toml").write_text("[project]\nname = 'x'\n", "utf-8")
    bin_dir = root / ".venv" / "bin"
    bin_dir.mkdir(parents=True)
    for name, text in (("python", _FAKE_PYTHON),
                       ("recovery-journal", '#!/bin/sh\necho "launched $*" >> "$LOG"\n')):
        (bin_dir / name).write_text(text, "utf-8")
        (bin_dir / name).chmod(stat.S_IRWXU)
    return root


def _launch(root: Path, log: Path) -> list[str]:
    env = {"PATH": f"{Path(sys.executable).parent}:{os.environ['PATH']}", "LOG": str(log)}
    subprocess.run(["bash", str(root / "scripts" / "run"), "--vault", "x.vault"], env=env,
                   check=True, timeout=30)
    lines = log.read_text("utf-8").splitlines()
    log.unlink()
    return lines


def test_run_installs_only_when_pyproject_changes(tmp_path: Path) -> None:
    root, log = _fake_checkout(tmp_path), tmp_path / "log"
    first = _launch(root, log)
    assert first == ["prereqs", "pip install -m pip install --quiet -e .",
                     "launched --vault x.vault"]
    assert _launch(root, log) == ["launched --vault x.vault"]  # no pip: no network needed
    with (root / "pyproject.toml").open("a", encoding="utf-8") as file:
        file.write("version = '2'\n")
    assert _launch(root, log) == first
    assert _launch(root, log) == ["launched --vault x.vault"]


def test_test_script_checks_first_and_pins_its_tools() -> None:
    script = (ROOT / "scripts" / "test").read_text("utf-8")
    assert script.index("scripts/prereqs.py") < script.index("python3 -m venv")
    assert "-c scripts/test-constraints.txt" in script
    pins = {}
    for line in (ROOT / "scripts" / "test-constraints.txt").read_text("utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            name, _, version = line.partition("==")
            assert version, line
            pins[name.lower()] = version
    for tool in ("ruff", "mypy", "pytest", "pytest-qt", "pytest-timeout", "hypothesis"):
        assert tool in pins


def test_tools_for_tests_are_found_on_path_or_named(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))
    monkeypatch.setattr(prereqs, "TEST_TOOLS", {"dbus-daemon": ("dbus-daemon", "dbus-daemon")})
    monkeypatch.setattr(prereqs, "WINDOW_LIBRARIES", {})
    assert prereqs.missing_tools() == ["dbus-daemon"]
    # Not allowed to install: it names the command and says the tests skip, and goes on.
    prereqs._install_test_tools("apt", check_only=True)
    said = capsys.readouterr().err
    assert "Some tests will be skipped without dbus-daemon" in said
    assert "apt-get install -y dbus-daemon" in said
    tool = tmp_path / "dbus-daemon"
    tool.write_text("#!/bin/sh\n")
    tool.chmod(0o755)
    assert prereqs.missing_tools() == []
    prereqs._install_test_tools("apt", check_only=True)
    assert capsys.readouterr().err == ""


def test_the_screen_reader_tests_window_libraries_come_with_the_test_tools(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
) -> None:
    # Those tests open a real xcb window: on a fresh Debian without libxcb-cursor0 Qt aborted.
    monkeypatch.setattr(prereqs, "TEST_TOOLS", {})
    monkeypatch.setattr(prereqs, "WINDOW_LIBRARIES", {"libnot-here.so.7": ("libnot-here7", "nh")})
    monkeypatch.setenv(prereqs.LIBRARY_PATH_VARIABLE, str(tmp_path))
    prereqs._install_test_tools("apt", check_only=True)
    said = capsys.readouterr().err
    assert "skipped without libnot-here.so.7" in said and "apt-get install -y libnot-here7" in said
    (tmp_path / "libnot-here.so.7").write_bytes(b"")
    prereqs._install_test_tools("apt", check_only=True)
    assert capsys.readouterr().err == ""


def test_screen_reader_tools_are_looked_for_off_path(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))
    monkeypatch.setattr(prereqs, "TOOL_DIRS", {"at-spi-bus-launcher": (str(tmp_path / "libexec"),)})
    monkeypatch.setattr(prereqs, "SYSTEM_PYTHON", str(tmp_path / "no-python"))
    tools = {name: prereqs.TEST_TOOLS[name] for name in ("at-spi-bus-launcher", "pyatspi")}
    assert prereqs.missing_tools(tools) == ["at-spi-bus-launcher", "pyatspi"]
    launcher = tmp_path / "libexec" / "at-spi-bus-launcher"
    launcher.parent.mkdir()
    launcher.write_text("#!/bin/sh\n")
    launcher.chmod(0o755)
    python = tmp_path / "no-python"
    python.write_text("#!/bin/sh\nexit 0\n")
    python.chmod(0o755)
    assert prereqs.missing_tools(tools) == []
    assert prereqs.find_tool("at-spi-bus-launcher") == str(launcher)
