"""One of each repository over an open vault, handed to the pages and the command line."""

from __future__ import annotations

from dataclasses import dataclass

from recovery_journal.storage.checkins import CheckIns
from recovery_journal.storage.drafts import Drafts
from recovery_journal.storage.feelings import Feelings
from recovery_journal.storage.goals import Goals
from recovery_journal.storage.helplines import Helplines
from recovery_journal.storage.hope_box import HopeBox
from recovery_journal.storage.journal import Journal
from recovery_journal.storage.life_checks import LifeChecks
from recovery_journal.storage.life_domains import LifeDomains
from recovery_journal.storage.measures import Measures
from recovery_journal.storage.plan import Plan
from recovery_journal.storage.questionnaires import Questionnaires
from recovery_journal.storage.settings import Settings
from recovery_journal.storage.strengths import Strengths
from recovery_journal.storage.supporters import Supporters
from recovery_journal.storage.supports import Supports
from recovery_journal.storage.tags import Tags
from recovery_journal.storage.vault import Vault
from recovery_journal.storage.warning_rules import WarningRules


@dataclass(frozen=True, slots=True)
class Repositories:
    """Every repository of one vault; a page takes the ones it needs."""

    vault: Vault
    measures: Measures
    life_domains: LifeDomains
    tags: Tags
    checkins: CheckIns
    strengths: Strengths
    goals: Goals
    journal: Journal
    plan: Plan
    supporters: Supporters
    settings: Settings
    drafts: Drafts
    helplines: Helplines
    warning_rules: WarningRules
    questionnaires: Questionnaires
    life_checks: LifeChecks
    supports: Supports
    feelings: Feelings
    hope_box: HopeBox

    @classmethod
    def from_vault(cls, vault: Vault) -> Repositories:
        """Build every repository over `vault`."""
        return cls(
            vault=vault,
            measures=Measures(vault),
            life_domains=LifeDomains(vault),
            tags=Tags(vault),
            checkins=CheckIns(vault),
            strengths=Strengths(vault),
            goals=Goals(vault),
            journal=Journal(vault),
            plan=Plan(vault),
            supporters=Supporters(vault),
            settings=Settings(vault),
            drafts=Drafts(vault),
            helplines=Helplines(vault),
            warning_rules=WarningRules(vault),
            questionnaires=Questionnaires(vault),
            life_checks=LifeChecks(vault),
            supports=Supports(vault),
            feelings=Feelings(vault),
            hope_box=HopeBox(vault),
        )
