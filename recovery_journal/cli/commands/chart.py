"""`recovery-journal chart PATH --chart NAME --out FILE`: save one chart as PNG, SVG or PDF."""

from __future__ import annotations

import argparse
from datetime import date, timedelta
from pathlib import Path

from recovery_journal.charts import CHART_NAMES, CHART_TITLES, ChartOptions
from recovery_journal.cli.base import (
    Command,
    Context,
    add_vault_argument,
    check_output,
    output_failed,
    refuse_unless_file,
)
from recovery_journal.cli.errors import EXIT_OK, UsageError

_THEMES = ("light", "dark", "high_contrast")
_FORMATS = (".png", ".svg", ".pdf")
DEFAULT_DAYS = 30


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date like 2025-03-04") from None


def _days(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"'{text}' is not a whole number of days above 0")
    return int(text)


def _chart_list() -> str:
    return ", ".join(CHART_NAMES)


def _add_arguments(parser: argparse.ArgumentParser) -> None:
    add_vault_argument(parser, optional=False)
    parser.add_argument("--chart", required=True, choices=CHART_NAMES, metavar="NAME",
                        help=f"which chart, one of: {_chart_list()}")
    parser.add_argument("--out", required=True, type=Path, metavar="FILE",
                        help="the file to write; .png (300 dpi), .svg or .pdf")
    parser.add_argument("--from", dest="start", type=_day, metavar="DATE",
                        help=f"first day, like 2025-03-04 (default: {DEFAULT_DAYS} days "
                             "before --to)")
    parser.add_argument("--to", dest="end", type=_day, metavar="DATE",
                        help="last day (default: today)")
    parser.add_argument("--measure", action="append", default=[], metavar="KEY",
                        help="the measure to show (mood, hope, or one you added, like "
                             "sleep_hours); repeat it for several in the measures chart")
    parser.add_argument("--pivot-date", type=_day, metavar="DATE",
                        help="before-after: compare the days before and from this day")
    parser.add_argument("--pivot-tag", metavar="TAG",
                        help="before-after: compare around the first day this tag was used")
    parser.add_argument("--days", type=_days, default=30, metavar="N",
                        help="before-after: how many days on each side (default: %(default)s)")
    parser.add_argument("--theme", choices=_THEMES, default="light",
                        help="colours (default: %(default)s)")
    parser.add_argument("--title", default="", metavar="TEXT",
                        help="a title kept in the file; nothing else about you or this app "
                             "is written into it")


def _options(args: argparse.Namespace, today: date) -> ChartOptions:
    end: date = args.end or today
    start: date = args.start or end - timedelta(days=DEFAULT_DAYS - 1)
    if start > end:
        raise UsageError("The --from date is after the --to date.")
    keys: list[str] = args.measure
    return ChartOptions(
        start=start, end=end, measure_keys=tuple(keys),
        calendar_measure=keys[0] if keys else "mood",
        pivot_date=args.pivot_date, pivot_tag=args.pivot_tag,
        pivot_measure=keys[0] if keys else "mood", pivot_days=args.days,
    )


def _check_out(path: Path) -> None:
    """Refuse a wrong extension or a folder before a passphrase is asked."""
    if path.suffix.lower() not in _FORMATS:
        raise UsageError("The --out file must end in .png, .svg or .pdf.")
    if path.is_dir():
        raise UsageError("The --out path is a folder; give a file name ending in .png, .svg "
                         "or .pdf.")


def _run(args: argparse.Namespace, ctx: Context) -> int:
    from recovery_journal.charts import ChartTheme, build_figure, export_figure, load_chart_data
    from recovery_journal.storage.repositories import Repositories
    from recovery_journal.storage.vault import Vault

    options = _options(args, ctx.today)
    out: Path = args.out
    _check_out(out)
    refuse_unless_file(args.path)
    check_output(out, args.path)
    with Vault.open(args.path, ctx.passphrases.current(), kdf_iter=ctx.kdf_iter) as vault:
        try:
            data = load_chart_data(Repositories.from_vault(vault), args.chart, options)
        except ValueError as exc:  # an unknown measure: the message names no personal content
            raise UsageError(f"{exc} See 'recovery-journal chart --help'.") from None
    figure = build_figure(data, ChartTheme.named(args.theme))
    try:
        export_figure(figure, out, title=args.title)
    except OSError as exc:
        raise output_failed(out, exc) from None
    print(f"Saved the chart \u201c{CHART_TITLES[args.chart]}\u201d to {out}.", file=ctx.out)
    return EXIT_OK


COMMAND = Command(
    name="chart",
    summary="save one chart as a PNG, SVG or PDF file",
    description=(
        "Unlock a journal and save one chart of a period to FILE, in the format its extension "
        f"names (.png at 300 dpi, .svg or .pdf). Charts: {_chart_list()}. The file holds no "
        "metadata but the --title you give, and is written whole or not at all."
    ),
    add_arguments=_add_arguments,
    run=_run,
)
