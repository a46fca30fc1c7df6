import pytest

from curriculum.vocabularies import Goal, Use
from lessons.governance import MEDEWERKER
from tests.factories import (
    LessonPageFactory,
    ThemePageFactory,
    account,
    activity,
    incident_protocol,
    own_site,
    reactive_variant,
)

SKIPPED_TITLE = "Rollenspel op het schoolplein"  # left out of every reactive deck
VARIANT_TEXT = "Stel je voor: in een andere klas gaat een gerucht rond."  # the reactive opening
PRESENTER_LINE = "Benoem dat we het niet over iemand uit deze klas hebben."
NEVER_SAY = "Zeg nooit wie erbij betrokken was."


@pytest.fixture
def theme(db):
    _home, leerlijn = own_site("home-reactief")
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
    return account("medewerker-reactief", MEDEWERKER)


@pytest.fixture
def staff_client(client, medewerker):
    client.force_login(medewerker)
    return client
