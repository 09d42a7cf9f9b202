"""`recovery-journal report PATH --from DATE --to DATE --include SECTIONS --out FILE.pdf`."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from recovery_journal.charts import CHART_NAMES
from recovery_journal.cli.base import (
    Command,
    Context,
    add_vault_argument,
    check_output,
    output_failed,
    refuse_unless_file,
)
from recovery_journal.cli.errors import EXIT_OK, UsageError
from recovery_journal.cli.i18n import N_, _, current_language
from recovery_journal.cli.language import chart_language
from recovery_journal.model import PlanSectionKey

_PLAN_KEYS = ", ".join(f"plan:{key.value}" for key in PlanSectionKey)


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            _("'{text}' is not a date like 2025-03-04").format(text=text)) from None


def _section_help() -> str:
    return _(
        "comma-separated sections: a chart ({charts}), checkins (a summary table), strengths "
        "and goals (chart and list), plan (every section) or one plan section "
        "({plan_sections}), people, journal (dates, titles and tags; add --with-journal-text "
        "for the text)"
    ).format(charts=", ".join(CHART_NAMES), plan_sections=_PLAN_KEYS)


def _add_arguments(parser: argparse.ArgumentParser) -> None:
    add_vault_argument(parser, optional=False)
    parser.add_argument("--from", dest="start", type=_day, required=True, metavar="DATE",
                        help=_("first day, like 2025-03-04"))
    parser.add_argument("--to", dest="end", type=_day, required=True, metavar="DATE",
                        help=_("last day"))
    parser.add_argument("--include", required=True, metavar="SECTION[,SECTION...]",
                        help=_section_help())
    parser.add_argument("--out", required=True, type=Path, metavar="FILE.pdf",
                        help=_("the PDF to write (not encrypted; written whole or not at all)"))
    parser.add_argument("--with-contacts", action="store_true",
                        help=_("people: include phone numbers and email addresses (off by "
                               "default)"))
    parser.add_argument("--with-journal-text", action="store_true",
                        help=_("journal: include the text of the entries (off by default)"))
    parser.add_argument("--paper", choices=("a4", "letter"), default="a4",
                        help=_("paper size (default: %(default)s)"))
    parser.add_argument("--footer", action="store_true",
                        help=_("add \"Shared by me on DATE\" at the foot of every page"))


def _check_out(path: Path) -> None:
    if path.suffix.lower() != ".pdf":
        raise UsageError(_("The --out file must end in .pdf."))
    if path.is_dir():
        raise UsageError(_("The --out path is a folder; give a file name ending in .pdf."))


def _run(args: argparse.Namespace, ctx: Context) -> int:
    from recovery_journal.report.content import ReportChoice, gather, parse_include

    try:
        sections = parse_include(args.include)
        choice = ReportChoice(
            start=args.start, end=args.end, sections=sections, made_on=ctx.today,
            with_contacts=args.with_contacts, with_journal_text=args.with_journal_text,
            paper=args.paper, footer=args.footer, language=chart_language(current_language()),
        )
    except ValueError as exc:
        raise UsageError(_("{problem} See 'recovery-journal report --help'.").format(
            problem=exc)) from None
    out: Path = args.out
    _check_out(out)
    refuse_unless_file(args.path)
    check_output(out, args.path)
    from recovery_journal.report.build import offscreen_gui, write_report
    from recovery_journal.storage.repositories import Repositories
    from recovery_journal.storage.vault import Vault
    from recovery_journal.ui.i18n import speaking

    # QPdfWriter needs a QGuiApplication; the report's dates and page footer are worded through
    # Qt (report/dates.py, report/pdf.py), the rest through the choice's language.
    with offscreen_gui(), speaking(current_language()):
        with Vault.open(args.path, ctx.passphrases.current(), kdf_iter=ctx.kdf_iter) as vault:
            content = gather(Repositories.from_vault(vault), choice)
        try:
            write_report(content, out)
        except OSError as exc:
            raise output_failed(out, exc) from None
    print(_("Saved the report to {path}. It is not encrypted: anyone with the file can read "
            "it.").format(path=out), file=ctx.out)
    return EXIT_OK


COMMAND = Command(
    name="report",
    summary=N_("write a PDF report of the sections you choose"),
    description=N_(
        "Unlock a journal and write a PDF report of a period with only the sections you "
        "choose. Sections: checkins, {charts}, plan, {plan_sections}, people, journal. Phone "
        "numbers, email addresses and journal text stay out unless asked for. The file holds "
        "no metadata but its title and is not encrypted."
    ),
    values={"charts": ", ".join(CHART_NAMES), "plan_sections": _PLAN_KEYS},
    add_arguments=_add_arguments,
    run=_run,
)
