"""Early-warning rules: add, change, pause, delete; bad input refused with a plain sentence."""

from __future__ import annotations

import pytest

from recovery_journal.model import PlanSectionKey, RuleKind
from recovery_journal.storage.errors import NotFoundError
from recovery_journal.storage.repositories import Repositories
from recovery_journal.storage.vault import Vault
from recovery_journal.storage.warning_rules import WarningRules
from tests.conftest import FAST_KDF, PASSPHRASE


def test_add_list_and_get(vault: Vault) -> None:
    rules = WarningRules(vault)
    assert rules.list() == []
    low = rules.add(RuleKind.AT_MOST_OF, measure_key="mood", threshold=3, days=4, window_days=7)
    tag = rules.add(RuleKind.TAG_RUNNING, tag_name="  not   eating ", days=2,
                    section_key=PlanSectionKey.CRISIS)
    assert [r.id for r in rules.list()] == [low.id, tag.id]
    assert (low.kind, low.measure_key, low.threshold, low.days, low.window_days) == (
        RuleKind.AT_MOST_OF, "mood", 3.0, 4, 7)
    assert low.section_key is PlanSectionKey.EARLY_WARNING and not low.paused
    assert tag.tag_name == "not eating" and tag.section_key is PlanSectionKey.CRISIS
    assert tag.measure_key == "" and tag.window_days == 2
    assert rules.get(tag.id) == tag


def test_running_rules_look_back_their_own_days(vault: Vault) -> None:
    rule = WarningRules(vault).add(RuleKind.BELOW, measure_key="hope", threshold=2, days=3,
                                   window_days=30)
    assert rule.window_days == 3 and rule.looks_back == 3


def test_update_changes_only_what_is_given(vault: Vault) -> None:
    repos = Repositories.from_vault(vault)
    sleep = repos.measures.add("Sleep hours", 0, 12)
    rules = WarningRules(vault)
    rule = rules.add(RuleKind.BELOW, measure_key=sleep.key, threshold=5, days=3)
    changed = rules.update(rule.id, threshold=4.5)
    assert (changed.threshold, changed.days, changed.measure_key) == (4.5, 3, sleep.key)
    as_tag = rules.update(rule.id, kind=RuleKind.TAG_RUNNING, tag_name="poor sleep")
    assert as_tag.kind is RuleKind.TAG_RUNNING and as_tag.measure_key == ""
    assert rules.update(rule.id, section_key=PlanSectionKey.TRIGGERS).section_key is (
        PlanSectionKey.TRIGGERS)


def test_pause_and_delete(vault: Vault) -> None:
    rules = WarningRules(vault)
    rule = rules.add(RuleKind.ABOVE, measure_key="mood", threshold=9, days=5)
    assert rules.set_paused(rule.id, True).paused
    assert rules.list(include_paused=False) == []
    assert [r.id for r in rules.list()] == [rule.id]
    assert not rules.set_paused(rule.id, False).paused
    rules.delete(rule.id)
    assert rules.list() == []
    with pytest.raises(NotFoundError):
        rules.delete(rule.id)
    with pytest.raises(NotFoundError):
        rules.set_paused(rule.id, True)
    with pytest.raises(NotFoundError):
        rules.get(rule.id)


@pytest.mark.parametrize(
    ("kwargs", "words"),
    [
        ({"kind": RuleKind.BELOW, "measure_key": "nope", "days": 3}, "measure"),
        ({"kind": RuleKind.BELOW, "measure_key": "mood", "days": 0}, "between 1 and 366"),
        ({"kind": RuleKind.BELOW, "measure_key": "mood", "days": 400}, "between 1 and 366"),
        ({"kind": RuleKind.AT_MOST_OF, "measure_key": "mood", "days": 5, "window_days": 3},
         "more than"),
        ({"kind": RuleKind.BELOW, "measure_key": "mood", "threshold": float("nan")}, "number"),
        ({"kind": RuleKind.TAG_RUNNING, "tag_name": "   "}, "give a tag"),
    ],
)
def test_bad_rules_are_refused(vault: Vault, kwargs: dict[str, object], words: str) -> None:
    rules = WarningRules(vault)
    kind = kwargs.pop("kind")
    with pytest.raises(ValueError, match=words):
        rules.add(kind, **kwargs)  # type: ignore[arg-type]
    assert rules.list() == []


def test_rules_survive_reopening(vault: Vault) -> None:
    rule = WarningRules(vault).add(RuleKind.TAG_RUNNING, tag_name="Ärger", days=2)
    path = vault.path
    vault.close()
    with Vault.open(path, PASSPHRASE, kdf_iter=FAST_KDF) as reopened:
        assert WarningRules(reopened).list() == [rule]
