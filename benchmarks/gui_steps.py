"""Steps through the real window, offscreen: each is timed until its result is on screen.

The app is built with `build_app` as `run_app` does; a step types, presses and clicks what a
person would, then processes events until the page shows the result.
"""

from __future__ import annotations

import itertools
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QEventLoop, QObject, QSettings, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QListWidget, QTextEdit

from benchmarks import floor
from benchmarks.lifedata import COMMON_WORD, PASSPHRASE, PHRASE, RARE_WORD

if TYPE_CHECKING:
    from recovery_journal.ui.app import AppController
    from recovery_journal.ui.journal.page import JournalPage

Action = Callable[[], object]
Step = tuple[str, Action, Action]
TIMEOUT_S = 120.0
# How often a wait driven by the app's own events still wakes, to see a timeout.
IDLE_TICK_MS = 50


def wait_until(done: Callable[[], bool], timeout_s: float = TIMEOUT_S) -> None:
    """Process events until `done()` (what the person waits for) is true."""
    deadline = time.perf_counter() + timeout_s
    with ticking():
        while not done():
            if time.perf_counter() > deadline:
                raise TimeoutError("the step never showed its result")
            idle()


@contextmanager
def ticking(interval_ms: int = 1) -> Iterator[None]:
    """A timer, so that `idle()` wakes at least every `interval_ms` to look at the result."""
    timer = QTimer()
    timer.setTimerType(Qt.TimerType.PreciseTimer)
    timer.start(interval_ms)
    try:
        yield
    finally:
        timer.stop()


def idle() -> None:
    """Handle what is waiting, or sleep until something comes (within `ticking`'s 1 ms).

    Sleeping matters: a loop that spins on processEvents() holds Python's interpreter lock
    half the time and so slows every worker thread by as much, which a person's idle window
    never does (until 2 December 2026 the benchmark spun, and Insights, drawn on a worker,
    measured up to twice its time).
    """
    QApplication.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)


_FIRST_WINDOW = """
import os, time, tempfile
started = time.perf_counter()
os.environ['QT_QPA_PLATFORM'] = 'offscreen'
if {ours}:
    from recovery_journal.heaps import share_one_heap  # as the app's entry point does
    share_one_heap()
from pathlib import Path
from PySide6.QtWidgets import QApplication
app = QApplication([])
if {ours}:
    from PySide6.QtCore import QSettings
    from recovery_journal.ui.app import build_app
    folder = tempfile.mkdtemp()
    settings = QSettings(os.path.join(folder, 's.ini'), QSettings.Format.IniFormat)
    app.setStyle('Fusion')
    controller = build_app(Path({vault!r}), settings)
    window = controller.window
else:
    from PySide6.QtWidgets import QLineEdit
    window = QLineEdit()
window.show()
if {ours}:
    controller.apply_appearance(app)  # after show(), as run_app does
app.processEvents()
print((time.perf_counter() - started) * 1000)
"""


def start_steps(vault_path: Path) -> list[Step]:
    """A fresh process to its first window (the unlock screen); the floor shows one field."""

    def run(ours: bool) -> list[float]:
        code = _FIRST_WINDOW.format(ours=ours, vault=str(vault_path))
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                             check=True, timeout=120)
        return [float(out.stdout.strip().splitlines()[-1])]

    return [("start to first window", lambda: run(True), lambda: run(False))]


def build(vault_path: Path, folder: Path) -> AppController:
    """The app on `vault_path`, shown at a desktop size on its unlock screen."""
    from recovery_journal.ui.app import build_app

    settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue("region", "GB")
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    app.setStyle("Fusion")
    controller = build_app(vault_path, settings)
    controller.window.resize(1100, 750)
    controller.window.show()
    # The theme's style sheet, as run_app applies it (until 2 December 2026 the benchmark ran
    # without it: no focus ring round a chart, so each one was drawn 6 px narrower than its
    # room and scaled up at every paint).
    controller.apply_appearance(app)
    QApplication.processEvents()
    return controller


def unlock(controller: AppController) -> None:
    """Type the passphrase, press Return and wait until Today shows."""
    from recovery_journal.ui.sections import SectionKey

    field = controller.unlock.passphrase
    field.setText(PASSPHRASE)
    QTest.keyClick(field, Qt.Key.Key_Return)
    wait_until(lambda: controller.window.page(SectionKey.TODAY) is not None
               and controller.window.page(SectionKey.TODAY).isVisible())  # type: ignore[union-attr]


def unlock_steps(controller: AppController) -> list[Step]:
    """Unlock to Today usable; each run locks again first (untimed, without a backup)."""
    window = controller.window
    label = QLabel()

    def ours() -> None:
        unlock(controller)

    def floor_unlock() -> None:
        floor.unlock(controller.vault_path)
        label.setText("Today")
        label.show()
        QApplication.processEvents()

    def relock() -> None:
        if window.is_unlocked:
            controller._lock_without_backup()  # noqa: SLF001 (no backup between runs)
            wait_until(lambda: not window.is_unlocked)

    def timed_ours() -> list[float]:
        relock()
        started = time.perf_counter()
        ours()
        return [(time.perf_counter() - started) * 1000]

    return [("unlock to Today usable", timed_ours, floor_unlock)]


def today_steps(controller: AppController) -> list[Step]:
    """Save a check-in from Today: set mood, press Save, wait for it in the recent list."""
    from recovery_journal.storage.repositories import Repositories
    from recovery_journal.ui.sections import SectionKey
    from recovery_journal.ui.today.page import TodayPage

    page = controller.window.page(SectionKey.TODAY)
    assert isinstance(page, TodayPage)
    repos = controller.window.repos
    assert isinstance(repos, Repositories)
    connection = floor.connect(controller.vault_path)
    listing = QListWidget()

    def ours() -> None:
        before = repos.checkins.count()
        page.note.setPlainText("a short note")
        QTest.mouseClick(page.footer.save_button, Qt.MouseButton.LeftButton)
        wait_until(lambda: not page.note.toPlainText())
        assert repos.checkins.count() == before + 1

    def floor_save() -> None:
        connection.execute("BEGIN")
        connection.execute(
            "INSERT INTO checkin (recorded_at, local_date, note, created_at, updated_at) "
            "VALUES ('2026-11-30T12:00:00+00:00', '2026-11-30', 'a short note', "
            "'2026-11-30T12:00:00.000000Z', '2026-11-30T12:00:00.000000Z')")
        connection.execute("COMMIT")
        rows = connection.execute("SELECT note FROM checkin ORDER BY id DESC LIMIT 20").fetchall()
        listing.clear()
        listing.addItems([str(row[0]) for row in rows])
        QApplication.processEvents()

    return [("save a check-in from Today", ours, floor_save)]


def journal_page(controller: AppController) -> JournalPage:
    """The Journal page, shown."""
    from recovery_journal.ui.journal.page import JournalPage
    from recovery_journal.ui.sections import SectionKey

    controller.window.go_to(SectionKey.JOURNAL)
    wait_until(lambda: controller.window.page(SectionKey.JOURNAL) is not None)
    page = controller.window.page(SectionKey.JOURNAL)
    assert isinstance(page, JournalPage)
    wait_until(page.isVisible)
    return page


def search_steps(controller: AppController) -> list[Step]:
    """Results on screen after each keystroke of a word or phrase, and after a paste."""
    page = journal_page(controller)
    connection = floor.connect(controller.vault_path)
    listing = QListWidget()
    shown = [0]
    # Whatever way the model learns its new results (reset, rows, layout), count it as shown.
    model = page.results_model
    for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved, model.layoutChanged,
                   model.dataChanged):
        signal.connect(lambda *_args: shown.__setitem__(0, shown[0] + 1))

    def clear() -> None:
        page.search.field.clear()
        QApplication.processEvents()
        wait_until(lambda: page.left_stack.currentWidget() is not page.results)

    def keystrokes(text: str) -> list[float]:
        clear()
        page.search.field.setFocus()
        samples = []
        for char in text:
            before = shown[0]
            started = time.perf_counter()
            QTest.keyClicks(page.search.field, char)
            if char == " ":  # a space alone changes no results: the app may wait for more
                QApplication.processEvents()
                continue
            wait_until(lambda b=before: shown[0] > b)  # type: ignore[misc]
            samples.append((time.perf_counter() - started) * 1000)
        return samples

    def paste(text: str) -> list[float]:
        clear()
        before = shown[0]
        started = time.perf_counter()
        page.search.field.insert(text)
        wait_until(lambda: shown[0] > before)
        return [(time.perf_counter() - started) * 1000]

    def floor_keys(text: str) -> list[float]:
        samples = []
        for end in range(1, len(text) + 1):
            if text[end - 1] == " ":
                continue
            started = time.perf_counter()
            rows = floor.search_ids(connection, text[:end])
            listing.clear()
            listing.addItems([str(title) for _, title in rows])
            QApplication.processEvents()
            samples.append((time.perf_counter() - started) * 1000)
        return samples

    return [
        (f"search a common word, per keystroke ({COMMON_WORD})",
         lambda: keystrokes(COMMON_WORD), lambda: floor_keys(COMMON_WORD)),
        ("search a rare word, per keystroke", lambda: keystrokes(RARE_WORD),
         lambda: floor_keys(RARE_WORD)),
        ("search a phrase, per keystroke", lambda: keystrokes(PHRASE),
         lambda: floor_keys(PHRASE)),
        ("search after a paste (the phrase)", lambda: paste(PHRASE),
         lambda: floor_keys(PHRASE)[-1:]),
    ]


class _PaintCounter(QObject):
    """Counts the paint events of the widget it watches."""

    def __init__(self, count: list[int], parent: QObject) -> None:
        super().__init__(parent)
        self._count = count

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.Paint:
            self._count[0] += 1
        return False


def open_steps(controller: AppController) -> list[Step]:
    """Open the newest entry, one from the first year, and the last hit of a rare-word search."""
    from recovery_journal.model import SearchOrder
    from recovery_journal.storage.repositories import Repositories

    repos = controller.window.repos
    assert isinstance(repos, Repositories)
    newest = repos.journal.list(limit=1)[0].id
    total = repos.journal.count()
    # A different entry of the first year each run: each is opened for the first time.
    first_year = [entry.id for entry in repos.journal.list(limit=40, offset=max(0, total - 300))]
    hits = repos.journal.search_page(RARE_WORD, order=SearchOrder.NEWEST, limit=50).hits
    last_hit = hits[-1].entry_id if hits else first_year[0]
    connection = floor.connect(controller.vault_path)
    # The floor does what opening needs to put text on screen, as ours must: a shown window of
    # the same size as ours, its text laid out and painted (not a QTextEdit never shown).
    editor = QTextEdit()
    editor.resize(controller.window.size())
    editor.show()
    wait_until(lambda: QTest.qWaitForWindowExposed(editor, 50))
    painted = [0]
    editor.viewport().installEventFilter(_PaintCounter(painted, editor))
    cycles = {"newest": itertools.cycle([newest]), "first": itertools.cycle(first_year),
              "hit": itertools.cycle([last_hit])}

    def fresh_page(entry_id: int) -> JournalPage:
        # Lock and unlock (untimed) so each open is the first since unlocking, as after a start.
        controller._lock_without_backup()  # noqa: SLF001 (no backup between runs)
        wait_until(lambda: not controller.window.is_unlocked)
        unlock(controller)
        fresh = journal_page(controller)
        if fresh.editor.entry_id == entry_id:
            fresh.open_entry(newest if entry_id != newest else first_year[-1])
        QApplication.processEvents()
        return fresh

    def ours(which: str) -> list[float]:
        entry_id = next(cycles[which])
        shown = fresh_page(entry_id)
        started = time.perf_counter()
        shown.open_entry(entry_id)
        wait_until(lambda: shown.editor.entry_id == entry_id)
        QApplication.processEvents()
        return [(time.perf_counter() - started) * 1000]

    def floor_open(which: str) -> None:
        before = painted[0]
        editor.setPlainText(floor.entry_body(connection, {"newest": newest, "hit": last_hit}.get(
            which, first_year[0])))
        wait_until(lambda: painted[0] > before)  # on screen: the text was painted

    steps: list[Step] = []
    for name, which in (("open the newest entry", "newest"),
                        ("open an entry from the first year", "first"),
                        ("open the last hit of a rare-word search", "hit")):
        steps.append((name, lambda w=which: ours(w), lambda w=which: floor_open(w)))  # type: ignore[misc]
    return steps


def insights_steps(controller: AppController) -> list[Step]:
    """Insights for all time until every card shows its chart, scrolling to each in turn (the
    page draws only cards near the screen); and the GUI thread's longest busy stretch meanwhile.
    """
    from recovery_journal.ui.insights.page import InsightsPage
    from recovery_journal.ui.sections import SectionKey

    window = controller.window
    window.go_to(SectionKey.INSIGHTS)
    wait_until(lambda: window.page(SectionKey.INSIGHTS) is not None)
    page = window.page(SectionKey.INSIGHTS)
    assert isinstance(page, InsightsPage)
    page.range.set_preset("all")
    firsts: list[float] = []  # when the first chart was on screen, each run

    def charts_shown() -> int:
        busy = 0 if page._drawing is None else 1  # noqa: SLF001
        return len(page.cards) - len(page._dirty) - busy  # noqa: SLF001

    def drawn() -> bool:
        return not page._dirty and page._drawing is None  # noqa: SLF001 (no public "done")

    def redraw(tick_ms: int) -> tuple[float, float, float]:
        """Redraw every chart, scrolling to each; ms until all drawn, until the first, and
        the longest pass of the event loop."""
        page.scroll_area.verticalScrollBar().setValue(0)
        longest = 0.0
        page._invalidate(list(page.cards))  # noqa: SLF001 (redraw all, as a range change does)
        started = last = time.perf_counter()
        first: float | None = None
        with ticking(tick_ms):
            while not drawn():
                waiting = [card for name, card in page.cards.items()
                           if name in page._dirty]  # noqa: SLF001
                if waiting and page._drawing is None:  # noqa: SLF001
                    page.scroll_area.ensureWidgetVisible(waiting[0])
                idle()  # with a 1 ms tick, the longest pass (less the tick) is the longest block
                now = time.perf_counter()
                longest = max(longest, (now - last) * 1000)
                last = now
                if first is None and charts_shown() >= 1:
                    first = (now - started) * 1000
                if now - started > TIMEOUT_S:
                    raise TimeoutError("Insights never finished drawing")
        done = (time.perf_counter() - started) * 1000
        return done, first if first is not None else done, longest

    def ours() -> list[float]:
        # Woken by what the page posts (each chart read or drawn), not by a 1 ms timer: a
        # loop in Python 1,000 times a second takes the interpreter lock from the drawing
        # thread as often, which a person's idle window never does (9 % of this step's time
        # and a third of the first chart's, measured on 2 December 2026).
        done, first, _longest = redraw(IDLE_TICK_MS)
        firsts.append(first)
        return [done]

    def busiest() -> list[float]:
        # A redraw of its own with a 1 ms tick: the loop then sees each pass of the event
        # loop, and the longest one is the longest the window could not answer.
        return [redraw(1)[2]]

    def floor_charts() -> None:
        for _ in page.cards:
            floor.chart()

    def first_chart() -> list[float]:
        return [firsts.pop(0) if firsts else 0.0]

    def floor_idle() -> list[float]:
        started = time.perf_counter()
        QApplication.processEvents()
        return [(time.perf_counter() - started) * 1000]

    return [("Insights window: every chart drawn, all time", ours, floor_charts),
            ("Insights window: first chart on screen", first_chart, floor.chart),
            ("Insights window: longest GUI-thread block", busiest, floor_idle)]


def run_gui_group(group: str, vault_path: Path, folder: Path,
                  collect: Callable[[list[Step]], Any]) -> Any:
    """Build the app, unlock where the group needs it, and hand the group's steps to `collect`."""
    if group == "start":
        return collect(start_steps(vault_path))
    controller = build(vault_path, folder)
    try:
        if group == "unlock":
            return collect(unlock_steps(controller))
        unlock(controller)
        builders = {"today": today_steps, "search": search_steps, "open": open_steps,
                    "insights": insights_steps}
        return collect(builders[group](controller))
    finally:
        controller.window.close()
        QApplication.processEvents()
