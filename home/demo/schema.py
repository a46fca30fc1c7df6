"""The shape of the demo content files, checked with pydantic (already locked: Wagtail depends on it).

pydantic gives typed fields, unknown and missing keys, and a location for every error, so a message can name the
file and the field (`lessons[2].activities[0].minutes`) without a home-made validator. Slugs that point at data
(age bands, settings, content guidance, help resources) are checked against the `Vocabulary` passed as validation
context, so the vocabularies stay rows in the database and the help resources stay in their own file.
"""

import re
from dataclasses import dataclass
from datetime import date
from typing import Annotated, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Discriminator,
    Field,
    Tag,
    ValidationInfo,
    field_validator,
    model_validator,
)

from curriculum.vocabularies import Goal, OfferType, Use
from home.demo.guide_check import check_guide
from lessons.address import forms_in

SLUG_PATTERN = r"^[a-z0-9]+(-[a-z0-9]+)*$"
# Names of materials that are printed (worksheets and cards): they list their content, so the PDF has it.
PRINTABLE_NAME = re.compile(r"werkblad|rol(len)?(spel)?kaart|situatiekaart|scènekaart|grenskaart", re.IGNORECASE)
URL_PATTERN = r"^https?://\S+$"
LAW_URL_PATTERN = r"^https://wetten\.overheid\.nl/\S+$"
ACTIVITY_KINDS = ("activity", "dilemma", "socratic", "quiz", "shared")

Text = Annotated[str, Field(min_length=1)]
Slug = Annotated[str, Field(pattern=SLUG_PATTERN)]
GoalCode = Literal[tuple(Goal.values)]
OfferTypeCode = Literal[tuple(OfferType.values)]
UseCode = Literal[tuple(Use.values)]


@dataclass(frozen=True)
class Vocabulary:
    """The slugs content may refer to: the vocabularies in the database and the help resources' file.

    None leaves references of that kind unjudged: for a reader without a database, and for help slugs when the
    help file itself is wrong (its own errors are reported instead).
    """

    age_bands: frozenset | None = None
    settings: frozenset | None = None
    content_guidance: frozenset | None = None
    help: frozenset | None = None
    facts: frozenset | None = None
    shared_activities: frozenset | None = None


VOCABULARY_LABELS = {
    "age_bands": "leeftijdsgroep",
    "settings": "setting",
    "content_guidance": "inhoudswaarschuwing",
    "help": "hulpbron",
    "facts": "wetsfeit",
    "shared_activities": "gedeelde activiteit",
}


def known(kind):
    """A list of slugs that must all be in the context's vocabulary of this kind."""

    def check(slugs, info: ValidationInfo):
        allowed = getattr(info.context["vocabulary"], kind)
        if allowed is None:
            return slugs
        unknown = [slug for slug in slugs if slug not in allowed]
        if unknown:
            choices = ", ".join(sorted(allowed)) or "(geen)"
            raise ValueError(f"onbekende {VOCABULARY_LABELS[kind]} {', '.join(unknown)}; kies uit: {choices}")
        return slugs

    return AfterValidator(check)


def known_one(kind):
    """One slug that must be in the context's vocabulary of this kind."""
    check = known(kind).func

    def one(slug, info: ValidationInfo):
        return check([slug], info)[0]

    return AfterValidator(one)


class Content(BaseModel):
    # strict: "50" is not a number of minutes and `no` is not a title; extra: a misspelt key is an error.
    model_config = ConfigDict(extra="forbid", strict=True)


class Goals(Content):
    kennis: Text
    bewustwording: Text
    handelingsperspectief: Text


class ReactiveVariant(Content):
    """How an activity changes when the lesson follows an incident (presenter-only)."""

    skip: bool = False
    pupil_text: str = ""
    presenter_line: str = ""

    @model_validator(mode="after")
    def skip_or_text(self):
        if self.skip and (self.pupil_text or self.presenter_line):
            raise ValueError("een onderdeel dat wegvalt (skip) heeft geen andere tekst nodig")
        if not (self.skip or self.pupil_text or self.presenter_line):
            raise ValueError("een reactieve variant zonder inhoud: kies skip, pupil_text of presenter_line")
        return self


class IncidentProtocol(Content):
    """What the presenter needs before giving a lesson after an incident (presenter-only)."""

    ask_school: Text
    never_say: Text
    available_after: Text
    referral: Text


class TimedBlock(Content):
    title: Text
    minutes: int = Field(gt=0)
    goal: GoalCode
    presenter_notes: str = ""
    optional: bool = False
    facts: Annotated[list[Slug], known("facts")] = Field([], description="slugs in facts.yaml this activity cites")
    reactive: ReactiveVariant | None = None


class Card(Content):
    """One card to cut out: a situation, a role, a boundary or a statement."""

    title: str = Field("", description="e.g. the role's name; empty: the card is numbered")
    text: Text


class Figure(Content):
    """A drawing printed on a worksheet (home/demo/materials.py draws it) with its alt text."""

    motif: Literal["poppetje", "telefoon"]
    alt: Text


class Printable(Content):
    """A material printed as a PDF by the loader: cards to cut out, or a worksheet with its questions or with
    columns to fill in."""

    name: Text
    intro: str = Field("", description="one or two sentences above the cards, questions or columns")
    cards: list[Card] = []
    questions: list[Text] = []
    columns: list[Text] = Field([], max_length=3, description="headings of a table to fill in, e.g. two columns")
    figure: Figure | None = None

    @model_validator(mode="after")
    def cards_or_questions(self):
        if [bool(self.cards), bool(self.questions), bool(self.columns)].count(True) != 1:
            raise ValueError(
                "een materiaal om te printen heeft kaarten (cards), vragen (questions) of kolommen (columns): "
                "precies één daarvan"
            )
        if len(self.columns) == 1:
            raise ValueError("een werkblad met kolommen heeft er minstens twee")
        if self.figure and self.cards:
            raise ValueError("een tekening (figure) hoort bij een werkblad met vragen, niet bij kaarten")
        return self


def material_tag(value):
    return "te-printen" if isinstance(value, dict | Printable) else "naam"


# A name ("Digibord") or a material to print; the tags only choose the shape and are left out of error paths.
Material = Annotated[
    Annotated[Text, Tag("naam")] | Annotated[Printable, Tag("te-printen")], Discriminator(material_tag)
]
MATERIAL_TAGS = ("naam", "te-printen")


class Activity(TimedBlock):
    kind: Literal["activity"]
    pupil_content: Text
    instructions: Text
    materials: list[Material] = []

    @field_validator("materials")
    @classmethod
    def printed_materials_list_their_content(cls, materials):
        named_only = [m for m in materials if isinstance(m, str) and PRINTABLE_NAME.search(m)]
        if named_only:
            raise ValueError(
                f"{', '.join(named_only)} wordt geprint: schrijf het als name met cards (kaarten), questions "
                "(vragen) of columns (kolommen), zodat de PDF de inhoud heeft"
            )
        return materials

    @property
    def material_names(self):
        return [material if isinstance(material, str) else material.name for material in self.materials]


class Dilemma(TimedBlock):
    kind: Literal["dilemma"]
    situation: Text
    options: list[Text] = Field(min_length=2)
    discussion_questions: list[Text] = []


class Socratic(TimedBlock):
    kind: Literal["socratic"]
    opening_question: Text
    follow_up_questions: list[Text] = Field(min_length=1)


class QuizQuestion(Content):
    question: Text
    answers: list[Text] = Field(min_length=2)
    correct: int = Field(ge=0, description="the right answer's position, counted from 0")
    explanation: str = ""
    facts: Annotated[list[Slug], known("facts")] = Field([], description="slugs in facts.yaml the explanation cites")

    @field_validator("correct")
    @classmethod
    def within_answers(cls, correct, info: ValidationInfo):
        answers = info.data.get("answers")
        if answers is not None and correct >= len(answers):
            raise ValueError(f"{correct} wijst voorbij de {len(answers)} antwoorden (tel vanaf 0)")
        return correct


class Quiz(TimedBlock):
    kind: Literal["quiz"]
    questions: list[QuizQuestion] = Field(min_length=1)


class Shared(Content):
    """An activity from shared-activities.yaml, with this lesson's minutes and goal."""

    kind: Literal["shared"]
    activity: Annotated[Slug, known_one("shared_activities")]
    minutes: int = Field(gt=0)
    goal: GoalCode
    optional: bool = False


AnyActivity = Annotated[Activity | Dilemma | Socratic | Quiz | Shared, Field(discriminator="kind")]


class FollowUp(Content):
    title: Text
    text: Text


class SafeDelivery(Content):
    ground_rules: list[Text] = Field(min_length=1)
    disclosure: Text
    signposting: Annotated[list[Slug], known("help")]


class Lesson(Content):
    title: Text
    slug: Slug
    offer_type: OfferTypeCode
    age_bands: Annotated[list[Slug], Field(min_length=1), known("age_bands")]
    use: UseCode
    settings: Annotated[list[Slug], Field(min_length=1), known("settings")]
    group_size: Text
    central_question: Text
    summary: Text
    goals: Goals
    content_guidance: Annotated[list[Slug], known("content_guidance")] = []
    activities: list[AnyActivity] = Field(min_length=4)
    duration: int = Field(gt=0)  # declared after the activities so that it can be checked against them
    follow_up: list[FollowUp] = []
    safe_delivery: SafeDelivery | None = None
    incident_protocol: IncidentProtocol | None = Field(None, description="else the theme's, for a reactive lesson")

    @field_validator("activities")
    @classmethod
    def serve_every_goal(cls, activities):
        missing = [goal for goal in Goal.values if goal not in {activity.goal for activity in activities}]
        if missing:
            raise ValueError(f"geen activiteit dient het lesdoel {', '.join(missing)}")
        return activities

    @field_validator("duration")
    @classmethod
    def adds_up(cls, duration, info: ValidationInfo):
        activities = info.data.get("activities")
        if activities is not None and sum(activity.minutes for activity in activities) != duration:
            total = sum(activity.minutes for activity in activities)
            raise ValueError(f"{duration} minuten, maar de activiteiten duren samen {total} minuten")
        return duration


class ParentGuide(Content):
    title: Text
    slug: Slug = "ouders"
    intro: Text
    accompanies: list[Slug] = Field([], description="lesson slugs in this theme; empty: every lesson of the theme")
    learned: Goals
    conversation_starters: list[Text] = Field(min_length=1)
    what_you_can_do: list[Text] = Field(min_length=1)
    meeting: str = ""
    help: Annotated[list[Slug], Field(min_length=1), known("help")]
    facts: Annotated[list[Slug], known("facts")] = []

    @model_validator(mode="after")
    def plain_dutch_in_one_voice(self):
        """B1 (the demo has no editor to record a reason for less) and "u" or "je", never both (guide_check.py)."""
        readability, address = check_guide(self)
        problems = []
        if not readability.passes:
            problems += [readability.summary(), *map(str, readability.hard_sentences[:3])]
        if address.mixed:
            problems.append(address.summary())
        if problems:
            raise ValueError(" ".join(problems))
        return self


class ProfessionalGuide(Content):
    title: Text
    slug: Slug
    offer_type: OfferTypeCode
    audience_description: Text
    duration: int = Field(gt=0)
    summary: Text
    background: list[Text] = Field(min_length=1)
    signals: list[Text] = Field(min_length=1)
    handelingsperspectief: list[Text] = Field(min_length=1)
    training_details: Text
    facts: Annotated[list[Slug], known("facts")] = []


class ThemeImage(Content):
    """An illustration drawn by the loader (home/demo/images.py) with its alt text."""

    motif: Literal["groep", "telefoon", "bankpas", "vuurwerk"]
    alt: Text


class Theme(Content):
    slug: Slug
    title: Text
    summary: Text
    image: ThemeImage | None = None
    why: list[Text] = Field(min_length=1)
    everyday_terms: list[Text] = []
    incident_protocol: IncidentProtocol | None = Field(None, description="for every reactive lesson of the theme")
    lessons: list[Lesson]
    parent_guide: ParentGuide | None = None
    professional_guides: list[ProfessionalGuide] = []

    @field_validator("parent_guide")
    @classmethod
    def accompanies_own_lessons(cls, guide, info: ValidationInfo):
        if guide is None or "lessons" not in info.data:  # no guide, or the lessons have errors of their own
            return guide
        lessons = {lesson.slug for lesson in info.data["lessons"]}
        unknown = [slug for slug in guide.accompanies if slug not in lessons]
        if unknown:
            raise ValueError(f"accompanies noemt {', '.join(unknown)}, maar dat is geen les in dit thema")
        return guide

    @model_validator(mode="after")
    def reactive_lessons_have_a_protocol(self):
        """The publishing rule (lessons/rules.py) as a content check: a reactive lesson needs a protocol."""
        if self.incident_protocol is None:
            missing = [
                lesson.slug
                for lesson in self.lessons
                if lesson.use in (Use.REACTIEF, Use.BEIDE) and lesson.incident_protocol is None
            ]
            if missing:
                raise ValueError(
                    f"{', '.join(missing)} kan reactief worden ingezet, maar heeft geen incident_protocol "
                    "(bij de les of bij het thema)"
                )
        return self

    @model_validator(mode="after")
    def unique_page_slugs(self):
        guides = [self.parent_guide] if self.parent_guide else []
        slugs = [page.slug for page in [*self.lessons, *guides, *self.professional_guides]]
        doubles = sorted({slug for slug in slugs if slugs.count(slug) > 1})
        if doubles:
            raise ValueError(f"twee pagina's in dit thema met de slug {', '.join(doubles)}")
        return self


class HelpResource(Content):
    slug: Slug
    name: Text
    phone: str = ""
    url: Annotated[str, Field(pattern=URL_PATTERN)]
    when: Text
    for_young_people: bool = False
    order: int = Field(ge=0)

    @model_validator(mode="after")
    def voice_matches_audience(self):
        """A resource for young people says "je", one for parents "u": pages pick them by this flag."""
        expected = {"je"} if self.for_young_people else {"u"}
        if forms_in(self.when) != expected:
            who = "jongeren (je)" if self.for_young_people else "ouders (u)"
            raise ValueError(f"for_young_people zegt dat 'when' voor {who} is, maar de tekst zegt het anders")
        return self


class LegalFact(Content):
    """A legal fact (facts.yaml): a B1 statement with its source on wetten.overheid.nl."""

    slug: Slug
    statement: Text
    article: Text
    law: Text
    source_url: Annotated[str, Field(pattern=LAW_URL_PATTERN)]
    checked_on: date
    review_by: date


class SharedActivity(Content):
    """An activity written once (shared-activities.yaml) that lessons place with their own minutes and goal."""

    slug: Slug
    title: Text
    pupil_content: Text
    instructions: Text
    presenter_notes: str = ""
    materials: list[Text] = []
    reactive: ReactiveVariant | None = Field(None, description="as an activity's, for every lesson that places it")


class Section(Content):
    heading: Text
    paragraphs: list[Text] = Field(min_length=1)


class StandardPage(Content):
    slug: Slug
    title: Text
    intro: Text
    sections: list[Section] = Field(min_length=1)


class AudienceEntry(Content):
    audience: Text
    text: Text
    page: Slug | None = Field(None, description="the slug of the leerlijn, the parents' index or a theme")
    place: Literal["inloggen"] | None = Field(None, description="or a route of the site (home.models.SITE_PLACES)")

    @model_validator(mode="after")
    def page_or_place(self):
        if (self.page is None) == (self.place is None):
            raise ValueError("een ingang heeft een page of een place, precies één van beide")
        return self


class HomeContent(Content):
    title: Text
    intro: Text
    audience_entries: list[AudienceEntry] = []


class LeerlijnContent(Content):
    slug: Slug
    title: Text
    intro: Text


class ParentsContent(Content):
    """The parents' index page (/ouders/): every parent guide by theme."""

    slug: Slug
    title: Text
    intro: Text


class PresentingContent(Content):
    """Instellingen > Presenteren: what a Halt-medewerker does differently in every reactive voorlichting."""

    reactive_steps: list[Text] = Field(min_length=1)
    default_ground_rules: list[Text] = Field(min_length=1)
    default_disclosure: Text


class ParentLettersContent(Content):
    """Instellingen > Brieven aan ouders. Paragraphs are separated by a blank line; {school} and {datum} are filled
    in when a letter is made."""

    letter_opening: Text
    letter_closing: Text
    invitation: Text


class Site(Content):
    home: HomeContent
    leerlijn: LeerlijnContent
    parents: ParentsContent | None = None
    presenting: PresentingContent
    parent_letters: ParentLettersContent
