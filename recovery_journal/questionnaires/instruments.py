"""The four instruments, word for word as published, each with its source.

Every item below was checked against the source named in `Instrument.verified_against` (see
docs/questionnaires.md for what was compared). Never reword an item: a changed word makes a
different questionnaire whose scores no longer mean what the published ones do.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Band:
    """A published range of a score (both ends included) and its published label."""

    low: int
    high: int
    label: str


@dataclass(frozen=True, slots=True)
class Item:
    """One question or statement, and the words of its lowest and highest answers."""

    text: str
    low_words: str = ""
    high_words: str = ""
    # Bands for this item alone (ONS4 reports each question on its own).
    bands: tuple[Band, ...] = ()
    # The short name the publisher uses for it in tables and charts ("Life satisfaction").
    short: str = ""


@dataclass(frozen=True, slots=True)
class Instrument:
    """A questionnaire: wording, answer options, how it is scored, and whom to credit."""

    key: str
    name: str
    title: str
    instructions: str
    items: tuple[Item, ...]
    # Answer values run from 0 to len(options) - 1; empty options mean a 0..scale_max scale.
    options: tuple[str, ...]
    scale_max: int
    credit: str
    licence: str
    verified_against: tuple[str, ...]
    # A question asked after the items that is not part of the total (PHQ-9, GAD-7).
    extra_question: str = ""
    extra_options: tuple[str, ...] = ()
    has_total: bool = True
    bands: tuple[Band, ...] = ()
    # Items whose answer above 0 opens the help panel (PHQ-9 item 9), 0-based.
    safety_items: tuple[int, ...] = ()

    @property
    def total_max(self) -> int:
        """The highest total the instrument allows."""
        return self.scale_max * len(self.items)

    def option_words(self, value: int) -> str:
        """The words of an answer value, or the number itself on a numeric scale."""
        return self.options[value] if self.options else str(value)


_FREQUENCY = ("Not at all", "Several days", "More than half the days", "Nearly every day")
_DIFFICULTY = ("Not difficult at all", "Somewhat difficult", "Very difficult",
               "Extremely difficult")
_PFIZER_CREDIT = (
    "Developed by Drs. Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke and colleagues, "
    "with an educational grant from Pfizer Inc."
)
_PFIZER_LICENCE = "No permission required to reproduce, translate, display or distribute."

PHQ9 = Instrument(
    key="phq9",
    name="PHQ-9",
    title="Patient Health Questionnaire (PHQ-9)",
    instructions=(
        "Over the last 2 weeks, how often have you been bothered by any of the following "
        "problems?"
    ),
    items=tuple(Item(text) for text in (
        "Little interest or pleasure in doing things",
        "Feeling down, depressed, or hopeless",
        "Trouble falling or staying asleep, or sleeping too much",
        "Feeling tired or having little energy",
        "Poor appetite or overeating",
        "Feeling bad about yourself \u2014 or that you are a failure or have let yourself or "
        "your family down",
        "Trouble concentrating on things, such as reading the newspaper or watching "
        "television",
        "Moving or speaking so slowly that other people could have noticed? Or the opposite "
        "\u2014 being so fidgety or restless that you have been moving around a lot more than "
        "usual",
        "Thoughts that you would be better off dead or of hurting yourself in some way",
    )),
    options=_FREQUENCY,
    scale_max=3,
    extra_question=(
        "If you checked off any problems, how difficult have these problems made it for you "
        "to do your work, take care of things at home, or get along with other people?"
    ),
    extra_options=_DIFFICULTY,
    credit=_PFIZER_CREDIT,
    licence=_PFIZER_LICENCE,
    # Kroenke, Spitzer & Williams (2001), J Gen Intern Med 16:606-613: severity cut-points.
    bands=(
        Band(0, 4, "Minimal"), Band(5, 9, "Mild"), Band(10, 14, "Moderate"),
        Band(15, 19, "Moderately severe"), Band(20, 27, "Severe"),
    ),
    safety_items=(8,),
    verified_against=(
        "Pfizer PHQ-9 form, 'No permission required to reproduce, translate, display or "
        "distribute' edition, as reproduced at "
        "https://therandomtandem.com/mood-screening-questionnaire-printable-4892 and "
        "https://www.scribd.com/document/724517444/Adult-Patient-Health-Questionnaire-PHQ9-GAD7",
    ),
)

GAD7 = Instrument(
    key="gad7",
    name="GAD-7",
    title="Generalized Anxiety Disorder 7-item scale (GAD-7)",
    instructions=(
        "Over the last 2 weeks, how often have you been bothered by the following problems?"
    ),
    items=tuple(Item(text) for text in (
        "Feeling nervous, anxious or on edge",
        "Not being able to stop or control worrying",
        "Worrying too much about different things",
        "Trouble relaxing",
        "Being so restless that it is hard to sit still",
        "Becoming easily annoyed or irritable",
        "Feeling afraid as if something awful might happen",
    )),
    options=_FREQUENCY,
    scale_max=3,
    extra_question=(
        "If you checked off any problems, how difficult have these made it for you to do your "
        "work, take care of things at home, or get along with other people?"
    ),
    extra_options=_DIFFICULTY,
    credit=_PFIZER_CREDIT,
    licence=_PFIZER_LICENCE,
    # Spitzer, Kroenke, Williams & Löwe (2006), Arch Intern Med 166:1092-1097: 5, 10 and 15
    # are the cut-points for mild, moderate and severe.
    bands=(
        Band(0, 4, "Minimal"), Band(5, 9, "Mild"), Band(10, 14, "Moderate"),
        Band(15, 21, "Severe"),
    ),
    verified_against=(
        "Pfizer GAD-7 form, as reproduced at "
        "https://www.scribd.com/document/724517444/Adult-Patient-Health-Questionnaire-PHQ9-GAD7 "
        "and https://www.touringmanual.com/resources/"
        "generalized-anxiety-disorder-7-item-gad-7-generalized-anxiety-disorder-scale/",
    ),
)

# ONS thresholds: 0-4 low, 5-6 medium, 7-8 high, 9-10 very high; anxiety the other way round.
_ONS_BANDS = (Band(0, 4, "Low"), Band(5, 6, "Medium"), Band(7, 8, "High"),
              Band(9, 10, "Very high"))
_ONS_ANXIETY_BANDS = (Band(0, 1, "Very low"), Band(2, 3, "Low"), Band(4, 5, "Medium"),
                      Band(6, 10, "High"))

ONS4 = Instrument(
    key="ons4",
    name="ONS4",
    title="ONS personal well-being (ONS4)",
    instructions=(
        "Next I would like to ask you four questions about your feelings on aspects of your "
        "life. There are no right or wrong answers. For each of these questions I\u2019d like "
        "you to give an answer on a scale of nought to 10, where nought is \u2018not at all\u2019 "
        "and 10 is \u2018completely\u2019."
    ),
    items=(
        Item("Overall, how satisfied are you with your life nowadays?",
             "not at all satisfied", "completely satisfied", _ONS_BANDS, "Life satisfaction"),
        Item("Overall, to what extent do you feel that the things you do in your life are "
             "worthwhile?", "not at all worthwhile", "completely worthwhile", _ONS_BANDS,
             "Worthwhile"),
        Item("Overall, how happy did you feel yesterday?",
             "not at all happy", "completely happy", _ONS_BANDS, "Happiness"),
        Item("On a scale where nought is \u2018not at all anxious\u2019 and 10 is "
             "\u2018completely anxious\u2019, overall, how anxious did you feel yesterday?",
             "not at all anxious", "completely anxious", _ONS_ANXIETY_BANDS, "Anxiety"),
    ),
    options=(),
    scale_max=10,
    has_total=False,
    credit="Office for National Statistics: the personal well-being questions (ONS4).",
    licence=(
        "Contains public sector information licensed under the Open Government Licence v3.0."
    ),
    verified_against=(
        "GSS harmonised standard 'Personal well-being' (questions as on the ONS Annual "
        "Population Survey): https://gss.civilservice.gov.uk/policy-store/personal-well-being/",
        "ONS thresholds: https://www.ons.gov.uk/aboutus/transparencyandgovernance/"
        "freedomofinformationfoi/asetofannualukswbscoredistributions",
    ),
)

QPR15 = Instrument(
    key="qpr15",
    name="QPR-15",
    title="Questionnaire about the Process of Recovery (QPR-15)",
    instructions=(
        "Please take a moment to consider and sum up how things stand for you at the present "
        "time, in particular over the last 7 days, with regards to your mental health and "
        "recovery. Please respond to the following statements by putting a tick in the box "
        "which best describes your experience."
    ),
    # Items 1-12, 19, 21 and 22 of the 22-item QPR (Law et al. 2014's one-factor version).
    items=tuple(Item(text) for text in (
        "I feel better about myself",
        "I feel able to take chances in life",
        "I am able to develop positive relationships with other people",
        "I feel part of society rather than isolated",
        "I am able to assert myself",
        "I feel that my life has a purpose",
        "My experiences have changed me for the better",
        "I have been able to come to terms with things that have happened to me in the past "
        "and move on with my life",
        "I am basically strongly motivated to get better",
        "I can recognise the positive things I have done",
        "I am able to understand myself better",
        "I can take charge of my life",
        "I can actively engage with life",
        "I can take control of aspects of my life",
        "I can find the time to do the things I enjoy",
    )),
    options=("Disagree strongly", "Disagree", "Neither agree nor disagree", "Agree",
             "Agree strongly"),
    scale_max=4,
    credit=(
        "Neil, Kilbride, Pitt, Nothard, Welford, Sellwood & Morrison (2009), Psychosis 1(2) "
        "145\u2013155; 15-item version: Law, Neil, Dunn & Morrison (2014), Schizophrenia "
        "Research 156, 184\u2013189."
    ),
    licence="Freely available; permission not required for use.",
    verified_against=(
        "PhenX Toolkit protocol 661101 (QPR, 15 items, instructions, options, 'freely "
        "available; permission not required for use'): "
        "https://www.phenxtoolkit.org/protocols/view/661101",
        "Item wording of the 22-item QPR: BMC Psychiatry 17:309 (2017) table 3, "
        "https://bmcpsychiatry.biomedcentral.com/articles/10.1186/s12888-017-1520-y/tables/3",
    ),
)

INSTRUMENTS: tuple[Instrument, ...] = (ONS4, PHQ9, GAD7, QPR15)
_BY_KEY = {each.key: each for each in INSTRUMENTS}


def instrument(key: str) -> Instrument:
    """The instrument with this key; KeyError for one the app does not know."""
    try:
        return _BY_KEY[key]
    except KeyError:
        raise KeyError(f"unknown questionnaire {key!r}") from None
