"""Self-service password reset by e-mail, in Dutch: the same answer whether or not the address has an account,
and a link on the host the medewerker asked from."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.core import mail

pytestmark = pytest.mark.django_db

LINK = re.compile(r"(https?://[^/\s]+)(/inloggen/nieuw-wachtwoord/[^/\s]+/[^/\s]+/)")


def test_the_login_page_offers_it(client):
    html = client.get("/inloggen/").content.decode()
    assert '<a href="/inloggen/wachtwoord-vergeten/">Wachtwoord vergeten?</a>' in html


def test_the_form_is_dutch_in_the_staff_style(client):
    html = client.get("/inloggen/wachtwoord-vergeten/").content.decode()
    assert "<h1>Wachtwoord vergeten</h1>" in html
    assert '<label for="id_email">E-mailadres</label>' in html
    assert "css/presenter.css" in html and 'name="robots" content="noindex, nofollow"' in html


def test_the_same_answer_whether_or_not_the_address_exists(client, users):
    known = client.post("/inloggen/wachtwoord-vergeten/", {"email": users["medewerker"].email})
    unknown = client.post("/inloggen/wachtwoord-vergeten/", {"email": "niemand@halt.example"})
    assert known.status_code == unknown.status_code == 302
    assert known["Location"] == unknown["Location"] == "/inloggen/wachtwoord-vergeten/verstuurd/"
    assert len(mail.outbox) == 1 and mail.outbox[0].to == [users["medewerker"].email]
    done = client.get(known["Location"]).content.decode()
    assert "Hoort dit e-mailadres bij een account" in done


def test_a_bad_address_gets_a_dutch_message_not_an_error(client):
    response = client.post("/inloggen/wachtwoord-vergeten/", {"email": "geen adres"})
    assert response.status_code == 200
    assert "Vul een geldig e-mailadres in" in response.content.decode()
    assert not mail.outbox


def test_the_mail_names_the_real_host_and_the_link_sets_a_new_password(client, users):
    medewerker = users["medewerker"]
    client.post("/inloggen/wachtwoord-vergeten/", {"email": medewerker.email}, HTTP_HOST="leerlijn.halt.example")
    message = mail.outbox[0]
    assert message.subject == "Nieuw wachtwoord voor Halt Leerlijn"
    assert "localhost" not in message.body and "127.0.0.1" not in message.body and "example.com" not in message.body
    assert f"Je gebruikersnaam is: {medewerker.username}" in message.body
    host, path = LINK.search(message.body).groups()
    assert host == "http://leerlijn.halt.example"

    form = client.get(path, follow=True)
    assert "<h1>Nieuw wachtwoord kiezen</h1>" in form.content.decode()
    set_url = form.redirect_chain[-1][0]
    weak = client.post(set_url, {"new_password1": "1234", "new_password2": "1234"})
    assert weak.status_code == 200 and 'role="alert"' in weak.content.decode()
    assert "Dit wachtwoord is te kort" in weak.content.decode()  # Django's validators, in Dutch
    done = client.post(set_url, {"new_password1": "Zeilboot-Amersfoort-42", "new_password2": "Zeilboot-Amersfoort-42"})
    assert done.status_code == 302 and done["Location"] == "/inloggen/nieuw-wachtwoord/klaar/"
    assert get_user_model().objects.get(pk=medewerker.pk).check_password("Zeilboot-Amersfoort-42")
    # the link works once
    assert "Deze link werkt niet meer" in client.get(path, follow=True).content.decode()


def test_behind_https_the_link_is_https(client, users, settings):
    settings.SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    client.post(
        "/inloggen/wachtwoord-vergeten/",
        {"email": users["medewerker"].email},
        HTTP_HOST="leerlijn.halt.nl",
        HTTP_X_FORWARDED_PROTO="https",
    )
    assert LINK.search(mail.outbox[0].body).group(1) == "https://leerlijn.halt.nl"
