"""The roll-up report: the numbers, the small-number suppression, the export, and a fixed number of queries."""

import datetime
import random

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from curriculum.models import AgeBand, Setting
from tests.visits.factories import MunicipalityFactory, VisitFactory
from visits import report
from visits.codes import ALPHABET
from visits.models import Answer, Municipality, Visit, school_year_end

pytestmark = pytest.mark.django_db
REPORT = "/admin/reports/klasbezoeken/"


def add_answers(visit, values):
    Answer.objects.bulk_create(
        [Answer(visit=visit, kennis=k, bewustwording=b, handelingsperspectief=h) for k, b, h in values]
    )


def test_rows_count_visits_pupils_answers_and_means_per_gemeente(lesson):
    big = MunicipalityFactory(name="Aagemeente")
    small = MunicipalityFactory(name="Bgemeente")
    for _ in range(3):
        add_answers(VisitFactory(lesson=lesson, municipality=big, pupils=20), [(5, 3, 1), (3, 3, 3)])
    add_answers(VisitFactory(lesson=lesson, municipality=small, pupils=30), [(1, 1, 1)] * 10)
    total, first, second = report.rollup(Visit.objects.all(), "gemeente")
    assert (first.label, first.visits, first.pupils, first.answers) == ("Aagemeente", 3, 60, 6)
    assert (first.mean_kennis, first.mean_bewustwording, first.mean_handelingsperspectief) == (4.0, 3.0, 2.0)
    assert (second.label, second.visits, second.pupils, second.answers, second.mean_kennis) == (
        "Bgemeente",
        report.TOO_FEW,
        report.TOO_FEW,
        report.TOO_FEW,
        report.TOO_FEW,
    )  # one visit: nothing of it is shown
    assert (total.visits, total.pupils, total.answers, total.mean_kennis) == (4, 90, 16, 2.1)


def test_fewer_than_five_answers_hide_the_answers_but_not_the_visits(lesson):
    for _ in range(3):
        VisitFactory(lesson=lesson, municipality=Municipality.objects.get(code="GM0014"))
    add_answers(Visit.objects.first(), [(5, 5, 5)] * 4)
    total, row = report.rollup(Visit.objects.all(), "gemeente")
    assert (row.visits, row.pupils) == (3, 60)
    assert row.answers == row.mean_kennis == row.mean_handelingsperspectief == report.TOO_FEW
    assert row.shown_means == [] and report.chart([row])["groups"] == []
    add_answers(Visit.objects.first(), [(5, 5, 5)])
    _total, row = report.rollup(Visit.objects.all(), "gemeente")
    assert row.answers == 5 and row.mean_kennis == 5.0


def test_rows_per_theme_age_band_and_school_year(lesson, theme):
    for date in [datetime.date(2025, 9, 1), datetime.date(2026, 7, 31), datetime.date(2026, 1, 5)]:
        VisitFactory(lesson=lesson, date=date)
    VisitFactory(lesson=lesson, date=datetime.date(2026, 8, 1))
    by_year = {row.label: row.visit_count for row in report.rollup(Visit.objects.all(), "schooljaar")}
    assert by_year == {"Alle bezoeken": 4, "2025-2026": 3, "2026-2027": 1}
    by_theme = {row.label: row.visit_count for row in report.rollup(Visit.objects.all(), "thema")}
    assert by_theme == {"Alle bezoeken": 4, theme.title: 4}
    by_band = {row.label: row.visit_count for row in report.rollup(Visit.objects.all(), "leeftijdsgroep")}
    assert by_band[lesson.age_bands.first().name] == 4
    unknown = {row.label for row in report.rollup(Visit.objects.all(), "onzin")}
    assert unknown == {"Alle bezoeken", *(visit.municipality.name for visit in Visit.objects.all())}


def build_visits(lesson, count, answers_per_visit=3):
    """`count` visits in 8 gemeenten and every age band, with answers: bulk-created, as at national scale."""
    rng = random.Random(count)
    municipalities = list(Municipality.objects.order_by("code")[:8])
    bands, setting = list(AgeBand.objects.all()), Setting.objects.first()
    today = timezone.localdate()
    visits = []
    for n in range(count):
        date = today - datetime.timedelta(days=n % 300)
        symbols = "".join(ALPHABET[(n // len(ALPHABET) ** i) % len(ALPHABET)] for i in range(6))
        visits.append(
            Visit(
                code=f"HALT-{symbols[:4]}-{symbols[4:]}",
                lesson=lesson,
                theme_id=lesson.get_parent().pk,
                date=date,
                expires_on=school_year_end(date),
                municipality=municipalities[n % 8],
                organisation="School",
                setting=setting,
                age_band=bands[n % len(bands)],
                use="proactief",
                pupils=25,
            )
        )
    Visit.objects.bulk_create(visits)
    Answer.objects.bulk_create(
        [
            Answer(visit=visit, kennis=rng.randint(1, 5), bewustwording=3, handelingsperspectief=4)
            for visit in Visit.objects.all()
            for _ in range(answers_per_visit)
        ]
    )


def report_queries(client, url):
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured), response


def test_the_report_takes_the_same_number_of_queries_at_40_and_4000_visits(client, admin_user, lesson):
    """Per gemeente, theme, age band and school year: the visits are built once for all four (4,000 take seconds)."""
    client.force_login(admin_user)
    urls = {
        per: f"{REPORT}?per={per}&date_after=2020-01-01&date_before=2040-12-31"
        for per in ("gemeente", "thema", "leeftijdsgroep", "schooljaar")
    }
    build_visits(lesson, 40)
    small = {}
    for per, url in urls.items():
        small[per], response = report_queries(client, url)
        assert "<svg" in response.content.decode(), per
    Visit.objects.all().delete()
    build_visits(lesson, 4000)
    for per, url in urls.items():
        large, response = report_queries(client, url)
        assert large == small[per], (per, small[per], large)
        assert "12000" in response.content.decode().replace(".", "").replace("\u00a0", ""), per  # 4,000 x 3 answers


def test_the_visit_page_takes_the_same_number_of_queries_at_40_and_4000_visits(client, lesson):
    build_visits(lesson, 40)
    small, _ = report_queries(client, f"/klas/{Visit.objects.order_by('-date').first().code}/")
    Visit.objects.all().delete()
    build_visits(lesson, 4000)
    large, _ = report_queries(client, f"/klas/{Visit.objects.order_by('-date').first().code}/")
    assert large == small


def test_the_report_exports_csv_and_xlsx_with_the_suppression(client, admin_user, lesson):
    client.force_login(admin_user)
    VisitFactory(lesson=lesson)
    csv = client.get(REPORT + "?export=csv")
    assert csv.status_code == 200 and csv["Content-Type"] == "text/csv"
    text = b"".join(csv.streaming_content).decode()
    assert text.splitlines()[0].startswith("Gemeente,Bezoeken,Leerlingen bereikt,Antwoorden")
    assert "te weinig" in text and ",20," not in text
    xlsx = client.get(REPORT + "?export=xlsx&per=thema")
    assert xlsx.status_code == 200 and b"".join(xlsx.streaming_content).startswith(b"PK")


def test_only_those_with_access_see_the_report(client, medewerker, eindredacteur, lesson):
    client.force_login(medewerker)
    assert client.get(REPORT).status_code in (302, 403)
    client.force_login(eindredacteur)
    assert client.get(REPORT).status_code == 200


@pytest.mark.parametrize("query", ["per=<script>", "date_after=gisteren", "municipality=abc", "p=999", "theme=-1"])
def test_bad_filters_never_break_the_report(client, admin_user, lesson, query):
    client.force_login(admin_user)
    VisitFactory(lesson=lesson)
    assert client.get(f"{REPORT}?{query}").status_code in (200, 404)
