"""Shared fixtures. Behaviour tests use `catalogue` (a small catalogue built with the factories once per session,
tests/factories.py) and `users`; only the checks of the demo content itself use `demo`, and are marked `demo`.

Both catalogues are committed once per session and each test rolls back its own changes around them. They cannot
share the default site, so the tests run in three groups: those that need neither (they see an empty site), those
that use `catalogue`, then those that use `demo` (the small catalogue is taken off before the demo loads), and
the browser tests last.

On SQLite the loaded demo is also saved to a file (`demo_file`), which the browser tests' server then serves
instead of migrating and loading the demo a second time (tests/browser/conftest.py).
"""

import io
import sqlite3

import pytest
from django.core.management import call_command
from django.db import connection
from django.test import TransactionTestCase

from tests.factories import build_catalogue, remove_catalogue
from tests.factories import users as make_users

# A test that asks for none of these never reaches the database: the PostgreSQL half leaves it to the SQLite half.
DATABASE_FIXTURES = {"_django_db_helper", "db", "transactional_db", "django_db_setup", "live_server"}


def pytest_collection_modifyitems(items):
    for item in items:
        fixtures = set(getattr(item, "fixturenames", ()))
        if "demo" in fixtures:
            item.add_marker(pytest.mark.demo)
        django_test_case = issubclass(getattr(item, "cls", None) or object, TransactionTestCase)
        if item.get_closest_marker("django_db") or fixtures & DATABASE_FIXTURES or django_test_case:
            item.add_marker(pytest.mark.database)

    def group(item):
        if "tests/browser/" in str(item.path):
            return 4  # Playwright leaves an event loop running, where Django refuses database work
        database = item.get_closest_marker("django_db")
        if database and database.kwargs.get("transaction"):
            return 3  # a transactional test empties the database when it ends: the session's catalogue and demo too
        if item.get_closest_marker("demo"):
            return 2
        return 1 if "catalogue" in getattr(item, "fixturenames", ()) else 0

    items.sort(key=group)


@pytest.fixture(scope="session")
def session_catalogue(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        return build_catalogue()


@pytest.fixture
def catalogue(session_catalogue, db):
    """The small catalogue on the default site (see tests.factories.build_catalogue), fresh for this test."""
    return session_catalogue.fresh()


@pytest.fixture(scope="session")
def demo_file(tmp_path_factory):
    """Where `demo` saves the demo database on SQLite; the file exists only once the demo has loaded."""
    return tmp_path_factory.mktemp("demo") / "demo.sqlite3"


@pytest.fixture(scope="session")
def demo(django_db_setup, django_db_blocker, demo_file):
    """The whole demo catalogue, loaded once per session; each test rolls back its own changes around it."""
    with django_db_blocker.unblock():
        remove_catalogue()
        out = io.StringIO()
        call_command("load_demo", stdout=out)
        if connection.vendor == "sqlite":
            # Saved now, before a transactional test empties the database (group 3 runs before the browser tests).
            connection.ensure_connection()
            with sqlite3.connect(demo_file) as target:
                connection.connection.backup(target)
    return out.getvalue()


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
