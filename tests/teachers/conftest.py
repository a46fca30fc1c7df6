"""A small catalogue built with the factories: a site, the leerlijn and a theme (tests/parents uses it too)."""

import pytest

from tests.factories import ThemePageFactory, publish
from tests.fixtures.own_site import site  # noqa: F401  (home and leerlijn as the default site)


@pytest.fixture
def theme(site):  # noqa: F811  (the imported fixture)
    return publish(ThemePageFactory(parent=site[1], title="Wapens en geweld", slug="wapens-en-geweld"))
