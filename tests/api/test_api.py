"""The open read API (/api/v2/) and the export: public fields only, for every page type; anonymous, read-only,
cached; hostile parameters give a 400 with a message; private pages and draft facts never appear."""

import csv
import io

import pytest
from django.apps import apps
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from wagtail.models import Page, PageViewRestriction

from curriculum.richtext import paragraphs
from curriculum.vocabularies import Goal
from lessons.governance import MEDEWERKER
from lessons.models.guides import ParentGuideHelpResource
from tests.factories import (
    HelpResourceFactory,
    LegalFactFactory,
    LessonPageFactory,
    ParentGuidePageFactory,
    ProfessionalGuidePageFactory,
    SharedActivityFactory,
    StandardPageFactory,
    ThemePageFactory,
    activity,
    cites,
    own_site,
    reactive_variant,
    shared,
    shared_reactive,
)
from tests.fixtures.module_data import kept_for_the_module

pytestmark = pytest.mark.django_db

# Unique phrases in every presenter-only field: none may come out of the API, whatever the page or parameter.
SECRETS = {
    "activity_notes": "GEHEIMNOTITIEACTIVITEIT",
    "dilemma_notes": "GEHEIMNOTITIEDILEMMA",
    "socratic_notes": "GEHEIMNOTITIEDIALOOG",
    "quiz_notes": "GEHEIMNOTITIEQUIZ",
    "quiz_explanation": "GEHEIMUITLEGANTWOORD",
    "ground_rule": "GEHEIMEGROEPSAFSPRAAK",
    "disclosure": "GEHEIMONTHULLINGSPROTOCOL",
    "shared_notes": "GEHEIMGEDEELDENOTITIE",
    "shared_lesson_notes": "GEHEIMLESNOTITIEBIJGEDEELD",
    "shared_reactive_line": "GEHEIMEREACTIEVEREGELGEDEELD",
    "shared_reactive_text": "GEHEIMEREACTIEVEOPENINGGEDEELD",
}
PUBLIC_PHRASE = "OPENBAARLEERLINGTEKST"


def timed(kind, title, minutes, goal, notes, **value):
    return {
        "type": kind,
        "value": {"title": title, "minutes": minutes, "goal": goal, "presenter_notes": paragraphs(notes), **value},
    }


@pytest.fixture(scope="module")
def stored_catalogue(django_db_setup, django_db_blocker):
    """One page of every type, with a secret in every presenter-only field and a published fact cited: built once
    for this module's tests (about 1.5 s each)."""
    with kept_for_the_module(django_db_blocker):
        _home, leerlijn = own_site("home-api")
        yield build_catalogue(ThemePageFactory(parent=leerlijn, slug="wapens"))


@pytest.fixture
def catalogue(stored_catalogue, db):
    """The module's catalogue read again, for this test to change: its changes are rolled back after it."""
    return {name: type(obj).objects.get(pk=obj.pk) for name, obj in stored_catalogue.items()}


def build_catalogue(theme):
    fact = LegalFactFactory(slug="strafbaar-vanaf-12", statement="Vanaf 12 jaar ben je strafbaar.")
    ground_rules = SharedActivityFactory(
        title="Groepsafspraken",
        pupil_content=paragraphs(PUBLIC_PHRASE),
        presenter_notes=paragraphs(SECRETS["shared_notes"]),
        reactive=shared_reactive(
            reactive_variant(pupil_text=SECRETS["shared_reactive_text"], presenter_line=SECRETS["shared_reactive_line"])
        ),
    )
    activities = [
        activity(
            "Opening", 5, Goal.KENNIS, pupil_content=PUBLIC_PHRASE, notes=SECRETS["activity_notes"], facts=cites(fact)
        ),
        shared(ground_rules, 5, Goal.KENNIS, notes=SECRETS["shared_lesson_notes"]),
        timed(
            "dilemma",
            "Wat zou jij doen?",
            15,
            Goal.BEWUSTWORDING,
            SECRETS["dilemma_notes"],
            situation="Je ziet iets.",
            options=["Ja", "Nee"],
            discussion_questions=[],
        ),
        timed(
            "socratic",
            "Dialoog",
            10,
            Goal.BEWUSTWORDING,
            SECRETS["socratic_notes"],
            opening_question="Wat is veilig?",
            follow_up_questions=["Waarom?"],
        ),
        timed(
            "quiz",
            "Check",
            15,
            Goal.HANDELINGSPERSPECTIEF,
            SECRETS["quiz_notes"],
            questions=[
                {
                    "question": "Mag dit?",
                    "answers": ["Ja", "Nee"],
                    "correct": 2,
                    "explanation": SECRETS["quiz_explanation"],
                }
            ],
        ),
    ]
    help_line = HelpResourceFactory(name="Veilig Thuis (API-test)")
    safe = {
        "ground_rules": [SECRETS["ground_rule"]],
        "disclosure": paragraphs(SECRETS["disclosure"]),
        "signposting": [help_line],
    }
    lesson = LessonPageFactory(
        parent=theme, slug="les-wapens", activities=activities, safe_delivery=[("safe_delivery", safe)]
    )
    guide = ParentGuidePageFactory(
        parent=theme, slug="ouders-wapens", legal_facts=[("fact", {"fact": fact})], accompanies=[lesson]
    )
    ParentGuideHelpResource.objects.create(page=guide, resource=help_line)
    professional = ProfessionalGuidePageFactory(parent=theme, slug="prof-wapens")
    standard = StandardPageFactory(parent=theme.get_parent().get_parent(), slug="privacy")
    for page in (lesson, guide, professional, standard):
        page.save_revision().publish()
    return {"theme": theme, "lesson": lesson, "guide": guide, "fact": fact, "professional": professional}


def every_response(client):
    """The listing and every page's detail, each with all fields, as text."""
    listing = client.get("/api/v2/pages/", {"limit": 50, "fields": "*"})
    assert listing.status_code == 200
    texts = [listing.content.decode()]
    for item in listing.json()["items"]:
        detail = client.get(item["meta"]["detail_url"].replace("http://localhost", ""))
        assert detail.status_code == 200, item
        texts.append(detail.content.decode())
    return listing.json()["meta"]["total_count"], texts


def test_every_page_type_names_its_api_fields():
    page_types = [model for model in apps.get_models() if issubclass(model, Page) and model is not Page]
    assert page_types
    for model in page_types:
        assert "api_fields" in model.__dict__, f"{model.__name__} heeft geen eigen lijst api_fields"
        assert not {"safe_delivery", "presenter_notes"} & {field.name for field in model.api_fields}


def test_the_api_returns_no_presenter_only_phrase_for_any_page(client, catalogue):
    total, texts = every_response(client)
    assert total >= 6  # home, leerlijn, theme, lesson, parent guide, professional guide, standard page
    everything = "\n".join(texts)
    assert PUBLIC_PHRASE in everything  # the lesson and its shared activity are there
    assert "Vanaf 12 jaar ben je strafbaar." in everything  # with the cited fact
    for name, secret in SECRETS.items():
        assert secret not in everything, name
    assert '"correct"' not in everything  # the quiz answers


def test_a_presenter_gets_the_same_public_api(client, catalogue):
    presenter = get_user_model().objects.create_user("medewerker-api", password="x")
    presenter.groups.add(Group.objects.get(name=MEDEWERKER))
    client.force_login(presenter)
    _total, texts = every_response(client)
    assert not any(secret in text for secret in SECRETS.values() for text in texts)


def test_search_through_the_api_finds_no_presenter_only_text(client, catalogue):
    for secret in SECRETS.values():
        response = client.get("/api/v2/pages/", {"search": secret})
        assert response.status_code == 200
        assert response.json()["meta"]["total_count"] == 0, secret


def test_lessons_carry_goals_age_bands_with_edurep_levels_and_facts(client, catalogue):
    band = catalogue["lesson"].age_bands.get()  # the vocabulary migration seeds the bands and their levels
    data = client.get(f"/api/v2/pages/{catalogue['lesson'].pk}/").json()
    assert set(data["goals"]) == {"kennis", "bewustwording", "handelingsperspectief"}
    assert data["age_bands"][0]["slug"] == band.slug
    assert data["age_bands"][0]["edurep_levels"] == [
        {"name": level.name, "uri": f"http://purl.edustandaard.nl/begrippenkader/{level.uuid}"}
        for level in band.edurep_levels.all()
    ]
    assert data["age_bands"][0]["edurep_levels"]
    assert [fact["slug"] for fact in data["legal_facts"]] == ["strafbaar-vanaf-12"]
    assert data["activities"][1]["value"]["title"] == "Groepsafspraken"
    assert "safe_delivery" not in data


def test_private_and_draft_pages_and_draft_facts_never_appear(client, catalogue):
    theme = catalogue["theme"]
    private = LessonPageFactory(parent=theme, slug="besloten", title="Besloten les")
    private.save_revision().publish()
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    draft = LessonPageFactory(parent=theme, slug="concept", title="Conceptles", live=False)
    LegalFactFactory(slug="concept-feit", statement="Een conceptfeit.", live=False)

    texts = every_response(client)[1]
    texts.append(client.get("/api/v2/wetsfeiten/", {"fields": "*"}).content.decode())
    texts.append(client.get("/api/export/catalogus.json").content.decode())
    texts.append(client.get("/api/export/lessen.csv").content.decode())
    for text in texts:
        assert "Besloten les" not in text and "Conceptles" not in text and "Een conceptfeit." not in text
    assert client.get(f"/api/v2/pages/{private.pk}/").status_code == 404
    assert client.get(f"/api/v2/pages/{draft.pk}/").status_code == 404


def test_facts_endpoint_lists_published_facts_without_their_owner(client, catalogue):
    owner = get_user_model().objects.create_user("jurist", email="jurist@halt.example")
    LegalFactFactory(slug="met-eigenaar", owner=owner)
    response = client.get("/api/v2/wetsfeiten/", {"fields": "*"})
    assert response.status_code == 200
    slugs = [item["slug"] for item in response.json()["items"]]
    assert "strafbaar-vanaf-12" in slugs and "met-eigenaar" in slugs
    assert "jurist" not in response.content.decode()
    assert client.get("/api/v2/wetsfeiten/", {"fields": "owner"}).status_code == 400


HOSTILE = [
    {"limit": "100000"},
    {"limit": "-1"},
    {"limit": "veel"},
    {"offset": "-5"},
    {"offset": str(10**12)},
    {"fields": "geheim"},
    {"fields": "safe_delivery"},
    {"fields": "*,safe_delivery"},
    {"type": "lessons.Bestaatniet"},
    {"type": "geen-model"},
    {"child_of": "abc"},
    {"descendant_of": "-1"},
    {"order": "bestaatniet"},
    {"order": "-safe_delivery"},
    {"onbekend": "1"},
    {"slug": "x", "type": "wagtailcore.Page", "central_question": "y"},
    {"search_operator": "xor", "search": "geld"},
]


@pytest.mark.parametrize("params", HOSTILE, ids=lambda params: "&".join(f"{k}={v}" for k, v in params.items()))
def test_hostile_parameters_give_a_400_with_a_message(client, catalogue, params):
    response = client.get("/api/v2/pages/", params)
    assert response.status_code == 400, response.content
    assert response.json()["message"]


@pytest.mark.parametrize("url", ["/api/v2/wetsfeiten/", "/api/v2/images/", "/api/v2/documents/"])
def test_other_endpoints_refuse_hostile_parameters_too(client, url):
    for params in ({"limit": "100000"}, {"fields": "geheim"}, {"order": "bestaatniet"}, {"offset": "x"}):
        response = client.get(url, params)
        assert response.status_code == 400, (url, params)
        assert response.json()["message"]


def test_the_api_is_read_only(client, catalogue):
    for url in ("/api/v2/pages/", f"/api/v2/pages/{catalogue['lesson'].pk}/", "/api/export/catalogus.json"):
        assert client.post(url, {"title": "x"}).status_code == 405
        assert client.delete(url).status_code == 405


def test_export_json_and_csv(client, catalogue):
    data = client.get("/api/export/catalogus.json").json()
    lesson = next(item for item in data["lessons"] if item["slug"] == "les-wapens")
    assert lesson["legal_facts"] == ["strafbaar-vanaf-12"]
    assert [activity["title"] for activity in lesson["activities"]][:2] == ["Opening", "Groepsafspraken"]
    assert {guide["slug"]: guide["legal_facts"] for guide in data["guides"]}["ouders-wapens"] == ["strafbaar-vanaf-12"]
    assert not any(secret in str(data) for secret in SECRETS.values())

    response = client.get("/api/export/lessen.csv")
    assert response["Content-Type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(response.content.decode("utf-8-sig"))))
    ours = [row for row in rows if row["titel"] == catalogue["lesson"].title]  # other tests' lessons may be there
    assert len(ours) == 1 and ours[0]["wetsfeiten"] == "strafbaar-vanaf-12"


def test_api_responses_are_cached_by_catalogue_version(client, catalogue, caches_on):
    url = f"/api/v2/pages/{catalogue['lesson'].pk}/"
    assert "X-Page-Cache" not in client.get(url)
    assert client.get(url)["X-Page-Cache"] == "hit"
    lesson = catalogue["lesson"]
    lesson.title = "Nieuwe titel"
    lesson.save_revision().publish()
    fresh = client.get(url)
    assert "X-Page-Cache" not in fresh and fresh.json()["title"] == "Nieuwe titel"


def test_documents_in_a_restricted_collection_stay_out(client):
    from django.core.files.base import ContentFile
    from wagtail.documents.models import Document
    from wagtail.models import Collection, CollectionViewRestriction

    root = Collection.get_first_root_node()
    staff_only = root.add_child(name="Alleen voor medewerkers")
    CollectionViewRestriction.objects.create(collection=staff_only, restriction_type="login")
    Document.objects.create(title="Openbaar werkblad", file=ContentFile(b"%PDF-1.4", name="werkblad.pdf"))
    Document.objects.create(
        title="Intern protocol", file=ContentFile(b"%PDF-1.4", name="protocol.pdf"), collection=staff_only
    )
    titles = [item["title"] for item in client.get("/api/v2/documents/").json()["items"]]
    assert titles == ["Openbaar werkblad"]
