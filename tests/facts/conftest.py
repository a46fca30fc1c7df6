import pytest
from wagtail.models import Page, Site

from tests.factories import HomePageFactory, LeerlijnPageFactory, ThemePageFactory


@pytest.fixture
def theme(db):
    """A small tree of our own (home, leerlijn, theme) as the default site: no demo needed."""
    home = HomePageFactory(parent=Page.get_first_root_node(), slug="home-facts")
    Site.objects.update_or_create(
        is_default_site=True, defaults={"root_page": home, "hostname": "localhost", "port": 80}
    )
    leerlijn = LeerlijnPageFactory(parent=home)
    return ThemePageFactory(parent=leerlijn, slug="wapens")
