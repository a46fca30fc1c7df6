"""Every login is throttled (django-axes, in the database): per account and per address, with one Dutch answer.

The three login endpoints: the site's /inloggen/, Wagtail's /admin/login/ and Wagtail's /_util/login/ (which
private pages used to send visitors to). A locked-out attacker learns nothing about which accounts exist.
"""

import re

import pytest
from axes.models import AccessAttempt
from django.contrib.auth import get_user_model

from tests.factories import published_lesson
from tests.security.conftest import restrict_to_staff

pytestmark = pytest.mark.django_db

ENDPOINTS = ["/inloggen/", "/admin/login/", "/_util/login/"]
PASSWORD = "geheim-wachtwoord-1"
LIMIT = 5
LOCKED = "Inloggen is tijdelijk geblokkeerd"


def attempt(client, endpoint, username, password, address="192.0.2.10", **extra):
    return client.post(endpoint, {"username": username, "password": password, **extra}, REMOTE_ADDR=address)


def fail(client, endpoint, username, times=LIMIT, address="192.0.2.10"):
    for _ in range(times):
        attempt(client, endpoint, username, "fout", address)


@pytest.mark.parametrize("endpoint", ENDPOINTS)
def test_an_account_locks_after_five_wrong_passwords(client, medewerker, endpoint):
    response = attempt(client, endpoint, medewerker.username, "fout")
    assert response.status_code == 200 and LOCKED not in response.content.decode()
    fail(client, endpoint, medewerker.username, LIMIT - 1)
    response = attempt(client, endpoint, medewerker.username, PASSWORD)  # the right password, too late
    assert response.status_code == 429
    assert LOCKED in response.content.decode()
    assert "_auth_user_id" not in client.session


@pytest.mark.parametrize("endpoint", ENDPOINTS)
def test_the_lock_holds_for_the_account_on_every_endpoint_and_from_every_address(client, medewerker, endpoint):
    fail(client, "/inloggen/", medewerker.username, address="198.51.100.1")
    response = attempt(client, endpoint, medewerker.username, PASSWORD, address="203.0.113.99")
    assert response.status_code == 429
    response = attempt(client, endpoint, medewerker.username.upper() + " ", PASSWORD, address="203.0.113.98")
    assert response.status_code == 429  # another spelling of the same account is the same guess


def test_an_address_that_tries_many_accounts_is_locked_for_all(client, medewerker):
    for n in range(LIMIT):
        attempt(client, "/admin/login/", f"gok-{n}", "fout", address="192.0.2.66")
    assert attempt(client, "/inloggen/", medewerker.username, PASSWORD, address="192.0.2.66").status_code == 429
    response = attempt(client, "/inloggen/", medewerker.username, PASSWORD, address="192.0.2.67")
    assert response.status_code == 302  # the account itself is not locked: from elsewhere it logs in


def comparable(response, username):
    """The response without what differs by construction: the CSRF token and the username that was typed."""
    html = re.sub(r'(name="csrfmiddlewaretoken" value=|"CSRF_TOKEN": )"[^"]+"', "", response.content.decode())
    return response.status_code, html.replace(username, "NAAM")


@pytest.mark.parametrize("endpoint", ENDPOINTS)
def test_existing_and_unknown_accounts_get_the_same_answers(client, medewerker, endpoint):
    answers = {}
    for username in (medewerker.username, "bestaat-niet-test"):
        answers[username] = [comparable(attempt(client, endpoint, username, "fout"), username) for _ in range(LIMIT)]
        answers[username].append(comparable(attempt(client, endpoint, username, "fout"), username))
        client.cookies.clear()
        AccessAttempt.objects.filter(ip_address="192.0.2.10").update(failures_since_start=0)
    existing, unknown = answers.values()
    assert existing == unknown
    assert existing[0][0] == 200 and existing[-1][0] == 429


def test_a_successful_login_resets_the_count(client, medewerker):
    fail(client, "/inloggen/", medewerker.username, LIMIT - 1)
    assert attempt(client, "/inloggen/", medewerker.username, PASSWORD).status_code == 302
    client.logout()
    fail(client, "/inloggen/", medewerker.username, LIMIT - 1)
    assert attempt(client, "/inloggen/", medewerker.username, PASSWORD).status_code == 302


def test_beheer_lifts_a_lockout_in_the_admin(client, medewerker):
    fail(client, "/inloggen/", medewerker.username)
    assert attempt(client, "/inloggen/", medewerker.username, PASSWORD).status_code == 429
    beheer = get_user_model().objects.create_superuser("beheer-test", password="x")
    admin = client.__class__()
    admin.force_login(beheer)
    listing = admin.get("/django-admin/axes/accessattempt/")
    assert listing.status_code == 200 and medewerker.username in listing.content.decode()
    pks = list(AccessAttempt.objects.values_list("pk", flat=True))
    response = admin.post(
        "/django-admin/axes/accessattempt/",
        {"action": "delete_selected", "_selected_action": pks, "post": "yes"},
    )
    assert response.status_code == 302
    assert attempt(client, "/inloggen/", medewerker.username, PASSWORD).status_code == 302


@pytest.mark.parametrize("endpoint", ["/inloggen/", "/_util/login/"])
def test_a_login_returns_to_the_private_page_it_came_for(client, medewerker, theme, endpoint):
    private = published_lesson(theme, title="Besloten les", slug="besloten-les")
    restrict_to_staff(private)
    asked = client.get(private.url)
    assert asked.status_code == 302 and asked["Location"] == f"/inloggen/?next={private.url}"
    assert "Inloggen voor Halt-medewerkers" in client.get(asked["Location"]).content.decode()
    response = attempt(client, endpoint, medewerker.username, PASSWORD, next=private.url)
    assert response.status_code == 302 and response["Location"] == private.url
    assert client.get(private.url).status_code == 200


@pytest.mark.parametrize("endpoint", ["/inloggen/", "/_util/login/"])
def test_a_login_without_a_destination_goes_to_the_own_overview_not_to_a_404(client, medewerker, endpoint):
    response = attempt(client, endpoint, medewerker.username, PASSWORD)
    assert response.status_code == 302 and response["Location"] == "/bezoeken/"  # Mijn bezoeken
    assert "/accounts/profile/" not in response["Location"]


def test_wagtails_login_page_is_the_dutch_one(client):
    html = client.get("/_util/login/?next=/leerlijn/").content.decode()
    assert "Inloggen voor Halt-medewerkers" in html and 'name="next" value="/leerlijn/"' in html
