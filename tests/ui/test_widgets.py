"""The small widgets of Today and Settings: scale, tag input, check-in list, item models."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from recovery_journal.model import CheckIn, Measure
from recovery_journal.storage.repositories import Repositories
from recovery_journal.storage.vault import Vault
from recovery_journal.ui.settings.measures import MeasuresEditor
from recovery_journal.ui.settings.tags import DomainsEditor, TagsEditor
from recovery_journal.ui.today.checkins import CheckInList, describe_checkin
from recovery_journal.ui.today.draft import FormDraft
from recovery_journal.ui.today.scale import ScaleInput
from recovery_journal.ui.widgets.measure_words import describe_value, scale_word, short_value
from recovery_journal.ui.widgets.record_list import RECORD_ROLE, RecordListModel
from recovery_journal.ui.widgets.tag_input import TagInput
from tests.ui.audit import show_active

MOOD = Measure(1, "mood", "Mood", 0, 10, "Very low", "Very good", True, 0, False)
ANXIETY = Measure(3, "anxiety", "Anxiety", 0, 10, "Calm", "Very anxious", False, 2, False)
SLEEP = Measure(4, "sleep", "Sleep hours", 0, 16, "No sleep", "16 hours", False, 3, False, 0.5)
STEPS_WALKED = Measure(5, "steps", "Steps walked", 0, 30000, "", "", False, 4, False)


def _checkin(id: int, day: date, **fields: object) -> CheckIn:
    moment = datetime(day.year, day.month, day.day, 14, 5, tzinfo=timezone(timedelta(hours=1)))
    base: dict[str, object] = {
        "id": id, "recorded_at": moment, "local_date": day, "note": "", "values": {},
        "tags": (), "created_at": moment, "updated_at": moment,
    }
    base.update(fields)
    return CheckIn(**base)  # type: ignore[arg-type]


# -- words ----------------------------------------------------------------------------------


def test_mood_words_run_from_very_low_to_very_good() -> None:
    words = [scale_word(MOOD, v) for v in range(11)]
    assert words[0] == "very low" and words[10] == "very good"
    assert describe_value(MOOD, 6) == "6 — okay"
    assert describe_value(MOOD, None) == "Not set"
    assert len(set(words)) == 6
    # Words never go back down as the number goes up.
    order = ["very low", "low", "a bit low", "okay", "good", "very good"]
    assert [order.index(w) for w in words] == sorted(order.index(w) for w in words)


def test_measures_the_person_adds_get_neutral_words() -> None:
    words = {scale_word(ANXIETY, v) for v in range(11)}
    assert "good" not in words and "very good" not in words
    assert describe_value(ANXIETY, 10) == "10 — high"


# -- the scale ------------------------------------------------------------------------------


def test_scale_starts_not_set_and_keys_set_and_clear_it(qtbot: QtBot) -> None:
    scale = ScaleInput(MOOD)
    qtbot.addWidget(scale)
    scale.show()
    assert scale.value() is None
    assert scale.value_label.text() == "Not set"
    assert not scale.clear_button.isEnabled()
    qtbot.keyClick(scale.slider, Qt.Key.Key_Right)  # the first press shows the middle
    assert scale.value() == 5
    qtbot.keyClick(scale.slider, Qt.Key.Key_Right)
    assert scale.value() == 6
    assert scale.value_label.text() == "6 — okay"
    assert scale.slider.accessibleDescription().startswith("6 — okay. ")
    qtbot.keyClick(scale.slider, Qt.Key.Key_Delete)
    assert scale.value() is None
    qtbot.keyClick(scale.slider, Qt.Key.Key_End)
    assert scale.value() == 10
    qtbot.keyClick(scale.slider, Qt.Key.Key_Home)
    assert scale.value() == 0
    assert scale.value_label.text() == "0 — very low"


def test_scale_clear_button_and_end_labels(qtbot: QtBot) -> None:
    scale = ScaleInput(ANXIETY)
    qtbot.addWidget(scale)
    scale.set_value(7)
    assert scale.value() == 7
    assert "Calm" in scale.low_label.text() and "Very anxious" in scale.high_label.text()
    with qtbot.waitSignal(scale.value_changed) as changed:
        qtbot.mouseClick(scale.clear_button, Qt.MouseButton.LeftButton)
    assert changed.args == [None]
    assert scale.value() is None


def test_scale_click_sets_the_value_where_clicked(qtbot: QtBot) -> None:
    scale = ScaleInput(MOOD)
    qtbot.addWidget(scale)
    scale.resize(400, 100)
    scale.show()
    qtbot.waitExposed(scale)
    right_end = QPoint(scale.slider.width() - 2, scale.slider.height() // 2)
    qtbot.mouseClick(scale.slider, Qt.MouseButton.LeftButton, pos=right_end)
    assert scale.value() == 10


# -- tags -----------------------------------------------------------------------------------


def test_tag_input_creates_as_you_type_and_removes_by_keyboard(qtbot: QtBot) -> None:
    known = ["walk", "work", "Sam"]
    tags = TagInput(lambda prefix: [n for n in known if n.lower().startswith(prefix.lower())])
    qtbot.addWidget(tags)
    show_active(qtbot, tags)
    tags.edit.setFocus()
    qtbot.keyClicks(tags.edit, "garden")
    qtbot.keyClick(tags.edit, Qt.Key.Key_Return)
    qtbot.keyClicks(tags.edit, "GARDEN ")
    qtbot.keyClick(tags.edit, Qt.Key.Key_Return)  # a repeat is ignored, ignoring case
    qtbot.keyClicks(tags.edit, "w")
    assert tags.completer.completionModel().rowCount() == 2
    tags.edit.clear()
    qtbot.keyClicks(tags.edit, "Sam,park")  # a comma makes a chip too
    qtbot.keyClick(tags.edit, Qt.Key.Key_Enter)
    assert tags.tags() == ["garden", "Sam", "park"]
    assert tags.edit.text() == ""
    assert [chip.accessibleName() for chip in tags.chips()] == [
        "Tag garden", "Tag Sam", "Tag park"]
    qtbot.keyClick(tags.edit, Qt.Key.Key_Backspace)  # in the empty field: the last chip goes
    assert tags.tags() == ["garden", "Sam"]
    qtbot.keyClick(tags.edit, Qt.Key.Key_Left)  # from the start of the field to the chips
    assert QApplication.focusWidget() is tags.chips()[1]
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Left)
    assert QApplication.focusWidget() is tags.chips()[0]
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Delete)
    assert tags.tags() == ["Sam"]
    assert QApplication.focusWidget() is tags.chips()[0]  # the neighbour, not lost focus
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Right)  # past the last: typing
    assert QApplication.focusWidget() is tags.edit
    tags.add("walk")
    qtbot.mouseClick(tags.chips()[0], Qt.MouseButton.LeftButton)  # a click removes it too
    assert tags.tags() == ["walk"]


def test_tag_field_takes_only_tags_and_is_one_tab_stop(qtbot: QtBot) -> None:
    tags = TagInput(lambda prefix: [])
    qtbot.addWidget(tags)
    tags.show()
    tags.set_tags(["walk", "Sam"])
    assert tags.focus_chain() == [tags.edit]
    assert all(not chip.focusPolicy() & Qt.FocusPolicy.TabFocus for chip in tags.chips())
    assert isinstance(tags.edit, QLineEdit)
    # Typing on a chip never becomes text anywhere: it is a button, not a field.
    tags.chips()[0].setFocus()
    qtbot.keyClicks(tags.chips()[0], "note")
    assert tags.tags() == ["walk", "Sam"] and tags.pending_text() == ""


def test_completion_leaves_out_tags_already_chosen(qtbot: QtBot) -> None:
    tags = TagInput(lambda prefix: ["walk", "work"])
    qtbot.addWidget(tags)
    tags.add("walk")
    qtbot.keyClicks(tags.edit, "w")
    assert tags.completer.model().stringList() == ["work"]  # type: ignore[attr-defined]


# -- check-in list --------------------------------------------------------------------------


def test_checkin_description_has_words_tags_and_note() -> None:
    today = date(2026, 3, 10)
    text = describe_checkin(
        _checkin(1, today, values={"mood": 6.0}, tags=("walk",), note="A quiet\nday"),
        {"mood": MOOD}, today,
    )
    assert text.splitlines() == ["Today, 14:05", "Mood 6 — okay", "walk", "A quiet day"]
    yesterday = describe_checkin(_checkin(2, today - timedelta(days=1)), {}, today)
    assert yesterday.splitlines() == ["Yesterday, 14:05", "Checked in"]
    older = describe_checkin(_checkin(3, date(2025, 12, 1)), {}, today)
    assert "2025" in older.splitlines()[0]


def test_quantities_show_their_unit_and_only_scales_get_words() -> None:
    assert describe_value(SLEEP, 7.5) == "7.5 h"
    assert short_value(SLEEP, 7) == "7 h"
    assert describe_value(STEPS_WALKED, 4000) == "4000"  # no labels: just the number
    assert describe_value(ANXIETY, 5) == "5 — in the middle"  # its own end labels: words
    assert short_value(MOOD, 7) == "7 good"
    text = describe_checkin(_checkin(1, date(2026, 3, 10), values={"sleep": 7.0}),
                            {"sleep": SLEEP}, date(2026, 3, 10))
    assert "Sleep hours 7 h" in text and "middle" not in text


def test_checkin_list_is_short_columns_with_nothing_selected(qtbot: QtBot) -> None:
    view = CheckInList()
    qtbot.addWidget(view)
    show_active(qtbot, view)
    assert view.empty.isVisible()
    assert view.empty.text() == "No check-ins yet. How are you today?"
    today = date.today()
    view.set_checkins(
        [_checkin(1, today, values={"mood": 6.0, "hope": 7.0, "sleep": 7.5},
                  tags=("walk", "Sam", "park", "tea"), note="x"),
         _checkin(2, today - timedelta(days=1))],
        [MOOD, SLEEP], today,
    )
    assert not view.empty.isVisible() and view.view.isVisible()
    model = view.model
    row = [model.data(model.index(0, column)) for column in range(model.columnCount())]
    assert row == ["Today, 14:05", "6 okay", "7.0", "Sleep hours 7.5 h · ✎", "walk, Sam, park +1"]
    assert view.current_id() is None and not view.view.selectionModel().hasSelection()
    assert not view.edit_button.isEnabled() and not view.delete_button.isEnabled()
    # One scroll area: the table is as tall as its rows and never scrolls on its own.
    assert view.view.verticalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    assert view.view.height() >= sum(view.view.rowHeight(r) for r in range(2))
    view.view.setFocus()
    with qtbot.waitSignal(view.delete_requested) as deleted:
        qtbot.keyClick(view.view, Qt.Key.Key_Delete)
    assert deleted.args == [1]
    with qtbot.waitSignal(view.edit_requested) as edited:
        qtbot.keyClick(view.view, Qt.Key.Key_Return)
    assert edited.args == [1]
    view.select(2)
    assert view.current_id() == 2 and view.edit_button.isEnabled()


# -- item models ----------------------------------------------------------------------------


def test_record_list_model_passes_the_model_tester(qtmodeltester: object) -> None:
    model: RecordListModel[str] = RecordListModel(lambda s: s.upper())
    model.set_records(["a", "b", "c"])
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    assert model.data(model.index(1), Qt.ItemDataRole.DisplayRole) == "B"
    assert model.data(model.index(1), RECORD_ROLE) == "b"
    model.set_records([])
    qtmodeltester.check(model)  # type: ignore[attr-defined]


def test_checkin_list_model_passes_the_model_tester(qtbot: QtBot, qtmodeltester: object) -> None:
    view = CheckInList()
    qtbot.addWidget(view)
    today = date.today()
    view.set_checkins(
        [_checkin(1, today, values={"mood": 3.0}, note="x\ny"), _checkin(2, today)],
        [MOOD], today,
    )
    qtmodeltester.check(view.model)  # type: ignore[attr-defined]
    accessible = view.model.data(view.model.index(0, 0), Qt.ItemDataRole.AccessibleTextRole)
    assert "\n" not in str(accessible)


def test_settings_models_pass_the_model_tester(
    qtbot: QtBot, qtmodeltester: object, vault: Vault
) -> None:
    repos = Repositories.from_vault(vault)
    repos.checkins.add(recorded_at=datetime.now(UTC), tags=["walk", "Sam"])
    measures = MeasuresEditor(repos.measures)
    tags = TagsEditor(repos.tags, repos.life_domains)
    domains = DomainsEditor(repos.life_domains)
    for editor in (measures, tags, domains):
        qtbot.addWidget(editor)
        assert editor.model.rowCount() > 0
        qtmodeltester.check(editor.model)  # type: ignore[attr-defined]


# -- the check-in draft ---------------------------------------------------------------------


def test_form_draft_round_trips_and_tolerates_odd_bodies() -> None:
    moment = datetime(2026, 3, 1, 9, 30, tzinfo=timezone(timedelta(hours=1)))
    draft = FormDraft(note="n", values={"mood": 4.0}, tags=("a",), pending_tag="b",
                      when=moment, editing=7)
    assert FormDraft.from_json(draft.to_json()) == draft
    assert FormDraft.from_json("plain words from an older draft").note == (
        "plain words from an older draft"
    )
    odd = FormDraft.from_json('{"values": [1], "tags": "x", "when": "soon", "editing": true}')
    assert odd == FormDraft()
