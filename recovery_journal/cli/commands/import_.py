"""`recovery-journal import [PATH] --from FORMAT FILE`: bring in history from a file."""

from __future__ import annotations

import argparse
import unicodedata
from pathlib import Path
from typing import TYPE_CHECKING

from recovery_journal.cli.base import (
    Command,
    Context,
    add_vault_argument,
    refuse_unless_file,
    vault_path,
)
from recovery_journal.cli.errors import EXIT_OK, CommandError, UsageError
from recovery_journal.cli.i18n import N_, _, current_language
from recovery_journal.cli.language import chart_language
from recovery_journal.insights.language import ENGLISH, Language

if TYPE_CHECKING:
    from recovery_journal.portability.importing import (
        CsvMapping,
        ImportPlan,
        ImportPreview,
        ImportProblem,
    )
    from recovery_journal.storage.repositories import Repositories

_FORMATS = ("json", "daylio", "pixels", "jrnl", "bearable", "csv")
# The keys of portability.presets.PRESETS, written out so --help stays light (a test checks).
PRESET_NAMES = ("howwefeel", "imoodjournal", "emoods")
_KINDS = {
    "checkins": N_("check-ins"), "journal_entries": N_("journal entries"),
    "measures": N_("measures"), "life_domains": N_("life areas"), "tags": N_("tags"),
    "strengths": N_("strengths"), "strength_uses": N_("strength uses"), "goals": N_("goals"),
    "plan_sections": N_("plan sections"), "supporters": N_("supporters"),
    "helplines": N_("helplines"), "questionnaire_responses": N_("questionnaire answers"),
}


class ImportRefusedError(CommandError):
    exit_code = 4
    message = N_("The file couldn't be imported, so nothing was added.")


def _add_arguments(parser: argparse.ArgumentParser) -> None:
    add_vault_argument(parser, optional=False)
    parser.add_argument("--from", dest="format", choices=_FORMATS, required=True,
                        help=_("json (Recovery Journal), daylio (Daylio CSV), pixels (Pixels "
                               "JSON), jrnl (jrnl JSON), bearable (Bearable CSV), csv (any "
                               "CSV; needs --preset, or --date and more)"))
    parser.add_argument("file", metavar="FILE", type=Path, help=_("the file to import"))
    parser.add_argument("--mood-map", metavar="LABEL=N,...", default="",
                        help=_("Daylio: the 0-10 mood for each of your labels, e.g. "
                               "'rad=10,good=7.5,meh=5,bad=2.5,awful=0' (these are the "
                               "defaults)"))
    parser.add_argument("--mood-map-file", metavar="PATH", type=Path,
                        help=_("Daylio: a text file with one 'label = N' a line, for labels "
                               "that hold commas (the last '=' on a line starts the number)"))
    parser.add_argument("--with-scales", action="store_true",
                        help=_("Daylio: add the file's scales (e.g. Sleep Quality) as measures"))
    parser.add_argument("--yes", action="store_true",
                        help=_("add without asking; needed when standard input isn't a "
                               "terminal (there, line 1 is the passphrase)"))
    group = parser.add_argument_group(_("any CSV (--from csv)"))
    group.add_argument("--preset", metavar="NAME", choices=PRESET_NAMES,
                       help=_("a ready-made mapping: {presets} (--mood-map then gives numbers "
                              "to its mood words)").format(presets=", ".join(PRESET_NAMES)))
    group.add_argument("--date", metavar="COLUMN", help=_("the column holding the date"))
    group.add_argument("--date-format", metavar="FORMAT",
                       help=_("the date's form, e.g. %%d/%%m/%%Y (default: 2024-03-05)"))
    group.add_argument("--time", metavar="COLUMN",
                       help=_("the column holding the time of day"))
    group.add_argument("--measure", metavar="COLUMN=KEY", action="append", default=[],
                       help=_("a column of numbers and the measure it fills (repeatable)"))
    group.add_argument("--tags", metavar="COLUMN", action="append", default=[],
                       help=_("a column of tags split by |, comma or ; (repeatable)"))
    group.add_argument("--note", metavar="COLUMN", help=_("the column holding the note"))


def mood_map(text: str) -> dict[str, float]:
    """Parse `label=N,label=N` into a mapping; UsageError for anything else."""
    found: dict[str, float] = {}
    for part in filter(None, (p.strip() for p in text.split(","))):
        label, sep, number = part.rpartition("=")
        try:
            if not sep or not label.strip():
                raise ValueError
            found[label.strip()] = float(number)
        except ValueError:
            raise UsageError(
                _("--mood-map takes label=number pairs, e.g. good=7.5,meh=5.")) from None
    return found


def mood_map_file(path: Path) -> dict[str, float]:
    """Read `label = N` lines (blank lines and lines starting with # ignored)."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError):
        raise UsageError(_("--mood-map-file: that file can't be read as UTF-8 text.")) from None
    found: dict[str, float] = {}
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        label, sep, value = line.rpartition("=")
        try:
            if not sep or not label.strip():
                raise ValueError
            found[label.strip()] = float(value)
        except ValueError:
            raise UsageError(_("--mood-map-file, line {number}: write it as 'label = number'."
                               ).format(number=number)) from None
    return found


def _preset_mapping(args: argparse.Namespace, words: dict[str, float]) -> CsvMapping:
    from recovery_journal.portability.importing import ImportProblem
    from recovery_journal.portability.presets import mapping_for_file

    if args.format != "csv" or args.date:
        raise UsageError(_("--preset goes with --from csv, instead of --date and the rest."))
    try:
        return mapping_for_file(args.preset, args.file, words)
    except ImportProblem as problem:
        raise _refused(problem, chart_language(current_language())) from None


def _mapping(args: argparse.Namespace, words: dict[str, float]) -> CsvMapping | None:
    from recovery_journal.portability.importing import CsvMapping

    if args.preset:
        return _preset_mapping(args, words)
    if args.format != "csv":
        return None
    if not args.date:
        raise UsageError(_("--from csv needs --date COLUMN (and usually --measure or --note)."))
    measures: dict[str, str] = {}
    for pair in args.measure:
        column, sep, key = str(pair).rpartition("=")
        if not sep or not column or not key:
            raise UsageError(_("--measure takes COLUMN=KEY, e.g. --measure Mood=mood."))
        measures[column] = key
    return CsvMapping(date=args.date, time=args.time, measures=measures,
                      tags=tuple(args.tags), note=args.note, date_format=args.date_format)


def describe(shown: ImportPreview, lang: Language = ENGLISH) -> list[str]:
    """The preview as plain lines: per kind, new + already here + skipped = in the file."""
    lines = [_("In the file:")]
    for kind, count in shown.counts.items():
        if count:
            parts = [_("{count} new").format(count=shown.new.get(kind, 0))]
            already = shown.already_there.get(kind, 0)
            if already:
                parts.append(_("{count} already in this journal").format(count=already))
            skipped = shown.skipped.get(kind, 0)
            if skipped:
                parts.append(_("{count} skipped").format(count=skipped))
            lines.append("  " + _("{count} {kind} ({parts})").format(
                count=count, kind=_(_KINDS.get(kind, kind)), parts=", ".join(parts)))
    if len(lines) == 1:
        lines.append("  " + _("nothing to import"))
    lines += [f"  {row.describe(lang)}." for row in shown.skipped_rows]
    if shown.first_day and shown.last_day:
        lines.append(_("From {first} to {last}.").format(
            first=shown.first_day.isoformat(), last=shown.last_day.isoformat()))
    if shown.needs_scales_consent:
        lines.append(_("The file also holds Daylio scales ({scales}). They are left out unless "
                       "you add --with-scales, which makes each one a measure.").format(
                           scales=", ".join(shown.scales)))
    return lines


def _refused(problem: ImportProblem, lang: Language) -> ImportRefusedError:
    """The problem in `lang`, with its row and column, and that nothing was added."""
    return ImportRefusedError(
        _("{problem} Nothing was added.").format(problem=problem.describe(lang)))


def _run(args: argparse.Namespace, ctx: Context) -> int:
    from recovery_journal.portability.importing import (
        NOTHING_NEW,
        ImportProblem,
        apply,
        preview,
        read_import,
    )
    from recovery_journal.storage.repositories import Repositories
    from recovery_journal.storage.vault import Vault

    lang = chart_language(current_language())
    path = vault_path(args)
    refuse_unless_file(path)
    if not args.file.exists():
        raise ImportRefusedError(_("There is no file to import at {path}. Nothing was added."
                                   ).format(path=args.file))
    moods = mood_map_file(args.mood_map_file) if args.mood_map_file else {}
    moods.update(mood_map(args.mood_map))
    mapping = _mapping(args, moods)
    try:
        plan = read_import(args.format, args.file, mood_map=moods, mapping=mapping,
                           with_scales=args.with_scales)
    except ImportProblem as problem:
        raise _refused(problem, lang) from None
    with Vault.open(path, ctx.passphrases.current(), kdf_iter=ctx.kdf_iter) as vault:
        repos = Repositories.from_vault(vault)
        try:
            shown = preview(plan, repos)
            print("\n".join(describe(shown, lang) + _more(plan, repos, lang)), file=ctx.out)
            if not args.yes:
                _confirm(ctx)
            added = apply(plan, repos)
        except ImportProblem as problem:
            raise _refused(problem, lang) from None
    total = sum(added.values())
    print(_("Added {total} new records.").format(total=total) if total
          else lang.translate("ImportProblems", NOTHING_NEW), file=ctx.out)
    return EXIT_OK


def _more(plan: ImportPlan, repos: Repositories, lang: Language) -> list[str]:
    """New measures the import creates, and what it leaves out."""
    from recovery_journal.portability.problems import left_out_name
    from recovery_journal.portability.progress import new_measures

    lines = []
    made = new_measures(plan, repos)
    if made:
        lines.append(_("New measures it creates: {names}.").format(names=", ".join(made)))
    if plan.left_out:
        lines.append(_("Not brought in (no place for it in the journal): {items}.").format(
            items=", ".join(f"{left_out_name(what, lang)} ({count})"
                            for what, count in plan.left_out)))
    return lines


def _plain(text: str) -> str:
    """`text` trimmed, in lower case and without accents."""
    return "".join(c for c in unicodedata.normalize("NFKD", text.strip().casefold())
                   if not unicodedata.combining(c))


def _confirm(ctx: Context) -> None:
    if not ctx.passphrases.interactive:
        raise UsageError(_("Nothing was added. Add --yes to import when standard input "
                         "isn't a terminal."))
    try:
        answer = input(_("Add these to the journal? Type yes to go ahead: "))
    except EOFError:
        answer = ""
    # English "yes" always works; "si" is taken for "sí", as people often type it.
    if _plain(answer) not in {"yes", "y", _plain(_("yes"))}:
        raise CommandError(_("Nothing was added."))


COMMAND = Command(
    name="import",
    summary=N_("bring in history from Recovery Journal, Daylio, Pixels, jrnl or any CSV"),
    description=N_(
        "Read FILE, show what it holds (counts, days, what is already in the journal), then "
        "add it in one step: if any row can't be stored, nothing is added and the message "
        "names the row and column. Importing the same file again adds nothing new. On a "
        "terminal you are asked to confirm; when standard input is not a terminal, line 1 "
        "is the passphrase and --yes is required. Daylio moods are your own words, so give "
        "each a number from 0 to 10 with --mood-map or --mood-map-file (rad, good, meh, bad "
        "and awful have defaults). Only a row that is already in the journal, or identical "
        "in every field to an earlier row of the same file, is skipped; the preview counts "
        "both. A file with a row that can't be read is refused with that row's number."
    ),
    add_arguments=_add_arguments,
    run=_run,
)
