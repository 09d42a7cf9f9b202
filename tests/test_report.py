"""The shared report: only the chosen sections reach the PDF; nothing else, no metadata."""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from recovery_journal.insights.language import ENGLISH
from recovery_journal.model import PlanSectionKey
from recovery_journal.report.build import make_report, write_report
from recovery_journal.report.content import (
    ReportChoice,
    ReportContent,
    condense_table,
    gather,
    parse_include,
)
from recovery_journal.report.dates import friendly_day
from recovery_journal.report.pdf import Cancelled
from recovery_journal.storage.repositories import Repositories
from recovery_journal.storage.vault import Vault

DAY = date(2025, 3, 10)
PHONE = "07700 111222"
EMAIL = "sam.marker@example.com"
BODY = "JOURNALBODYMARKER"
WELL = "WELLSECTIONMARKER"
CRISIS = "CRISISSECTIONMARKER"
CHOSEN = ("mood-hope", "checkins", "plan:crisis", "people", "journal")


@pytest.fixture
def repos(vault: Vault) -> Repositories:
    repos = Repositories.from_vault(vault)
    for n in range(5):
        repos.checkins.add(recorded_at=datetime(2025, 3, 5 + n, 9, tzinfo=UTC),
                           values={"mood": 4 + n, "hope": 6})
    repos.journal.add(written_at=datetime(2025, 3, 8, 21, tzinfo=UTC), title="A quiet Sunday",
                      body=BODY, tags=["walk"])
    repos.supporters.add("Sam Marker", "Friend", PHONE, EMAIL, "a walk and a talk",
                         [PlanSectionKey.CRISIS], in_crisis_plan=True)
    repos.plan.save(PlanSectionKey.WELL, WELL)
    repos.plan.save(PlanSectionKey.CRISIS, f"Call Sam.\n{CRISIS}")
    return repos


def _choice(sections: tuple[str, ...] = CHOSEN, *, footer: bool = False,
            with_contacts: bool = False, with_journal_text: bool = False) -> ReportChoice:
    return ReportChoice(start=date(2025, 3, 1), end=DAY, sections=sections, made_on=DAY,
                        footer=footer, with_contacts=with_contacts,
                        with_journal_text=with_journal_text)


def _pdf_text(path: Path) -> str | None:
    if shutil.which("pdftotext") is None:
        return None
    return subprocess.run(["pdftotext", str(path), "-"], check=True, capture_output=True,
                          text=True).stdout


def test_only_the_chosen_sections_reach_the_pdf(
    qapp: QApplication, repos: Repositories, tmp_path: Path
) -> None:
    path = tmp_path / "report.pdf"
    output = write_report(gather(repos, _choice(footer=True)), path)
    texts = [output.plain_text]
    extracted = _pdf_text(path)
    if extracted is not None:
        texts.append(" ".join(extracted.split()))
    for text in texts:
        for wanted in ("Mood and hope over time", "Check-ins in this period", "Crisis plan",
                       CRISIS, "My people", "Sam Marker", "Journal entries", "A quiet Sunday"):
            assert wanted in text, wanted
        for unwanted in (BODY, PHONE, EMAIL, WELL, "What I'm like when I'm well",
                         "Year in pixels", "Life balance", "My strengths"):
            assert unwanted not in text, unwanted
    if extracted is not None:
        assert "Shared by me on Mon 10 Mar 2025" in " ".join(extracted.split())
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    assert path.read_bytes().startswith(b"%PDF")


def test_contacts_and_journal_text_come_only_when_asked(
    qapp: QApplication, repos: Repositories
) -> None:
    text = make_report(gather(repos, _choice(with_contacts=True,
                                             with_journal_text=True))).plain_text
    assert PHONE in text and EMAIL in text and BODY in text


def test_no_contact_details_for_someone_not_to_be_contacted(repos: Repositories) -> None:
    person = repos.supporters.list()[0]
    repos.supporters.update(person.id, do_not_contact=True)
    content = gather(repos, _choice(("people",), with_contacts=True))
    lines = content.sections[0].entries[0].lines
    assert "Please don't contact" in lines and not any(PHONE in line for line in lines)


def test_pdf_holds_no_metadata_but_the_title(
    qapp: QApplication, repos: Repositories
) -> None:
    pdf = make_report(gather(repos, _choice(("plan:crisis",)))).pdf
    assert b"My recovery report" in pdf
    for stamp in (b"Qt ", b"D:20", b"uuid:"):
        assert stamp not in pdf


def test_stopping_leaves_no_file(qapp: QApplication, repos: Repositories, tmp_path: Path) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    path = folder / "report.pdf"
    calls: list[str] = []

    def stop_after_first_step() -> bool:
        return bool(calls)

    with pytest.raises(Cancelled):
        write_report(gather(repos, _choice()), path,
                     progress=lambda done, total, what: calls.append(what),
                     cancelled=stop_after_first_step)
    assert calls and list(folder.iterdir()) == []


def test_letter_paper_and_page_images(qapp: QApplication, repos: Repositories) -> None:
    output = make_report(gather(repos, _choice(("plan:crisis",))), want_images=True)
    a4 = output.pages[0]
    letter = make_report(gather(repos, ReportChoice(
        start=date(2025, 3, 1), end=DAY, sections=("plan:crisis",), made_on=DAY,
        paper="letter")), want_images=True).pages[0]
    assert a4.height() > letter.height()  # A4 is the taller page at the same width


def test_include_words() -> None:
    assert parse_include("people, plan:crisis,mood-hope") == ("mood-hope", "plan:crisis",
                                                                "people")
    assert len(parse_include("plan")) == len(PlanSectionKey)
    with pytest.raises(ValueError, match="'nope' is not a report section"):
        parse_include("nope")
    with pytest.raises(ValueError):
        parse_include(" , ")


def test_long_day_tables_are_condensed_by_week_or_month() -> None:
    headers = ("Day", "Mood", "Mood: 7-day average")
    days = [date(2025, 1, 1).fromordinal(date(2025, 1, 1).toordinal() + i) for i in range(60)]
    rows = tuple((d.isoformat(), "5.0" if i % 2 else "—", "5.0") for i, d in enumerate(days))
    new_headers, new_rows = condense_table(headers, rows)
    assert new_headers == ("Week from", "Days with a value", "Mood (average)")
    assert new_rows[0][0] == "Mon 30 Dec 2024" and len(new_rows) == 9  # friendly dates
    short = condense_table(headers, rows[:5])
    assert short[0] == ("Day", "Mood") and len(short[1]) == 5
    assert short[1][0][0] == "Wed 1 Jan 2025"
    # Days already in the friendly style are read back, so long tables still condense.
    friendly = tuple((friendly_day(date.fromisoformat(r[0])), *r[1:]) for r in rows)
    assert condense_table(headers, friendly) == (new_headers, new_rows)
    year = tuple((date.fromordinal(days[0].toordinal() + i).isoformat(), "4.0")
                 for i in range(365))
    assert condense_table(("Day", "Mood"), year)[1][0][:3] == ("January 2025", "31", "4.0")


def test_each_chart_is_laid_out_and_drawn_once(
    qapp: QApplication, repos: Repositories, monkeypatch: pytest.MonkeyPatch
) -> None:
    import io

    from matplotlib.figure import Figure
    from PIL import Image

    from recovery_journal.report.build import CHART_DPI, chart_png

    draws: list[int] = []
    real_draw = Figure.draw

    def counting_draw(figure: Figure, renderer: object) -> None:
        draws.append(id(figure))
        real_draw(figure, renderer)  # type: ignore[arg-type]

    monkeypatch.setattr(Figure, "draw", counting_draw)
    content = gather(repos, _choice(("mood-hope", "calendar")))
    charts = [section.chart for section in content.sections if section.chart is not None]
    assert len(charts) == 2
    pngs = [chart_png(chart, 6.0) for chart in charts]
    assert len(draws) == len(set(draws)) == 2  # two figures, each drawn once
    image = Image.open(io.BytesIO(pngs[0]))
    assert image.size == (round(6.0 * CHART_DPI), round(3.0 * CHART_DPI))
    assert "Software" not in image.info and image.getextrema()[0][0] < 255  # drawn, not blank


def test_the_pdf_gets_the_chart_pixels_without_a_png_between(
    qapp: QApplication, repos: Repositories, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtGui import QImage

    from recovery_journal.report import build

    encoded: list[int] = []
    real_png = build.chart_png
    monkeypatch.setattr(build, "chart_png", lambda *a: encoded.append(1) or real_png(*a))
    content = gather(repos, _choice(("mood-hope",)))
    output = build.make_report(content)
    assert output.pdf.startswith(b"%PDF") and encoded == []  # drawn once, never encoded
    chart = next(s.chart for s in content.sections if s.chart is not None)
    image = build.chart_image(chart, 6.0)
    from_png = QImage.fromData(real_png(chart, 6.0))
    assert image.format() == from_png.format() and image == from_png
    assert image.dotsPerMeterX() == from_png.dotsPerMeterX()


def _charted(repos: Repositories) -> ReportContent:
    return gather(repos, _choice(("mood-hope", "checkins", "calendar", "journal"),
                                 with_journal_text=True))


def test_each_chart_is_drawn_as_its_page_is_painted_into_the_same_pdf(
    qapp: QApplication, repos: Repositories, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QTextDocument

    from recovery_journal.report import build
    from recovery_journal.report.html import report_title
    from recovery_journal.report.pdf import document_pdf, text_width_px96

    content = _charted(repos)
    steps: list[str] = []
    real_image = build.chart_image
    monkeypatch.setattr(build, "chart_image",
                        lambda *a: steps.append("chart") or real_image(*a))
    output = make_report(content, progress=lambda done, total, what: steps.append(what))
    # Laid out first, with no chart drawn; each drawn once, while the pages are painted.
    assert steps[0] == "Laying out the pages" and steps.count("chart") == 2
    assert steps.index("chart") == 1 and steps[-1].startswith("Page ")
    # The same file as with every chart drawn beforehand and handed to the document.
    width_in = text_width_px96(content.choice.paper) / 96
    document = QTextDocument()
    for section in content.sections:
        if section.chart is not None:
            document.addResource(QTextDocument.ResourceType.ImageResource,
                                 QUrl(f"chart:{section.key}"),
                                 real_image(section.chart, width_in))
    build.build_document(content, document)
    before, _ = document_pdf(document, content.choice.paper, report_title(ENGLISH),
                             content.footer_text)
    assert output.pdf == before


def test_previews_show_each_chart_from_a_copy_kept_for_them(
    qapp: QApplication, repos: Repositories, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtGui import QColor

    from recovery_journal.report import build

    drawn: list[str] = []
    real_image = build.chart_image
    monkeypatch.setattr(build, "chart_image", lambda *a: drawn.append("chart") or real_image(*a))
    output = make_report(_charted(repos), want_images=True)
    assert drawn == ["chart", "chart"]
    first = output.pages[0]  # the mood and hope chart's page
    assert drawn == ["chart", "chart"]  # no chart drawn again for a preview (the GUI thread's)

    def coloured(x: int, y: int) -> bool:
        colour = QColor(first.pixel(x, y))
        return max(colour.red(), colour.green(), colour.blue()) - min(
            colour.red(), colour.green(), colour.blue()) > 60

    # The chart's coloured lines are there; text and rules are black and grey.
    assert sum(coloured(x, y) for x in range(0, first.width(), 2)
               for y in range(0, first.height(), 2)) > 100


def test_a_chart_that_cannot_be_drawn_stops_the_report_and_writes_nothing(
    qapp: QApplication, repos: Repositories, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from recovery_journal.report import build

    def broken(*_args: object) -> object:
        raise ValueError("no chart today")

    monkeypatch.setattr(build, "chart_image", broken)
    folder = tmp_path / "out"
    folder.mkdir()
    with pytest.raises(ValueError, match="no chart today"):
        write_report(_charted(repos), folder / "report.pdf")
    assert list(folder.iterdir()) == []  # no PDF with a hole where the chart was


def test_each_chart_drawn_is_let_go_before_the_next(
    qapp: QApplication, repos: Repositories, monkeypatch: pytest.MonkeyPatch
) -> None:
    import gc
    import weakref

    from matplotlib.figure import Figure

    from recovery_journal import charts
    from recovery_journal.charts import gentle

    content = _charted(repos)
    figures: list[weakref.ref[Figure]] = []
    alive_at_each_chart: list[int] = []
    real_build = charts.build_figure

    def counted(*args: object, **kwargs: object) -> Figure:
        alive_at_each_chart.append(sum(ref() is not None for ref in figures))
        figure = real_build(*args, **kwargs)  # type: ignore[arg-type]
        figures.append(weakref.ref(figure))
        return figure

    monkeypatch.setattr(charts, "build_figure", counted)
    gc.collect()
    frozen = gc.get_freeze_count()
    app_frozen = bool(gentle._state["frozen"])  # noqa: SLF001 (the app froze what it loaded)
    gc.disable()  # no pass of the collector by chance: only the report's own
    try:
        make_report(content)
    finally:
        gc.enable()
    # A figure is a web of cycles: without the sweep each stayed until the collector came.
    assert alive_at_each_chart == [0, 0]
    assert all(ref() is None for ref in figures)
    if not app_frozen:
        assert gc.get_freeze_count() == frozen  # what was loaded is left as it was
