"""Where a page's server time goes: cProfile over many requests through Django's test client, at catalogue scale.

Builds the benchmark's catalogue once (as bench/run.py does, without measuring) in bench/results/profile.sqlite3
(or the throwaway PostgreSQL cluster of deploy/stack.py) and keeps the SQLite file for the next run; then, for
each page asked for, warms it and profiles `--requests` requests, printing the functions with the most cumulative
and own time. Pages are bench/run.py's keys (`lesson_staff`, `leerlijn_staff`, `prepare_staff`, `floor`, ...).

    python -m bench.profile [--database sqlite|postgres] [--lessons 5000] [--requests 200] [--page lesson_staff]...
"""

import argparse
import contextlib
import cProfile
import io
import pstats
import random
import time

from bench.run import RESULTS, STAFF, configure, measure, pages, staff_client


def build(lessons):
    from django.core.management import call_command

    from bench import catalogue

    random.seed(20261128)
    call_command("migrate", verbosity=0)
    call_command("load_demo", stdout=io.StringIO())
    home, leerlijn = catalogue.home_and_leerlijn()
    catalogue.add_floor_pages(home)
    catalogue.add_themes(leerlijn)
    catalogue.add_lessons(leerlijn, 100)
    catalogue.accompany(leerlijn)
    catalogue.add_lessons(leerlijn, lessons)
    catalogue.update_index()


def profile(key, url, requests, top):
    from django.test import Client
    from django.test.utils import override_settings

    client = staff_client() if key.endswith(STAFF) else Client(HTTP_HOST="localhost")
    as_deployed = {"SESSION_ENGINE": "django.contrib.sessions.backends.cached_db", "PAGE_CACHE_TIMEOUT": 0}
    with override_settings(**as_deployed):
        for _ in range(3):
            assert client.get(url).status_code == 200
        profiler = cProfile.Profile()
        started = time.perf_counter()
        profiler.enable()
        for _ in range(requests):
            client.get(url)
        profiler.disable()
        elapsed = (time.perf_counter() - started) / requests * 1000
    print(f"\n===== {key} {url}: {elapsed:.2f} ms per request (profiled) =====")
    for order in ("cumulative", "tottime"):
        out = io.StringIO()
        pstats.Stats(profiler, stream=out).strip_dirs().sort_stats(order).print_stats(top)
        print(out.getvalue())


def ratios(targets, requests):
    """Median ms and × floor of each page (bench/run.py's `measure`), page cache off and on; the floor is always
    the rendered one, as in bench/run.py."""
    floor = None
    for page_cache in (False, True):
        result = measure(targets, requests, page_cache)
        floor = floor or result["floor"]["median_ms"]
        print(f"page cache {'on' if page_cache else 'off'}:")
        for key, values in result.items():
            print(f"  {key}: {values['median_ms']} ms, {values['median_ms'] / floor:.2f}× floor, {values['queries']} q")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--database", choices=["sqlite", "postgres"], default="sqlite")
    parser.add_argument("--lessons", type=int, default=5000)
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--top", type=int, default=40)
    parser.add_argument("--page", action="append", help="bench/run.py's page key; repeat for more")
    parser.add_argument(
        "--ratios", type=int, metavar="N", help="instead: N interleaved requests per page, as bench/run.py measures"
    )
    args = parser.parse_args()
    RESULTS.mkdir(parents=True, exist_ok=True)
    with contextlib.ExitStack() as stack:
        if args.database == "postgres":
            from deploy.stack import Postgres, app_env

            postgres = stack.enter_context(Postgres())
            postgres.migrate(app_env(postgres.url, settings="config.settings.dev"))
            database_url, fresh = postgres.url, True
        else:
            database = RESULTS / f"profile-{args.lessons}.sqlite3"
            database_url, fresh = f"sqlite:///{database}", not database.exists()
        configure(database_url)
        if fresh:
            print(f"Building the catalogue ({args.lessons} lessons) in {database_url}", flush=True)
            build(args.lessons)
        wanted = args.page or [f"lesson{STAFF}", f"leerlijn{STAFF}", f"prepare{STAFF}", f"prepare_visit{STAFF}"]
        if args.ratios:
            ratios([target for target in pages() if target[0] in {"floor", *wanted}], args.ratios)
            return
        for key, _what, url in pages():
            if key in wanted:
                profile(key, url, args.requests, args.top)


if __name__ == "__main__":
    main()
