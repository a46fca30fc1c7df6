"""Every page type renders its content for anonymous visitors, and presenter-only material never reaches them."""

import json
import re
from html import unescape
from urllib.parse import urljoin, urlparse

import pytest
from django.utils.html import strip_tags
from wagtail.models import Page

from core.hosts import iso_duration
from lessons.models import LessonPage, ParentGuidePage, ProfessionalGuidePage

pytestmark = pytest.mark.django_db


def notes_of(lesson):
    """Every presenter-only text of a lesson: notes, quiz answers' explanations and the safe-delivery section."""
    texts = []
    for block in lesson.activities:
        texts.append(unescape(strip_tags(block.value["presenter_notes"].source)))
        for question in block.value.get("questions", []):
            texts.append(question["explanation"])
    for block in lesson.safe_delivery:
        texts.extend(block.value["ground_rules"])
    return [text for text in texts if len(text) > 20]


def html_text(response):
    return unescape(response.content.decode())


def test_home_shows_audiences_themes_and_search(client, catalogue):
    html = html_text(client.get("/"))
    assert "Ik ben leerkracht" in html and "Ik ben ouder" in html
    assert catalogue.theme.title in html
    assert 'role="search"' in html


def test_every_page_type_renders_its_title(client, catalogue):
    pages = [
        catalogue.leerlijn,
        catalogue.theme,
        *catalogue.lessons,
        catalogue.parent_guide,
        catalogue.professional_guide,
        catalogue.standard_page,
    ]
    for page in pages:
        response = client.get(page.url)
        assert response.status_code == 200, page.url
        assert page.title in html_text(response)


def test_the_lesson_page_shows_what_a_teacher_needs(client, catalogue):
    lesson = catalogue.lesson
    html = html_text(client.get(lesson.url))
    assert lesson.central_question in html
    assert lesson.goal_handelingsperspectief in html
    assert f"{lesson.duration} minuten" in html
    for block in lesson.activities:
        assert block.value["title"] in html
    assert "Vervolg voor de leerkracht" in html


def test_presenter_only_material_never_reaches_an_anonymous_visitor(client, catalogue):
    assert notes_of(catalogue.lesson), "the lesson must hold presenter-only text for this test to mean anything"
    for lesson in LessonPage.objects.live():
        html = html_text(client.get(lesson.url))
        for secret in notes_of(lesson):
            assert secret not in html, f"{lesson.url} leaks: {secret[:60]}"
        assert "Veilig uitvoeren" not in html
        assert "goed antwoord" not in html


def test_a_halt_medewerker_sees_notes_and_the_safe_delivery_section(catalogue, login):
    lesson = catalogue.lesson
    html = html_text(login("medewerker").get(lesson.url))
    assert notes_of(lesson)
    assert all(secret in html for secret in notes_of(lesson))
    assert "Veilig uitvoeren" in html


def test_the_parent_guide_has_help_with_tel_links(client, catalogue):
    guide = catalogue.parent_guide
    html = html_text(client.get(guide.url))
    assert 'href="tel:08002000"' in html  # the help resource's 0800-2000, dialable
    assert catalogue.help_resource.name in html
    assert guide.conversation_starters[0].value in html


def test_lesson_pages_carry_learning_resource_metadata(client, catalogue):
    lesson = catalogue.lesson
    html = client.get(lesson.url).content.decode()
    data = json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1))
    assert data["@type"] == "LearningResource"
    assert data["timeRequired"] == iso_duration(lesson.duration)
    assert data["typicalAgeRange"] == "12-15"
    assert "http://purl.edustandaard.nl/begrippenkader/2a1401e9-c223-493b-9b86-78f6993b1a8d" in [
        level["url"] for level in data["educationalLevel"]
    ]


def sitemap_paths(client):
    xml = client.get("/sitemap.xml").content.decode()
    return {urlparse(loc).path for loc in re.findall(r"<loc>(.*?)</loc>", xml)}


def test_sitemap_lists_every_public_page_and_only_those(client, catalogue):
    locations = sitemap_paths(client)
    pages = Page.objects.live().public().filter(depth__gte=2).specific()
    assert len(pages) >= 10
    for page in pages:
        assert page.url in locations, page.url
    draft = catalogue.lesson_mbo
    draft.unpublish()
    assert draft.url not in sitemap_paths(client)
    assert catalogue.lesson.url in sitemap_paths(client)


def test_every_offer_is_reachable_from_the_home_page(client, catalogue):
    """Follow links from / (three levels) and find every lesson, parent guide and professional page."""
    seen, frontier = set(), {"/"}
    for _level in range(3):
        found = set()
        for path in frontier:
            response = client.get(path)
            if not response["Content-Type"].startswith("text/html"):
                continue  # a PDF, linked from a guide
            for href in re.findall(r'href="([^"#?]+)"', response.content.decode()):
                target = urlparse(urljoin("http://testserver" + path, href))
                if target.netloc == "testserver" and target.path.startswith("/leerlijn/") and target.path not in seen:
                    found.add(target.path)
        seen |= found
        frontier = found
    offers = [page for model in (LessonPage, ParentGuidePage, ProfessionalGuidePage) for page in model.objects.live()]
    assert len(offers) == 5
    for page in offers:
        assert page.url in seen, page.url


def test_robots_txt_points_to_the_sitemap(client, catalogue):
    response = client.get("/robots.txt")
    assert response["Content-Type"].startswith("text/plain")
    assert "Sitemap: http://testserver/sitemap.xml" in response.content.decode()


def test_an_unknown_page_gives_a_dutch_404(client, catalogue):
    response = client.get("/bestaat-niet/")
    assert response.status_code == 404
    html = html_text(response)
    assert "Deze pagina bestaat niet" in html
    assert '<html lang="nl"' in html
