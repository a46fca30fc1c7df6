"""The ouderbijeenkomst: a parent guide as slides with a presenter view, and the invitation for the school."""

import io

import pytest
from pypdf import PdfReader
from wagtail.models import Site

from lessons.models import ParentLetterSettings
from tests.factories import (
    HelpResourceFactory,
    LegalFactFactory,
    ParentGuidePageFactory,
    ProfessionalGuidePageFactory,
)

pytestmark = pytest.mark.django_db

STARTER = "Wat zou jij doen als je vrienden aandringen?"
SIGNAL = "Uw kind heeft opeens nieuwe spullen."
WHEN = "Bel als u zich zorgen maakt over thuis."


@pytest.fixture
def guide(lesson, theme):
    ProfessionalGuidePageFactory(
        parent=theme, slug="groepsdruk-professionals", signals=[("item", SIGNAL)]
    ).save_revision().publish()
    guide = ParentGuidePageFactory(
        parent=theme, slug="groepsdruk-ouders", accompanies=[lesson], conversation_starters=[("item", STARTER)]
    )
    guide.help_resources.create(resource=HelpResourceFactory(name="Veilig Thuis", slug="veilig-thuis-avond", when=WHEN))
    guide.save_revision().publish()
    return guide


def test_the_deck_shows_the_guides_sections_and_no_notes(staff_client, guide, lesson, theme):
    response = staff_client.get(guide.url + "ouderavond/presenteren/")
    assert response.status_code == 200 and response["Cache-Control"] == "private, no-store"
    html = response.content.decode()
    for text in (theme.title, "Wat de kinderen leerden", STARTER, SIGNAL, "Hier vindt u hulp", "0800-2000"):
        assert text in html, text
    assert html.count('data-slide="') == 6
    assert WHEN not in html and lesson.central_question not in html  # notes are in the presenter view only
    assert 'data-deck="audience"' in html and f'data-channel="halt-ouderavond-{guide.pk}"' in html


def test_the_presenter_view_follows_the_same_slides_with_notes(staff_client, guide, lesson):
    html = staff_client.get(guide.url + "ouderavond/presenteren/presentator/").content.decode()
    assert 'data-deck="presenter"' in html and f'data-channel="halt-ouderavond-{guide.pk}"' in html
    assert html.count('data-note="') == 6 and html.count('data-next="') == 6
    assert WHEN in html and lesson.central_question in html


def test_the_invitation_pdf_has_the_school_the_date_and_the_topics(staff_client, guide):
    ParentLetterSettings.objects.update_or_create(
        site=Site.objects.get(is_default_site=True), defaults={"invitation": "Op {datum} is er een avond op {school}."}
    )
    response = staff_client.get(
        guide.url + "ouderavond/uitnodiging/", {"school": "De Regenboog", "datum": "2027-01-14"}
    )
    assert response.status_code == 200
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(response.content)).pages).split())
    assert "Op 14 januari 2027 is er een avond op De Regenboog." in text
    assert "Zo begint u thuis het gesprek" in text
    bad = staff_client.get(guide.url + "ouderavond/uitnodiging/", {"datum": "morgen"})
    assert bad.status_code == 400 and "jaar-maand-dag" in bad.content.decode()


def test_the_invitation_names_time_place_and_the_guide_on_the_requested_host(staff_client, guide):
    ParentLetterSettings.objects.update_or_create(
        site=Site.objects.get(is_default_site=True),
        defaults={"invitation": "Op {datum} om {tijd} is er een avond op {school}, in {plaats}."},
    )
    query = {"school": "De Regenboog", "datum": "2027-01-14", "tijd": "19:30", "plaats": "de aula"}
    response = staff_client.get(guide.url + "ouderavond/uitnodiging/", query, HTTP_HOST="leerlijn.halt.nl")
    assert response.status_code == 200
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(response.content)).pages).split())
    assert "Op 14 januari 2027 om 19.30 uur is er een avond op De Regenboog, in de aula." in text
    assert "http://leerlijn.halt.nl" + guide.url in text.replace(" ", "") and "localhost" not in text
    for bad in ({"tijd": "half acht"}, {"plaats": "lokaal van meester Jan"}, {"plaats": "bel 06-12345678"}):
        assert staff_client.get(guide.url + "ouderavond/uitnodiging/", bad).status_code == 400, bad


def test_only_presenters(client, guide):
    for route in ("ouderavond/presenteren/", "ouderavond/presenteren/presentator/", "ouderavond/uitnodiging/"):
        assert client.get(guide.url + route).status_code == 302, route


def test_the_deck_reads_as_a_parent_evening(staff_client, guide, lesson, theme):
    """Named after the theme (not "Ouderavond: Gesprekshulp voor ouders: ..."), without the guide's blurb meant
    for reading at home, with a slide on the law, and notes for the presenter on every slide."""
    fact = LegalFactFactory(statement="Vanaf 12 jaar kan de politie iemand aanhouden.", article="artikel 486")
    guide.legal_facts = [("fact", {"fact": fact})]
    guide.save_revision().publish()
    html = staff_client.get(guide.url + "ouderavond/presenteren/").content.decode()
    assert f"<title>Ouderavond: {theme.title} | Halt Leerlijn</title>" in html
    assert guide.intro not in html and guide.title not in html
    assert "Wat zegt de wet?" in html and fact.statement in html
    view = staff_client.get(guide.url + "ouderavond/presenteren/presentator/").content.decode()
    assert "Geen notities bij deze dia." not in view and "artikel 486 Wetboek van Strafrecht" in view
