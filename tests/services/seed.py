"""A small catalogue for the multi-server tests, built with the factories in a fresh (migrated) database.

Run by tests/services/conftest.py as `python -m tests.services.seed PASSWORD` with the app servers' environment;
prints what the tests need as JSON. No demo catalogue: it takes minutes, this takes seconds.
"""

import json
import sys

import django


def build(password):
    from django.contrib.auth.models import Group, User
    from wagtail.models import Page

    from curriculum.vocabularies import Goal
    from lessons.access import PRESENTER_PERMISSION
    from lessons.models import ParentGuideHelpResource
    from tests.factories import (
        HelpResourceFactory,
        LessonPageFactory,
        ParentGuidePageFactory,
        ThemePageFactory,
        activity,
        own_site,
    )

    root = Page.get_first_root_node()
    for welcome in root.get_children():
        welcome.delete()  # Wagtail's placeholder page
    home, leerlijn = own_site("home")
    theme = ThemePageFactory(parent=leerlijn, title="Invloed van de groep", slug="invloed-van-de-groep")
    presenter_phrase = "Alleen-voor-presentatoren: noem geen namen van leerlingen"
    lesson = LessonPageFactory(
        parent=theme,
        title="Groepsdruk in de klas",
        slug="groepsdruk-in-de-klas",
        activities=[
            activity("Opening", 20, Goal.KENNIS, notes=presenter_phrase),
            activity("Dilemma's", 20, Goal.BEWUSTWORDING),
            activity("Wat kun je doen?", 10, Goal.HANDELINGSPERSPECTIEF),
        ],
    )
    help_resource = HelpResourceFactory(name="Hulplijn Groepsdruk", slug="hulplijn-groepsdruk", phone="0800-1111")
    guide = ParentGuidePageFactory(parent=theme, title="Gesprekshulp groepsdruk", slug="ouders", accompanies=[lesson])
    ParentGuideHelpResource.objects.create(page=guide, resource=help_resource, sort_order=0)
    for page in (home, leerlijn, theme, lesson, guide):
        page.refresh_from_db()
        page.specific.save_revision().publish()

    draft_title = "Groepsdruk in de klas, herzien"
    lesson.refresh_from_db()
    lesson.title = draft_title
    lesson.save_revision()  # an editor's draft: nothing public may change until it is published

    User.objects.create_superuser("beheer", "beheer@halt.example", password)
    medewerker = User.objects.create_user("medewerker", "medewerker@halt.example", password)
    group = Group.objects.get(permissions__codename=PRESENTER_PERMISSION.split(".")[1], name="Halt-medewerker")
    medewerker.groups.add(group)
    return {
        "lesson_id": lesson.pk,
        "lesson_url": lesson.url,
        "draft_title": draft_title,
        "theme_url": theme.url,
        "leerlijn_url": leerlijn.url,
        "guide_url": guide.url,
        "guide_id": guide.pk,
        "help_resource_id": help_resource.pk,
        "presenter_phrase": presenter_phrase,
    }


if __name__ == "__main__":
    django.setup()
    print(json.dumps(build(sys.argv[1])))
