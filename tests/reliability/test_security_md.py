"""SECURITY.md names real tests: every `file::test` it cites exists, so no promise points at
nothing. (`TODO(test)` marks a promise whose test is still being written.)"""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _cited() -> list[tuple[str, str | None]]:
    """(file, test name or None) for every test SECURITY.md cites, in order."""
    cited: list[tuple[str, str | None]] = []
    last_file = ""
    for token in re.findall(r"`([^`]+)`", (ROOT / "SECURITY.md").read_text("utf-8")):
        if token.startswith("tests/"):
            last_file, _, name = token.partition("::")
            cited.append((last_file, name or None))
        elif token.startswith("::"):
            cited.append((last_file, token[2:]))
    return cited


def test_every_test_security_md_cites_exists() -> None:
    cited = _cited()
    assert len(cited) > 40
    missing = []
    for file, name in cited:
        path = ROOT / file
        if not path.is_file():
            missing.append(file)
        elif name and not re.search(rf"^def {re.escape(name)}\(", path.read_text("utf-8"), re.M):
            missing.append(f"{file}::{name}")
    assert missing == []
