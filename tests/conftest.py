"""Shared fixtures. Behaviour tests build what they need with `catalogue` and `users` (tests/factories.py, about a
second); only the checks of the demo content itself use `demo`, are marked `demo` and run in the SQLite half."""

import io

import pytest
from django.core.management import call_command

from tests.factories import build_catalogue
from tests.factories import users as make_users


def pytest_collection_modifyitems(items):
    """Every test that loads the demo catalogue carries the `demo` marker (`-m "not demo"` skips the load), and
    runs after all the others: the demo stays in the database for the rest of the session, and the other tests
    expect a site with only what they build themselves."""
    for item in items:
        if "demo" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.demo)
    items.sort(key=lambda item: item.get_closest_marker("demo") is not None)


@pytest.fixture(scope="session")
def demo(django_db_setup, django_db_blocker):
    """The whole demo catalogue, loaded once per session; each test rolls back its own changes around it."""
    with django_db_blocker.unblock():
        out = io.StringIO()
        call_command("load_demo", stdout=out)
    return out.getvalue()


@pytest.fixture
def catalogue(db):
    """A small published catalogue on the default site: see tests.factories.build_catalogue."""
    return build_catalogue()


@pytest.fixture
def users(db):
    """One account per editorial role, by username: redacteur, eindredacteur, medewerker, beheerder, admin."""
    return make_users()


@pytest.fixture
def login(client, users):
    """`login("medewerker")` logs the test client in as that role's account and returns the client."""

    def log_in(username):
        client.force_login(users[username])
        return client

    return log_in
