import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from wagtail.models import Page, Site

from curriculum.vocabularies import Goal, Use
from tests.factories import (
    HomePageFactory,
    LeerlijnPageFactory,
    LessonPageFactory,
    ThemePageFactory,
    activity,
    incident_protocol,
    reactive_variant,
)

SKIPPED_TITLE = "Rollenspel op het schoolplein"  # left out of every reactive deck
VARIANT_TEXT = "Stel je voor: in een andere klas gaat een gerucht rond."  # the reactive opening
PRESENTER_LINE = "Benoem dat we het niet over iemand uit deze klas hebben."
NEVER_SAY = "Zeg nooit wie erbij betrokken was."


@pytest.fixture
def theme(db):
    home = HomePageFactory(parent=Page.get_first_root_node(), slug="home-reactief")
    Site.objects.update(root_page=home)
    leerlijn = LeerlijnPageFactory(parent=home)
    return ThemePageFactory(parent=leerlijn, title="Invloed van de groep", slug="groepsdruk")


def reactive_activities():
    return [
        activity(
            "Opening",
            10,
            Goal.KENNIS,
            pupil_content="Wat weet je al over groepsdruk?",
            reactive=reactive_variant(pupil_text=VARIANT_TEXT, presenter_line=PRESENTER_LINE),
        ),
        activity("Uitleg", 15, Goal.KENNIS),
        activity(SKIPPED_TITLE, 15, Goal.BEWUSTWORDING, reactive=reactive_variant(skip=True)),
        activity("Wat kun je doen?", 10, Goal.HANDELINGSPERSPECTIEF),
    ]


@pytest.fixture
def lesson(theme):
    return LessonPageFactory(
        parent=theme,
        title="Groepsdruk (VO onderbouw)",
        slug="groepsdruk-vo",
        use=Use.BEIDE,
        activities=reactive_activities(),
        incident_protocol=incident_protocol(NEVER_SAY),
    )


@pytest.fixture
def medewerker(db):
    user = get_user_model().objects.create_user("medewerker-reactief", password="x")
    user.groups.add(Group.objects.get(name="Halt-medewerker"))
    return user


@pytest.fixture
def staff_client(client, medewerker):
    client.force_login(medewerker)
    return client
