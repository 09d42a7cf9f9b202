"""The report and the crisis card as standalone, accessible HTML5: the copy a screen reader reads.

Qt's QPdfWriter writes untagged PDF (no structure tree, headings or alternative text; see
docs/accessibility.md), so next to each PDF the person may save this copy: the same content,
with a language, h1/h2/h3 headings, lists, tables whose headers have th/scope, and every chart
as an <img> whose alt text is its summary sentence. Images are embedded as data: URIs, so it is
one file with nothing fetched from anywhere; written whole or not at all, mode 0600.
"""

from __future__ import annotations

import base64
import html
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from PySide6.QtCore import QCoreApplication

from recovery_journal.files import write_atomically
from recovery_journal.insights.language import Language, fill
from recovery_journal.insights.safety_plan import is_step_plan, parse_plan
from recovery_journal.report.content import PLAN_PREFIX, Entry, ReportContent, Section
from recovery_journal.report.crisis_card import MORE_IN_APP, CardContent, step_title
from recovery_journal.report.dates import friendly_day
from recovery_journal.report.html import (
    PICTURE_WIDTH,
    drawing,
    no_numbers,
    nothing_yet,
    own_numbers_note,
    report_title,
    wellness_plan,
)

Progress = Callable[[int, int, str], None]


def _tr(text: str, *args: str) -> str:
    # The crisis card's words (made only in the app, so through its translator).
    return fill(QCoreApplication.translate("CrisisCard", text), *args)


# Plain, readable, and the reader's own settings win (no fixed sizes, no colours but text).
STYLE = ("body{font-family:sans-serif;line-height:1.5;max-width:48em;margin:1em auto;"
         "padding:0 1em}table{border-collapse:collapse;margin:0.5em 0}"
         "th,td{border:1px solid #888;padding:0.2em 0.5em;text-align:left}"
         "img{max-width:100%;height:auto}.note{font-style:italic}")


def _text(text: str) -> str:
    return html.escape(text).replace("\n", "<br>")


def _paragraphs(text: str) -> str:
    blocks = [block.strip() for block in text.strip().split("\n\n") if block.strip()]
    return "".join(f"<p>{_text(block)}</p>" for block in blocks)


def _data_uri(data: bytes) -> str:
    kind = "image/jpeg" if data[:3] == b"\xff\xd8\xff" else "image/png"
    return f"data:{kind};base64,{base64.b64encode(data).decode('ascii')}"


def _document(title: str, body: list[str], language: str) -> str:
    return "\n".join([
        "<!DOCTYPE html>",
        f'<html lang="{html.escape(language)}">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{html.escape(title)}</title>",
        f"<style>{STYLE}</style>",
        "</head>",
        "<body>",
        "<main>",
        *body,
        "</main>",
        "</body>",
        "</html>",
        "",
    ])


def _table(caption: str, headers: tuple[str, ...], rows: tuple[tuple[str, ...], ...],
           lang: Language) -> str:
    if not rows:
        return f"<p class='note'>{html.escape(no_numbers(lang))}</p>"
    head = "".join(f'<th scope="col">{html.escape(h)}</th>' for h in headers)
    body = "".join(
        "<tr>" + "".join(
            (f'<th scope="row">{html.escape(cell)}</th>' if index == 0
             else f"<td>{html.escape(cell)}</td>") for index, cell in enumerate(row)) + "</tr>"
        for row in rows)
    return (f"<table><caption>{html.escape(caption)}</caption><thead><tr>{head}</tr></thead>"
            f"<tbody>{body}</tbody></table>")


def _entry(entry: Entry, pictures: dict[str, bytes]) -> str:
    parts = [f"<h3>{html.escape(entry.heading)}</h3>"]
    picture = pictures.get(entry.picture) if entry.picture else None
    if picture is not None:
        parts.append(f'<p><img src="{_data_uri(picture)}" width="{PICTURE_WIDTH}" '
                     f'alt="{html.escape(entry.heading)}"></p>')
    if entry.lines:
        parts.append("<ul>" + "".join(f"<li>{_text(line)}</li>" for line in entry.lines)
                     + "</ul>")
    if entry.body.strip():
        parts.append(_paragraphs(entry.body))
    return "".join(parts)


def _section(section: Section, chart_png: bytes | None, lang: Language) -> str:
    parts = [f"<section><h2>{html.escape(section.title)}</h2>"]
    if chart_png is not None:
        alt = section.summary or section.title
        parts.append(f'<p><img src="{_data_uri(chart_png)}" alt="{html.escape(alt)}"></p>')
    if section.summary:
        parts.append(f"<p>{_text(section.summary)}</p>")
    if section.headers:
        if section.table_note:
            parts.append(f"<p class='note'>{html.escape(section.table_note)}</p>")
        parts.append(_table(section.title, section.headers, section.rows, lang))
    if section.body:
        parts.append(_paragraphs(section.body))
    if section.entries_title:
        parts.append(f"<h2>{html.escape(section.entries_title)}</h2>")
    pictures = dict(section.pictures)
    parts += [_entry(entry, pictures) for entry in section.entries]
    if section.entries == () and section.key in ("strengths", "goals", "people", "journal",
                                                       "hope_box"):
        parts.append(f"<p class='note'>{html.escape(nothing_yet(lang))}</p>")
    parts.append("</section>")
    return "".join(parts)


def report_document(content: ReportContent, charts: dict[str, bytes],
                    language: str | None = None) -> str:
    """The report as one HTML5 document; `charts` holds each chart section's PNG by key. Its
    `lang` is the report's language unless `language` says otherwise."""
    lang = content.choice.language
    body = [f"<h1>{html.escape(report_title(lang))}</h1>",
            f"<p>{html.escape(content.period)}</p>",
            f"<p class='note'>{html.escape(own_numbers_note(lang))}</p>"]
    in_plan = False
    for section in content.sections:
        if section.key.startswith(PLAN_PREFIX) and not in_plan:
            body.append(f"<h2>{html.escape(wellness_plan(lang))}</h2>")
        in_plan = section.key.startswith(PLAN_PREFIX)
        body.append(_section(section, charts.get(section.key), lang))
    if content.footer_text:
        body.append(f"<footer><p>{html.escape(content.footer_text)}</p></footer>")
    return _document(report_title(lang), body, language or lang.code)


def make_accessible_report(content: ReportContent, progress: Progress = lambda d, t, w: None,
                           cancelled: Callable[[], bool] = lambda: False,
                           language: str | None = None) -> str:
    """Draw the charts (as for the PDF) and build the document; raises Cancelled when asked."""
    from recovery_journal.report.build import chart_png
    from recovery_journal.report.pdf import Cancelled, text_width_px96

    charts = [s for s in content.sections if s.chart is not None]
    width_in = text_width_px96(content.choice.paper) / 96
    images: dict[str, bytes] = {}
    for done, section in enumerate(charts):
        if cancelled():
            raise Cancelled()
        progress(done, len(charts) + 1, drawing(section.title, content.choice.language))
        assert section.chart is not None
        images[section.key] = chart_png(section.chart, width_in)
    if cancelled():
        raise Cancelled()
    progress(len(charts), len(charts) + 1,
             content.choice.language.translate("Report", "Writing the accessible copy"))
    return report_document(content, images, language)


def _plan(plan_text: str) -> list[str]:
    more = plan_text.rstrip().endswith(MORE_IN_APP)
    text = plan_text.rstrip().removesuffix(MORE_IN_APP) if more else plan_text
    parts: list[str] = []
    if is_step_plan(text):
        plan = parse_plan(text)
        parts.append(f"<h2>{html.escape(_tr('My safety plan'))}</h2>")
        for index, items in enumerate(plan.steps):
            if items:
                parts.append(f"<h3>{html.escape(step_title(index))}</h3><ul>"
                             + "".join(f"<li>{html.escape(item)}</li>" for item in items)
                             + "</ul>")
        if plan.notes.strip():
            parts.append(f"<h3>{html.escape(_tr('My notes'))}</h3>{_paragraphs(plan.notes)}")
    elif text.strip():
        parts += [f"<h2>{html.escape(_tr('My crisis plan'))}</h2>", _paragraphs(text)]
    if more:
        parts.append(f"<p>{html.escape(_tr(MORE_IN_APP))}</p>")
    return parts


def _list(items: list[str]) -> str:
    return "<ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>"


def card_document(content: CardContent, language: str = "en") -> str:
    """The crisis card as one HTML5 document: the whole plan (no page to fit), people, numbers."""
    title = _tr("My crisis card")
    body = [f"<h1>{html.escape(title)}</h1>", *_plan(content.plan)]
    if content.hope:
        body += [f"<h2>{html.escape(_tr('What keeps me going'))}</h2>",
                 _list([html.escape(" ".join(words.split())) for words in content.hope])]
    if content.contacts:
        people = []
        for person in content.contacts:
            name = html.escape(person.name) + (
                f" ({html.escape(person.relationship)})" if person.relationship else "")
            reach = " · ".join(html.escape(x) for x in (person.phone, person.email) if x)
            people.append(f"<strong>{name}</strong>{': ' + reach if reach else ''}")
        heading = html.escape(_tr("People I'd like contacted"), quote=False)
        body += [f"<h2>{heading}</h2>", _list(people)]
    if content.own_numbers:
        body += [f"<h2>{html.escape(_tr('My own numbers'))}</h2>", _list([
            f"<strong>{html.escape(n.name)}</strong>: {html.escape(n.contact)}"
            for n in content.own_numbers])]
    bundled = content.bundled
    if bundled is not None and bundled.lines:
        body += [f"<h2>{_tr('Helplines (%1)', html.escape(bundled.region))}</h2>", _list([
            f"<strong>{html.escape(line.name)}</strong>: {html.escape(line.contact)}"
            + (f" – {html.escape(line.details)}" if line.details else "")
            for line in bundled.lines])]
    elif bundled is not None and bundled.emergency_text:
        body += [f"<h2>{_tr('Help in %1', html.escape(bundled.region))}</h2>",
                 f"<p>{_tr('In an emergency call %1.', html.escape(bundled.emergency_text))}</p>"]
    else:
        body += [f"<h2>{html.escape(_tr('Helplines'))}</h2>",
                 f"<p>{html.escape(_tr('In an emergency call your local emergency number.'))}</p>"]
    body.append(f"<p>{_tr('Made on %1.', html.escape(friendly_day(content.made_on)))}</p>")
    return _document(title, body, language)


def write_html(document: str, path: Path) -> None:
    """Write `document` to the path the person chose, whole or not at all (mode 0600)."""
    data = document.encode("utf-8")

    def fill(handle: BinaryIO) -> None:
        handle.write(data)

    write_atomically(path, fill)
