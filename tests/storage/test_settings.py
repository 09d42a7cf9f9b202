"""Settings against real vaults: declared once, typed, defaults, kept inside the vault."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from recovery_journal.storage.settings import SETTINGS, Settings, SettingSpec
from recovery_journal.storage.vault import Vault
from tests.conftest import FAST_KDF, PASSPHRASE

DEFAULTS: dict[str, Any] = {
    "autolock_minutes": 10,
    "reminder_enabled": False,
    "reminder_time": "20:00",
    "reminder_last_shown": "",
    "early_warning_enabled": False,
    "questionnaire_ons4_days": 0,
    "questionnaire_phq9_days": 0,
    "questionnaire_gad7_days": 0,
    "questionnaire_qpr15_days": 0,
    "questionnaire_not_now": "",
    "life_check_every_weeks": 0,
    "life_check_offer_dismissed": "",
    "safety_plan_tips_hidden": "",
}


@pytest.fixture
def settings(vault: Vault) -> Settings:
    return Settings(vault)


def test_every_setting_is_declared_once_with_type_and_default() -> None:
    assert {key: spec.default for key, spec in SETTINGS.items()} == DEFAULTS
    for key, spec in SETTINGS.items():
        assert isinstance(spec, SettingSpec)
        assert spec.key == key
        assert type(spec.default) is spec.type
        assert spec.check is None or spec.check(spec.default)


def test_unset_settings_read_as_their_defaults(settings: Settings) -> None:
    assert settings.all() == DEFAULTS
    for key, default in DEFAULTS.items():
        assert settings.get(key) == default


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("autolock_minutes", 0),
        ("autolock_minutes", 1440),
        ("reminder_enabled", True),
        ("reminder_time", "07:05"),
        ("reminder_time", "23:59"),
        ("reminder_last_shown", "2026-03-01"),
        ("reminder_last_shown", "🙂 \u202e\x00"),
        ("early_warning_enabled", True),
        ("questionnaire_phq9_days", 14),
        ("questionnaire_qpr15_days", 366),
        ("questionnaire_not_now", "2026-03-01"),
    ],
)
def test_set_and_get_round_trip(settings: Settings, key: str, value: Any) -> None:
    settings.set(key, value)
    got = settings.get(key)
    assert got == value
    assert type(got) is type(value)
    assert settings.all() == {**DEFAULTS, key: value}


def test_set_replaces_the_earlier_value(settings: Settings) -> None:
    settings.set("autolock_minutes", 5)
    settings.set("autolock_minutes", 30)
    assert settings.get("autolock_minutes") == 30


def test_typed_getters_for_the_type_checker(settings: Settings) -> None:
    minutes: int = settings.get("autolock_minutes")
    enabled: bool = settings.get("reminder_enabled")
    when: str = settings.get("reminder_time")
    assert (minutes, enabled, when) == (10, False, "20:00")


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("autolock_minutes", True),
        ("autolock_minutes", 10.0),
        ("autolock_minutes", "10"),
        ("reminder_enabled", 1),
        ("reminder_enabled", "true"),
        ("reminder_time", 2000),
        ("reminder_last_shown", None),
        ("early_warning_enabled", 0),
    ],
)
def test_a_value_of_the_wrong_type_is_refused(settings: Settings, key: str, value: Any) -> None:
    with pytest.raises(TypeError):
        settings.set(key, value)
    assert settings.all() == DEFAULTS


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("autolock_minutes", -1),
        ("autolock_minutes", 1441),
        ("reminder_time", "24:00"),
        ("reminder_time", "8pm"),
        ("reminder_time", "7:30"),
        ("reminder_time", ""),
    ],
)
def test_a_value_out_of_bounds_is_refused(settings: Settings, key: str, value: Any) -> None:
    with pytest.raises(ValueError) as caught:
        settings.set(key, value)
    assert str(caught.value)
    assert settings.all() == DEFAULTS


def test_unknown_keys_are_refused(settings: Settings) -> None:
    with pytest.raises(KeyError):
        settings.get("theme")
    with pytest.raises(KeyError):
        settings.set("theme", "dark")
    with pytest.raises(KeyError):
        settings.reset("theme")
    assert "theme" not in settings.all()


def test_reset_goes_back_to_the_default(settings: Settings) -> None:
    settings.set("reminder_time", "09:00")
    settings.reset("reminder_time")
    assert settings.get("reminder_time") == "20:00"
    settings.reset("reminder_time")
    assert settings.all() == DEFAULTS


def test_values_are_stored_as_json_in_the_setting_table(
    settings: Settings, vault: Vault
) -> None:
    settings.set("reminder_enabled", True)
    settings.set("reminder_time", "08:15")
    assert dict(vault.query("SELECT key, value FROM setting")) == {
        "reminder_enabled": "true", "reminder_time": '"08:15"',
    }


@pytest.mark.parametrize(
    ("key", "stored"),
    [
        ("autolock_minutes", "not json"),
        ("autolock_minutes", '"10"'),
        ("autolock_minutes", "true"),
        ("autolock_minutes", "-3"),
        ("reminder_enabled", "1"),
        ("reminder_time", '"25:00"'),
    ],
)
def test_a_stored_value_that_no_longer_fits_reads_as_the_default(
    settings: Settings, vault: Vault, key: str, stored: str
) -> None:
    # As if an older version or a hand edit left something odd behind.
    with vault.write() as w:
        w.execute("INSERT INTO setting (key, value) VALUES (?, ?)", (key, stored))
        w.execute("INSERT INTO setting (key, value) VALUES ('from_a_newer_app', '1')")
    assert settings.get(key) == DEFAULTS[key]
    assert settings.all() == DEFAULTS


def test_settings_survive_reopening(make_vault: Callable[..., Vault]) -> None:
    vault = make_vault()
    Settings(vault).set("autolock_minutes", 3)
    Settings(vault).set("early_warning_enabled", True)
    path = vault.path
    vault.close()
    with Vault.open(path, PASSPHRASE, kdf_iter=FAST_KDF) as reopened:
        assert Settings(reopened).all() == {
            **DEFAULTS, "autolock_minutes": 3, "early_warning_enabled": True,
        }
