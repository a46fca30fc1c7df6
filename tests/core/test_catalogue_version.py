"""The database fingerprint in the catalogue version (core/caching.py) is what tells *other* processes and hosts
that the public site changed: the process that made a change also bumps its own counter, so these tests read the
fingerprint alone, as a second app server would."""

import pytest
from django.urls import reverse
from wagtail.models import PageViewRestriction, Site

from core.caching import database_fingerprint
from curriculum.models import ThemePage
from lessons.models import LessonPage
from tests.factories import LessonPageFactory, publish

pytestmark = pytest.mark.django_db


@pytest.fixture
def lesson(catalogue, users):
    return publish(catalogue.lesson)


def changes_fingerprint(action):
    before = database_fingerprint()
    action()
    return database_fingerprint() != before


def test_a_publish_an_unpublish_a_move_and_a_delete_change_it(lesson, users):
    editor = users["admin"]

    def edit_and_publish():
        lesson.title = "Geldezels, herzien"
        lesson.save_revision(user=editor).publish(user=editor)

    assert changes_fingerprint(edit_and_publish)
    assert changes_fingerprint(lambda: LessonPage.objects.get(pk=lesson.pk).unpublish(user=editor))
    assert changes_fingerprint(lambda: LessonPage.objects.get(pk=lesson.pk).save_revision().publish())
    other = ThemePage.objects.exclude(pk=lesson.get_parent().pk).live().first()
    assert changes_fingerprint(lambda: LessonPage.objects.get(pk=lesson.pk).move(other, pos="last-child"))
    assert changes_fingerprint(lambda: PageViewRestriction.objects.create(page=lesson, restriction_type="login"))
    assert changes_fingerprint(lambda: LessonPage.objects.get(pk=lesson.pk).delete())


def test_a_new_page_changes_it(lesson):
    assert changes_fingerprint(lambda: LessonPageFactory(parent=lesson.get_parent(), slug="nieuw", live=False))


def test_a_draft_leaves_it_alone(lesson):
    def save_a_draft():
        lesson.summary = "Een zin die nog niemand ziet."
        lesson.save_revision(log_action=True)

    assert not changes_fingerprint(save_a_draft)


def test_a_site_edited_in_the_admin_changes_it(catalogue, client, users):
    """Which site a host leads to is remembered per catalogue version (core/routing.py): an edit in the admin's
    Sites must reach the other app servers too."""
    site = Site.objects.get(is_default_site=True)
    client.force_login(users["admin"])
    form = {
        "hostname": "leerlijn.halt.example",
        "port": site.port,
        "site_name": site.site_name or "Halt Leerlijn",
        "root_page": site.root_page_id,
        "is_default_site": "on",
    }

    def edit_in_the_admin():
        response = client.post(reverse("wagtailsites:edit", args=[site.pk]), form)
        assert response.status_code == 302, response.content.decode()[:2000]

    assert changes_fingerprint(edit_in_the_admin)
    assert Site.objects.get(pk=site.pk).hostname == "leerlijn.halt.example"
