"""The copy of a staff page kept per permission set (core/staff_pages.py): each visitor's own staff bar and CSRF
token, never another permission set's page, never an anonymous visitor's, never stale after a publish, and never
a page that could hold anything personal (a visit code, view restrictions, an editor's user bar)."""

import re

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction

from core.staff_pages import HEADER
from lessons.governance import MEDEWERKER
from tests.factories import account, publish, write_presenter_note

pytestmark = pytest.mark.django_db

NOTE = "Kolibrievoorbehoud"  # a word only in the presenter notes
TOKEN = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


@pytest.fixture
def lesson(catalogue, caches_on):
    write_presenter_note(catalogue.lesson, f"{NOTE}: vraag eerst wat de klas weet.")
    return publish(catalogue.lesson)


def logged_in(username, group=MEDEWERKER, **client_options):
    client = Client(**client_options)
    client.force_login(account(username, group))
    return client


def test_a_second_medewerker_gets_the_kept_page_with_their_own_name(lesson):
    anna, bram = logged_in("anna"), logged_in("bram")
    first = anna.get(lesson.url)
    assert first[HEADER] == "miss" and NOTE in first.content.decode()
    again = bram.get(lesson.url)
    assert again[HEADER] == "hit"
    page = again.content.decode()
    assert NOTE in page and "Ingelogd als <strong>bram</strong>" in page and "anna" not in page
    # Apart from whose name and token it carries, the kept page is the page as rendered.
    assert TOKEN.sub("", page).replace("bram", "anna") == TOKEN.sub("", first.content.decode())
    assert "private" in again["Cache-Control"] and "no-store" in again["Cache-Control"]  # no shared cache keeps it


def test_a_hit_asks_the_database_less_than_a_render(lesson):
    anna = logged_in("anna")
    with CaptureQueriesContext(connection) as rendered:
        assert anna.get(lesson.url)[HEADER] == "miss"
    with CaptureQueriesContext(connection) as served:
        assert anna.get(lesson.url)[HEADER] == "hit"
    # The session (in the database under the test settings), the user with their permissions, the catalogue version.
    assert len(served.captured_queries) <= 3 < len(rendered.captured_queries)


def test_the_logout_form_of_a_kept_page_works(lesson):
    logged_in("anna").get(lesson.url)
    bram = logged_in("bram", enforce_csrf_checks=True)
    page = bram.get(lesson.url)
    assert page[HEADER] == "hit"
    token = TOKEN.search(page.content.decode()).group(1)
    assert bram.post("/uitloggen/", {"csrfmiddlewaretoken": token}).status_code in (200, 302)
    assert "Ingelogd als" not in bram.get(lesson.url).content.decode()


def test_voorbereiden_is_kept_with_the_tokens_of_both_its_forms_replaced(lesson):
    url = lesson.url + "voorbereiden/"
    logged_in("anna").get(url)
    page = logged_in("bram").get(url)
    assert page[HEADER] == "hit"
    tokens = TOKEN.findall(page.content.decode())
    assert len(tokens) == 2 and all(len(token) == 64 for token in tokens)  # the staff bar's and the page's own


def test_another_permission_set_never_gets_the_presenters_copy(lesson):
    logged_in("anna").get(lesson.url)
    guest = logged_in("gast", group=None)  # logged in, but no presenter
    page = guest.get(lesson.url)
    assert page[HEADER] == "miss" and NOTE not in page.content.decode()
    assert NOTE not in Client().get(lesson.url).content.decode()  # nor an anonymous visitor


def test_a_publish_changes_the_kept_page(lesson):
    anna = logged_in("anna")
    anna.get(lesson.url)
    lesson.title = "Geldezels, herzien"
    lesson.save_revision().publish()
    page = anna.get(lesson.url)
    assert page[HEADER] == "miss" and "Geldezels, herzien" in page.content.decode()


def test_voorbereiden_with_the_choices_for_a_class_is_kept_per_choice(lesson):
    anna = logged_in("anna")
    reactive = lesson.url + "voorbereiden/?inzet=reactief"
    assert anna.get(reactive)[HEADER] == "miss"
    page = anna.get(reactive)
    assert page[HEADER] == "hit" and 'value="reactief" checked' in page.content.decode()
    assert anna.get(lesson.url + "voorbereiden/?inzet=proactief")[HEADER] == "miss"


@pytest.mark.parametrize("reason", ["a visit code", "an unknown parameter", "view restrictions", "an editor"])
def test_what_could_be_personal_is_never_kept(lesson, reason):
    url, client = lesson.url, logged_in("anna")
    if reason == "a visit code":
        url += "voorbereiden/?inzet=reactief&bezoek=ABCD-EFGH"
    elif reason == "an unknown parameter":
        url += "?utm_source=nieuwsbrief"
    elif reason == "view restrictions":
        PageViewRestriction.objects.create(page=lesson, restriction_type=PageViewRestriction.LOGIN)
    else:
        client = logged_in("redactie", group="Curriculumredactie")
    for _ in range(2):
        response = client.get(url)
        assert response.status_code == 200 and HEADER not in response
