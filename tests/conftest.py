import io

import pytest
from django.core.management import call_command
from wagtail.models import Site


@pytest.fixture(scope="session")
def demo(django_db_setup, django_db_blocker):
    """The whole demo catalogue, loaded once per session; each test rolls back its own changes around it."""
    with django_db_blocker.unblock():
        out = io.StringIO()
        call_command("load_demo", stdout=out)
    return out.getvalue()


@pytest.fixture
def home(demo, db):
    return Site.objects.get(is_default_site=True).root_page.specific
