"""`recovery-journal chart PATH --chart NAME --out FILE`: save one chart as PNG, SVG or PDF."""

from __future__ import annotations

import argparse
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from recovery_journal.charts import CHART_NAMES, ChartData, ChartOptions
from recovery_journal.cli.base import (
    Command,
    Context,
    add_vault_argument,
    check_output,
    output_failed,
    refuse_unless_file,
)
from recovery_journal.cli.errors import EXIT_OK, CommandError, UsageError
from recovery_journal.cli.i18n import N_, _, current_language
from recovery_journal.cli.language import chart_language

if TYPE_CHECKING:
    from recovery_journal.insights.before_after import BeforeAfter

_THEMES = ("light", "dark", "high_contrast")
_FORMATS = (".png", ".svg", ".pdf")
DEFAULT_DAYS = 30
YEAR_DAYS = 365  # the calendar is a year in pixels: by default it shows one


class NoPivotError(CommandError):
    exit_code = 6  # 5 is a failed --out (cli/errors.py OutputError)
    message = N_(
        "That --pivot-tag hasn't been used in this journal yet, so there is no day to compare "
        "around and no file was written. Check its spelling, or give --pivot-date instead."
    )


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            _("'{text}' is not a date like 2025-03-04").format(text=text)) from None


def _days(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(
            _("'{text}' is not a whole number of days above 0").format(text=text))
    return int(text)


def _chart_list() -> str:
    return ", ".join(CHART_NAMES)


def _add_arguments(parser: argparse.ArgumentParser) -> None:
    add_vault_argument(parser, optional=False)
    parser.add_argument("--chart", required=True, choices=CHART_NAMES, metavar="NAME",
                        help=_("which chart, one of: {charts}").format(charts=_chart_list()))
    parser.add_argument("--out", required=True, type=Path, metavar="FILE",
                        help=_("the file to write; .png (300 dpi), .svg or .pdf"))
    parser.add_argument("--from", dest="start", type=_day, metavar="DATE",
                        help=_("first day, like 2025-03-04 (default: the {days} days ending on "
                               "--to; for calendar a year, the {year} days ending on --to; "
                               "before-after uses --days instead)").format(
                                   days=DEFAULT_DAYS, year=YEAR_DAYS))
    parser.add_argument("--to", dest="end", type=_day, metavar="DATE",
                        help=_("last day (default: today)"))
    parser.add_argument("--measure", action="append", default=[], metavar="KEY",
                        help=_("the measure to show (mood, hope, or one you added, like "
                               "sleep_hours); repeat it for several in the measures chart "
                               "(default: mood for calendar and before-after, every measure in "
                               "use for measures)"))
    pivot = parser.add_mutually_exclusive_group()
    pivot.add_argument("--pivot-date", type=_day, metavar="DATE",
                       help=_("before-after: compare the days before and from this day "
                              "(default: the last --days days up to --to, against the --days "
                              "days before them)"))
    pivot.add_argument("--pivot-tag", metavar="TAG",
                       help=_("before-after: compare around the first day this tag was used "
                              "(a tag never used is an error)"))
    parser.add_argument("--days", type=_days, default=DEFAULT_DAYS, metavar="N",
                        help=_("before-after: how many days on each side (default: "
                               "%(default)s)"))
    parser.add_argument("--theme", choices=_THEMES, default="light",
                        help=_("colours (default: %(default)s)"))
    parser.add_argument("--title", default="", metavar="TEXT",
                        help=_("the title shown above the chart and kept in the file (default: "
                               "the chart's name and period); nothing else about you or this "
                               "app is written into it"))
    parser.add_argument("--no-title", dest="show_title", action="store_false",
                        help=_("leave the title and period off the image (a --title is still "
                               "kept in the file)"))


def _options(args: argparse.Namespace, today: date) -> ChartOptions:
    end: date = args.end or today
    span = YEAR_DAYS if args.chart == "calendar" else DEFAULT_DAYS
    start: date = args.start or end - timedelta(days=span - 1)
    if start > end:
        raise UsageError(_("The --from date is after the --to date."))
    keys: list[str] = args.measure
    return ChartOptions(
        start=start, end=end, measure_keys=tuple(keys),
        calendar_measure=keys[0] if keys else "mood",
        pivot_date=args.pivot_date, pivot_tag=args.pivot_tag,
        pivot_measure=keys[0] if keys else "mood", pivot_days=args.days,
        language=chart_language(current_language()),
    )


def _check_out(path: Path) -> None:
    """Refuse a wrong extension or a folder before a passphrase is asked."""
    if path.suffix.lower() not in _FORMATS:
        raise UsageError(_("The --out file must end in .png, .svg or .pdf."))
    if path.is_dir():
        raise UsageError(_("The --out path is a folder; give a file name ending in .png, .svg "
                         "or .pdf."))


def _run(args: argparse.Namespace, ctx: Context) -> int:
    from recovery_journal.charts import (
        ChartTheme,
        build_figure,
        export_figure,
        heading_for,
        load_chart_data,
    )
    from recovery_journal.charts.registry import BEFORE_AFTER
    from recovery_journal.storage.repositories import Repositories
    from recovery_journal.storage.vault import Vault

    options = _options(args, ctx.today)
    out: Path = args.out
    _check_out(out)
    refuse_unless_file(args.path)
    check_output(out, args.path)
    with Vault.open(args.path, ctx.passphrases.current(), kdf_iter=ctx.kdf_iter) as vault:
        repos = Repositories.from_vault(vault)
        try:
            if args.chart == BEFORE_AFTER.name:
                before_after = BEFORE_AFTER.load(repos, options)
                if args.pivot_tag and before_after.payload is None:
                    raise NoPivotError()
                data: ChartData = before_after
                period = _period(before_after.options, before_after.payload)
            else:
                data = load_chart_data(repos, args.chart, options)
                period = _period(data.options, None)
        except ValueError as exc:  # an unknown measure: the message names no personal content
            raise UsageError(_("{problem} See 'recovery-journal chart --help'.").format(
                problem=exc)) from None
    title: str = args.title or (heading_for(data) if args.show_title else "")
    figure = build_figure(data, ChartTheme.named(args.theme),
                          heading=title if args.show_title else "")
    try:
        export_figure(figure, out, title=title)
    except OSError as exc:
        raise output_failed(out, exc) from None
    print(_("Saved the chart \u201c{title}\u201d{period} to {path}.").format(
        title=data.options.language.translate("Charts", data.title), period=period, path=out),
        file=ctx.out)
    return EXIT_OK


def _period(options: ChartOptions, pivot: BeforeAfter | None) -> str:
    """The days shown, and for before-after the pivot day, so no default goes unsaid."""
    if pivot is not None:
        before = pivot.pivot - timedelta(days=pivot.days)
        after = pivot.pivot + timedelta(days=pivot.days - 1)
        return _(" ({before} to {before_end} against {after_start} to {after_end})").format(
            before=before.isoformat(), before_end=(pivot.pivot - timedelta(days=1)).isoformat(),
            after_start=pivot.pivot.isoformat(), after_end=after.isoformat())
    return _(" ({start} to {end})").format(start=options.start.isoformat(),
                                           end=options.end.isoformat())


COMMAND = Command(
    name="chart",
    summary=N_("save one chart as a PNG, SVG or PDF file"),
    description=N_(
        "Unlock a journal and save one chart of a period to FILE, in the format its extension "
        "names (.png at 300 dpi, .svg or .pdf). Charts: {charts}. The chart's title and "
        "period are drawn above it (--no-title leaves them off); the file holds no metadata "
        "but that title, and is written whole or not at all."
    ),
    values={"charts": _chart_list()},
    add_arguments=_add_arguments,
    run=_run,
)
