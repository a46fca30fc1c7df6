"""The class's pages at /klas/<code>/: what they show, what they never show, and how they treat bad codes."""

import datetime
import subprocess

import pytest
from django.utils import timezone

from curriculum.richtext import paragraphs
from tests.factories import activity
from tests.visits.factories import VisitFactory, days_ago
from visits import throttle
from visits.models import LookupFailure

pytestmark = pytest.mark.django_db


def test_the_visit_page_shows_the_lesson_the_follow_up_the_parent_guide_and_help(client, visit, parent_guide):
    response = client.get(f"/klas/{visit.code}/")
    html = response.content.decode()
    assert response.status_code == 200
    assert visit.lesson.title in html and visit.lesson.summary in html
    assert visit.lesson.goal_handelingsperspectief in html
    assert parent_guide.title in html and parent_guide.pdf_url in html
    assert 'href="tel:08002000"' in html  # the guide's help resource as a tel: link
    assert f"/klas/{visit.code}/qr.svg" in html and f"/klas/{visit.code}/vragen/" in html
    assert response["X-Robots-Tag"] == "noindex, nofollow" and response["Referrer-Policy"] == "no-referrer"
    assert not response.cookies  # no cookie of any kind for the class


def test_no_presenter_text_reaches_the_class(client, lesson, theme):
    lesson.activities = [activity("Uitleg", 20, "kennis", notes="GEHEIM-NOTITIE voor de presentator")]
    lesson.safe_delivery = [
        (
            "safe_delivery",
            {"ground_rules": ["GEHEIME-GRONDREGEL"], "disclosure": paragraphs("GEHEIM-PROTOCOL"), "signposting": []},
        )
    ]
    lesson.save_revision().publish()
    visit = VisitFactory(lesson=lesson)
    for url in [f"/klas/{visit.code}/", f"/klas/{visit.code}/vragen/", f"/klas/{visit.code}/vragen/bedankt/"]:
        html = client.get(url).content.decode()
        for secret in ("GEHEIM-NOTITIE", "GEHEIME-GRONDREGEL", "GEHEIM-PROTOCOL"):
            assert secret not in html, (url, secret)
    sheet = client.get(f"/klas/{visit.code}/leerkracht/").content
    assert b"GEHEIM" not in sheet  # text in the PDF is compressed; the lesson plan tests read PDFs properly


def test_a_typed_code_is_redirected_to_its_canonical_form(client, visit):
    response = client.get(f"/klas/{visit.code.lower().replace('-', '')}/")
    assert response.status_code == 302 and response["Location"] == f"/klas/{visit.code}/"


@pytest.mark.parametrize("code", ["HALT-2222-22", "HALT-OOOO-II", "x" * 300, "%00", "<script>", "HALT-7KQ4"])
def test_unknown_codes_get_a_dutch_404(client, visit, code):
    response = client.get(f"/klas/{code}/")
    assert response.status_code == 404
    assert "Deze code kennen we niet" in response.content.decode()
    assert "<script>" not in response.content.decode()


def test_an_expired_code_says_so_and_links_to_the_theme(client, lesson, theme):
    visit = VisitFactory(lesson=lesson, date=timezone.localdate() - datetime.timedelta(days=400))
    assert visit.is_expired()
    response = client.get(f"/klas/{visit.code}/")
    html = response.content.decode()
    assert response.status_code == 404
    assert "Deze code is verlopen" in html and theme.url in html
    assert lesson.summary not in html
    assert client.get(f"/klas/{visit.code}/qr.svg").status_code == 404


def test_codes_expire_at_the_end_of_the_school_year(lesson):
    assert VisitFactory(lesson=lesson, date=datetime.date(2026, 9, 14)).expires_on == datetime.date(2027, 7, 31)
    assert VisitFactory(lesson=lesson, date=datetime.date(2027, 3, 2)).expires_on == datetime.date(2027, 7, 31)
    assert VisitFactory(lesson=lesson, date=datetime.date(2027, 7, 31)).expires_on == datetime.date(2027, 7, 31)
    assert VisitFactory(lesson=lesson, date=datetime.date(2027, 8, 1)).expires_on == datetime.date(2028, 7, 31)


def test_guessing_is_throttled_per_hashed_client_and_known_codes_still_count_nothing(client, visit):
    for n in range(throttle.MAX_FAILURES):
        assert client.get(f"/klas/HALT-2222-{n:02d}/".replace("0", "3").replace("1", "4")).status_code == 404
    response = client.get("/klas/HALT-2222-22/")
    assert response.status_code == 429 and "Te veel codes geprobeerd" in response.content.decode()
    assert client.get(f"/klas/{visit.code}/").status_code == 429  # also the right code, for a while
    assert client.get(f"/klas/{visit.code}/", REMOTE_ADDR="10.0.0.9").status_code == 200  # another client is fine
    stored = set(LookupFailure.objects.values_list("client", flat=True))
    assert stored == {throttle.client_key(response.wsgi_request)}
    assert "127.0.0.1" not in next(iter(stored))


def test_old_failures_are_deleted_and_stop_counting(client, visit):
    old = timezone.now() - throttle.WINDOW - datetime.timedelta(minutes=1)
    LookupFailure.objects.bulk_create(
        [LookupFailure(client=throttle.client_key(type("R", (), {"META": {"REMOTE_ADDR": "127.0.0.1"}})), at=old)]
        * throttle.MAX_FAILURES
    )
    assert client.get(f"/klas/{visit.code}/").status_code == 200
    assert not LookupFailure.objects.exists()  # deleted on the next lookup, even one that succeeds
    client.get("/klas/HALT-2222-22/")
    assert LookupFailure.objects.count() == 1


def test_the_qr_codes_decode_to_the_visit_page(client, visit, tmp_path):
    png = client.get(f"/klas/{visit.code}/qr.png")
    assert png["Content-Type"] == "image/png"
    path = tmp_path / "qr.png"
    path.write_bytes(png.content)
    decoded = subprocess.run(["zbarimg", "--raw", "-q", str(path)], capture_output=True, text=True, check=True)
    assert decoded.stdout.strip() == f"http://testserver/klas/{visit.code}/"
    svg = client.get(f"/klas/{visit.code}/qr.svg")
    assert svg["Content-Type"] == "image/svg+xml" and b"<svg" in svg.content and b"<script" not in svg.content


def test_the_teacher_sheet_is_a_pdf(client, visit):
    response = client.get(f"/klas/{visit.code}/leerkracht/")
    assert response["Content-Type"] == "application/pdf" and response.content.startswith(b"%PDF")
    assert f"{visit.code}-voor-de-leerkracht.pdf" in response["Content-Disposition"]


def test_the_public_pages_take_a_fixed_number_of_queries(client, visit, parent_guide, django_assert_max_num_queries):
    VisitFactory.create_batch(5, lesson=visit.lesson, date=days_ago(2))
    with django_assert_max_num_queries(25):
        assert client.get(f"/klas/{visit.code}/").status_code == 200


def test_other_methods_are_refused(client, visit):
    assert client.post(f"/klas/{visit.code}/").status_code == 405
    assert client.delete(f"/klas/{visit.code}/qr.svg").status_code == 405
