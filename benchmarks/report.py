"""The benchmark's table and the budgets of issue 19 point 3."""

from __future__ import annotations

import json
import statistics
from dataclasses import dataclass
from pathlib import Path

# Steps that must touch everything: at 50 years they may grow with the history (linearly).
WHOLE_HISTORY = ("JSON export", "backup", "passphrase change")
# Steps whose floor does the same work at any age of the journal (a window, the key, a chart of
# 3,650 points, the last year's report, the same import): their floor is this run's measure of
# the machine's speed, and growth is read as our time over it. A shared machine's speed moves
# by a third between two runs minutes apart (the charts' floor took 629 and 842 ms in two
# 10-year runs on 2 December), which read as growth or hid it.
FIXED_FLOOR = ("start to first window", "unlock to Today usable", "save a check-in from Today",
               "Insights", "  chart ", "report of a year", "Daylio import")
MEMORY_BUDGET_MIB = 200.0


@dataclass(frozen=True)
class Row:
    """One step's samples (ms), ours and the floor's, and its group's peak memory (MiB)."""

    group: str
    name: str
    ours: list[float]
    floor: list[float]
    peak_mib: float

    @property
    def median(self) -> float:
        return statistics.median(self.ours)

    @property
    def floor_median(self) -> float:
        return statistics.median(self.floor)

    @property
    def ratio(self) -> float:
        return self.median / self.floor_median if self.floor_median > 0 else float("inf")


def _ms(value: float) -> str:
    if value < 1:
        return f"{value:.2f}"
    return f"{value:,.1f}" if value < 100 else f"{value:,.0f}"


def _spread(samples: list[float]) -> str:
    return f"{_ms(min(samples))}–{_ms(max(samples))}"


def print_table(rows: list[Row], years: float, markdown: bool) -> None:
    """Median (min–max) ms for ours and the floor, the ratio and peak memory per group."""
    header = ("step", "ours ms", "min–max", "floor ms", "ours/floor", "peak MiB")
    lines = [(row.name, _ms(row.median), _spread(row.ours), _ms(row.floor_median),
              "—" if "longest" in row.name else f"{row.ratio:.1f}×", f"{row.peak_mib:.0f}")
             for row in rows]
    print(f"{years:g} years, {len(rows[0].ours) if rows else 0} samples or more per step")
    if markdown:
        print("| " + " | ".join(header) + " |")
        print("|" + "---|" * len(header))
        for line in lines:
            print("| " + " | ".join(line) + " |")
        return
    widths = [max(len(text[i]) for text in [header, *lines]) for i in range(len(header))]
    for line in [header, *lines]:
        print("  ".join(text.ljust(widths[0]) if i == 0 else text.rjust(widths[i])
                        for i, text in enumerate(line)))


def ten_year_budgets(rows: list[Row]) -> list[tuple[str, bool]]:
    """(budget, met) for the ten-year budgets of issue 19 point 3."""
    checks: list[tuple[str, bool]] = []
    for row in rows:
        if row.name.startswith("open "):
            checks.append((f"{row.name} ≤ 30 ms and ≤ 10× floor",
                           row.median <= 30 and row.ratio <= 10))
        elif row.name.startswith("search "):
            checks.append((f"{row.name} ≤ 30 ms", row.median <= 30))
        elif row.name == "unlock to Today usable":
            checks.append(("unlock to Today ≤ 300 ms", row.median <= 300))
        elif row.name.startswith("Insights window: every"):
            checks.append(("Insights, every chart drawn ≤ 1 s", row.median <= 1000))
        elif row.name.startswith("Insights window: first"):
            checks.append(("Insights usable (a chart on screen) ≤ 0.5 s", row.median <= 500))
        elif row.name.startswith("Insights window: longest"):
            checks.append(("Insights, GUI thread never busy > 16 ms at once",
                           max(row.ours) <= 16))
        elif row.name.startswith("report"):
            checks.append(("report of a year ≤ 1 s", row.median <= 1000))
        elif row.name == "JSON export":
            checks.append(("export ≤ 1.5× floor", row.ratio <= 1.5))
    if rows:
        peak = max(row.peak_mib for row in rows)
        checks.append((f"peak memory ≤ {MEMORY_BUDGET_MIB:.0f} MiB", peak <= MEMORY_BUDGET_MIB))
    return checks


def growth_budgets(rows: list[Row], ten_years: dict[str, list[float]],
                   years: float) -> list[tuple[str, bool]]:
    """At 50 years no step more than 1.5× its 10-year time, but whole-history ones (linear);
    where the floor's work is the same at any age, times are read against this run's floor."""
    checks = []
    for row in rows:
        before = ten_years.get(row.name)
        if not before or before[0] <= 0:
            continue
        limit = years / 10 * 1.2 if row.name in WHOLE_HISTORY else 1.5
        ours_before, floor_before = before
        if row.name.startswith(FIXED_FLOOR) and floor_before > 0 and row.floor_median > 0:
            growth = row.ratio / (ours_before / floor_before)
            checks.append((f"{row.name} ≤ {limit:g}× its 10-year time (against the floor: "
                           f"{growth:.2f}×)", growth <= limit))
        else:
            checks.append((f"{row.name} ≤ {limit:g}× its 10-year time",
                           row.median <= limit * ours_before))
    return checks


def _ten_year_medians(path: Path) -> dict[str, list[float]]:
    """Step -> [ours, floor] medians of the last 10-year run (a bare number: ours, no floor)."""
    if not path.exists():
        return {}
    known = json.loads(path.read_text())
    return {name: value if isinstance(value, list) else [float(value), 0.0]
            for name, value in known.items()}


def budgets(rows: list[Row], years: float, folder: Path) -> tuple[int, int]:
    """Print each budget missed; keep the 10-year medians for the 50-year run; (met, total)."""
    medians_path = folder / "medians-10.json"
    if years == 10:
        checks = ten_year_budgets(rows)
        known = _ten_year_medians(medians_path)
        known.update({row.name: [row.median, row.floor_median] for row in rows})
        folder.mkdir(parents=True, exist_ok=True)
        medians_path.write_text(json.dumps(known, indent=1))
    elif years > 10 and medians_path.exists():
        checks = growth_budgets(rows, _ten_year_medians(medians_path), years)
    else:
        checks = []
    for name, met in checks:
        if not met:
            print(f"not met: {name}")
    return sum(met for _, met in checks), len(checks)
