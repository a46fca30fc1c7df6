"""The anonymous goal check: three answers from 1 to 5, capped, in a 14-day window, hostile posts change nothing."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.core import signing
from django.urls import reverse
from django.utils.html import escape

from tests.visits.factories import AnswerFactory, VisitFactory, days_ago
from visits.forms import TOKEN_SALT
from visits.models import Answer, GoalCheckSettings, GoalStatements

pytestmark = pytest.mark.django_db


def token_of(client, visit):
    html = client.get(f"/klas/{visit.code}/vragen/").content.decode()
    return re.search(r'name="token" value="([^"]+)"', html).group(1)


def answer(client, visit, /, **values):
    data = {"kennis": 4, "bewustwording": 3, "handelingsperspectief": 5, **values}
    if "token" not in values:
        data["token"] = token_of(client, visit)
    return client.post(f"/klas/{visit.code}/vragen/", {k: v for k, v in data.items() if v is not None})


def test_the_statements_are_the_lessons_own_or_the_defaults(client, visit):
    defaults = GoalCheckSettings.load()
    html = client.get(f"/klas/{visit.code}/vragen/").content.decode()
    assert escape(defaults.kennis) in html and escape(defaults.handelingsperspectief) in html
    GoalStatements.objects.create(lesson=visit.lesson, kennis="Ik weet nu wat een wapen met je leven doet.")
    html = client.get(f"/klas/{visit.code}/vragen/").content.decode()
    assert "Ik weet nu wat een wapen met je leven doet." in html
    assert escape(defaults.kennis) not in html and escape(defaults.bewustwording) in html
    assert html.count('type="radio"') == 15


def test_an_answer_is_stored_without_ip_or_cookie(client, visit):
    response = answer(client, visit)
    assert response.status_code == 302 and response["Location"] == f"/klas/{visit.code}/vragen/bedankt/"
    assert not response.cookies and not client.cookies
    stored = Answer.objects.get()
    assert (stored.kennis, stored.bewustwording, stored.handelingsperspectief) == (4, 3, 5)
    assert {f.name for f in Answer._meta.fields} == {
        "id",
        "visit",
        "kennis",
        "bewustwording",
        "handelingsperspectief",
        "answered_on",
    }
    assert "Bedankt" in client.get(response["Location"]).content.decode()


def test_answers_are_capped_at_the_number_of_pupils_plus_ten_percent(client, lesson):
    visit = VisitFactory(lesson=lesson, pupils=20)
    assert visit.max_answers == 22
    AnswerFactory.create_batch(21, visit=visit)
    assert answer(client, visit).status_code == 302
    response = answer(client, visit)
    assert response.status_code == 409
    assert "alle antwoorden al binnen" in response.content.decode()
    assert Answer.objects.filter(visit=visit).count() == 22


@pytest.mark.parametrize(("days", "open_"), [(0, True), (14, True), (15, False), (-1, False)])
def test_answers_are_accepted_only_within_14_days_of_the_visit(client, lesson, days, open_):
    visit = VisitFactory(lesson=lesson, date=days_ago(days))
    token = signing.TimestampSigner(salt=TOKEN_SALT).sign(visit.code)
    response = answer(client, visit, token=token)  # the page shows no form once the check is closed
    assert (response.status_code == 302) is open_
    assert Answer.objects.filter(visit=visit).exists() is open_
    if not open_:
        assert response.status_code == 403
        assert "gesloten" in client.get(f"/klas/{visit.code}/vragen/").content.decode()


@pytest.mark.parametrize(
    "hostile",
    [
        {"kennis": 6},
        {"kennis": 0},
        {"bewustwording": "-1"},
        {"handelingsperspectief": "3; DROP TABLE visits_answer"},
        {"kennis": "٣"},  # an Arabic-Indic three
        {"kennis": "4" * 5000},
        {"bewustwording": None},
        {"token": "forged"},
        {"token": ""},
        {"token": None},
    ],
)
def test_malformed_posts_get_a_clear_message_and_change_nothing(client, visit, hostile):
    response = answer(client, visit, **hostile)
    assert response.status_code == 400
    html = response.content.decode()
    assert "nog niet bewaard" in html
    assert not Answer.objects.exists()


def test_a_token_of_another_visit_is_refused(client, visit, lesson):
    other = VisitFactory(lesson=lesson)
    response = answer(client, visit, token=token_of(client, other))
    assert response.status_code == 400 and not Answer.objects.exists()


def test_extra_fields_are_ignored_and_cannot_touch_another_visit(client, visit, lesson):
    other = VisitFactory(lesson=lesson)
    response = answer(client, visit, **{"visit": other.pk, "answered_on": "2001-01-01", "id": 999})
    assert response.status_code == 302
    stored = Answer.objects.get()
    assert stored.visit_id == visit.pk and stored.pk != 999 and stored.answered_on.year != 2001


def test_other_methods_are_refused(client, visit):
    assert client.put(f"/klas/{visit.code}/vragen/").status_code == 405


def test_the_empty_statements_list_names_the_defaults_and_where_they_are_edited(client, db):
    defaults = GoalCheckSettings.load()
    client.force_login(get_user_model().objects.create_superuser("beheer", "beheer@halt.example", "x"))
    html = client.get(reverse("wagtailsnippets_visits_goalstatements:list")).content.decode()
    assert defaults.kennis and not GoalStatements.objects.exists()
    assert escape(defaults.kennis) in html and escape(defaults.handelingsperspectief) in html
    assert reverse("wagtailsettings:edit", args=["visits", "goalchecksettings"]) in html
