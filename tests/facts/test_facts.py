"""Legal facts: cited through blocks, shown only when published, listed on /wet-en-regels/ with where they are
used, and a published change flags every citing page on the admin dashboard."""

import datetime
import re

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.blocks import StreamValue

from curriculum.facts import citing_pages
from curriculum.models import LegalFact
from curriculum.vocabularies import Goal
from lessons.blocks import FactBlock
from lessons.fact_review import facts_due_for_review, pages_with_changed_facts
from lessons.governance import MEDEWERKER
from tests.factories import (
    HelpResourceFactory,
    LegalFactFactory,
    LessonPageFactory,
    ProfessionalGuidePageFactory,
    activity,
    cites,
    quiz,
)

pytestmark = pytest.mark.django_db


def lesson_citing(theme, *facts, **kwargs):
    activities = [
        activity("Opening", 10, Goal.KENNIS, facts=cites(*facts)),
        activity("Uitleg", 15, Goal.KENNIS),
        activity("Dilemma's", 15, Goal.BEWUSTWORDING),
        activity("Wat kun je doen?", 10, Goal.HANDELINGSPERSPECTIEF),
    ]
    lesson = LessonPageFactory(parent=theme, activities=activities, **kwargs)
    lesson.save_revision().publish()
    return lesson


def publish_change(fact, **changes):
    """What an editor does: edit, save a draft (a revision), publish it."""
    for name, value in changes.items():
        setattr(fact, name, value)
    revision = fact.save_revision()
    revision.publish()
    fact.refresh_from_db()
    return fact


def test_a_lesson_shows_the_published_fact_with_its_source(client, theme):
    fact = LegalFactFactory(statement="Vanaf 12 jaar kun je door de politie worden opgepakt.", article="artikel 486")
    lesson = lesson_citing(theme, fact)
    html = client.get(lesson.url).content.decode()
    assert "Vanaf 12 jaar kun je door de politie worden opgepakt." in html
    assert "artikel 486 Wetboek van Strafrecht" in html
    assert fact.source_url in html


def test_changing_one_fact_changes_every_lesson_that_cites_it_and_flags_them(client, theme):
    fact = LegalFactFactory(statement="Oude tekst over wapens.")
    publish_change(fact)
    lessons = [lesson_citing(theme, fact, slug=f"les-wapens-{n}") for n in range(3)]
    other = lesson_citing(theme, LegalFactFactory(), slug="les-zonder-wijziging")
    assert pages_with_changed_facts() == []

    publish_change(fact, statement="Nieuwe tekst over wapens.")

    for lesson in lessons:
        html = client.get(lesson.url).content.decode()
        assert "Nieuwe tekst over wapens." in html
        assert "Oude tekst over wapens." not in html
    flagged = {item.page.pk: item.facts for item in pages_with_changed_facts()}
    assert set(flagged) == {lesson.pk for lesson in lessons}
    assert other.pk not in flagged
    assert flagged[lessons[0].pk] == [fact]

    lessons[0].save_revision().publish()  # an editor checked it and published it again
    assert lessons[0].pk not in {item.page.pk for item in pages_with_changed_facts()}


def test_a_draft_change_never_shows_publicly(client, theme):
    fact = LegalFactFactory(statement="Gepubliceerde tekst.")
    lesson = lesson_citing(theme, fact)
    fact.statement = "Concepttekst die nog niet klopt."
    fact.save_revision()  # a draft: the row keeps the published text

    html = client.get(lesson.url).content.decode()
    assert "Gepubliceerde tekst." in html
    assert "Concepttekst" not in html
    assert "Concepttekst" not in client.get("/wet-en-regels/").content.decode()
    assert pages_with_changed_facts() == []  # a draft flags nothing


def test_a_never_published_fact_shows_nowhere(client, theme):
    draft = LegalFactFactory(statement="Nog nooit gepubliceerd.", live=False)
    lesson = lesson_citing(theme, draft)
    assert "Nog nooit gepubliceerd." not in client.get(lesson.url).content.decode()
    assert "Nog nooit gepubliceerd." not in client.get("/wet-en-regels/").content.decode()


def test_the_fact_block_refuses_a_fact_that_is_not_published():
    draft = LegalFactFactory(live=False)
    with pytest.raises(Exception) as error:
        FactBlock().clean(FactBlock().to_python({"fact": draft.pk}))
    assert "nog niet gepubliceerd" in str(error.value.block_errors["fact"])


def test_register_lists_published_facts_with_source_and_where_used(client, theme):
    cited = LegalFactFactory(statement="Geweld in een groep is strafbaar.", article="artikel 141")
    unused = LegalFactFactory(statement="Heling is strafbaar.", article="artikel 416")
    lesson = lesson_citing(theme, cited, title="Wapens en geweld VO")
    guide = ProfessionalGuidePageFactory(
        parent=theme, title="Ondermijning voor professionals", legal_facts=[("fact", {"fact": cited})]
    )
    guide.save_revision().publish()

    response = client.get(reverse("legal_facts"))
    html = response.content.decode()
    assert response.status_code == 200
    assert "Geweld in een groep is strafbaar." in html and "artikel 141 Wetboek van Strafrecht" in html
    assert "Heling is strafbaar." in html and "artikel 416" in html
    assert f'href="{lesson.url}"' in html and f'href="{guide.url}"' in html
    assert set(citing_pages([cited, unused])) == {cited.pk}


def test_unpublished_and_private_pages_are_not_named_as_users(client, theme):
    from wagtail.models import PageViewRestriction

    fact = LegalFactFactory()
    private = lesson_citing(theme, fact, title="Geheime les")
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    draft = lesson_citing(theme, fact, title="Conceptles")
    draft.unpublish()
    html = client.get("/wet-en-regels/").content.decode()
    assert "Geheime les" not in html and "Conceptles" not in html


def test_facts_past_their_review_date_are_due(theme):
    today = datetime.date.today()
    overdue = LegalFactFactory(review_by=today - datetime.timedelta(days=1))
    soon = LegalFactFactory(review_by=today + datetime.timedelta(days=5))
    LegalFactFactory(review_by=today + datetime.timedelta(days=400))
    assert [(fact, days) for fact, days in facts_due_for_review()] == [(overdue, -1), (soon, 5)]


def test_dashboard_panel_flags_pages_and_overdue_facts(client, theme):
    fact = LegalFactFactory(review_by=datetime.date.today() - datetime.timedelta(days=3))
    lesson = lesson_citing(theme, fact, title="Les over vuurwerk")
    publish_change(fact, statement="Aangepast wetsfeit.")
    admin = get_user_model().objects.create_superuser("beheer", "beheer@halt.example", "x")
    client.force_login(admin)
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "Te herzien: wetsfeiten" in html
    assert "Les over vuurwerk" in html and "te herzien" in html
    assert reverse("wagtailadmin_pages:edit", args=[lesson.pk]) in html
    assert "(te laat)" in html


def test_the_register_has_revisions_drafts_and_the_workflow():
    fact = LegalFactFactory()
    assert fact.get_workflow() is not None  # the leerlijn's review workflow (migration lessons 0007)
    publish_change(fact, statement="Tweede versie.")
    assert fact.revisions.count() == 1 and LegalFact.objects.get(pk=fact.pk).statement == "Tweede versie."


def test_activity_stream_value_round_trips_facts():
    fact = LegalFactFactory()
    stream = StreamValue(
        LessonPageFactory._meta.model.activities.field.stream_block,
        [activity("Opening", 10, Goal.KENNIS, facts=cites(fact))],
        is_lazy=True,
    )
    assert stream[0].value["facts"][0]["fact"] == fact


def test_slides_show_the_cited_fact(client, theme):
    from django.contrib.auth.models import Group

    from lessons.governance import MEDEWERKER

    fact = LegalFactFactory(statement="Op de dia: vernieling is strafbaar.")
    lesson = lesson_citing(theme, fact)
    presenter = get_user_model().objects.create_user("medewerker-dia", password="x")
    presenter.groups.add(Group.objects.get(name=MEDEWERKER))
    client.force_login(presenter)
    assert "Op de dia: vernieling is strafbaar." in client.get(lesson.present_url).content.decode()


def test_a_quiz_explanation_cites_a_fact_for_presenters_and_a_change_flags_the_lesson(client, theme):
    fact = LegalFactFactory(statement="Halt is er voor jongeren die iets lichts deden.")
    publish_change(fact)
    question = ("Voor wie is Halt?", ["Voor iedereen", "Voor jongeren"], 2, "Zie het wetsfeit.")
    lesson = LessonPageFactory(
        parent=theme,
        activities=[
            activity("Opening", 10, Goal.KENNIS),
            activity("Dilemma's", 15, Goal.BEWUSTWORDING),
            activity("Wat kun je doen?", 10, Goal.HANDELINGSPERSPECTIEF),
            quiz("Check", 5, Goal.KENNIS, [question], facts=[cites(fact)]),
        ],
        duration=40,
    )
    lesson.save_revision().publish()
    assert "Halt is er voor jongeren" not in client.get(lesson.url).content.decode()  # it would give the answer

    presenter = get_user_model().objects.create_user("presentator-quiz", password="x")
    presenter.groups.add(Group.objects.get(name=MEDEWERKER))
    client.force_login(presenter)
    assert "Halt is er voor jongeren die iets lichts deden." in client.get(lesson.url).content.decode()
    plan = client.get(lesson.url + "voorbereiden/").content.decode()
    assert "Wetsfeit: Halt is er voor jongeren die iets lichts deden." in plan

    publish_change(fact, statement="Halt is er voor jongeren die iets lichts deden, met hun ouders.")
    assert lesson.pk in {item.page.pk for item in pages_with_changed_facts()}


def test_the_admin_listings_speak_dutch_and_show_wagtails_status(client, theme):
    LegalFactFactory()
    HelpResourceFactory()
    admin = get_user_model().objects.create_superuser("beheer", "beheer@halt.example", "x")
    client.force_login(admin)
    for name in ("curriculum_legalfact", "lessons_helpresource", "lessons_sharedactivity"):
        html = client.get(reverse(f"wagtailsnippets_{name}:list")).content.decode()
        assert not re.search(r">\s*(Source|Live|True)\s*<", html), name
    html = client.get(reverse("wagtailsnippets_curriculum_legalfact:list")).content.decode()
    assert "Bron" in html and "w-status" in html
