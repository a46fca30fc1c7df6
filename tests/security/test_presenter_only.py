"""Every presenter-only field, on every page type, reaches presenters and no one else, on every channel.

A lesson is built with the factories holding every kind of activity block, each with its own marker word in
each presenter-only field (the presenter notes of every block type, the quiz explanation and which answer is
correct, the ground rules, the disclosure protocol and the signposting of the safe-delivery section). The markers
must not reach an anonymous visitor or an account without the presenter permission through any page, PDF, the
search index, search results or suggestions, and must reach a Halt-medewerker, so the test can fail.

The fields are found from the blocks' own `presenter_only` declarations on every page type, so a new
presenter-only field that this test does not fill makes it fail.
"""

import io

import pytest
from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.core.files.base import ContentFile
from django.urls import reverse
from pypdf import PdfReader
from wagtail import blocks
from wagtail.documents import get_document_model
from wagtail.fields import StreamField
from wagtail.models import get_page_models
from wagtail.search.models import IndexEntry

from curriculum.richtext import paragraphs
from curriculum.vocabularies import Goal, Use
from lessons.blocks import PublicTextMixin
from tests.factories import (
    HelpResourceFactory,
    LegalFactFactory,
    ParentGuidePageFactory,
    SharedActivityFactory,
    activity,
    publish,
    published_lesson,
    shared,
    shared_reactive,
)

pytestmark = pytest.mark.django_db

NOTES = {  # the presenter notes of each block type
    "activity": "Ijsvogelnotitie",
    "dilemma": "Boomklevernotitie",
    "socratic": "Roerdompnotitie",
    "quiz": "Wielewaalnotitie",
    "video": "Gruttonotitie",
    "worksheet": "Kievitnotitie",
    "shared": "Tureluurnotitie",  # a shared activity's notes for this lesson
}
EXPLANATION = "Kwartelkoninguitleg"
QUESTION_FACT = "Goudplevierwetsfeit"  # a legal fact cited only with a quiz explanation
GROUND_RULE = "Lepelaarafspraak"
DISCLOSURE = "Zilverreigerprotocol"
SIGNPOST = "Oehoehulplijn"
REACTIVE_LINE = "Tapuitregel"  # every activity's reactive variant: the presenter line ...
REACTIVE_TEXT = "Tapuitopening"  # ... and the pupil text shown only in a reactive deck
# A shared activity's reactive variant lives on the snippet, not in a page's stream, so declared_fields() does not
# find it: its presenter line and pupil text are listed here by hand.
SHARED_REACTIVE_LINE = "Tjiftjafregel"
SHARED_REACTIVE_TEXT = "Tjiftjafopening"
PROTOCOL = {  # the incident protocol, one marker per part
    "ask_school": "Blauwborstvraag",
    "never_say": "Grauwe-klauwierzwijgen",
    "available_after": "Hopbeschikbaar",
    "referral": "Kwakverwijzing",
}
CORRECT_MARK = "quiz__correct"  # the class of "(goed antwoord)" after the correct answer
MARKERS = {
    **{("lessons.LessonPage", "activities", kind, "presenter_notes"): word for kind, word in NOTES.items()},
    ("lessons.LessonPage", "activities", "quiz", "questions", "explanation"): EXPLANATION,
    ("lessons.LessonPage", "activities", "quiz", "questions", "facts"): QUESTION_FACT,
    ("lessons.LessonPage", "activities", "quiz", "questions", "correct"): CORRECT_MARK,
    ("lessons.LessonPage", "safe_delivery", "safe_delivery", "ground_rules"): GROUND_RULE,
    ("lessons.LessonPage", "safe_delivery", "safe_delivery", "disclosure"): DISCLOSURE,
    ("lessons.LessonPage", "safe_delivery", "safe_delivery", "signposting"): SIGNPOST,
    **{("lessons.LessonPage", "activities", kind, "reactive"): REACTIVE_LINE for kind in NOTES if kind != "shared"},
    **{("lessons.LessonPage", "incident_protocol", "incident_protocol", part): w for part, w in PROTOCOL.items()},
}
WORDS = list(
    dict.fromkeys(
        word
        for word in [*MARKERS.values(), REACTIVE_TEXT, SHARED_REACTIVE_LINE, SHARED_REACTIVE_TEXT]
        if word != CORRECT_MARK
    )
)
# Reactive content shows to presenters on the reactive plan (Voorbereiden, lesson plan), not on the lesson page.
REACTIVE_WORDS = [REACTIVE_LINE, REACTIVE_TEXT, *PROTOCOL.values(), SHARED_REACTIVE_LINE, SHARED_REACTIVE_TEXT]
PASSWORD = "geheim-wachtwoord-1"


def declared_fields():
    """Every presenter-only field of every page type, as MARKERS names them."""
    declared = set()
    for model in get_page_models():
        for field in model._meta.get_fields():
            if isinstance(field, StreamField):
                for name, child in field.stream_block.child_blocks.items():
                    for found in walk(child, (model._meta.label, field.name, name)):
                        declared.add(found)
    return declared


def walk(block, path):
    if isinstance(block, PublicTextMixin):
        yield from ((*path, name) for name in block.presenter_only)
    if isinstance(block, blocks.ListBlock):
        yield from walk(block.child_block, path)
    elif isinstance(block, blocks.StructBlock):
        for name, child in block.child_blocks.items():
            if isinstance(child, blocks.ListBlock | blocks.StructBlock) and name not in getattr(
                block, "presenter_only", ()
            ):
                yield from walk(child, (*path, name))


def test_the_markers_cover_every_presenter_only_field_of_every_page_type():
    assert declared_fields() == set(MARKERS)


REACTIVE = {"skip": False, "pupil_text": paragraphs(f"{REACTIVE_TEXT}: stel je voor."), "presenter_line": REACTIVE_LINE}


def timed(kind, title, goal=Goal.KENNIS, minutes=5, **value):
    return {
        "type": kind,
        "value": {
            "title": title,
            "minutes": minutes,
            "goal": goal,
            "presenter_notes": paragraphs(NOTES[kind]),
            "reactive": REACTIVE,
            **value,
        },
    }


@pytest.fixture
def marked(theme):
    """A lesson with every block type and every presenter-only field marked, and a parent guide beside it."""
    documents = get_document_model()
    video = documents.objects.create(title="Film", file=ContentFile(b"\x00\x00\x00\x18ftypmp42", name="film.mp4"))
    captions = documents.objects.create(title="Ondertitels", file=ContentFile(b"WEBVTT\n", name="film.vtt"))
    sheet = documents.objects.create(title="Werkblad", file=ContentFile(b"%PDF-1.4\n", name="werkblad.pdf"))
    signpost = HelpResourceFactory(
        name=SIGNPOST, slug="oehoe", when="Bel als je ergens mee zit.", for_young_people=True
    )
    activities = [
        activity("Opening", 10, Goal.KENNIS, "Wat weet je al?", notes=NOTES["activity"], reactive=REACTIVE),
        timed("dilemma", "Wat zou jij doen?", Goal.BEWUSTWORDING, 10, situation="Je ziet iets.", options=["A", "B"]),
        timed(
            "socratic",
            "Dialoog",
            Goal.BEWUSTWORDING,
            10,
            opening_question="Wat is veilig?",
            follow_up_questions=["Waarom?"],
        ),
        timed(
            "quiz",
            "Check",
            Goal.KENNIS,
            5,
            questions=[
                {
                    "question": "Is dit strafbaar?",
                    "answers": ["Ja", "Nee"],
                    "correct": 2,
                    "explanation": EXPLANATION,
                    "facts": [{"fact": LegalFactFactory(statement=f"{QUESTION_FACT}: zo staat het in de wet.").pk}],
                }
            ],
        ),
        timed(
            "video",
            "Film",
            Goal.KENNIS,
            5,
            video=video.pk,
            captions=captions.pk,
            transcript=paragraphs("Wat er gezegd wordt."),
        ),
        timed(
            "worksheet",
            "Werkblad",
            Goal.HANDELINGSPERSPECTIEF,
            10,
            pupil_content=paragraphs("Schrijf op."),
            document=sheet.pk,
        ),
        shared(
            SharedActivityFactory(
                reactive=shared_reactive(
                    {
                        "skip": False,
                        "pupil_text": paragraphs(f"{SHARED_REACTIVE_TEXT}: stel je voor."),
                        "presenter_line": SHARED_REACTIVE_LINE,
                    }
                )
            ),
            5,
            Goal.BEWUSTWORDING,
            notes=NOTES["shared"],
        ),
    ]
    safe_delivery = [
        {
            "type": "safe_delivery",
            "value": {
                "ground_rules": [f"{GROUND_RULE}: we lachen niemand uit"],
                "disclosure": paragraphs(f"{DISCLOSURE}: blijf rustig en bel Veilig Thuis 0800-2000."),
                "signposting": [signpost.pk],
            },
        }
    ]
    page = published_lesson(
        theme,
        title="Les met alles",
        slug="les-met-alles",
        activities=activities,
        safe_delivery=safe_delivery,
        use=Use.BEIDE,
        incident_protocol=[
            {"type": "incident_protocol", "value": {part: paragraphs(f"{w}.") for part, w in PROTOCOL.items()}}
        ],
        duration=50,
    )
    guide = publish(ParentGuidePageFactory(parent=theme, title="Gesprekshulp bij alles", slug="ouders-alles"))
    guide.accompanies.set([page])
    return page, publish(guide)


def text(response):
    if response["Content-Type"] == "application/pdf":
        return " ".join(p.extract_text() for p in PdfReader(io.BytesIO(response.content)).pages)
    return response.content.decode()


def leaked(response, markers=(*WORDS, CORRECT_MARK)):
    body = text(response).lower()
    return [marker for marker in markers if marker.lower() in body]


def public_urls(page, guide, site):
    return [
        "/",
        site[1].url,
        page.get_parent().url,
        page.url,
        guide.url,
        guide.pdf_url,
        "/voorlichtingen/",
        "/zoeken/",
        "/sitemap.xml",
    ]


def staff_urls(page):
    routes = ("voorbereiden/", "presenteren/", "presenteren/presentator/", "pdf/lesplan/", "pdf/handout/")
    return [page.url + route + use for route in routes for use in ("", "?inzet=reactief")]


def test_anonymous_visitors_get_none_of_it(client, marked, site):
    page, guide = marked
    for url in public_urls(page, guide, site):
        response = client.get(url)
        assert response.status_code == 200, url
        assert leaked(response) == [], url
    for url in staff_urls(page):
        response = client.get(url)
        assert response.status_code == 302 and response["Location"].startswith("/inloggen/"), url


def test_an_account_without_the_presenter_permission_gets_none_of_it(client, marked, site):
    client.force_login(get_user_model().objects.create_user("zonder-rol", password=PASSWORD))
    page, guide = marked
    for url in public_urls(page, guide, site) + staff_urls(page):
        response = client.get(url)
        assert response.status_code in (200, 403), url
        assert leaked(response) == [], url


def test_a_halt_medewerker_gets_all_of_it_and_the_handout_none(client, marked, medewerker):
    page, _guide = marked
    client.force_login(medewerker)
    on_the_page = [word for word in WORDS if word not in REACTIVE_WORDS]
    assert leaked(client.get(page.url)) == [*on_the_page, CORRECT_MARK]
    assert leaked(client.get(page.url + "voorbereiden/?inzet=reactief"), WORDS) == WORDS
    assert leaked(client.get(page.url + "pdf/lesplan/?inzet=reactief"), WORDS) == WORDS
    # What pupils get on paper: help numbers yes, notes, answers and protocols no; a reactive class gets the
    # reactive opening that its slides show.
    assert leaked(client.get(page.url + "pdf/handout/"), WORDS) == [SIGNPOST]
    reactive_handout = leaked(client.get(page.url + "pdf/handout/?inzet=reactief"), WORDS)
    assert reactive_handout == [SIGNPOST, REACTIVE_TEXT, SHARED_REACTIVE_TEXT]


def test_the_search_index_holds_none_of_it(marked):
    page, _guide = marked
    entry = IndexEntry.objects.get(content_type=ContentType.objects.get_for_model(page), object_id=str(page.pk))
    names = ("title", "title_text", "autocomplete", "body", "body_text")  # the *_text ones: PostgreSQL's plain text
    indexed = " ".join(str(getattr(entry, name, "") or "") for name in names)
    assert "les met alles" in indexed.lower()  # the entry is the lesson's
    assert [word for word in WORDS if word.lower() in indexed.lower()] == []


def result_pages(client, query):
    return [offer.page for offer in client.get(reverse("search"), {"q": query}).context["results"]]


def test_search_and_suggestions_find_none_of_it_for_anyone_but_presenters(client, marked, medewerker):
    page, _guide = marked
    for word in WORDS:
        response = client.get(reverse("search"), {"q": word})
        assert response.context["result_count"] == 0, word
        assert client.get(reverse("search_autocomplete"), {"q": word[:6]}).json()["results"] == [], word
    client.force_login(medewerker)
    found = [
        word for word in WORDS if page.pk in [o.page.pk for o in client.get("/zoeken/", {"q": word}).context["results"]]
    ]
    # Presenters search their notes and protocols, a shared activity's notes for this lesson among them (the help
    # line's name is public text on its own snippet, not a lesson's). A cited fact is found in the register
    # (/wet-en-regels/), not as the text of every lesson that cites it.
    assert found == [word for word in WORDS if word not in (SIGNPOST, QUESTION_FACT)]


def test_a_shared_activitys_notes_for_one_lesson_are_found_by_staff_search_only(client, marked, medewerker):
    """Its notes are two rich texts joined; each word at their border is found by presenters, by no one else."""
    page, _guide = marked
    own_last_word, shared_first_word = NOTES["shared"], "Let"
    assert client.get("/zoeken/", {"q": own_last_word}).context["result_count"] == 0
    client.force_login(medewerker)
    for word in (own_last_word, f"{own_last_word} {shared_first_word}"):
        results = client.get("/zoeken/", {"q": word}).context["results"]
        assert page.pk in [offer.page.pk for offer in results], word
