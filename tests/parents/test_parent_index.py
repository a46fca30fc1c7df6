"""/ouders/: every public parent guide by theme, the editors' intro, and the home page's "Ik ben ouder" opens it."""

import pytest
from django.contrib.auth.models import Group
from wagtail.models import PageViewRestriction

from home.models import HomePage
from lessons.governance import MEDEWERKER
from lessons.models import ParentIndexPage
from tests.factories import ParentGuidePageFactory, ThemePageFactory, publish

pytestmark = pytest.mark.django_db


@pytest.fixture
def parents(site):
    home, _leerlijn = site
    index = home.add_child(
        instance=ParentIndexPage(title="Voor ouders en verzorgers", slug="ouders", intro="Kiesvogelinleiding.")
    )
    return publish(index)


def guide(theme, **fields):
    return publish(ParentGuidePageFactory(parent=theme, slug="ouders", **fields))


def test_the_index_lists_every_public_guide_by_theme_in_leerlijn_order(client, site, parents):
    leerlijn = site[1]
    first = publish(ThemePageFactory(parent=leerlijn, title="Invloed van de groep", slug="groep"))
    second = publish(ThemePageFactory(parent=leerlijn, title="Geldezels", slug="geldezels"))
    private = publish(ThemePageFactory(parent=leerlijn, title="Alleen intern", slug="intern"))
    drafted = publish(ThemePageFactory(parent=leerlijn, title="Nog in concept", slug="concept"))
    guide(first, title="Gesprekshulp groep", intro="Over groepsdruk met uw kind.")
    guide(second, title="Gesprekshulp geldezels")
    restriction = PageViewRestriction.objects.create(page=guide(private), restriction_type=PageViewRestriction.GROUPS)
    restriction.groups.set([Group.objects.get(name=MEDEWERKER)])
    guide(drafted).unpublish()

    response = client.get("/ouders/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Kiesvogelinleiding." in html  # the editors' intro, not a text in the code
    assert html.index(">Invloed van de groep</a>") < html.index(">Geldezels</a>")
    assert "Over groepsdruk met uw kind." in html
    assert "/leerlijn/groep/ouders/pdf/" in html
    assert "Alleen intern" not in html and "Nog in concept" not in html


def test_without_guides_the_index_says_so(client, parents):
    assert "Er staan nog geen gesprekshulpen online." in client.get("/ouders/").content.decode()


def test_the_index_lives_once_below_the_home_page():
    assert ParentIndexPage.parent_page_types == ["home.HomePage"]
    assert "lessons.ParentIndexPage" in HomePage.subpage_types
    assert ParentIndexPage.max_count_per_parent == 1


def test_ik_ben_ouder_on_the_home_page_opens_the_index(client, site, parents):
    home = site[0]
    home.audience_entries = [
        {"type": "entry", "value": {"audience": "Ik ben ouder", "text": "Praat thuis verder.", "page": parents.pk}}
    ]
    publish(home)
    html = client.get("/").content.decode()
    assert 'href="/ouders/"' in html and "Ik ben ouder" in html
