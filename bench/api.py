"""The read API and the export at catalogue scale: SQL queries and server time at 100 and at 5,000 lessons.

`python -m bench.api [--lessons 5000]` builds its own SQLite database (bench/results/bench-api.sqlite3) with a
small tree made by the factories and lessons inserted in bulk (bench/catalogue.py), then requests each URL through
Django's test client. The query count must be the same at both sizes; the time may grow with the page of results
and the export's size, not with the number of queries. Results: bench/results/api-latest.md. `make bench`
(bench/run.py) measures the same URLs on its own catalogue at both sizes, with `measure` from here.
"""

import argparse
import datetime
import statistics
import time
from pathlib import Path

from bench.run import RESULTS, configure

SMALL = 100
URLS = [
    "/api/v2/pages/",
    "/api/v2/pages/?type=lessons.LessonPage&fields=*&limit=50",
    "/api/v2/pages/?type=lessons.LessonPage&fields=age_bands,goals,legal_facts&limit=50&offset=40",
    "/api/v2/wetsfeiten/?fields=*",
    "/api/export/catalogus.json",
    "/api/export/lessen.csv",
]


def build_tree():
    from wagtail.models import Page, Site

    from tests.factories import HomePageFactory, LeerlijnPageFactory, LegalFactFactory, ThemePageFactory

    home = HomePageFactory(parent=Page.get_first_root_node(), slug="home-bench")
    Site.objects.update_or_create(
        is_default_site=True, defaults={"root_page": home, "hostname": "localhost", "port": 80}
    )
    leerlijn = LeerlijnPageFactory(parent=home)
    for number in range(20):
        ThemePageFactory(parent=leerlijn, slug=f"thema-{number}")
    for number in range(20):
        LegalFactFactory(slug=f"feit-{number}")
    return leerlijn


def measure(client, requests):
    from django.test.utils import override_settings

    with override_settings(PAGE_CACHE_TIMEOUT=0):  # measure the work, not the cache
        return {url: measure_url(client, url, requests) for url in URLS}


def measure_url(client, url, requests):
    from django.db import connection

    client.get(url, HTTP_HOST="localhost")  # warm up
    executed = []

    def count(execute, sql, params, many, context):
        executed.append(sql)
        return execute(sql, params, many, context)

    with connection.execute_wrapper(count):
        response = client.get(url, HTTP_HOST="localhost")
    assert response.status_code == 200, (url, response.status_code)
    times = []
    for _ in range(requests):
        started = time.perf_counter()
        client.get(url, HTTP_HOST="localhost")
        times.append((time.perf_counter() - started) * 1000)
    result = {"queries": len(executed), "median_ms": round(statistics.median(times), 1)}
    print(f"  {url}: {result['queries']} queries, {result['median_ms']} ms", flush=True)
    return result


def markdown(lessons, small, large):
    lines = [
        f"# Read API and export: {SMALL} vs {lessons} lessons",
        "",
        f"{datetime.datetime.now(datetime.UTC):%Y-%m-%d %H:%M UTC}; page cache off (every request served).",
        "",
        f"| URL | queries at {SMALL} | queries at {lessons} | ms at {SMALL} | ms at {lessons} | time ratio |",
        "|---|---|---|---|---|---|",
    ]
    for url in URLS:
        a, b = small[url], large[url]
        ratio = b["median_ms"] / a["median_ms"] if a["median_ms"] else 0
        lines.append(
            f"| `{url}` | {a['queries']} | {b['queries']} | {a['median_ms']} | {b['median_ms']} | {ratio:.1f} |"
        )
    flat = all(small[url]["queries"] == large[url]["queries"] for url in URLS)
    lines += ["", f"Query count flat: {'yes' if flat else 'NO'}."]
    return "\n".join(lines) + "\n", flat


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--lessons", type=int, default=5000)
    parser.add_argument("--requests", type=int, default=5)
    args = parser.parse_args()
    RESULTS.mkdir(parents=True, exist_ok=True)
    database = RESULTS / "bench-api.sqlite3"
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(f"{database}{suffix}").unlink(missing_ok=True)
    configure(f"sqlite:///{database}")

    from django.core.management import call_command
    from django.test import Client

    from bench.catalogue import add_lessons

    call_command("migrate", verbosity=0)
    leerlijn = build_tree()
    client = Client()
    add_lessons(leerlijn, SMALL)
    print(f"At {SMALL} lessons", flush=True)
    small = measure(client, args.requests)
    add_lessons(leerlijn, args.lessons)
    print(f"At {args.lessons} lessons", flush=True)
    large = measure(client, args.requests)
    text, flat = markdown(args.lessons, small, large)
    (RESULTS / "api-latest.md").write_text(text)
    print(text)
    raise SystemExit(0 if flat else 1)


if __name__ == "__main__":
    main()
