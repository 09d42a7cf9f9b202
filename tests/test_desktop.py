"""On the desktop: the shipped entry and metainfo validate, and --install-desktop-entry puts them
(with the icon in every size) under the XDG data folder for the current person only."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from recovery_journal import desktop
from recovery_journal.cli import main
from recovery_journal.resources import APP_ID, ICON_SIZES, resource_path

ENTRY = resource_path("desktop", f"{APP_ID}.desktop")
METAINFO = resource_path("desktop", f"{APP_ID}.metainfo.xml")


def _validate(*command: str) -> subprocess.CompletedProcess[str]:
    if shutil.which(command[0]) is None:
        pytest.skip(f"{command[0]} is not installed (apt-get install desktop-file-utils "
                    "appstream)")
    return subprocess.run(command, capture_output=True, text=True, timeout=60, check=False)


def test_the_desktop_file_passes_desktop_file_validate(tmp_path: Path) -> None:
    result = _validate("desktop-file-validate", str(ENTRY))
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout
    installed = desktop.install(tmp_path, ["/opt/my apps/bin/recovery-journal"])[0]
    result = _validate("desktop-file-validate", str(installed))
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout


def test_the_metainfo_passes_appstreamcli_validate() -> None:
    result = _validate("appstreamcli", "validate", "--no-net", str(METAINFO))
    assert result.returncode == 0, result.stdout + result.stderr


def test_exec_lines_quote_what_the_spec_asks() -> None:
    assert desktop.exec_line(["/usr/bin/recovery-journal"]) == "/usr/bin/recovery-journal"
    assert desktop.exec_line(["/home/a b/bin/python", "-m", "recovery_journal"]) == \
        '"/home/a b/bin/python" -m recovery_journal'
    # Inside quotes `"`, `$`, backquote and backslash are escaped, then every backslash is
    # doubled once more for the string value; a literal % becomes %%.
    assert desktop.exec_line(['/x/"q"$`\\100%']) == '"/x/\\\\"q\\\\"\\\\$\\\\`\\\\\\\\100%%"'


def test_the_launch_command_is_this_installation() -> None:
    command = desktop.launch_command()
    assert command[0].startswith(str(Path(sys.executable).parent))


def test_install_and_uninstall_under_xdg_data_home(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    assert main(["--install-desktop-entry"]) == 0
    assert str(tmp_path) in capsys.readouterr().out
    entry = tmp_path / "applications" / f"{APP_ID}.desktop"
    text = entry.read_text("utf-8")
    assert f"Exec={desktop.exec_line(desktop.launch_command())}\n" in text
    assert f"Icon={APP_ID}\n" in text
    icons = tmp_path / "icons" / "hicolor"
    assert (icons / "scalable" / "apps" / f"{APP_ID}.svg").read_bytes().startswith(b"<?xml")
    for size in ICON_SIZES:
        assert (icons / f"{size}x{size}" / "apps" / f"{APP_ID}.png").read_bytes()[:4] == \
            b"\x89PNG"
    assert (tmp_path / "metainfo" / f"{APP_ID}.metainfo.xml").is_file()
    assert entry.stat().st_mode & 0o777 == 0o644
    assert not list(tmp_path.rglob("*.part"))

    assert main(["--install-desktop-entry"]) == 0  # again: replaced, not duplicated
    assert main(["--uninstall-desktop-entry"]) == 0
    assert "taken out" in capsys.readouterr().out
    assert not [p for p in tmp_path.rglob("*") if p.is_file()]
    assert main(["--uninstall-desktop-entry"]) == 0
    assert "nothing was removed" in capsys.readouterr().out


def test_a_relative_xdg_data_home_is_ignored(monkeypatch: pytest.MonkeyPatch,
                                             tmp_path: Path) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("XDG_DATA_HOME", "relative/share")
    assert desktop.data_home() == tmp_path / ".local" / "share"


def test_the_menu_options_go_without_a_command(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--install-desktop-entry", "check", "x.vault"]) == 2
    assert "go without a command" in capsys.readouterr().err
    assert main(["--install-desktop-entry", "--uninstall-desktop-entry"]) == 2


def test_an_unwritable_data_folder_is_one_sentence(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder", "utf-8")
    monkeypatch.setenv("XDG_DATA_HOME", str(blocker))
    assert main(["--install-desktop-entry"]) == 1
    err = capsys.readouterr().err.strip()
    assert err.startswith("The app menu entry couldn't be changed under") and "\n" not in err
