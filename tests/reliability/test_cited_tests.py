"""SECURITY.md and the matrix map name real tests: every `file::test` they cite exists, so no
promise points at nothing. (`TODO(test)` marks a promise whose test is still being written.)"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _cited(document: Path) -> list[tuple[str, str | None]]:
    """(file, test name or None) for every test `document` cites, in order."""
    cited: list[tuple[str, str | None]] = []
    last_file = ""
    for token in re.findall(r"`([^`]+)`", document.read_text("utf-8")):
        if token.startswith("tests/"):
            last_file, _, name = token.partition("::")
            cited.append((last_file, name or None))
        elif token.startswith("::"):
            cited.append((last_file, token[2:]))
    return cited


@pytest.mark.parametrize("document", ["SECURITY.md", "tests/reliability/MATRIX.md"])
def test_every_test_cited_exists(document: str) -> None:
    cited = _cited(ROOT / document)
    assert len(cited) > 40
    missing = []
    for file, name in cited:
        path = ROOT / file
        if not path.is_file():
            missing.append(file)
        elif name and not re.search(rf"^def {re.escape(name)}\(", path.read_text("utf-8"), re.M):
            missing.append(f"{file}::{name}")
    assert missing == []
