"""Planning a visit: who may, what the form accepts, where the medewerker lands, and the presenter extras."""

import datetime
import html
import re

import pytest
from django.contrib.auth import get_user_model
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from tests.factories import LessonPageFactory, activity
from tests.lessons.test_presenter import pdf_text, squeeze
from tests.visits.factories import VisitFactory
from visits.models import Municipality, Visit

pytestmark = pytest.mark.django_db


def plan_data(lesson, **overrides):
    data = {
        "les": lesson.pk,
        "date": "2026-12-10",
        "municipality": Municipality.objects.get(code="GM0344").pk,
        "organisation": "OBS De Klimop",
        "setting": lesson.settings.first().pk,
        "age_band": lesson.age_bands.first().pk,
        "use": "proactief",
        "pupils": 27,
        "note": "",
    }
    return {**data, **overrides}


def test_a_medewerker_lands_on_mijn_bezoeken_after_login(client, medewerker):
    response = client.post("/inloggen/", {"username": "medewerker-test", "password": "x"})
    assert response.status_code == 302 and response["Location"] == "/bezoeken/"
    assert "Mijn bezoeken" in client.get("/bezoeken/").content.decode()


def test_accounts_that_cannot_plan_go_on_to_the_home_page(client, db):
    get_user_model().objects.create_user("gast", password="x")
    client.post("/inloggen/", {"username": "gast", "password": "x"})
    assert client.get("/bezoeken/")["Location"] == "/"


def test_anonymous_visitors_are_sent_to_the_login(client, lesson):
    assert client.get("/bezoeken/")["Location"].startswith("/inloggen/")
    assert client.get(f"/bezoeken/nieuw/?les={lesson.pk}")["Location"].startswith("/inloggen/")
    assert client.post("/bezoeken/nieuw/", plan_data(lesson)).status_code == 302
    assert not Visit.objects.exists()


def test_a_medewerker_plans_a_visit_with_the_class_choices(client, medewerker, theme):
    lesson = LessonPageFactory(
        parent=theme,
        use="beide",
        activities=[activity("Start", 10, "kennis"), activity("Extra", 10, "bewustwording", optional=True)],
    )
    client.force_login(medewerker)
    form = client.get(f"/bezoeken/nieuw/?les={lesson.pk}&inzet=reactief&zonder=2&zonder=1")
    assert form.status_code == 200 and 'name="zonder" value="2"' in form.content.decode()
    assert 'name="zonder" value="1"' not in form.content.decode()  # not optional: ignored
    response = client.post("/bezoeken/nieuw/", plan_data(lesson, use="reactief", zonder=["2"]))
    assert response.status_code == 302 and response["Location"] == "/bezoeken/"
    visit = Visit.objects.get()
    assert (visit.lesson, visit.theme, visit.use, visit.skipped, visit.pupils) == (lesson, theme, "reactief", [2], 27)
    assert visit.planned_by == medewerker and visit.code.startswith("HALT-")
    mine = client.get("/bezoeken/").content.decode()
    assert visit.code in mine and f"voorbereiden/?inzet=reactief&amp;zonder=2&amp;bezoek={visit.code}" in mine


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("note", "Leerling Daan had een mes bij zich", "een naam van een leerling"),
        ("note", "Mentor bellen: 06-12345678", "een telefoonnummer"),
        ("organisation", "Bel juf via jansen@school.nl", "een e-mailadres"),
        ("pupils", "0", "minstens 1"),
        ("pupils", "twintig", "geheel getal"),
        ("date", "gisteren", "geldige datum"),
        ("age_band", "999999", "geldige keuze"),
    ],
)
def test_bad_input_gets_a_dutch_message_and_stores_nothing(client, medewerker, lesson, field, value, message):
    client.force_login(medewerker)
    response = client.post("/bezoeken/nieuw/", plan_data(lesson, **{field: value}))
    assert response.status_code == 400
    assert message in response.content.decode()
    assert not Visit.objects.exists()


@pytest.mark.parametrize("les", ["", "abc", "99999999", "1e5", "١"])
def test_an_unknown_lesson_is_a_clear_page_or_404(client, medewerker, les):
    client.force_login(medewerker)
    assert client.get(f"/bezoeken/nieuw/?les={les}").status_code in (200, 404)


def test_voorbereiden_offers_to_plan_a_visit_with_the_current_choices(client, medewerker, lesson):
    client.force_login(medewerker)
    html = client.get(lesson.url + "voorbereiden/").content.decode()
    assert f"/bezoeken/nieuw/?les={lesson.pk}" in html and "Bezoek plannen" in html


def test_the_visit_travels_to_the_last_slide_and_the_handout(client, medewerker, lesson):
    visit = VisitFactory(lesson=lesson)
    client.force_login(medewerker)
    prepare = client.get(lesson.url + f"voorbereiden/?bezoek={visit.code}").content.decode()
    assert f"Klasbezoek {visit.code}" in prepare and f'name="bezoek" value="{visit.code}"' in prepare
    assert f"presenteren/?bezoek={visit.code}" in prepare
    present = client.get(lesson.url + f"presenteren/?bezoek={visit.code}").content.decode()
    last_slide = present.rsplit('<section class="slide', 1)[1]
    assert f"/klas/{visit.code}/qr.svg" in last_slide and "data-visit-qr" in last_slide
    assert present.count("data-visit-qr") == 1


def test_a_code_of_another_lesson_or_nonsense_adds_nothing(client, medewerker, lesson, theme):
    other = VisitFactory(lesson=LessonPageFactory(parent=theme))
    client.force_login(medewerker)
    for code in [other.code, "HALT-2222-22", "<b>x</b>", "x" * 100]:
        present = client.get(lesson.url + "presenteren/", {"bezoek": code})
        assert present.status_code == 200
        assert "data-visit-qr" not in present.content.decode()


def test_voorbereiden_says_when_its_visit_code_names_no_current_visit_of_the_lesson(client, medewerker, lesson, theme):
    expired = VisitFactory(lesson=lesson, date=timezone.localdate() - datetime.timedelta(days=400))
    other = VisitFactory(lesson=LessonPageFactory(parent=theme))
    client.force_login(medewerker)
    for code in (expired.code, other.code, "HALT-2222-22"):
        html = client.get(lesson.url + "voorbereiden/", {"bezoek": code}).content.decode()
        assert f"Bezoek {code} is verlopen of hoort niet bij deze les." in html
        assert f"Klasbezoek {code}" not in html and "Bezoek plannen" in html
    current = VisitFactory(lesson=lesson)
    html = client.get(lesson.url + "voorbereiden/", {"bezoek": current.code}).content.decode()
    assert "is verlopen of hoort niet bij deze les" not in html and f"Klasbezoek {current.code}" in html


def test_the_handout_and_the_teacher_sheet_carry_the_code_and_a_qr(client, medewerker, lesson):
    visit = VisitFactory(lesson=lesson)
    client.force_login(medewerker)
    handout = client.get(lesson.url + f"pdf/handout/?bezoek={visit.code}").content
    assert visit.code in squeeze(pdf_text(handout))
    plain = client.get(lesson.url + "pdf/handout/").content
    assert visit.code not in squeeze(pdf_text(plain))
    assert len(handout) > len(plain) + 1500  # the QR: a few hundred vector squares (WeasyPrint draws the SVG)
    sheet = client.get(f"/klas/{visit.code}/leerkracht/").content
    text = squeeze(pdf_text(sheet))
    assert visit.code in text and squeeze("Voor de leerkracht") in text


def test_messages_and_dates_are_dutch_whatever_the_browser_asks(client, medewerker, lesson, visit):
    client.force_login(medewerker)
    response = client.post("/bezoeken/nieuw/", {"les": lesson.pk}, HTTP_ACCEPT_LANGUAGE="en-US,en")
    html = response.content.decode()
    assert "Dit veld is vereist." in html or "Dit is een verplicht veld." in html  # Django's or DRF's Dutch
    assert "This field is required" not in response.content.decode()
    page = client.get(f"/klas/{visit.code}/", HTTP_ACCEPT_LANGUAGE="en-US,en").content.decode()
    assert visit.expires_on.strftime("%Y") in page and "juli" in page and "July" not in page


def test_a_lesson_for_both_uses_offers_both_and_no_empty_choice(client, medewerker, theme):
    lesson = LessonPageFactory(parent=theme, use="beide")
    client.force_login(medewerker)
    html = client.get(f"/bezoeken/nieuw/?les={lesson.pk}").content.decode()
    radios = re.findall(r'<input type="radio" name="use"[^>]*>', html)
    assert [re.search(r'value="(\w*)"', radio).group(1) for radio in radios] == ["proactief", "reactief"]
    assert "checked" in radios[0] and "checked" not in radios[1]


def test_mijn_bezoeken_takes_no_query_per_visit(client, medewerker, lesson):
    client.force_login(medewerker)
    VisitFactory.create_batch(2, lesson=lesson, planned_by=medewerker)
    with CaptureQueriesContext(connection) as few:
        assert client.get("/bezoeken/").status_code == 200
    VisitFactory.create_batch(20, lesson=lesson, planned_by=medewerker)
    with CaptureQueriesContext(connection) as many:
        assert client.get("/bezoeken/").content.decode().count("Pagina voor klas en ouders") == 22
    assert len(many) == len(few)


def test_the_gemeente_choice_sorts_past_the_s_prefix_and_names_den_haag(client, medewerker, lesson):
    client.force_login(medewerker)
    page = client.get(f"/bezoeken/nieuw/?les={lesson.pk}").content.decode()
    options = re.findall(r'<option value="\d+"[^>]*>([^<]+)</option>', page)
    names = [html.unescape(option) for option in options]
    assert "'s-Gravenhage (Den Haag)" in names and "'s-Hertogenbosch (Den Bosch)" in names
    assert names.index("Goeree-Overflakkee") < names.index("'s-Gravenhage (Den Haag)") < names.index("Groningen")
    assert names[0] != "'s-Gravenhage (Den Haag)"


def test_mijn_bezoeken_lists_newest_first_marks_expired_visits_and_writes_dutch_dates(client, medewerker, lesson):
    today = timezone.localdate()
    last_year = VisitFactory(lesson=lesson, planned_by=medewerker, date=today - datetime.timedelta(days=400))
    old = VisitFactory(lesson=lesson, planned_by=medewerker, date=datetime.date(2026, 10, 1), organisation="OBS Oud")
    new = VisitFactory(lesson=lesson, planned_by=medewerker, date=today + datetime.timedelta(days=30))
    client.force_login(medewerker)
    page = client.get("/bezoeken/").content.decode()
    codes = re.findall(r"<code>([^<]+)</code>", page)
    assert codes == [new.code, old.code, last_year.code]
    assert "1 okt 2026" in page and "Okt" not in page  # Django's Dutch month abbreviations carry no period
    assert last_year.is_expired() and "verlopen" in page
    assert f"/klas/{last_year.code}/" not in page and f"/klas/{new.code}/" in page
    assert f"docx/?bezoek={last_year.code}" not in page  # that letter would silently lose the school
    expired_day = last_year.date.isoformat()
    letter = re.search(r'href="([^"]*ouderbrief/docx/[^"]*datum=' + expired_day + ')"', page)
    assert letter and "school=OBS+De+Klimop" in html.unescape(letter.group(1))
