"""Personal settings, kept inside the vault as JSON text; each is declared once, below."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal, overload

from recovery_journal.storage.vault import Vault

SettingValue = int | bool | str


@dataclass(frozen=True, slots=True)
class SettingSpec:
    """One setting: its key, the Python type of its value, its default, and an optional check."""

    key: str
    type: type[int] | type[bool] | type[str]
    default: SettingValue
    check: Callable[[SettingValue], bool] | None = None
    problem: str = ""


def _is_clock_time(value: SettingValue) -> bool:
    return isinstance(value, str) and re.fullmatch(r"(?:[01]\d|2[0-3]):[0-5]\d", value) is not None


def _is_minutes(value: SettingValue) -> bool:
    return isinstance(value, int) and 0 <= value <= 24 * 60


def _is_offer_days(value: SettingValue) -> bool:
    return isinstance(value, int) and 0 <= value <= 366


# How often each questionnaire is offered, in days; 0 (the default) means it is switched off.
QUESTIONNAIRE_KEYS = ("ons4", "phq9", "gad7", "qpr15")
_QUESTIONNAIRE_SPECS = tuple(
    SettingSpec(
        f"questionnaire_{key}_days", int, 0, _is_offer_days,
        "A questionnaire is offered every 1 to 366 days, or not at all (0).",
    )
    for key in QUESTIONNAIRE_KEYS
)


def _is_weeks(value: SettingValue) -> bool:
    return isinstance(value, int) and 0 <= value <= 52


_SPECS = (
    SettingSpec(
        "autolock_minutes", int, 10, _is_minutes,
        "Auto-lock takes a number of minutes from 0 (off) to 1440.",
    ),
    SettingSpec("reminder_enabled", bool, False),
    SettingSpec(
        "reminder_time", str, "20:00", _is_clock_time,
        "The reminder time is written as hours and minutes, like 20:00.",
    ),
    SettingSpec("reminder_last_shown", str, ""),
    SettingSpec("early_warning_enabled", bool, False),
    *_QUESTIONNAIRE_SPECS,
    # The day the person said "Not now" to the questionnaire offer: no offer again that day.
    SettingSpec("questionnaire_not_now", str, ""),
    # How often Today offers a life check, in weeks; 0 (the default) never offers it.
    SettingSpec(
        "life_check_every_weeks", int, 0, _is_weeks,
        "A life check is offered every 1 to 52 weeks, or never (0).",
    ),
    SettingSpec("life_check_offer_dismissed", str, ""),
    # The safety-plan steps whose tips the person hid, as "0,3".
    SettingSpec("safety_plan_tips_hidden", str, ""),
)
SETTINGS: dict[str, SettingSpec] = {spec.key: spec for spec in _SPECS}

_IntKey = Literal[
    "autolock_minutes", "questionnaire_ons4_days", "questionnaire_phq9_days",
    "questionnaire_gad7_days", "questionnaire_qpr15_days", "life_check_every_weeks",
]
_BoolKey = Literal["reminder_enabled", "early_warning_enabled"]
_StrKey = Literal[
    "reminder_time", "reminder_last_shown", "questionnaire_not_now",
    "life_check_offer_dismissed", "safety_plan_tips_hidden",
]


def _spec(key: str) -> SettingSpec:
    try:
        return SETTINGS[key]
    except KeyError:
        raise KeyError(f"unknown setting {key!r}") from None


def _fits(spec: SettingSpec, value: object) -> bool:
    # `type(...) is` so that True is not taken for an int, nor 1 for a bool.
    return type(value) is spec.type and (spec.check is None or spec.check(value))


class Settings:
    """Read and change the declared settings; an unset one reads as its default."""

    def __init__(self, vault: Vault) -> None:
        self._vault = vault

    @overload
    def get(self, key: _IntKey) -> int: ...
    @overload
    def get(self, key: _BoolKey) -> bool: ...
    @overload
    def get(self, key: _StrKey) -> str: ...
    @overload
    def get(self, key: str) -> SettingValue: ...

    def get(self, key: str) -> SettingValue:
        """The setting's value, or its default when unset; KeyError for an unknown key."""
        spec = _spec(key)
        row = self._vault.query_one("SELECT value FROM setting WHERE key = ?", (key,))
        return spec.default if row is None else _decode(spec, row[0])

    def set(self, key: str, value: SettingValue) -> None:
        """Store a value; KeyError for an unknown key, TypeError for a value of the wrong type."""
        spec = _spec(key)
        if type(value) is not spec.type:
            raise TypeError(f"the setting {key!r} takes a {spec.type.__name__}")
        if not _fits(spec, value):
            raise ValueError(spec.problem)
        with self._vault.write() as w:
            w.execute(
                "INSERT INTO setting (key, value) VALUES (?, ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (key, json.dumps(value)),
            )

    def reset(self, key: str) -> None:
        """Forget a stored value, so the setting reads as its default again."""
        _spec(key)
        with self._vault.write() as w:
            w.execute("DELETE FROM setting WHERE key = ?", (key,))

    def all(self) -> dict[str, SettingValue]:
        """Every declared setting with its value (keys the app doesn't know are left out)."""
        stored = {str(k): v for k, v in self._vault.query("SELECT key, value FROM setting")}
        return {
            key: spec.default if key not in stored else _decode(spec, stored[key])
            for key, spec in SETTINGS.items()
        }


def _decode(spec: SettingSpec, text: object) -> SettingValue:
    """A stored value, or the default when it no longer fits (a hand-edited or older vault)."""
    try:
        value = json.loads(str(text))
    except ValueError:
        return spec.default
    return value if _fits(spec, value) else spec.default
