"""The package is whole: sdist -> wheel -> a fresh virtual environment outside the checkout.

From there the helplines load, the icons load, the desktop entry installs and `demo` + `check`
work, so nothing the app reads at run time depends on the source folder being around.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
import sysconfig
import tarfile
import textwrap
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
APP_ID = "org.recoveryjournal.RecoveryJournal"
RUN_TIMEOUT = 60  # seconds for any one step; the whole test takes ~10 s here

pytestmark = [pytest.mark.slow]
if importlib.util.find_spec("pytest_timeout") is not None:
    pytestmark.append(pytest.mark.timeout(150))

_SKIP = shutil.ignore_patterns(
    ".git", ".venv*", "__pycache__", "*.egg-info", "build", "dist", ".*_cache", "screenshots",
)
_NEEDED_IN_WHEEL = (
    "recovery_journal/resources/helplines.json",
    "recovery_journal/resources/icons/tick-white.svg",
    "recovery_journal/resources/icons/sun.svg",
    "recovery_journal/resources/icons/LICENSE-phosphor.txt",
    f"recovery_journal/resources/icons/app/{APP_ID}.svg",
    f"recovery_journal/resources/icons/app/{APP_ID}-256.png",
    f"recovery_journal/resources/desktop/{APP_ID}.desktop",
    f"recovery_journal/resources/desktop/{APP_ID}.metainfo.xml",
    "recovery_journal/resources/i18n/recovery_journal_en.qm",
    "recovery_journal/storage/migrations/0001_initial.sql",
)

# Run inside the fresh environment, from a folder that is not the checkout.
_CHECK_RESOURCES = textwrap.dedent("""
    import sys
    from pathlib import Path
    import recovery_journal
    assert Path(recovery_journal.__file__).is_relative_to(Path(sys.prefix)), recovery_journal
    from PySide6.QtGui import QGuiApplication, QIcon
    from recovery_journal.resources import app_icon_png, app_icon_svg, resource_path
    from recovery_journal.ui.region import help_for
    app = QGuiApplication([])
    helplines = help_for("GB")
    assert helplines is not None and helplines.lines, "no helplines"
    for path in (app_icon_svg(), app_icon_png(48), resource_path("icons", "tick-white.svg")):
        assert not QIcon(str(path)).pixmap(48, 48).isNull(), path
    print(len(helplines.lines), helplines.lines[0].name)
""")


def _run(args: list[str | Path], cwd: Path, env: dict[str, str] | None = None,
         stdin: str = "") -> str:
    result = subprocess.run(
        [str(a) for a in args], cwd=cwd, env=env, input=stdin, capture_output=True, text=True,
        timeout=RUN_TIMEOUT, check=False,
    )
    assert result.returncode == 0, f"{args}\n{result.stdout}\n{result.stderr}"
    return result.stdout


def _build(what: str, source: Path, out: Path) -> Path:
    """Build an sdist or wheel of `source` with this environment's setuptools (no network)."""
    code = f"from setuptools import build_meta as b; print(b.build_{what}({str(out)!r}))"
    name = _run([sys.executable, "-c", code], cwd=source).strip().splitlines()[-1]
    return out / name


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A wheel built from an sdist built from a copy of the checkout, as `python -m build` does."""
    import setuptools

    if int(setuptools.__version__.split(".")[0]) < 77:
        pytest.fail("These tests build the package: pip install 'setuptools>=77'.")
    work = tmp_path_factory.mktemp("build")
    shutil.copytree(ROOT, work / "src", ignore=_SKIP)
    sdist = _build("sdist", work / "src", work)
    with tarfile.open(sdist) as archive:
        names = archive.getnames()
        # Our own sdist; the "data" filter exists from Python 3.11.4 (Debian 12 has 3.11.2).
        if hasattr(tarfile, "data_filter"):
            archive.extractall(work / "unpacked", filter="data")
        else:  # pragma: no cover - older Python 3.11
            archive.extractall(work / "unpacked")
    top = sdist.name.removesuffix(".tar.gz")
    assert f"{top}/LICENSE" in names
    assert all(f"{top}/{needed}" in names for needed in _NEEDED_IN_WHEEL)
    return _build("wheel", work / "unpacked" / top, work)


def test_the_wheel_holds_every_run_time_file_and_the_licence(wheel: Path) -> None:
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        metadata = next(n for n in names if n.endswith(".dist-info/METADATA"))
        fields = archive.read(metadata).decode("utf-8")
    assert set(_NEEDED_IN_WHEEL) <= names
    assert any(n.endswith(".dist-info/licenses/LICENSE") for n in names)
    assert "License-Expression: GPL-3.0-or-later" in fields
    assert (ROOT / "LICENSE").read_text("utf-8").lstrip().startswith(
        "GNU GENERAL PUBLIC LICENSE\n                       Version 3"
    )


def test_installed_outside_the_checkout_the_app_is_whole(wheel: Path, tmp_path: Path) -> None:
    venv = tmp_path / "venv"
    _run([sys.executable, "-m", "venv", "--without-pip", venv], cwd=tmp_path)
    python = venv / "bin" / "python"
    _run([sys.executable, "-m", "pip", "--python", python, "install", "--quiet", "--no-deps",
          "--no-index", wheel], cwd=tmp_path)
    # The dependencies (PySide6, sqlcipher3, matplotlib) come from this environment rather
    # than the network; a plain path line never runs this environment's editable install.
    site = Path(_run([python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                     cwd=tmp_path).strip())
    paths = dict.fromkeys([sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]])
    (site / "_test_dependencies.pth").write_text("\n".join(paths) + "\n", "utf-8")
    env = {k: v for k, v in os.environ.items() if k not in {"PYTHONPATH", "PYTHONHOME"}}
    env |= {"QT_QPA_PLATFORM": "offscreen", "XDG_DATA_HOME": str(tmp_path / "xdg")}

    assert _run([python, "-c", _CHECK_RESOURCES], cwd=tmp_path, env=env).strip()

    command = venv / "bin" / "recovery-journal"
    journal = tmp_path / "demo.vault"
    made = _run([command, "--kdf-iter", "2", "demo", journal], tmp_path, env, stdin="pw\n")
    assert "demo journal" in made
    checked = _run([command, "--kdf-iter", "2", "check", journal], tmp_path, env, stdin="pw\n")
    assert "integrity checks passed" in checked

    _run([command, "--install-desktop-entry"], cwd=tmp_path, env=env)
    entry = tmp_path / "xdg" / "applications" / f"{APP_ID}.desktop"
    assert f"Exec={command}\n" in entry.read_text("utf-8")
    assert (tmp_path / "xdg" / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"
            ).is_file()
