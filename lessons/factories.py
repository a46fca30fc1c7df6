import factory
import wagtail_factories
from factory.django import DjangoModelFactory

from curriculum.models import AgeBand, Setting
from curriculum.richtext import paragraphs
from curriculum.vocabularies import Goal
from lessons.models import HelpResource, LessonPage, ParentGuidePage, ProfessionalGuidePage


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
            "reactive": extra.pop("reactive", {}),
        },
    }


def reactive_variant(skip=False, pupil_text="", presenter_line=""):
    """Raw stream data for an activity's ReactiveVariantBlock."""
    return {"skip": skip, "pupil_text": paragraphs(pupil_text) if pupil_text else "", "presenter_line": presenter_line}


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


def default_activities():
    """Four activities of 50 minutes that together serve all three goals."""
    return [
        activity("Opening", 10, Goal.KENNIS),
        activity("Uitleg", 15, Goal.KENNIS),
        activity("Dilemma's", 15, Goal.BEWUSTWORDING),
        activity("Wat kun je doen?", 10, Goal.HANDELINGSPERSPECTIEF),
    ]


def set_many(field_name):
    """A post-generation hook that fills a ParentalManyToManyField and saves the page."""

    def hook(page, create, extracted, **kwargs):
        if extracted is not None:
            getattr(page, field_name).set(extracted)
            if create:
                page.save()

    return factory.PostGeneration(hook)


class HelpResourceFactory(DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Hulplijn {n}")
    slug = factory.Sequence(lambda n: f"hulplijn-{n}")
    phone = "0800-2000"
    url = "https://www.veiligthuis.nl/"
    when = "Als u zich zorgen maakt."

    class Meta:
        model = HelpResource
        django_get_or_create = ("slug",)


class LessonPageFactory(wagtail_factories.PageFactory):
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
        django_get_or_create = ("slug", "parent")
        skip_postgeneration_save = True

    @factory.post_generation
    def default_vocabulary(page, create, extracted, **kwargs):
        """A lesson without age band or setting is not a valid lesson: default to the first of each."""
        if create and not page.age_bands.exists() and not page.settings.exists():
            page.age_bands.set(AgeBand.objects.all()[:1])
            page.settings.set(Setting.objects.all()[:1])
            page.save()


class ParentGuidePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Gesprekshulp {n}")
    slug = factory.Sequence(lambda n: f"ouders-{n}")
    intro = "Uw kind kreeg een les. Zo praat u er thuis over."
    learned_kennis = "Uw kind weet wat groepsdruk is."
    learned_bewustwording = "Uw kind ziet hoe vrienden invloed hebben."
    learned_handelingsperspectief = "Uw kind oefende met nee zeggen."
    conversation_starters = factory.LazyFunction(lambda: [("item", "Wat vond je van de les?")])
    what_you_can_do = factory.LazyFunction(lambda: [("item", "Luister zonder oordeel.")])
    accompanies = set_many("accompanies")

    class Meta:
        model = ParentGuidePage
        django_get_or_create = ("slug", "parent")
        skip_postgeneration_save = True


class ProfessionalGuidePageFactory(wagtail_factories.PageFactory):
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
        django_get_or_create = ("slug", "parent")
