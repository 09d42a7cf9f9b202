"""The report as simple HTML for QTextDocument: calm type, clear headings, every text escaped.

Pure string work (no Qt): charts are referenced as `chart:<name>` images, which the builder
adds to the document as resources.
"""

from __future__ import annotations

import html

from recovery_journal.insights.language import ENGLISH, Language
from recovery_journal.report.content import (
    PLAN_PREFIX,
    Entry,
    ReportContent,
    Section,
)

# QTextDocument understands a small part of CSS; these are the parts it honours.
STYLE = """
body { color: #222222; }
h1 { font-size: 20pt; font-weight: 600; margin-bottom: 4px; }
h2 { font-size: 15pt; font-weight: 600; margin-top: 18px; margin-bottom: 6px; }
h3 { font-size: 11.5pt; font-weight: 600; margin-top: 10px; margin-bottom: 2px; }
p { margin-top: 2px; margin-bottom: 6px; line-height: 135%; }
p.meta { color: #555555; margin-top: 0px; margin-bottom: 2px; }
p.note { color: #555555; font-size: 9pt; }
p.summary { font-size: 11pt; }
th { background-color: #eeeeee; font-weight: 600; text-align: left; }
td, th { font-size: 8.5pt; }
"""


def _text(text: str) -> str:
    return html.escape(text).replace("\n", "<br>")


CHART_ASPECT = 0.5  # height / width of each chart image
PICTURE_WIDTH = 240  # a hope box picture, in 96-dpi pixels (its height follows)


def _paragraphs(text: str) -> str:
    blocks = [block.strip() for block in text.strip().split("\n\n") if block.strip()]
    return "".join(f"<p>{_text(block)}</p>" for block in blocks)


def _table(headers: tuple[str, ...], rows: tuple[tuple[str, ...], ...],
           lang: Language = ENGLISH) -> str:
    if not rows:
        return f"<p class='note'>{html.escape(no_numbers(lang))}</p>"
    head = "".join(f"<th>{html.escape(h)}</th>" for h in headers)
    body = "".join(
        "<tr>" + "".join(f"<td>{html.escape(cell)}</td>" for cell in row) + "</tr>"
        for row in rows
    )
    return (
        "<table border='0.5' cellspacing='0' cellpadding='3' width='100%' "
        "style='border-collapse: collapse; border-color: #bbbbbb;'>"
        f"<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"
    )


def _entry(entry: Entry) -> str:
    parts = [f"<h3>{html.escape(entry.heading)}</h3>"]
    if entry.picture:  # a name this module made safe: "hope:<id>"
        parts.append(f"<div><img src='{html.escape(entry.picture)}' width='{PICTURE_WIDTH}'>"
                     "</div>")
    parts += [f"<p class='meta'>{_text(line)}</p>" for line in entry.lines]
    if entry.body.strip():
        parts.append(_paragraphs(entry.body))
    return "".join(parts)


def no_numbers(lang: Language) -> str:
    """The note in place of a table with no rows."""
    return lang.translate("Report", "No numbers for this period.")


def nothing_yet(lang: Language) -> str:
    """The note under a list section with nothing in it."""
    return lang.translate("Report", "Nothing here yet.")


def report_title(lang: Language) -> str:
    """The report's title, its first heading and its file's title."""
    return lang.translate("Report", "My recovery report")


def own_numbers_note(lang: Language) -> str:
    """What the numbers in the report are, and are not."""
    return lang.translate("Report", "I chose what is in this report. The numbers are my own "
                          "check-ins, not scores or a diagnosis.")


def drawing(title: str, lang: Language) -> str:
    """What the progress says while a chart is drawn."""
    return lang.translate("Report", "Drawing “%1”", title)


def wellness_plan(lang: Language) -> str:
    """The heading over the plan's sections."""
    return lang.translate("Report", "My wellness plan")


def _section(section: Section, image_width: int, lang: Language = ENGLISH) -> str:
    parts = [f"<h2>{html.escape(section.title)}</h2>"]
    if section.chart is not None:
        parts.append(f"<div><img src='chart:{section.key}' width='{image_width}' "
                     f"height='{round(image_width * CHART_ASPECT)}'></div>")
    if section.summary:
        parts.append(f"<p class='summary'>{_text(section.summary)}</p>")
    if section.headers:
        if section.table_note:
            parts.append(f"<p class='note'>{html.escape(section.table_note)}</p>")
        parts.append(_table(section.headers, section.rows, lang))
    if section.body:
        parts.append(_paragraphs(section.body))
    if section.entries_title:
        parts.append(f"<h2>{html.escape(section.entries_title)}</h2>")
    parts += [_entry(entry) for entry in section.entries]
    if section.entries == () and section.key in ("strengths", "goals", "people", "journal",
                                                       "hope_box"):
        parts.append(f"<p class='note'>{html.escape(nothing_yet(lang))}</p>")
    return "".join(parts)


def report_html(content: ReportContent, image_width: int) -> str:
    """The whole report; `image_width` is the text width in 96-dpi pixels."""
    lang = content.choice.language
    parts = [
        f"<h1>{html.escape(report_title(lang))}</h1>",
        f"<p class='meta'>{html.escape(content.period)}</p>",
        f"<p class='note'>{html.escape(own_numbers_note(lang))}</p>",
    ]
    # Sections follow each other with no forced page breaks (those left pages nearly blank);
    # report/paginate.py keeps each heading with what it heads once the pages are laid out.
    previous: Section | None = None
    for section in content.sections:
        if section.key.startswith(PLAN_PREFIX) and (
            previous is None or not previous.key.startswith(PLAN_PREFIX)
        ):
            parts.append(f"<h1>{html.escape(wellness_plan(lang))}</h1>")
        parts.append(f"<div>{_section(section, image_width, lang)}</div>")
        previous = section
    return "\n".join(parts)
