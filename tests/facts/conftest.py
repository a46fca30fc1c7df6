import pytest

from tests.factories import ThemePageFactory, own_site


@pytest.fixture
def theme(db):
    """A small tree of our own (home, leerlijn, theme) as the default site: no demo needed."""
    _home, leerlijn = own_site("home-facts")
    return ThemePageFactory(parent=leerlijn, slug="wapens")
