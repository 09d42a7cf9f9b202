"""The command line's charts and report in Welsh and Spanish: `resources/i18n/words_LANGUAGE.json`.

Written by scripts/translations.py (which runs with PySide6) and read by cli/language.py, which
must not load Qt: the translations of every context the charts, insights and the report word
their text in through a `Language`, and what QLocale knows of numbers and month names there.
"""

from __future__ import annotations

import ast
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "recovery_journal"
# Worded through a `Language` with a context that is not a literal at the call (report/
# content.py's section titles, a chart's title, a built-in measure's name), or in its
# `day`/`and_list` (ui/language.py): always kept.
# "ImportProblems": what an import says (scripts/import_words.py), through cli/ too.
ALWAYS = {"Charts", "Dates", "Lists", "ImportProblems", "Measures"}
# Only the Qt-free layers: what the window alone words (ui/) has a translator.
LAYERS = ("charts", "insights", "report")
MARKERS = {"translate", "QT_TRANSLATE_NOOP"}


def language_contexts() -> set[str]:
    """Every context a `lang.translate("Ctx", …)` or a `QT_TRANSLATE_NOOP`/`MARK.translate`
    names in charts/, insights/ and report/, and those in ALWAYS."""
    found = set(ALWAYS)
    for layer in LAYERS:
        for path in sorted((PACKAGE / layer).rglob("*.py")):
            for node in ast.walk(ast.parse(path.read_text("utf-8"))):
                if not (isinstance(node, ast.Call) and len(node.args) >= 2):
                    continue
                name = getattr(node.func, "attr", getattr(node.func, "id", ""))
                first, second = node.args[0], node.args[1]
                if (name in MARKERS and isinstance(first, ast.Constant)
                        and isinstance(first.value, str) and isinstance(second, ast.Constant)
                        and isinstance(second.value, str)):
                    found.add(first.value)
    return found


def locale_words(language: str) -> dict[str, object]:
    """What `QLocale(language)` says of numbers and months, as ui/i18n.py sets it."""
    from PySide6.QtCore import QLocale

    locale = QLocale(language)
    long_form, short_form = QLocale.FormatType.LongFormat, QLocale.FormatType.ShortFormat
    months = range(1, 13)
    group = locale.groupSeparator()
    # CLDR's minimum grouping digits: Spanish writes 1234 but 12.345.
    least = 1 if group in locale.toString(1234) else 2
    return {
        "decimal": locale.decimalPoint(), "group": group, "group_least": least,
        "minus": locale.negativeSign(),
        "months": [locale.monthName(m, long_form) for m in months],
        "short_months": [locale.monthName(m, short_form) for m in months],
        "standalone_months": [locale.standaloneMonthName(m, long_form) for m in months],
        "standalone_short_months": [locale.standaloneMonthName(m, short_form) for m in months],
        "days": [locale.dayName(d, long_form) for d in range(1, 8)],
        "short_days": [locale.dayName(d, short_form) for d in range(1, 8)],
    }


def write_words(path: Path, language: str, every: list[tuple[str, str]],
                done: dict[tuple[str, str], list[str]], any_context: str) -> None:
    """Write `path`: {"locale": …, "texts": {context: {source: translation or its forms}}}.

    A text found under another context only is taken as the app's translator finds it there
    (ui/i18n.py's fallback by source), so the two agree; an untranslated one is left out.
    """
    contexts = language_contexts()
    by_source = {source: forms for (_, source), forms in done.items()}
    texts: dict[str, dict[str, str | list[str]]] = {}
    for context, source in every:
        if context not in contexts:
            continue
        forms = (done.get((context, source)) or done.get((any_context, source))
                 or by_source.get(source))
        if forms:
            texts.setdefault(context, {})[source] = forms if "%n" in source else forms[0]
    table = {"locale": locale_words(language),
             "texts": {name: dict(sorted(words.items())) for name, words in sorted(texts.items())}}
    path.write_text(json.dumps(table, ensure_ascii=False, indent=0, sort_keys=False) + "\n",
                    encoding="utf-8")
