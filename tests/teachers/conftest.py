"""A small catalogue built with the factories: a site, the leerlijn and a theme (tests/parents uses it too)."""

import pytest
from wagtail.models import Page, Site

from curriculum.models import AgeBand, Setting
from tests.factories import HomePageFactory, LeerlijnPageFactory, LessonPageFactory, ThemePageFactory


def publish(page):
    page.save_revision().publish()
    return page.specific_class.objects.get(pk=page.pk)


@pytest.fixture
def site(db):
    """A HomePage as the default site's root, with the leerlijn below it: (home, leerlijn)."""
    home = HomePageFactory(parent=Page.get_first_root_node(), slug="halt")  # beside Wagtail's welcome page
    Site.objects.update_or_create(
        is_default_site=True, defaults={"root_page": home, "hostname": "localhost", "port": 80}
    )
    return home, publish(LeerlijnPageFactory(parent=home))


@pytest.fixture
def theme(site):
    return publish(ThemePageFactory(parent=site[1], title="Wapens en geweld", slug="wapens-en-geweld"))


def lesson(theme, band="vo-onderbouw", **fields):
    return publish(
        LessonPageFactory(
            parent=theme,
            age_bands=[AgeBand.objects.get(slug=band)],
            settings=[Setting.objects.get(slug="school")],
            **fields,
        )
    )
