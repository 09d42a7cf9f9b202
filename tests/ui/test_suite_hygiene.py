"""The GUI suite's own rules: marked by folder, and no widget outlives its test."""

from __future__ import annotations

import pytest


def test_tests_in_this_folder_are_marked_gui(request: pytest.FixtureRequest) -> None:
    """The `gui` mark comes from the folder (tests/conftest.py), not from each file."""
    assert request.node.get_closest_marker("gui") is not None
