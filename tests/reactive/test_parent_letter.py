"""The ouderbrief: a PDF and an editable .docx with the school's name and the guide's tips, no presenter notes."""

import io
import re
from datetime import date

import pytest
from django.utils.html import escape
from docx import Document
from pypdf import PdfReader
from wagtail.models import Site

from lessons.models import ParentLetterSettings
from tests.factories import HelpResourceFactory, LegalFactFactory, ParentGuidePageFactory
from tests.reactive.conftest import NEVER_SAY, PRESENTER_LINE, VARIANT_TEXT
from tests.visits.factories import MunicipalityFactory, VisitFactory

pytestmark = pytest.mark.django_db

SCHOOL = "Het Kompas College"
TIP = "Vraag wat uw kind zou doen als vrienden aandringen."
STARTER = "Wat vond je het lastigste van de les?"
SECRETS = (VARIANT_TEXT, PRESENTER_LINE, NEVER_SAY, "Zo voer je het uit.")  # instructions are presenter material


@pytest.fixture
def letter_lesson(lesson, theme):
    guide = ParentGuidePageFactory(
        parent=theme,
        slug="groepsdruk-ouders",
        accompanies=[lesson],
        conversation_starters=[("item", STARTER)],
        what_you_can_do=[("item", TIP)],
    )
    guide.help_resources.create(resource=HelpResourceFactory(name="Veilig Thuis", slug="veilig-thuis-brief"))
    guide.save_revision().publish()
    ParentLetterSettings.objects.update_or_create(
        site=Site.objects.get(is_default_site=True),
        defaults={"letter_opening": "Beste ouder,\n\nOp {datum} was Halt op {school}.", "letter_closing": "Groet"},
    )
    return lesson


def pdf_text(content):
    return " ".join(page.extract_text() for page in PdfReader(io.BytesIO(content)).pages)


def docx_text(content):
    document = Document(io.BytesIO(content))
    return "\n".join(paragraph.text for paragraph in document.paragraphs)


def test_the_pdf_has_the_school_the_date_and_the_tips_and_no_presenter_notes(staff_client, letter_lesson):
    response = staff_client.get(letter_lesson.url + "ouderbrief/pdf/", {"school": SCHOOL, "datum": "2026-12-03"})
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    text = " ".join(pdf_text(response.content).split())
    assert f"Op 3 december 2026 was Halt op {SCHOOL}." in text
    assert TIP in text and STARTER in text and "Veilig Thuis" in text
    assert not [secret for secret in SECRETS if secret in text]
    catalog = PdfReader(io.BytesIO(response.content)).trailer["/Root"]
    assert catalog["/Lang"] == "nl" and catalog["/MarkInfo"]["/Marked"]  # PDF/UA: tagged, in Dutch


def test_the_docx_opens_and_holds_the_same(staff_client, letter_lesson):
    response = staff_client.get(letter_lesson.url + "ouderbrief/docx/", {"school": SCHOOL, "datum": "2026-12-03"})
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment") and ".docx" in response["Content-Disposition"]
    text = docx_text(response.content)
    assert SCHOOL in text and TIP in text and STARTER in text and letter_lesson.central_question in text
    assert not [secret for secret in SECRETS if secret in text]
    assert Document(io.BytesIO(response.content)).core_properties.language == "nl-NL"


def test_a_visit_adds_its_follow_up_link_qr_school_and_date(staff_client, letter_lesson):
    visit = VisitFactory(
        lesson=letter_lesson,
        organisation="OBS De Linde",
        date=date(2026, 11, 20),
        municipality=MunicipalityFactory(code="GM0344", name="Utrecht"),
    )
    response = staff_client.get(letter_lesson.url + "ouderbrief/docx/", {"bezoek": visit.code})
    document = Document(io.BytesIO(response.content))
    text = docx_text(response.content)
    assert "OBS De Linde" in text and "20 november 2026" in text
    assert visit.get_absolute_url() in text
    assert len(document.inline_shapes) == 1  # the QR
    pdf = staff_client.get(letter_lesson.url + "ouderbrief/pdf/", {"bezoek": visit.code})
    assert visit.get_absolute_url() in "".join(pdf_text(pdf.content).split())  # long links wrap in the PDF


@pytest.mark.parametrize(
    "params, message",
    [({"datum": "3 december"}, "jaar-maand-dag"), ({"school": "x" * 151}, "te lang")],
)
def test_bad_input_gets_a_dutch_400(staff_client, letter_lesson, params, message):
    response = staff_client.get(letter_lesson.url + "ouderbrief/docx/", params)
    assert response.status_code == 400 and message in response.content.decode()


def test_only_presenters_make_letters(client, letter_lesson):
    response = client.get(letter_lesson.url + "ouderbrief/pdf/", {"school": SCHOOL})
    assert response.status_code == 302 and "/inloggen/" in response["Location"]


PERSONAL_DATA = [
    ("Het Kompas, bel 06-12345678", "een telefoonnummer"),
    ("Het Kompas (mentor@kompas.nl)", "een e-mailadres"),
    ("Het Kompas 123456782", "een nummer dat op een BSN lijkt"),  # passes the 11-proef
    ("Het Kompas, leerling Sanne", "een naam van een leerling"),
    ("Klas van meester Jan de Vries", "de naam van een leerkracht"),
]


@pytest.mark.parametrize("route", ["ouderbrief/docx/", "ouderbrief/pdf/"])
@pytest.mark.parametrize("school, found", PERSONAL_DATA)
def test_a_school_name_with_personal_data_is_refused(staff_client, letter_lesson, route, school, found):
    response = staff_client.get(letter_lesson.url + route, {"school": school, "datum": "2026-12-03"})
    body = response.content.decode()
    assert response.status_code == 400 and response["Content-Type"].startswith("text/html")
    assert '<html lang="nl"' in body and "Brief aan ouders" in body  # the site layout, the form it came from
    field = re.search(r'<input type="text" id="veld-school"[^>]*>', body)[0]
    assert 'aria-invalid="true"' in field and f'value="{escape(school)}"' in field  # kept, to correct it
    assert re.search(r'id="fout-school">Naam van de school: [^<]*' + found, body)
    assert 'value="2026-12-03"' in body and letter_lesson.url + "voorbereiden/" in body
    assert "no-store" in response["Cache-Control"]  # what was typed is kept in no cache


@pytest.mark.parametrize("school, found", PERSONAL_DATA[:1])
def test_the_parent_evening_invitation_screens_the_school_name_too(staff_client, letter_lesson, school, found):
    guide = letter_lesson.public_parent_guides[0]
    response = staff_client.get(guide.url + "ouderavond/uitnodiging/", {"school": school, "datum": "2027-01-14"})
    body = response.content.decode()
    assert response.status_code == 400 and found in body and "Uitnodiging voor de ouderavond" in body
    assert 'id="veld-plaats"' in body and 'id="veld-tijd"' in body


@pytest.mark.parametrize("school", ["Sint-Jozefschool", "OBS De Leerling, locatie 2"])
def test_an_ordinary_school_name_passes_the_screening(staff_client, letter_lesson, school):
    response = staff_client.get(letter_lesson.url + "ouderbrief/docx/", {"school": school})
    assert response.status_code == 200 and school in docx_text(response.content)


def test_the_letter_has_the_law_section_its_kennis_line_points_to(staff_client, letter_lesson):
    """The guide's Kennis line says "leest u hieronder bij 'Wat zegt de wet?'": the letter carries that section."""
    fact = LegalFactFactory(statement="Vanaf 12 jaar kan de politie iemand aanhouden.", article="artikel 486")
    guide = letter_lesson.public_parent_guides[0]
    guide.legal_facts = [("fact", {"fact": fact})]
    guide.save_revision().publish()
    pdf = " ".join(pdf_text(staff_client.get(letter_lesson.url + "ouderbrief/pdf/").content).split())
    docx = docx_text(staff_client.get(letter_lesson.url + "ouderbrief/docx/").content)
    for text in (pdf, docx):
        assert "Wat zegt de wet?" in text and "Dit vertellen we uw kind in de les:" in text
        assert fact.statement in text and "artikel 486 Wetboek van Strafrecht" in text


def test_why_this_lesson_is_the_guides_intro_for_parents_not_the_themes_teacher_text(staff_client, letter_lesson):
    theme = letter_lesson.get_parent().specific
    theme.why = "<p>De leerlijn begint in groep 7-8 en groeit door naar het mbo.</p>"
    theme.save_revision().publish()
    guide = letter_lesson.public_parent_guides[0]
    guide.intro = "Uw kind kreeg een les over groepsdruk. Met deze gesprekshulp praat u er thuis verder over."
    guide.save_revision().publish()
    text = docx_text(staff_client.get(letter_lesson.url + "ouderbrief/docx/").content)
    assert "Waarom deze les?\nUw kind kreeg een les over groepsdruk.\n" in text
    assert "De leerlijn begint" not in text and "gesprekshulp" not in text  # the letter is not the guide
