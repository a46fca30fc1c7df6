"""SQLite under concurrent admin use: an autosave racing a submit for review loses nothing and gives no 500.

The test database is in memory, where locking differs; so the race runs on a copy of it in a file, each request
on its own connection with the project's real database OPTIONS (config/settings/base.py), as under runserver.
"""

import sqlite3
import threading
import time
from functools import partial

import pytest
from django.db import connection, connections
from django.db.backends.sqlite3.base import DatabaseWrapper
from django.db.models.signals import pre_save
from django.test import Client
from django.urls import reverse
from wagtail.models import Page, Revision

from lessons.governance import REDACTIE, REVIEW_TASK
from lessons.models import LessonPage
from tests.factories import LessonPageFactory, account, governed_theme
from tests.lessons.edit_forms import edit_form_data

pytestmark = pytest.mark.skipif(connection.vendor != "sqlite", reason="SQLite's locking only")
ROUNDS = 4


def file_copy_of_the_test_database(path):
    """The copy is in WAL mode, as the project's file is from its first connection on (`migrate`): the mode
    persists in the file. A copy left in rollback mode would make both racers switch it at once, which needs an
    exclusive lock and fails one of them at connect, a race no running site meets."""
    connection.ensure_connection()
    with sqlite3.connect(path) as target:
        connection.connection.backup(target)
        target.execute("PRAGMA journal_mode=WAL")
    return {**connection.settings_dict, "NAME": str(path)}


@pytest.fixture
def slow_saves():
    """Widen the race window, so that it opens every round: each revision save reads inside its transaction and
    takes a moment before it writes (as a save of a long lesson does). Without IMMEDIATE transactions the second
    writer then fails at once with "database is locked", whatever the busy timeout."""

    def slow(sender, instance, **kwargs):
        Page.objects.exists()
        time.sleep(0.3)

    pre_save.connect(slow, sender=Revision, dispatch_uid="slow-revision-save")
    yield
    pre_save.disconnect(sender=Revision, dispatch_uid="slow-revision-save")


def in_thread(db_settings, results, name, request):
    """Run `request` on this thread's own connection to the file, as a second server thread would."""
    connections["default"] = DatabaseWrapper(db_settings, "default")  # the handler is thread-local
    try:
        results[name] = request()
    except Exception as error:  # noqa: BLE001  (what a browser would have seen as a 500)
        results[name] = error
    finally:
        connections["default"].close()


def race(db_settings, **requests):
    """Start the requests at the same moment, each in its own thread; their responses (or errors) by name."""
    start, results = threading.Barrier(len(requests)), {}

    def at_once(request):
        start.wait()
        return request()

    threads = [
        threading.Thread(target=in_thread, args=(db_settings, results, name, lambda r=request: at_once(r)))
        for name, request in requests.items()
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results


@pytest.mark.django_db
def test_the_connection_uses_the_projects_options_for_concurrent_writers():
    options = connection.settings_dict["OPTIONS"]
    assert options["transaction_mode"] == "IMMEDIATE"
    assert "journal_mode=WAL" in options["init_command"] and "busy_timeout" in options["init_command"]


@pytest.mark.django_db(
    transaction=True
)  # threads need committed data; runs after the tests that need the session's data (tests/conftest.py)
def test_an_autosave_racing_a_submit_loses_neither(tmp_path, slow_saves):
    theme = governed_theme()
    redacteur = account("redacteur", REDACTIE)
    lessons = [LessonPageFactory(parent=theme, slug=f"les-{n}", live=False) for n in range(ROUNDS)]
    typing, submitting = Client(), Client()  # two tabs of the same editor
    typing.force_login(redacteur)
    submitting.force_login(redacteur)
    db_settings = file_copy_of_the_test_database(tmp_path / "race.sqlite3")

    for n, lesson in enumerate(lessons):
        url = reverse("wagtailadmin_pages:edit", args=[lesson.pk])
        autosave = edit_form_data(lesson, action=None, summary=f"Net getypt {n}.")
        submit = edit_form_data(lesson, action="action-submit", central_question=f"Ingediend {n}?")
        results = race(
            db_settings,
            autosave=partial(typing.post, url, autosave, HTTP_ACCEPT="application/json"),
            submit=partial(submitting.post, url, submit),
        )

        assert not isinstance(results["autosave"], Exception), results["autosave"]
        assert not isinstance(results["submit"], Exception), results["submit"]
        assert results["autosave"].status_code == 200, results["autosave"].content[:300]
        assert results["submit"].status_code == 302

        # What was saved, read from the file: both edits are in a revision, and the lesson is in review.
        connections["default"] = DatabaseWrapper(db_settings, "default")
        try:
            saved = LessonPage.objects.get(pk=lesson.pk)
            contents = [revision.content for revision in saved.revisions.all()]
            assert any(content["summary"] == f"Net getypt {n}." for content in contents)
            assert any(content["central_question"] == f"Ingediend {n}?" for content in contents)
            assert saved.current_workflow_task.name == REVIEW_TASK
        finally:
            connections["default"].close()
            del connections["default"]
