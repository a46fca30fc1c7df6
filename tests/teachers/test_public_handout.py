"""The pupil handout as a public PDF: a teacher downloads it without an account, and it holds only pupil content."""

import io

import pytest
from django.contrib.auth.models import Group
from pypdf import PdfReader

from curriculum.richtext import paragraphs
from curriculum.vocabularies import Goal
from lessons.governance import MEDEWERKER
from lessons.models import HelpResource
from tests.factories import HelpResourceFactory, activity, published_lesson

pytestmark = pytest.mark.django_db

PUPIL = ["Zeearendscherm", "Kraanvogelkeuze", "Ooievaarvraag", "Merelvraag"]
PRESENTER = {
    "notes": "Blauwborstnotitie",
    "explanation": "Grauwe-klauwieruitleg",
    "ground rule": "Tapuitafspraak",
    "disclosure": "Kwakprotocol",
    "signposting": "Nachtzwaluwlijn",
}


def timed(kind, title, goal, minutes, **value):
    notes = paragraphs(PRESENTER["notes"])
    return {
        "type": kind,
        "value": {"title": title, "minutes": minutes, "goal": goal, "presenter_notes": notes, **value},
    }


@pytest.fixture
def marked_lesson(theme):
    signpost = HelpResourceFactory(name=PRESENTER["signposting"], slug="nachtzwaluw")
    quiz_question = {
        "question": PUPIL[3],
        "answers": ["Ja", "Nee"],
        "correct": 1,
        "explanation": PRESENTER["explanation"],
    }
    activities = [
        activity("Opening", 10, Goal.KENNIS, PUPIL[0], notes=PRESENTER["notes"]),
        timed("dilemma", "Wat zou jij doen?", Goal.BEWUSTWORDING, 15, situation=PUPIL[1], options=["A", "B"]),
        timed("socratic", "Dialoog", Goal.BEWUSTWORDING, 15, opening_question=PUPIL[2], follow_up_questions=["Hoe?"]),
        timed("quiz", "Check", Goal.HANDELINGSPERSPECTIEF, 10, questions=[quiz_question]),
    ]
    safe_delivery = [
        {
            "type": "safe_delivery",
            "value": {
                "ground_rules": [PRESENTER["ground rule"]],
                "disclosure": paragraphs(PRESENTER["disclosure"]),
                "signposting": [signpost.pk],
            },
        }
    ]
    return published_lesson(
        theme, title="Wapens (VO onderbouw)", slug="wapens-vo", activities=activities, safe_delivery=safe_delivery
    )


def pdf_text(response):
    return " ".join(page.extract_text() for page in PdfReader(io.BytesIO(response.content)).pages)


def test_anyone_downloads_the_handout_with_the_pupil_content_only(client, marked_lesson):
    response = client.get(marked_lesson.public_handout_url)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert "wapens-vo-handout.pdf" in response["Content-Disposition"]
    text = pdf_text(response)
    assert [word for word in PUPIL if word not in text] == []
    assert [name for name, word in PRESENTER.items() if word in text] == []


def test_the_presenters_handout_does_have_the_signposting(client, marked_lesson, django_user_model):
    """The same markers do reach a presenter's own handout, so the test above can fail."""
    HelpResource.objects.filter(slug="nachtzwaluw").update(for_young_people=True, when="Bel als je wilt praten.")
    client.force_login(medewerker(django_user_model))
    text = pdf_text(client.get(marked_lesson.url + "pdf/handout/"))
    assert PRESENTER["signposting"] in text


def medewerker(django_user_model):
    user = django_user_model.objects.create_user("medewerker-handout", password="geheim-wachtwoord-1")
    user.groups.add(Group.objects.get(name=MEDEWERKER))
    return user


def test_both_handouts_give_pupils_help_written_to_them(client, marked_lesson, django_user_model):
    """Help for young people ("je") on the public handout too; help for parents ("u") on neither."""
    HelpResourceFactory(name="Roodborstlijn", slug="roodborst", when="Bel als je wilt praten.", for_young_people=True)
    public = pdf_text(client.get(marked_lesson.public_handout_url))
    assert "Wil je praten of hulp?" in public and "Roodborstlijn" in public
    client.force_login(medewerker(django_user_model))
    staff = " ".join(pdf_text(client.get(marked_lesson.url + "pdf/handout/")).split())
    assert PRESENTER["signposting"] not in staff  # the signpost's text says "u": it is for parents


def test_the_lesson_page_links_to_the_public_handout(client, marked_lesson):
    html = client.get(marked_lesson.url).content.decode()
    assert f'href="{marked_lesson.public_handout_url}"' in html


def test_the_handout_only_answers_get(client, marked_lesson):
    assert client.post(marked_lesson.public_handout_url).status_code == 405


def test_a_draft_lessons_handout_does_not_exist(client, marked_lesson):
    marked_lesson.unpublish()
    assert client.get(marked_lesson.public_handout_url).status_code == 404


def test_every_lesson_page_names_the_lessons_before_and_after_it_in_the_leerlijn(client, theme):
    po = published_lesson(theme, band="po-groep-7-8", title="Wapens (groep 7-8)", slug="wapens-po")
    mbo = published_lesson(theme, band="mbo", title="Wapens (MBO)", slug="wapens-mbo")
    vo = published_lesson(theme, band="vo-onderbouw", title="Wapens (VO onderbouw)", slug="wapens-vo")  # created last
    first, middle, last = (client.get(page.url).content.decode() for page in (po, vo, mbo))
    assert f'href="{vo.url}" rel="next"' in first and 'rel="prev"' not in first
    assert f'href="{po.url}" rel="prev"' in middle and f'href="{mbo.url}" rel="next"' in middle
    assert f'href="{vo.url}" rel="prev"' in last and 'rel="next"' not in last


def test_phone_numbers_in_lesson_content_are_tel_links(client, theme):
    activities = [
        activity("Opening", 10, Goal.KENNIS, "Zit je ergens mee? Bel De Kindertelefoon: 0800-0432."),
        activity("Uitleg", 15, Goal.KENNIS),
        activity("Dilemma's", 15, Goal.BEWUSTWORDING),
        activity("Wat kun je doen?", 10, Goal.HANDELINGSPERSPECTIEF, "Praat je liever met iemand? Bel 113."),
    ]
    page = published_lesson(theme, slug="wapens-tel", activities=activities)
    html = client.get(page.url).content.decode()
    assert '<a href="tel:08000432">0800-0432</a>' in html and '<a href="tel:113">113</a>' in html
    assert "tel:08000432" in pdf_links(client.get(page.public_handout_url))


def pdf_links(response):
    reader = PdfReader(io.BytesIO(response.content))
    annotations = [annot.get_object() for page in reader.pages for annot in page.get("/Annots") or []]
    return [annot["/A"]["/URI"] for annot in annotations if "/A" in annot and "/URI" in annot["/A"]]
