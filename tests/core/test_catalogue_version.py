"""The database fingerprint in the catalogue version (core/caching.py) is what tells *other* processes and hosts
that the public site changed: the process that made a change also bumps its own counter, so these tests read the
fingerprint alone, as a second app server would."""

import pytest
from wagtail.models import PageViewRestriction

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
