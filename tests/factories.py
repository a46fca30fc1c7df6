"""Factories for every page type and snippet, and `build_catalogue`: the small catalogue most tests need.

Development-only (factory-boy and wagtail-factories are in the `dev` dependency group): production code never
imports this module.
"""

from dataclasses import dataclass
from datetime import date, timedelta

import factory
import wagtail_factories
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from factory.django import DjangoModelFactory
from wagtail.models import Page, PageLogEntry, Site

from curriculum.models import AgeBand, ContentGuidance, LeerlijnPage, LegalFact, Setting, ThemePage
from curriculum.richtext import paragraphs
from curriculum.vocabularies import Goal, Use
from home.models import HomePage, StandardPage
from lessons.governance import BEHEER, EINDREDACTIE, MEDEWERKER, REDACTIE, govern_leerlijn
from lessons.models import HelpResource, LessonPage, ParentGuidePage, ProfessionalGuidePage, SharedActivity

# Stream data helpers -------------------------------------------------------------------------------------------

# The demo's Dutch pages and snippets: its translations bring copies in other locales (wagtail-localize).
DUTCH = {"locale__language_code": "nl"}


def activity(title, minutes, goal, pupil_content="Wat de klas ziet.", notes="", **extra):
    """Raw stream data for one ActivityBlock."""
    return {
        "type": "activity",
        "value": {
            "title": title,
            "minutes": minutes,
            "goal": goal,
            "optional": extra.pop("optional", False),
            "pupil_content": paragraphs(pupil_content),
            "instructions": paragraphs(extra.pop("instructions", "Zo voer je het uit.")),
            "presenter_notes": paragraphs(notes),
            "materials": extra.pop("materials", []),
            "facts": extra.pop("facts", []),
            "reactive": extra.pop("reactive", {}),
        },
    }


def reactive_variant(skip=False, pupil_text="", presenter_line=""):
    """Raw stream data for an activity's ReactiveVariantBlock."""
    return {"skip": skip, "pupil_text": paragraphs(pupil_text) if pupil_text else "", "presenter_line": presenter_line}


def shared_reactive(variant):
    """Raw stream data for a shared activity's `reactive` field: the one ReactiveVariantBlock it holds."""
    return [{"type": "reactive", "value": variant}]


def incident_protocol(never_say="Noem geen namen en geen details van het incident."):
    """Raw stream data for a lesson's incident protocol (one IncidentProtocolBlock)."""
    return [
        {
            "type": "incident_protocol",
            "value": {
                "ask_school": paragraphs("Vraag wat er speelt en wat de klas al weet."),
                "never_say": paragraphs(never_say),
                "available_after": paragraphs("De mentor en de zorgcoördinator zijn na de les in school."),
                "referral": paragraphs("Bij betrokkenheid: een herstelgericht gesprek of een individuele interventie."),
            },
        }
    ]


def cites(*facts):
    """Raw ListBlock data for an activity's `facts`: FactBlocks choosing these legal facts."""
    return [{"fact": fact.pk} for fact in facts]


def shared(activity, minutes, goal, optional=False, notes=""):
    """Raw stream data for one SharedActivityBlock (`notes`: this lesson's own presenter notes)."""
    value = {"activity": activity.pk, "minutes": minutes, "goal": goal, "optional": optional}
    return {"type": "shared", "value": value | {"presenter_notes": paragraphs(notes)}}


def quiz(title, minutes, goal, questions, notes="", facts=None):
    """Raw stream data for one QuizBlock; `questions` are (question, answers, correct from 1, explanation), and
    `facts` per question what its explanation cites (`cites(...)`)."""
    facts = facts or [[] for _ in questions]
    return {
        "type": "quiz",
        "value": {
            "title": title,
            "minutes": minutes,
            "goal": goal,
            "optional": False,
            "presenter_notes": paragraphs(notes),
            "questions": [
                {"question": q, "answers": answers, "correct": correct, "explanation": explanation, "facts": cited}
                for (q, answers, correct, explanation), cited in zip(questions, facts, strict=True)
            ],
        },
    }


def dilemma(title, minutes, goal, situation, options, notes=""):
    """Raw stream data for one DilemmaBlock."""
    return {
        "type": "dilemma",
        "value": {
            "title": title,
            "minutes": minutes,
            "goal": goal,
            "optional": False,
            "presenter_notes": paragraphs(notes),
            "situation": situation,
            "options": list(options),
            "discussion_questions": [],
        },
    }


def safe_delivery(ground_rules, disclosure, signposting=()):
    """Raw stream data for one SafeDeliveryBlock; `signposting` holds HelpResource objects."""
    return {
        "type": "safe_delivery",
        "value": {
            "ground_rules": list(ground_rules),
            "disclosure": paragraphs(disclosure),
            "signposting": [resource.pk for resource in signposting],
        },
    }


def follow_up(title, text):
    return {"type": "follow_up", "value": {"title": title, "text": paragraphs(text)}}


def default_activities():
    """Four activities of 50 minutes that together serve all three goals."""
    return [
        activity("Opening", 10, Goal.KENNIS),
        activity("Uitleg", 15, Goal.KENNIS),
        activity("Dilemma's", 15, Goal.BEWUSTWORDING),
        activity("Wat kun je doen?", 10, Goal.HANDELINGSPERSPECTIEF),
    ]


def set_many(field_name):
    """A post-generation hook that fills a ParentalManyToManyField in memory; `save_many` saves them all at once."""

    def hook(page, create, extracted, **kwargs):
        if extracted is not None:
            getattr(page, field_name).set(extracted)
            page._many_to_save = True

    return factory.PostGeneration(hook)


def save_many():
    """The last post-generation hook: one save for all many-to-many values (each save also updates the index)."""

    def hook(page, create, extracted, **kwargs):
        if create and getattr(page, "_many_to_save", False):
            page.save()

    return factory.PostGeneration(hook)


# Vocabularies and snippets -------------------------------------------------------------------------------------


class SlugFactory(DjangoModelFactory):
    """A vocabulary term or snippet is found again by its slug: a test may name one the migrations already made."""

    class Meta:
        abstract = True
        django_get_or_create = ("slug",)


class AgeBandFactory(SlugFactory):
    name = factory.Sequence(lambda n: f"Leeftijdsgroep {n}")
    slug = factory.Sequence(lambda n: f"leeftijdsgroep-{n}")
    min_age = 12
    max_age = 15
    order = factory.Sequence(lambda n: 100 + n)

    class Meta:
        model = AgeBand


class SettingFactory(SlugFactory):
    name = factory.Sequence(lambda n: f"Setting {n}")
    slug = factory.Sequence(lambda n: f"setting-{n}")

    class Meta:
        model = Setting


class HelpResourceFactory(SlugFactory):
    name = factory.Sequence(lambda n: f"Hulplijn {n}")
    slug = factory.Sequence(lambda n: f"hulplijn-{n}")
    phone = "0800-2000"
    url = "https://www.veiligthuis.nl/"
    when = "Als u zich zorgen maakt."

    class Meta:
        model = HelpResource


# Pages -----------------------------------------------------------------------------------------------------------


class LegalFactFactory(SlugFactory):
    """A published legal fact (the row holds the published version; drafts are revisions)."""

    statement = factory.Sequence(lambda n: f"Wetsfeit {n}: dit is strafbaar.")
    slug = factory.Sequence(lambda n: f"wetsfeit-{n}")
    article = factory.Sequence(lambda n: f"artikel {n}")
    law = "Wetboek van Strafrecht"
    source_url = "https://wetten.overheid.nl/BWBR0001854/"
    checked_on = factory.LazyFunction(date.today)
    review_by = factory.LazyFunction(lambda: date.today() + timedelta(days=365))

    class Meta:
        model = LegalFact


class SharedActivityFactory(DjangoModelFactory):
    title = factory.Sequence(lambda n: f"Groepsafspraken {n}")
    slug = factory.Sequence(lambda n: f"groepsafspraken-{n}")
    pupil_content = paragraphs("We luisteren naar elkaar.")
    instructions = paragraphs("Spreek de afspraken samen af.")
    presenter_notes = paragraphs("Let op wie stil blijft.")
    materials = "Digibord"
    reactive = factory.LazyFunction(list)  # e.g. shared_reactive(reactive_variant(presenter_line=...))

    class Meta:
        model = SharedActivity


class PageFactory(wagtail_factories.PageFactory):
    """A page is found again by its slug below the same parent, where Wagtail keeps slugs unique."""

    class Meta:
        abstract = True
        django_get_or_create = ("slug", "parent")


class HomePageFactory(PageFactory):
    title = "Halt Leerlijn"
    slug = "home"
    intro = "Voorlichtingen van Halt, van groep 7 tot het mbo."

    class Meta:
        model = HomePage


class StandardPageFactory(PageFactory):
    title = factory.Sequence(lambda n: f"Informatiepagina {n}")
    slug = factory.Sequence(lambda n: f"informatie-{n}")
    intro = "Een informatiepagina."
    body = factory.LazyFunction(lambda: [("section", {"heading": "Kop", "text": "<p>Tekst.</p>"})])

    class Meta:
        model = StandardPage


class LeerlijnPageFactory(PageFactory):
    title = "De doorlopende leerlijn"
    slug = "leerlijn"
    intro = "Per thema een les voor elke leeftijd."

    class Meta:
        model = LeerlijnPage


class ThemePageFactory(PageFactory):
    title = factory.Sequence(lambda n: f"Thema {n}")
    slug = factory.Sequence(lambda n: f"thema-{n}")
    summary = "Waar dit thema over gaat."
    why = paragraphs("Waarom dit thema ertoe doet.")

    class Meta:
        model = ThemePage


class LessonPageFactory(PageFactory):
    title = factory.Sequence(lambda n: f"Les {n}")
    slug = factory.Sequence(lambda n: f"les-{n}")
    central_question = "Wat doe jij als de groep iets wil wat jij niet wilt?"
    summary = "Leerlingen praten over groepsdruk."
    duration = 50
    group_size = "Eén klas"
    goal_kennis = "Leerlingen weten wat groepsdruk is."
    goal_bewustwording = "Leerlingen zien hoe de groep hen beïnvloedt."
    goal_handelingsperspectief = "Leerlingen oefenen met nee zeggen."
    activities = factory.LazyFunction(default_activities)
    age_bands = set_many("age_bands")
    settings = set_many("settings")
    content_guidance = set_many("content_guidance")

    class Meta:
        model = LessonPage
        skip_postgeneration_save = True

    @factory.post_generation
    def default_vocabulary(page, create, extracted, **kwargs):
        """A lesson without age band or setting is not a valid lesson: default to the first of each."""
        if create and not page.age_bands.exists() and not page.settings.exists():
            page.age_bands.set(AgeBand.objects.all()[:1])
            page.settings.set(Setting.objects.all()[:1])
            page._many_to_save = True

    save_relations = save_many()


class ParentGuidePageFactory(PageFactory):
    title = factory.Sequence(lambda n: f"Gesprekshulp {n}")
    slug = factory.Sequence(lambda n: f"ouders-{n}")
    intro = "Uw kind kreeg een les. Zo praat u er thuis over."
    learned_kennis = "Uw kind weet wat groepsdruk is."
    learned_bewustwording = "Uw kind ziet hoe vrienden invloed hebben."
    learned_handelingsperspectief = "Uw kind oefende met nee zeggen."
    conversation_starters = factory.LazyFunction(lambda: [("item", "Wat vond je van de les?")])
    what_you_can_do = factory.LazyFunction(lambda: [("item", "Luister zonder oordeel.")])
    accompanies = set_many("accompanies")
    save_relations = save_many()

    class Meta:
        model = ParentGuidePage
        skip_postgeneration_save = True


class ProfessionalGuidePageFactory(PageFactory):
    title = factory.Sequence(lambda n: f"Voor professionals {n}")
    slug = factory.Sequence(lambda n: f"professionals-{n}")
    audience_description = "Docenten en mentoren"
    duration = 90
    summary = "Wat professionals moeten weten."
    background = paragraphs("Achtergrond.")
    signals = factory.LazyFunction(lambda: [("item", "Een leerling heeft opeens veel geld.")])
    handelingsperspectief = factory.LazyFunction(lambda: [("item", "Bespreek je zorg met de zorgcoördinator.")])
    training_details = paragraphs("Aanvragen via de relatiemanager.")

    class Meta:
        model = ProfessionalGuidePage


# The small catalogue ---------------------------------------------------------------------------------------------

PASSWORD = "halt-test"
ROLES = {
    "redacteur": REDACTIE,
    "collega": REDACTIE,  # the first review step of what redacteur submits
    "eindredacteur": EINDREDACTIE,
    "medewerker": MEDEWERKER,
    "beheerder": BEHEER,
}


def publish(page):
    """Publish a revision of `page`, as an editor does; returns the page fresh from the database."""
    page.save_revision(log_action=False).publish(log_action=False)
    return page.specific_class.objects.get(pk=page.pk)


def fresh(page):
    """The page as stored: factory pages are created live (without a revision, which would double the cost)."""
    return page.specific_class.objects.get(pk=page.pk)


def write_presenter_note(lesson, text):
    """Put `text` in the presenter notes of the lesson's first activity (in memory: publish to keep it)."""
    raw = list(lesson.activities.raw_data)
    raw[0] = dict(raw[0], value={**raw[0]["value"], "presenter_notes": paragraphs(text)})
    lesson.activities = raw


def own_site(home_slug="halt"):
    """A home page of its own, beside Wagtail's welcome page, as the default site's root, with a leerlijn below it:
    for tests that build their own pages instead of using the session's `catalogue`. Returns (home, leerlijn)."""
    home = HomePageFactory(parent=Page.get_first_root_node(), slug=home_slug)
    Site.objects.update_or_create(
        is_default_site=True, defaults={"root_page": home, "hostname": "localhost", "port": 80}
    )
    return home, LeerlijnPageFactory(parent=home)


def governed_theme(slug="thema"):
    """A theme below a leerlijn of its own that has the editorial roles and the review workflow (as the admin gives
    it): for the review tests."""
    _home, leerlijn = own_site("start")
    govern_leerlijn(leerlijn)
    return ThemePageFactory(parent=leerlijn, slug=slug)


def published_lesson(parent, band="vo-onderbouw", setting="school", **fields):
    """A lesson for one age band and one setting (by slug), published through a revision as editors do."""
    return publish(
        LessonPageFactory(
            parent=parent,
            age_bands=[AgeBand.objects.get(slug=band)],
            settings=[Setting.objects.get(slug=setting)],
            **fields,
        )
    )


def account(username, group_name=None, superuser=False, password="x"):
    """The user `username` (created if new), in the role group `group_name` when one is given."""
    model = get_user_model()
    user = model.objects.filter(username=username).first() or model.objects.create_user(
        username, f"{username}@halt.example", password, is_superuser=superuser, is_staff=superuser
    )
    if group_name:
        user.groups.add(Group.objects.get(name=group_name))
    return user


def users():
    """One account per role group (the groups come from a migration), plus a superuser `admin`; the demo's
    accounts of the same names when the demo is loaded."""
    User = get_user_model()
    accounts = {}
    for username, role in ROLES.items():
        user, created = User.objects.get_or_create(
            username=username, defaults={"email": f"{username}@halt.example", "is_staff": role == BEHEER}
        )
        if created:
            user.set_password(PASSWORD)
            user.save()
            user.groups.add(Group.objects.get(name=role))
        accounts[username] = user
    admin, created = User.objects.get_or_create(
        username="admin", defaults={"email": "admin@halt.example", "is_staff": True, "is_superuser": True}
    )
    if created:
        admin.set_password(PASSWORD)
        admin.save()
        admin.groups.add(Group.objects.get(name=BEHEER))
    accounts["admin"] = admin
    return accounts


@dataclass
class Catalogue:
    home: HomePage
    leerlijn: LeerlijnPage
    theme: ThemePage
    lesson: LessonPage  # VO onderbouw, proactief and reactief; notes, a quiz, a dilemma, an optional activity
    lesson_mbo: LessonPage  # MBO, at school and in the sports club
    other_theme: ThemePage
    other_lesson: LessonPage  # PO groep 7-8, in the neighbourhood
    parent_guide: ParentGuidePage
    professional_guide: ProfessionalGuidePage
    help_resource: HelpResource
    standard_page: StandardPage

    @property
    def lessons(self):
        return [self.lesson, self.lesson_mbo, self.other_lesson]

    def fresh(self):
        """The same catalogue read again from the database: for each test its own objects to change."""
        return Catalogue(**{name: type(obj).objects.get(pk=obj.pk) for name, obj in vars(self).items()})


CATALOGUE_HOME_SLUG = "halt"
CATALOGUE_HELP_SLUG = "veilig-thuis"


def remove_catalogue():
    """Take a catalogue that `build_catalogue` committed off the database again (the demo then gets the default
    site, as on a fresh install)."""
    for home in HomePage.objects.filter(slug=CATALOGUE_HOME_SLUG):
        pages = list(Page.objects.descendant_of(home, inclusive=True).values_list("pk", flat=True))
        home.delete()  # its pages, and the default site that points to it
        PageLogEntry.objects.filter(page_id__in=pages).delete()  # their history too, as if never built
    HelpResource.objects.filter(slug=CATALOGUE_HELP_SLUG).delete()


def build_catalogue():
    """The default site's home page with a governed leerlijn of two themes: three lessons in three age bands (one
    with presenter notes, quiz explanations, safe delivery and follow-up), a parent guide with a help resource, a
    professional guide and an information page. All live; the theme, the first lesson and the parent guide were
    published through a revision as editors do (the others have none, which halves the build: about a second)."""
    site = Site.objects.get(is_default_site=True)
    welcome = site.root_page
    home = HomePageFactory(parent=Page.get_first_root_node(), slug=CATALOGUE_HOME_SLUG)
    site.root_page = home
    site.save()
    welcome.delete()
    help_resource = HelpResourceFactory(
        slug=CATALOGUE_HELP_SLUG,
        name="Veilig Thuis",
        when="Bel Veilig Thuis als u zich zorgen maakt over geweld thuis.",
    )
    leerlijn = fresh(LeerlijnPageFactory(parent=home))
    govern_leerlijn(leerlijn)
    theme = publish(
        ThemePageFactory(
            parent=leerlijn,
            title="Geldezels",
            slug="geldezels",
            summary="Over jongeren die hun bankpas uitlenen aan criminelen.",
            everyday_terms="money mule, bankpas uitlenen",
        )
    )
    school, club, wijk = (Setting.objects.get(slug=slug) for slug in ("school", "sportvereniging", "wijk"))
    lesson = publish(
        LessonPageFactory(
            parent=theme,
            title="Geldezels (VO onderbouw)",
            slug="geldezels-vo-onderbouw",
            central_question="Waarom is je bankpas uitlenen nooit even snel geld?",
            summary="Leerlingen leren wat een geldezel is en waarom je bankpas uitlenen strafbaar is.",
            review_by=date.today() + timedelta(days=365),
            use=Use.BEIDE,
            incident_protocol=incident_protocol(),  # offered reactively too: the publishing rule asks for it
            activities=[
                activity(
                    "Wat weet je al over je bankpas?",
                    10,
                    Goal.KENNIS,
                    pupil_content="Mag je je pincode aan een vriend geven?",
                    notes="Veel brugklassers hebben net hun eerste bankpas en kennen de regels van de bank niet.",
                    materials=["Digibord"],
                ),
                quiz(
                    "Check: geldezels",
                    10,
                    Goal.KENNIS,
                    [
                        (
                            "Is je bankpas uitlenen strafbaar?",
                            ["Ja", "Nee"],
                            1,
                            "Wie zijn rekening uitleent, kan worden veroordeeld voor witwassen.",
                        )
                    ],
                ),
                dilemma(
                    "De vraag op het schoolplein",
                    15,
                    Goal.BEWUSTWORDING,
                    "Een jongen uit de derde vraagt of je makkelijk 150 euro wilt verdienen met je bankpas.",
                    ["Je geeft je pas.", "Je zegt dat je erover nadenkt.", "Je zegt nee en vertelt het je mentor."],
                ),
                activity(
                    "Een filmpje over ronselaars",
                    5,
                    Goal.BEWUSTWORDING,
                    optional=True,
                    materials=["digibord", "Filmpje over ronselen"],
                ),
                activity("Nee zeggen tegen een ronselaar", 10, Goal.HANDELINGSPERSPECTIEF),
            ],
            safe_delivery=[
                safe_delivery(
                    ["We noemen geen namen van klasgenoten of bekenden."],
                    "Vertelt een leerling dat hij zijn pas al uitleende? Bespreek het na de les met de mentor.",
                    [help_resource],
                )
            ],
            follow_up=[follow_up("Nagesprek in de mentorles", "Bespreek na een week wat de klas onthield.")],
            age_bands=[AgeBand.objects.get(slug="vo-onderbouw")],
            settings=[school, club],
            content_guidance=[ContentGuidance.objects.get(slug="criminaliteit")],
        )
    )
    lesson_mbo = fresh(
        LessonPageFactory(
            parent=theme,
            title="Geldezels (MBO)",
            slug="geldezels-mbo",
            summary="Studenten leren waarom geld van een ander op je rekening witwassen is.",
            age_bands=[AgeBand.objects.get(slug="mbo")],
            settings=[school, club],
        )
    )
    parent_guide = ParentGuidePageFactory(
        parent=theme,
        title="Gesprekshulp Geldezels",
        slug="ouders",
        intro="Uw kind leerde dat snel geld verdienen met een bankpas strafbaar is. Zo praat u er thuis over.",
        conversation_starters=[("item", "Heeft iemand je weleens gevraagd om je bankpas?")],
        accompanies=[lesson, lesson_mbo],
    )
    parent_guide.help_resources.create(resource=help_resource)
    parent_guide = publish(parent_guide)  # with its help resources, an inline child relation
    professional_guide = fresh(
        ProfessionalGuidePageFactory(parent=theme, title="Geldezels herkennen", slug="geldezels-professionals")
    )
    other_theme = fresh(ThemePageFactory(parent=leerlijn, title="Invloed van de groep", slug="invloed-van-de-groep"))
    other_lesson = fresh(
        LessonPageFactory(
            parent=other_theme,
            title="Groepsdruk (PO groep 7-8)",
            slug="groepsdruk-po",
            age_bands=[AgeBand.objects.get(slug="po-groep-7-8")],
            settings=[wijk],
        )
    )
    standard_page = fresh(StandardPageFactory(parent=home, title="Privacy", slug="privacy"))
    home.audience_entries = [
        {"type": "entry", "value": {"audience": audience, "text": "Voor u.", "page": page.pk}}
        for audience, page in [("Ik ben leerkracht", leerlijn), ("Ik ben ouder", parent_guide)]
    ]
    home.save()
    return Catalogue(
        home=home,
        leerlijn=leerlijn,
        theme=theme,
        lesson=lesson,
        lesson_mbo=lesson_mbo,
        other_theme=other_theme,
        other_lesson=other_lesson,
        parent_guide=parent_guide,
        professional_guide=professional_guide,
        help_resource=help_resource,
        standard_page=standard_page,
    )
