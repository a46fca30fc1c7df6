"""The class-visit roll-up at national scale: 8,000 visits (a year of Halt's voorlichtingen) and 100,000 answers.

Builds its own SQLite database in bench/results/ (migrate, one theme and lesson from the factories, visits and
answers bulk-created over 342 gemeenten and every age band), then measures, for each way of grouping:
- the roll-up itself (visits/report.py): median and p95 over repeated runs, and its SQL query count;
- the admin report page and its CSV export through Django's test client, as a logged-in superuser.
Writes bench/results/visits-latest.md.   python -m bench.visits_report [--visits 8000] [--answers 100000]
"""

import argparse
import datetime
import os
import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results"


def configure(database):
    os.environ["DJANGO_SETTINGS_MODULE"] = "config.settings.dev"
    os.environ["DATABASE_URL"] = f"sqlite:///{database}"
    os.environ["DEBUG"] = "0"
    os.environ["ALLOWED_HOSTS"] = "testserver,127.0.0.1"
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()


def build(visit_count, answer_count):
    from django.contrib.auth import get_user_model
    from django.core.management import call_command
    from wagtail.models import Page, Site

    from curriculum.models import AgeBand, Setting
    from tests.factories import HomePageFactory, LeerlijnPageFactory, LessonPageFactory, ThemePageFactory
    from visits.codes import new_code
    from visits.models import Answer, Municipality, Visit, school_year_end

    call_command("migrate", verbosity=0)
    home = HomePageFactory(parent=Page.get_first_root_node(), slug="home-bench")
    Site.objects.update(root_page=home)
    theme = ThemePageFactory(parent=LeerlijnPageFactory(parent=home), title="Bench", slug="bench")
    lesson = LessonPageFactory(parent=theme, slug="bench-les")
    rng = random.Random(1)
    municipalities, bands = list(Municipality.objects.all()), list(AgeBand.objects.all())
    setting, today = Setting.objects.first(), datetime.date.today()
    codes = set()
    while len(codes) < visit_count:
        codes.add(new_code())
    visits = []
    for n, code in enumerate(sorted(codes)):
        date = today - datetime.timedelta(days=n % 700)
        visits.append(
            Visit(
                code=code,
                lesson=lesson,
                theme=theme,
                date=date,
                expires_on=school_year_end(date),
                municipality=rng.choice(municipalities),
                organisation="School",
                setting=setting,
                age_band=rng.choice(bands),
                use="proactief",
                pupils=25,
            )
        )
    Visit.objects.bulk_create(visits, batch_size=2000)
    ids = list(Visit.objects.values_list("pk", flat=True))
    Answer.objects.bulk_create(
        (
            Answer(
                visit_id=rng.choice(ids),
                kennis=rng.randint(1, 5),
                bewustwording=rng.randint(1, 5),
                handelingsperspectief=rng.randint(1, 5),
            )
            for _ in range(answer_count)
        ),
        batch_size=5000,
    )
    user = get_user_model().objects.create_superuser("bench-admin", password="bench")
    return user


def timed(function, runs):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    times = []
    for _ in range(runs):
        with CaptureQueriesContext(connection) as captured:
            started = time.perf_counter()
            function()
            times.append((time.perf_counter() - started) * 1000)
    times.sort()
    return {
        "median_ms": round(statistics.median(times), 1),
        "p95_ms": round(times[min(len(times) - 1, int(len(times) * 0.95))], 1),
        "queries": len(captured),
    }


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--visits", type=int, default=8000)
    parser.add_argument("--answers", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    RESULTS.mkdir(parents=True, exist_ok=True)
    database = RESULTS / "visits-bench.sqlite3"
    database.unlink(missing_ok=True)
    configure(database)

    from django.test import Client

    from visits import report
    from visits.models import Visit

    started = time.perf_counter()
    user = build(args.visits, args.answers)
    print(f"Built {args.visits} visits and {args.answers} answers in {time.perf_counter() - started:.1f} s")
    client = Client()
    client.force_login(user)
    lines = [
        f"# Klasbezoeken: the roll-up at {args.visits:,} visits and {args.answers:,} answers",
        "",
        f"{datetime.datetime.now():%Y-%m-%d %H:%M}, SQLite, {args.runs} runs each.",
        "",
        "| grouping | rows | roll-up median ms | p95 ms | queries | report page median ms | queries | CSV ms |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for slug in report.DIMENSIONS:
        rows = len(report.rollup(Visit.objects.all(), slug))
        rollup = timed(lambda slug=slug: report.rollup(Visit.objects.all(), slug), args.runs)
        page = timed(lambda slug=slug: client.get(f"/admin/reports/klasbezoeken/?per={slug}"), args.runs)
        csv = timed(
            lambda slug=slug: b"".join(client.get(f"/admin/reports/klasbezoeken/?per={slug}&export=csv")),
            max(3, args.runs // 3),
        )
        lines.append(
            f"| {slug} | {rows} | {rollup['median_ms']} | {rollup['p95_ms']} | {rollup['queries']} | "
            f"{page['median_ms']} | {page['queries']} | {csv['median_ms']} |"
        )
        print(lines[-1], flush=True)
    (RESULTS / "visits-latest.md").write_text("\n".join(lines) + "\n")
    database.unlink(missing_ok=True)


if __name__ == "__main__":
    main()
