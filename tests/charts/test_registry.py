"""The chart registry: each chart once, found by name, and cheap to read."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from recovery_journal.charts import BEFORE_AFTER, CHARTS, ChartOptions, chart_named
from recovery_journal.storage.repositories import Repositories
from tests.charts.conftest import END


def test_each_chart_is_named_once_and_found_by_its_name() -> None:
    names = [chart.name for chart in CHARTS]
    assert len(set(names)) == len(names) == 11
    assert all(chart_named(name) is chart for name, chart in zip(names, CHARTS, strict=True))
    with pytest.raises(ValueError, match="no chart called 'pie'"):
        chart_named("pie")


def test_a_spec_loads_its_own_payload_type(one_day: Repositories) -> None:
    chart = BEFORE_AFTER.load(one_day, ChartOptions(start=END, end=END, pivot_tag="never used"))
    assert chart.spec is BEFORE_AFTER and chart.name == "before-after" and chart.payload is None


def test_reading_the_registry_loads_no_numpy_matplotlib_storage_or_insights() -> None:
    # The Insights page reads the registry while it is built; drawing comes later. The one
    # insights module allowed is the small, dependency-free Language the options carry.
    script = textwrap.dedent("""
        import sys
        from recovery_journal.charts import CHARTS
        assert len(CHARTS) == 11
        heavy = [m for m in sys.modules if m.split(".")[0] in ("numpy", "matplotlib")
                 or m.startswith(("recovery_journal.storage", "recovery_journal.insights."))]
        heavy = [m for m in heavy if m != "recovery_journal.insights.language"]
        print(heavy)
    """)
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                            timeout=60, cwd=Path(__file__).parents[2], check=True)
    assert result.stdout.strip() == "[]"
