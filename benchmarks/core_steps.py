"""Steps that need no window: charts, the report of a year, export, import, passphrase, backup.

Each group builder returns (name, ours, floor) triples; `ours` and `floor` do the whole step once.
"""

from __future__ import annotations

import io
import itertools
import tempfile
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from benchmarks import floor
from benchmarks.lifedata import LAST_DAY, PASSPHRASE, daylio_csv
from recovery_journal.storage.repositories import Repositories
from recovery_journal.storage.vault import Vault

Action = Callable[[], object]
Step = tuple[str, Action, Action]


def chart_steps(vault: Vault, first: date) -> list[Step]:
    """Every chart for all time, drawn at 100 dpi, together and each alone."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    from recovery_journal.charts import CHART_NAMES, ChartOptions, ChartTheme, build_figure

    repos = Repositories.from_vault(vault)
    options = ChartOptions(start=first, end=LAST_DAY, pivot_tag="walk",
                           pivot_date=first + (LAST_DAY - first) / 2)
    theme = ChartTheme.named("light")

    def chart(name: str) -> None:
        from recovery_journal.charts import load_chart_data

        data = load_chart_data(repos, name, options)
        FigureCanvasAgg(build_figure(data, theme)).draw()  # type: ignore[no-untyped-call]

    chart("mood-hope")  # the first chart pays for importing matplotlib and its fonts
    floor.chart()

    def all_charts() -> None:
        for name in CHART_NAMES:
            chart(name)

    def all_floors() -> None:
        for _ in CHART_NAMES:
            floor.chart()

    steps: list[Step] = [("Insights: every chart, all time", all_charts, all_floors)]
    for name in CHART_NAMES:
        steps.append((f"  chart {name}", lambda n=name: chart(n), floor.chart))  # type: ignore[misc]
    return steps


def report_steps(vault: Vault, first: date) -> list[Step]:
    """The report of the last year with every section, as a PDF in memory."""
    from PySide6.QtGui import QPageSize, QPdfWriter, QTextDocument

    from recovery_journal.report.build import make_report
    from recovery_journal.report.content import SECTION_ORDER, ReportChoice, gather

    repos = Repositories.from_vault(vault)
    start = max(first, LAST_DAY - timedelta(days=364))
    choice = ReportChoice(start=start, end=LAST_DAY, sections=SECTION_ORDER, made_on=LAST_DAY,
                          with_contacts=True, with_journal_text=True)
    connection = floor.connect(vault.path)

    def ours() -> None:
        make_report(gather(repos, choice))

    def floor_report() -> None:
        rows = connection.execute(
            "SELECT title, body FROM journal_entry WHERE written_at >= ?", [start.isoformat()]
        ).fetchall()
        for _ in range(8):
            floor.chart(365)
        document = QTextDocument()
        document.setPlainText("\n\n".join(f"{title}\n{body}" for title, body in rows))
        buffer = io.BytesIO()
        with tempfile.TemporaryDirectory() as folder:
            writer = QPdfWriter(str(Path(folder) / "floor.pdf"))
            writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
            document.print_(writer)
            del writer
        buffer.close()

    return [("report of a year, every section", ours, floor_report)]


def export_steps(vault: Vault) -> list[Step]:
    """The JSON export, in memory (the bytes `write_json` writes)."""
    from recovery_journal.portability.export import export_bytes

    repos = Repositories.from_vault(vault)
    connection = floor.connect(vault.path)
    return [("JSON export", lambda: export_bytes(repos),
             lambda: floor.export(connection))]


def import_steps(folder: Path, runs: int) -> list[Step]:
    """A Daylio export of ten years into a new, empty journal (made before the clock starts)."""
    from recovery_journal.portability.applying import apply
    from recovery_journal.portability.importing import read_import

    source = folder / "daylio.csv"
    daylio_csv(source, 10)
    counter = itertools.count()
    targets: list[Vault] = []
    floors: list[Any] = []

    def prepare() -> None:
        number = next(counter)
        targets.append(Vault.create(folder / f"import-{number}.vault", PASSPHRASE, kdf_iter=1000))
        floors.append(floor.connect(folder / f"floor-{number}.vault"))

    for _ in range(runs + 1):  # and the untimed first run
        prepare()

    def ours() -> None:
        vault = targets.pop(0)
        apply(read_import("daylio", source), Repositories.from_vault(vault))
        vault.close()

    def floor_import() -> None:
        floor.import_csv(floors.pop(0), source)

    return [("Daylio import of ten years", ours, floor_import)]


def passphrase_steps(vault: Vault, folder: Path) -> list[Step]:
    """Change the passphrase (and back, alternately), ours and the floor's on a copy."""
    copy = folder / "floor-passphrase.vault"
    floor.copy(vault.path, copy)
    connection = floor.connect(copy)
    ours_flip = itertools.cycle(("another passphrase", PASSPHRASE))
    floor_flip = itertools.cycle(("another passphrase", PASSPHRASE))
    return [("passphrase change", lambda: vault.change_passphrase(next(ours_flip)),
             lambda: floor.rekey(connection, next(floor_flip)))]


def backup_steps(vault: Vault, folder: Path) -> list[Step]:
    """A verified backup of the open journal (the floor copies the file)."""
    from recovery_journal.storage.backups import back_up

    counter = itertools.count()
    return [("backup", lambda: back_up(vault, folder / f"backup-{next(counter)}.vault"),
             lambda: floor.copy(vault.path, folder / f"floor-{next(counter)}.vault"))]
