"""A small catalogue built with the factories (not the demo): a site, the leerlijn, two themes and their pages."""

import os

import pytest
from django.contrib.auth.models import Group
from wagtail.models import PageViewRestriction

from lessons.governance import MEDEWERKER
from tests.factories import (
    ParentGuidePageFactory,
    ProfessionalGuidePageFactory,
    ThemePageFactory,
    account,
    publish,
    published_lesson,
)
from tests.fixtures.caches import caches_on  # noqa: F401  (the caches as deployed)
from tests.fixtures.own_site import site  # noqa: F401  (home and leerlijn as the default site)

# Playwright's sync API keeps an event loop in the test thread from its first use on: the ORM may run beside it.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


@pytest.fixture
def theme(site):  # noqa: F811  (the imported fixture)
    return publish(ThemePageFactory(parent=site[1], title="Invloed van de groep", slug="invloed-van-de-groep"))


@pytest.fixture
def open_lesson(theme):
    return published_lesson(theme, title="Invloed van de groep (VO onderbouw)", slug="invloed-vo-onderbouw")


def restrict_to_staff(page):
    """Wagtail's page privacy as an editor sets it: only the Halt-medewerker group may view the page."""
    restriction = PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.GROUPS)
    restriction.groups.set([Group.objects.get(name=MEDEWERKER)])
    return restriction


@pytest.fixture
def medewerker(db):
    return account("medewerker-test", MEDEWERKER, password="geheim-wachtwoord-1")


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
