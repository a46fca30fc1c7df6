"""Shared activities: written once, placed in many lessons with their own minutes and goal, shown with the lesson
(public page, prepare, slides, API), updated everywhere when published, never as a draft."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.urls import reverse

from curriculum.richtext import paragraphs
from curriculum.vocabularies import Goal
from lessons.blocks import SharedActivityBlock
from lessons.governance import MEDEWERKER
from lessons.models import SharedActivity
from tests.factories import LessonPageFactory, SharedActivityFactory, activity, shared

pytestmark = pytest.mark.django_db


def lesson_with(theme, rules, slug, minutes=5, goal=Goal.BEWUSTWORDING):
    activities = [
        shared(rules, minutes, goal),
        activity("Uitleg", 15, Goal.KENNIS),
        activity("Dilemma's", 15, Goal.BEWUSTWORDING),
        activity("Wat kun je doen?", 10, Goal.HANDELINGSPERSPECTIEF),
    ]
    lesson = LessonPageFactory(parent=theme, slug=slug, activities=activities, duration=40 + minutes)
    lesson.save_revision().publish()
    return lesson


@pytest.fixture
def presenter(client):
    user = get_user_model().objects.create_user("medewerker-gedeeld", password="x")
    user.groups.add(Group.objects.get(name=MEDEWERKER))
    client.force_login(user)
    return user


def publish_change(snippet, **changes):
    for name, value in changes.items():
        setattr(snippet, name, value)
    snippet.save_revision().publish()
    snippet.refresh_from_db()


def test_one_activity_in_many_lessons_with_their_own_minutes_and_goal(client, theme):
    rules = SharedActivityFactory(title="Groepsafspraken", pupil_content=paragraphs("We lachen niemand uit."))
    first = lesson_with(theme, rules, "les-a", minutes=5, goal=Goal.BEWUSTWORDING)
    second = lesson_with(theme, rules, "les-b", minutes=10, goal=Goal.KENNIS)
    for lesson, minutes in ((first, 5), (second, 10)):
        html = client.get(lesson.url).content.decode()
        assert "Groepsafspraken" in html and "We lachen niemand uit." in html
        assert f"{minutes} min" in html
    assert first.activity_minutes == 45 and second.activity_minutes == 50
    assert Goal.KENNIS in second.goals_served


def test_publishing_a_change_updates_every_lesson_and_a_draft_changes_none(client, theme):
    rules = SharedActivityFactory(pupil_content=paragraphs("Oude afspraak."))
    lessons = [lesson_with(theme, rules, f"les-{n}") for n in range(3)]
    rules.pupil_content = paragraphs("Concept van een nieuwe afspraak.")
    rules.save_revision()  # a draft
    for lesson in lessons:
        html = client.get(lesson.url).content.decode()
        assert "Oude afspraak." in html and "Concept van een nieuwe afspraak." not in html
    publish_change(rules, pupil_content=paragraphs("Nieuwe afspraak."))
    for lesson in lessons:
        html = client.get(lesson.url).content.decode()
        assert "Nieuwe afspraak." in html and "Oude afspraak." not in html


def test_a_never_published_shared_activity_shows_no_text(client, theme):
    rules = SharedActivityFactory(pupil_content=paragraphs("Nog niet af."), live=False)
    lesson = lesson_with(theme, rules, "les-concept")
    assert "Nog niet af." not in client.get(lesson.url).content.decode()
    with pytest.raises(Exception) as error:
        block = SharedActivityBlock()
        block.clean(block.to_python({"activity": rules.pk, "minutes": 5, "goal": Goal.KENNIS}))
    assert "nog niet gepubliceerd" in str(error.value.block_errors["activity"])


def test_presenter_notes_of_a_shared_activity_only_for_presenters(client, theme):
    rules = SharedActivityFactory(presenter_notes=paragraphs("GEDEELDEGEHEIMENOTITIE"))
    lesson = lesson_with(theme, rules, "les-notities")
    assert "GEDEELDEGEHEIMENOTITIE" not in client.get(lesson.url).content.decode()
    assert "GEDEELDEGEHEIMENOTITIE" in lesson.presenter_text()


def test_shared_activity_in_prepare_and_slides(client, theme, presenter):
    rules = SharedActivityFactory(
        title="Groepsafspraken",
        pupil_content=paragraphs("We lachen niemand uit."),
        presenter_notes=paragraphs("Let op wie stil is."),
        materials="Dia met afspraken",
    )
    lesson = lesson_with(theme, rules, "les-presenteren")
    prepare = client.get(lesson.prepare_url).content.decode()
    assert "Groepsafspraken" in prepare and "Let op wie stil is." in prepare and "Dia met afspraken" in prepare
    slides = client.get(lesson.present_url).content.decode()
    assert "We lachen niemand uit." in slides
    assert "Let op wie stil is." not in slides


def test_the_editor_sees_where_it_is_used(client, theme):
    rules = SharedActivityFactory()
    lesson = lesson_with(theme, rules, "les-gebruik", minutes=5)
    admin = get_user_model().objects.create_superuser("beheer-gedeeld", "b@halt.example", "x")
    client.force_login(admin)
    usage = client.get(reverse("wagtailsnippets_lessons_sharedactivity:usage", args=[rules.pk]))
    assert usage.status_code == 200 and lesson.title in usage.content.decode()


def test_shared_activities_have_revisions_and_the_workflow():
    rules = SharedActivityFactory()
    assert rules.get_workflow() is not None
    publish_change(rules, title="Nieuwe titel")
    assert rules.revisions.count() == 1 and SharedActivity.objects.get(pk=rules.pk).title == "Nieuwe titel"


def test_a_lesson_adds_its_own_notes_before_the_shared_ones(client, theme, presenter):
    rules = SharedActivityFactory(presenter_notes=paragraphs("Gedeelde notitie."))
    activities = [
        shared(rules, 5, Goal.BEWUSTWORDING, notes="Eigen notitie bij deze les."),
        activity("Uitleg", 15, Goal.KENNIS),
        activity("Dilemma's", 15, Goal.BEWUSTWORDING),
        activity("Wat kun je doen?", 10, Goal.HANDELINGSPERSPECTIEF),
    ]
    lesson = LessonPageFactory(parent=theme, slug="les-eigen-notities", activities=activities, duration=45)
    lesson.save_revision().publish()
    prepare = client.get(lesson.prepare_url).content.decode()
    assert prepare.index("Eigen notitie bij deze les.") < prepare.index("Gedeelde notitie.")
    client.logout()
    public = client.get(lesson.url).content.decode()
    assert "Eigen notitie bij deze les." not in public and "Gedeelde notitie." not in public
