"""core.privacy.public(): the same pages as Wagtail's own `.public()`, in one query."""

import pytest
from django.contrib.auth.models import Group
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page, PageViewRestriction

from core.privacy import public
from tests.factories import LeerlijnPageFactory, ThemePageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def themes():
    leerlijn = LeerlijnPageFactory(parent=Page.objects.get(depth=1))
    return [ThemePageFactory(parent=leerlijn, slug=f"thema-{n}") for n in range(3)]


def restrict(page, **fields):
    restriction = PageViewRestriction.objects.create(page=page, **fields)
    if restriction.restriction_type == PageViewRestriction.GROUPS:
        restriction.groups.add(Group.objects.get(name="Halt-medewerker"))
    return restriction


def slugs(pages):
    return sorted(pages.values_list("slug", flat=True))


def test_a_restricted_page_and_its_descendants_are_left_out(themes):
    leerlijn = themes[0].get_parent()
    restrict(themes[1], restriction_type=PageViewRestriction.GROUPS)
    restrict(themes[2], restriction_type=PageViewRestriction.PASSWORD, password="geheim")
    below = Page.objects.descendant_of(leerlijn)
    assert slugs(public(below)) == ["thema-0"]
    assert slugs(public(below)) == slugs(below.public())  # what Wagtail itself says


def test_a_restriction_on_an_ancestor_hides_everything_below_it(themes):
    leerlijn = themes[0].get_parent()
    restrict(leerlijn, restriction_type=PageViewRestriction.LOGIN)
    assert slugs(public(Page.objects.descendant_of(leerlijn, inclusive=True))) == []


def test_a_similar_path_that_is_not_below_the_restriction_stays(themes):
    """Paths are compared as prefixes: theme 1's path must not hide a sibling whose path merely sorts after it."""
    restrict(themes[1], restriction_type=PageViewRestriction.LOGIN)
    assert "thema-2" in slugs(public(Page.objects.all()))


def test_it_costs_no_query_of_its_own(themes):
    restrict(themes[1], restriction_type=PageViewRestriction.LOGIN)
    with CaptureQueriesContext(connection) as queries:
        list(public(Page.objects.all()))
    assert len(queries) == 1
