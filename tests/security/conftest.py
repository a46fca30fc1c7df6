"""A small catalogue built with the factories (not the demo): a site, the leerlijn, two themes and their pages."""

import os

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from wagtail.models import Page, PageViewRestriction, Site

from curriculum.models import AgeBand, Setting
from lessons.governance import MEDEWERKER
from tests.factories import (
    HomePageFactory,
    LeerlijnPageFactory,
    LessonPageFactory,
    ParentGuidePageFactory,
    ProfessionalGuidePageFactory,
    ThemePageFactory,
)

# Playwright's sync API keeps an event loop in the test thread from its first use on: the ORM may run beside it.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


def publish(page):
    page.save_revision().publish()
    return page.specific_class.objects.get(pk=page.pk)


@pytest.fixture
def site(db):
    """A HomePage as the default site's root, with the leerlijn below it."""
    home = HomePageFactory(parent=Page.get_first_root_node(), slug="halt")  # beside Wagtail's welcome page
    Site.objects.update_or_create(
        is_default_site=True, defaults={"root_page": home, "hostname": "localhost", "port": 80}
    )
    leerlijn = publish(LeerlijnPageFactory(parent=home))
    return home, leerlijn


@pytest.fixture
def theme(site):
    return publish(ThemePageFactory(parent=site[1], title="Invloed van de groep", slug="invloed-van-de-groep"))


def lesson(parent, **fields):
    return publish(
        LessonPageFactory(
            parent=parent,
            age_bands=[AgeBand.objects.get(slug="vo-onderbouw")],
            settings=[Setting.objects.get(slug="school")],
            **fields,
        )
    )


@pytest.fixture
def open_lesson(theme):
    return lesson(theme, title="Invloed van de groep (VO onderbouw)", slug="invloed-vo-onderbouw")


def restrict_to_staff(page):
    """Wagtail's page privacy as an editor sets it: only the Halt-medewerker group may view the page."""
    restriction = PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.GROUPS)
    restriction.groups.set([Group.objects.get(name=MEDEWERKER)])
    return restriction


@pytest.fixture
def medewerker(db):
    user = get_user_model().objects.create_user("medewerker-test", password="geheim-wachtwoord-1")
    user.groups.add(Group.objects.get(name=MEDEWERKER))
    return user


@pytest.fixture
def guides(theme):
    return (
        publish(ParentGuidePageFactory(parent=theme, title="Gesprekshulp groepsdruk", slug="ouders")),
        publish(ProfessionalGuidePageFactory(parent=theme, title="Groepsdruk voor professionals", slug="pro")),
    )


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    """Debian's Chromium (Playwright cannot download its own here), as in tests/browser/."""
    args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"]
    return {**browser_type_launch_args, "executable_path": "/usr/bin/chromium", "args": args}
