"""Test set-up: offscreen Qt, a private home, and fast throwaway vaults.

The environment is set before anything imports Qt or matplotlib, so no test touches a real
home folder, display or font cache.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

_HOME = Path(tempfile.mkdtemp(prefix="rj-test-home-"))
os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ["MPLBACKEND"] = "Agg"
os.environ["HOME"] = str(_HOME)
for _name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
    os.environ[_name] = str(_HOME / _name.lower())
os.environ["XDG_RUNTIME_DIR"] = str(_HOME / "runtime")
(_HOME / "runtime").mkdir(mode=0o700)
os.environ["MPLCONFIGDIR"] = str(_HOME / "mpl")

import socket  # noqa: E402
import sys  # noqa: E402

import pytest  # noqa: E402


def _no_network(event: str, args: tuple[object, ...]) -> None:
    """Fail loudly if anything in the test process reaches for an internet socket."""
    if event in {"socket.connect", "socket.bind", "socket.sendto", "socket.getaddrinfo"}:
        sock = args[0] if args else None
        family = getattr(sock, "family", None)
        if event == "socket.getaddrinfo" or family in {socket.AF_INET, socket.AF_INET6}:
            raise RuntimeError(f"network access attempted in a test: {event}")


sys.addaudithook(_no_network)

from tests.reliability.netblock import block_internet_sockets  # noqa: E402

# The kernel refuses internet sockets to this process and its children for the whole session
# (Qt and other native code included); "" when the filter is in place, else why it is not.
NETWORK_BLOCK_PROBLEM = block_internet_sockets()

from recovery_journal.storage.vault import Vault  # noqa: E402

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

# Throwaway vaults use a tiny key derivation cost; one test in tests/storage uses the default.
FAST_KDF = 2
PASSPHRASE = "correct horse battery staple"


@pytest.fixture(scope="session", autouse=True)
def _one_qt_application() -> Iterator[None]:
    """The run's one QApplication, made before any test can make another kind.

    The command line's report makes a QGuiApplication when there is none; run in-process by a
    test (the README's example), it stayed, and every widget test after it in the same worker
    failed for want of a QApplication.
    """
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    yield
    del app


@pytest.fixture(params=["cy", "es"])
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    """The app's translator and locale for Welsh, then Spanish; English again after."""
    from recovery_journal.ui.i18n import install_translations

    install_translations(qapp, request.param)
    try:
        yield request.param
    finally:
        install_translations(qapp, "en")


@pytest.fixture(scope="session")
def _vault_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "template.vault"
    Vault.create(path, PASSPHRASE, kdf_iter=FAST_KDF).close()
    return path


@pytest.fixture
def make_vault(
    _vault_template: Path, tmp_path: Path
) -> Iterator[Callable[..., Vault]]:
    """Return a function that opens a fresh, migrated vault in `tmp_path` (closed afterwards)."""
    opened: list[Vault] = []

    def make(name: str = "journal.vault") -> Vault:
        path = tmp_path / name
        shutil.copyfile(_vault_template, path)
        vault = Vault.open(path, PASSPHRASE, kdf_iter=FAST_KDF)
        opened.append(vault)
        return vault

    yield make
    for vault in opened:
        vault.close()


@pytest.fixture
def vault(make_vault: Callable[..., Vault]) -> Vault:
    """A fresh, empty, unlocked vault in `tmp_path`."""
    return make_vault()


def pytest_report_header() -> str:
    """Say in the header whether the network block is in place (and why not, if it isn't)."""
    if NETWORK_BLOCK_PROBLEM:
        return f"internet sockets NOT blocked: {NETWORK_BLOCK_PROBLEM}"
    return "internet sockets blocked by a seccomp filter for this process and its children"


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    shutil.rmtree(_HOME, ignore_errors=True)


_GUI_TESTS = Path(__file__).parent / "ui"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark every test under tests/ui (and tests/**/test_gui_*.py) as `gui`, so
    `-m "not gui"` is the quick loop."""
    for item in items:
        if item.path.is_relative_to(_GUI_TESTS) or item.path.name.startswith("test_gui_"):
            item.add_marker(pytest.mark.gui)
