"""The small widgets of Today and Settings: scale, tag input, check-in list, item models."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from recovery_journal.model import CheckIn, Measure
from recovery_journal.storage.repositories import Repositories
from recovery_journal.storage.vault import Vault
from recovery_journal.ui.settings.measures import MeasuresEditor
from recovery_journal.ui.settings.tags import DomainsEditor, TagsEditor
from recovery_journal.ui.today.checkins import CheckInList, describe_checkin
from recovery_journal.ui.today.draft import FormDraft
from recovery_journal.ui.today.scale import ScaleInput
from recovery_journal.ui.widgets.measure_words import describe_value, scale_word
from recovery_journal.ui.widgets.record_list import RECORD_ROLE, RecordListModel
from recovery_journal.ui.widgets.tag_input import TagInput

MOOD = Measure(1, "mood", "Mood", 0, 10, "Very low", "Very good", True, 0, False)
ANXIETY = Measure(3, "anxiety", "Anxiety", 0, 10, "Calm", "Very anxious", False, 2, False)


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
    assert scale.slider.accessibleDescription() == "6 — okay"
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
    tags.show()
    qtbot.keyClicks(tags.edit, "garden")
    qtbot.keyClick(tags.edit, Qt.Key.Key_Return)
    qtbot.keyClicks(tags.edit, "GARDEN ")
    qtbot.keyClick(tags.edit, Qt.Key.Key_Return)  # a repeat is ignored, ignoring case
    qtbot.keyClicks(tags.edit, "w")
    assert tags.completer.completionModel().rowCount() == 2
    tags.edit.clear()
    qtbot.keyClicks(tags.edit, "Sam")
    qtbot.keyClick(tags.edit, Qt.Key.Key_Enter)
    assert tags.tags() == ["garden", "Sam"]
    assert tags.edit.text() == ""
    tags.chips.setCurrentIndex(tags.model.index(0))
    qtbot.keyClick(tags.chips, Qt.Key.Key_Delete)
    assert tags.tags() == ["Sam"]
    qtbot.keyClick(tags.chips, Qt.Key.Key_Backspace)
    assert tags.tags() == []
    assert not tags.chips.isVisible()


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


def test_checkin_list_empty_state_invites(qtbot: QtBot) -> None:
    view = CheckInList()
    qtbot.addWidget(view)
    view.show()
    assert view.empty.isVisible()
    assert view.empty.text() == "No check-ins yet. How are you today?"
    view.set_checkins([_checkin(1, date.today())], [MOOD], date.today())
    assert not view.empty.isVisible() and view.view.isVisible()
    assert view.current_id() == 1
    with qtbot.waitSignal(view.delete_requested) as deleted:
        qtbot.keyClick(view.view, Qt.Key.Key_Delete)
    assert deleted.args == [1]
    with qtbot.waitSignal(view.edit_requested) as edited:
        qtbot.keyClick(view.view, Qt.Key.Key_Return)
    assert edited.args == [1]


# -- item models ----------------------------------------------------------------------------


def test_record_list_model_passes_the_model_tester(qtmodeltester: object) -> None:
    model: RecordListModel[str] = RecordListModel(lambda s: s.upper())
    model.set_records(["a", "b", "c"])
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    assert model.data(model.index(1), Qt.ItemDataRole.DisplayRole) == "B"
    assert model.data(model.index(1), RECORD_ROLE) == "b"
    model.set_records([])
    qtmodeltester.check(model)  # type: ignore[attr-defined]


def test_checkin_list_model_passes_the_model_tester(qtmodeltester: object) -> None:
    view = CheckInList()
    today = date.today()
    view.set_checkins(
        [_checkin(1, today, values={"mood": 3.0}, note="x\ny"), _checkin(2, today)],
        [MOOD], today,
    )
    qtmodeltester.check(view.model)  # type: ignore[attr-defined]
    accessible = view.model.data(view.model.index(0), Qt.ItemDataRole.AccessibleTextRole)
    assert "\n" not in str(accessible)


def test_chip_model_passes_the_model_tester(qtbot: QtBot, qtmodeltester: object) -> None:
    tags = TagInput(lambda prefix: [])
    qtbot.addWidget(tags)
    tags.set_tags(["walk", "Sam", "park"])
    qtmodeltester.check(tags.model)  # type: ignore[attr-defined]


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
