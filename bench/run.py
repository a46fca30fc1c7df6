"""`make bench`: the site at catalogue scale, measured in one run. Not part of `make test`.

1. Builds its own database (SQLite in bench/results/, or a throwaway PostgreSQL 15 cluster): migrate, the demo
   catalogue, then a synthetic catalogue (bench/catalogue.py) of 40 themes with guides and first 100, then 5,000
   lessons over every age band; it times each step and `update_index`.
2. At 100 and at 5,000 lessons, for each page: median and p95 server time and the SQL query count of an
   anonymous visitor, measured in this process with Django's test client (requests to all pages interleaved in
   a random order, so that noise from the machine falls on all of them alike). Two ways:
   - "served": as deployed, with the page cache for anonymous visitors warm (core/caching.py);
   - "render": the page cache switched off, so the page is rendered (the fragment caches and the catalogue
     index, which every visitor shares, stay warm).
   Plus "cold": the first request after every cache was emptied.
   The floor is a bare Wagtail page: a plain wagtailcore.Page with only a title, rendered by Wagtail's own
   template wagtailcore/page.html (no site layout), with the page cache off. Each page's time is printed as a
   ratio to it. For reference, the floor inside the site's layout (a StandardPage with an empty body) too.
   The `_staff` pages are measured as a logged-in Halt-medewerker, who never gets the page cache; after the first
   request they come from the copy kept per permission set (core/staff_pages.py), except Voorbereiden with a
   visit code, which is rendered on every request.
3. Throughput under gunicorn (2 sync workers) with bounded load from a second process on 127.0.0.1 (wrk, or
   bench/load.py when wrk is missing), and the peak memory (VmHWM) of each worker; then the same through
   Varnish in front of it (deploy/varnish/site.vcl), and the time from a publish to the new page in Varnish.
   Also the first lesson-plan PDF after a start, with and without the PDF warm-up (gunicorn.conf.py).
4. The read API and the export (bench/api.py) at 100 and 5,000 lessons: queries and time; and a static file
   served by whitenoise in this process, so every page also has a ratio to it (× static).
5. Writes bench/results/bench-<time>.md and .json, and latest.md / latest.json (`-postgres` for PostgreSQL).

    python -m bench.run [--database sqlite|postgres] [--lessons 5000] [--requests 30] [--load-seconds 15]
"""

import argparse
import contextlib
import datetime
import io
import json
import os
import platform
import random
import statistics
import sys
import time
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results"
SMALL = 100
TARGETS = {"lesson": 2.0, "leerlijn": 3.0}
LISTING_TARGET = 2.0  # × the rendered floor, served: at least half the floor's throughput (issue 16)
LISTING_KEYS = ("listing", "search", "search_broad")
STATIC = "static"  # a stylesheet served by whitenoise, as production serves it
STATIC_URL = "/static/css/site.css"
SEARCH_P95_MS = 100.0
NEW_QUERY = "search_broad_new"
STAFF = "_staff"  # pages measured as a logged-in Halt-medewerker: never from the anonymous page cache
STAFF_TARGET = 1.5  # × floor  # measured with SEARCH_CACHE_TIMEOUT=0: every request ranks all matches again


def configure(database_url):
    """Settings for this process: the dev settings without debug, on the benchmark's own database."""
    os.environ["DJANGO_SETTINGS_MODULE"] = "config.settings.dev"
    os.environ["DATABASE_URL"] = database_url
    os.environ["DEBUG"] = "0"
    os.environ["ALLOWED_HOSTS"] = "127.0.0.1,localhost"
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()


def stopwatch(steps, name, function, *args, **kwargs):
    started = time.perf_counter()
    result = function(*args, **kwargs)
    steps[name] = round(time.perf_counter() - started, 2)
    print(f"  {name}: {steps[name]} s", flush=True)
    return result


def pages():
    """(key, what, url): the same URLs at 100 and at 5,000 lessons."""
    from curriculum.models import ThemePage
    from lessons.models import LessonPage, ParentGuidePage

    theme = ThemePage.objects.get(slug="synthetisch-1")
    lesson = LessonPage.objects.get(slug="geldezels-vo-onderbouw")
    guide = ParentGuidePage.objects.filter(slug="ouders").order_by("path").first()
    return [
        ("floor", "floor: wagtailcore.Page, title only, Wagtail's own template, page cache off", "/vloer/"),
        ("floor_layout", "reference: StandardPage with an empty body (the site's layout)", "/lege-pagina/"),
        ("home", "home page", "/"),
        ("leerlijn", "leerlijn matrix (every lesson of every theme)", "/leerlijn/"),
        ("theme", f"theme page ({theme.title})", theme.url),
        ("lesson", f"lesson page ({lesson.title})", lesson.url),
        ("parent_guide", f"parent guide ({guide.title})", guide.url),
        ("listing", "filtered listing", "/voorlichtingen/?leeftijd=vo-onderbouw&setting=school"),
        ("search", "search with facets (a theme's word)", "/zoeken/?q=geldezels&leeftijd=vo-onderbouw"),
        ("search_broad", "search with facets (a word in every lesson)", "/zoeken/?q=groep&doelgroep=jongeren"),
        (
            NEW_QUERY,
            "the same, as a query not searched before (ranking not cached)",
            "/zoeken/?q=groep&doelgroep=ouders",
        ),
        ("autocomplete", "search suggestions", "/zoeken/suggesties/?q=gr"),
        (f"lesson{STAFF}", "lesson page, logged-in Halt-medewerker (presenter notes)", lesson.url),
        (f"leerlijn{STAFF}", "leerlijn matrix, logged-in Halt-medewerker", "/leerlijn/"),
        (f"prepare{STAFF}", "Voorbereiden, logged-in Halt-medewerker", lesson.url + "voorbereiden/"),
        (
            f"prepare_visit{STAFF}",
            "Voorbereiden with a visit code, logged-in (never kept: rendered on every request)",
            lesson.url + "voorbereiden/?bezoek=ABCD-EFGH",
        ),
    ]


def percentile_95(values):
    return statistics.quantiles(values, n=20, method="inclusive")[18] if len(values) > 1 else values[0]


def measure(targets, requests, page_cache):
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext, override_settings

    client, staff = Client(HTTP_HOST="localhost"), staff_client()
    static = static_client()
    targets = [*targets, (STATIC, f"static file ({STATIC_URL}) through whitenoise", STATIC_URL)]
    times = {key: [] for key, _what, _url in targets}
    queries = {key: [] for key, _what, _url in targets}
    size = {}
    # Sessions as deployed: in the shared cache (`cached_db`, config/settings/base.py with REDIS_URL), so a
    # logged-in medewerker's request does not read its session from the database.
    as_deployed = {"SESSION_ENGINE": "django.contrib.sessions.backends.cached_db"}
    with override_settings(PAGE_CACHE_TIMEOUT=600 if page_cache else 0, **as_deployed):
        for key, _what, url in targets:
            visitor(key, client, staff, static).get(url)  # warm: every visitor after the first
        order = list(targets)
        for _round in range(requests):
            random.shuffle(order)
            for key, _what, url in order:
                with (
                    override_settings(SEARCH_CACHE_TIMEOUT=0 if key == NEW_QUERY else 600),
                    CaptureQueriesContext(connection) as captured,
                ):
                    started = time.perf_counter()
                    response = visitor(key, client, staff, static).get(url)
                    times[key].append((time.perf_counter() - started) * 1000)
                assert response.status_code == 200, (url, response.status_code)
                queries[key].append(len(captured.captured_queries))
                size[key] = len(b"".join(response.streaming_content) if response.streaming else response.content)
    return {
        key: {
            "median_ms": round(statistics.median(times[key]), 2),
            "p95_ms": round(percentile_95(times[key]), 2),
            "queries": statistics.median_low(queries[key]),
            "queries_range": [min(queries[key]), max(queries[key])],
            "kb": round(size[key] / 1024, 1),
        }
        for key, _what, _url in targets
    }


def visitor(key, client, staff, static):
    return static if key == STATIC else staff if key.endswith(STAFF) else client


def static_client():
    """A client whose requests pass whitenoise first, as in production (config/settings/production.py); the files
    come from the static folders (no collectstatic needed)."""
    from django.conf import settings
    from django.test import Client
    from django.test.utils import override_settings

    middleware = [settings.MIDDLEWARE[0], "whitenoise.middleware.WhiteNoiseMiddleware", *settings.MIDDLEWARE[1:]]
    with (
        override_settings(MIDDLEWARE=middleware, WHITENOISE_USE_FINDERS=True, WHITENOISE_AUTOREFRESH=False),
        warnings.catch_warnings(),
    ):
        warnings.filterwarnings("ignore", message="No directory at")  # STATIC_ROOT: not collected, not needed
        client = Client(HTTP_HOST="localhost")
        client.get(STATIC_URL)  # builds the middleware chain with these settings; it keeps it afterwards
    return client


def staff_client():
    """A logged-in Halt-medewerker (group from the roles migration); made once, the same at 100 and 5,000."""
    from django.contrib.auth.models import Group, User
    from django.test import Client

    user, created = User.objects.get_or_create(username="bench-medewerker")
    if created:
        user.groups.add(Group.objects.get(name="Halt-medewerker"))
    client = Client(HTTP_HOST="localhost")
    client.force_login(user)
    return client


def measure_cold(targets):
    from django.core.cache import caches
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client, staff = Client(HTTP_HOST="localhost"), staff_client()
    cold = {}
    for key, _what, url in targets:
        for cache in caches.all():
            cache.clear()
        with CaptureQueriesContext(connection) as captured:
            started = time.perf_counter()
            (staff if key.endswith(STAFF) else client).get(url)
        cold[key] = {"ms": round((time.perf_counter() - started) * 1000, 1), "queries": len(captured.captured_queries)}
    return cold


def measure_all(targets, requests, label):
    print(f"Measuring at {label} ({requests} requests per page and mode)", flush=True)
    result = {
        "cold": measure_cold(targets),
        "render": measure(targets, requests, page_cache=False),
        "served": measure(targets, requests, page_cache=True),
    }
    floor = result["render"]["floor"]["median_ms"]
    static = result["served"][STATIC]["median_ms"]
    for mode in ("render", "served"):
        for values in result[mode].values():
            values["x_floor"] = round(values["median_ms"] / floor, 2)
            values["x_static"] = round(values["median_ms"] / static, 1)
    print("  read API and export (bench/api.py)", flush=True)
    result["api"] = api_counts(requests)
    return result


def api_counts(requests):
    from django.test import Client

    from bench import api

    with contextlib.redirect_stdout(io.StringIO()):
        return api.measure(Client(), max(3, requests // 6))


def throughput(database_url, targets, seconds, connections):
    """Bounded load on gunicorn (2 sync workers), then on Varnish in front of it; and publish → fresh in Varnish."""
    from bench.serve import Gunicorn, run_python_load, run_wrk, site_env, wrk_available
    from deploy.stack import Varnish
    from lessons.models import LessonPage

    urls = {key: url for key, _what, url in targets}
    lessons = random.Random(1).sample(list(LessonPage.objects.live().values_list("url_path", flat=True)), 40)
    mix = [urls[k] for k in ("home", "leerlijn", "theme", "parent_guide", "listing", "search", "search_broad")]
    mix += ["/" + path.split("/", 2)[2] for path in lessons]  # url_path starts with the root page's slug
    runs = {"mix": mix, "lesson": [urls["lesson"]], "search": [urls["search"]]}
    # Listing and search against the rendered floor (issue 16: at least half its throughput): on app servers with
    # the page cache off, which renders the floor page on every request; the listing cache stays on.
    rendered = {f"rendered_{key}": [urls[key]] for key in ("floor", "listing", "search", "search_broad")}
    load = run_wrk if wrk_available() else run_python_load
    results = {}
    with Gunicorn(site_env(database_url), workers=2) as server:
        server.warm(sorted(set(mix)))
        for name, paths in runs.items():
            print(f"  load '{name}': {connections} connections, {seconds} s", flush=True)
            results[name] = load(server.url, paths, connections, seconds)
            results[name]["paths"] = len(paths)
        results["peak_memory_mb"] = server.peak_memory_mb()
        with Varnish([server.port]) as varnish:
            for name in ("mix", "lesson"):
                paths = runs[name]
                print(f"  load '{name}' through Varnish: {connections} connections, {seconds} s", flush=True)
                results[f"varnish_{name}"] = load(varnish.url, paths, connections, seconds)
                results[f"varnish_{name}"]["paths"] = len(paths)
            results["publish_to_fresh"] = publish_to_fresh(varnish, urls["lesson"])
    with Gunicorn(site_env(database_url, PAGE_CACHE_TIMEOUT="0"), workers=2) as server:
        server.warm(sorted({paths[0] for paths in rendered.values()}))
        for name, paths in rendered.items():
            print(f"  load '{name}' (page cache off): {connections} connections, {seconds} s", flush=True)
            results[name] = load(server.url, paths, connections, seconds)
            results[name]["paths"] = len(paths)
    results["first_pdf"] = first_pdf(database_url, urls["lesson"] + "pdf/lesplan/")
    return results


def first_pdf(database_url, path):
    """Seconds for the first lesson-plan PDF of a freshly started gunicorn worker, asked for by a logged-in
    medewerker as soon as the server answers: without the warm-up (PDF_WARM_UP=0), and with it once the worker
    has logged that it is done (gunicorn.conf.py, core/pdf.py). Then the second PDF, for comparison."""
    import urllib.request

    from bench.serve import Gunicorn, site_env

    cookie = f"sessionid={staff_client().cookies['sessionid'].value}"

    def fetch(server):
        request = urllib.request.Request(server.url + path, headers={"Host": "localhost", "Cookie": cookie})
        started = time.perf_counter()
        with urllib.request.urlopen(request, timeout=120) as response:
            body = response.read()
        assert body.startswith(b"%PDF"), body[:100]
        return round(time.perf_counter() - started, 2)

    result = {}
    for name, warm in (("without_warm_up", "0"), ("with_warm_up", "1")):
        print(f"  first PDF, {name.replace('_', ' ')}", flush=True)
        with Gunicorn(site_env(database_url, PDF_WARM_UP=warm), workers=1) as server:
            waited = time.perf_counter()
            while warm == "1" and "PDF warm-up done" not in server.log_path.read_text():
                if time.perf_counter() - waited > 120:
                    raise RuntimeError("the PDF warm-up did not finish within 2 minutes")
                time.sleep(0.1)
            result[name] = {"first_s": fetch(server), "second_s": fetch(server)}
            if warm == "1":
                result[name]["warm_up_wait_s"] = round(time.perf_counter() - waited, 2)
    return result


def publish_to_fresh(varnish, path, tries=5):
    """Seconds from the start of a publish (in this process, purging Varnish as the admin does) until Varnish
    serves the new title; the median of `tries`. The publish itself (revision, search index, purge) is included."""
    import urllib.request

    from django.test.utils import override_settings

    from lessons.models import LessonPage

    def through_varnish():
        request = urllib.request.Request(varnish.url + path, headers={"Host": "localhost"})  # the Site's host
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.read().decode()

    purge_to = {"varnish": {"BACKEND": "core.purge.VarnishBackend", "LOCATION": varnish.url}}
    page = LessonPage.objects.get(url_path__endswith=path)
    times, publish_times = [], []
    for attempt in range(tries):
        through_varnish(), through_varnish()  # stored in Varnish
        page.title = f"{page.title.split(' (versie')[0]} (versie {attempt + 1})"
        with override_settings(WAGTAILFRONTENDCACHE=purge_to):
            started = time.perf_counter()
            page.save_revision().publish()
            publish_times.append(time.perf_counter() - started)
            for _ in range(500):  # at most 500 × 10 ms
                if page.title in through_varnish():
                    break
                time.sleep(0.01)
            else:
                raise RuntimeError("Varnish kept the old page for 5 s after the publish")
            times.append(time.perf_counter() - started)
    return {
        "median_s": round(statistics.median(times), 3),
        "max_s": round(max(times), 3),
        "publish_median_s": round(statistics.median(publish_times), 3),
        "tries": tries,
    }


def markdown(report):
    small, large = report["at"][str(SMALL)], report["at"][str(report["lessons"])]
    lines = [
        f"# Benchmark: {report['lessons']} lessons ({report['when']})",
        "",
        f"{report['machine']}. {report['database']}. {report['requests']} requests per page and mode, interleaved; "
        "anonymous visitor (the `_staff` rows: a logged-in Halt-medewerker); Django's test client in-process. "
        "**served**: as deployed (page cache warm); **render**: page cache off (fragment caches and catalogue "
        "index warm); **cold**: first request after emptying every cache. × floor = median / median of the floor "
        "(a plain wagtailcore.Page with only a title, Wagtail's own template, page cache off).",
        "",
        f"| page | served median ms | served p95 ms | × floor | × static | render median ms | render p95 ms "
        f"| render × floor | cold ms | queries served {SMALL} → {report['lessons']} "
        f"| queries render {SMALL} → {report['lessons']} | KB |",
        "|---|--:|--:|--:|--:|--:|--:|--:|--:|:-:|:-:|--:|",
    ]
    for key, what, _url in report["pages"]:
        served, render, cold = large["served"][key], large["render"][key], large["cold"][key]
        lines.append(
            f"| {what} | {served['median_ms']} | {served['p95_ms']} | {served['x_floor']} | {served['x_static']} "
            f"| {render['median_ms']} "
            f"| {render['p95_ms']} | {render['x_floor']} | {cold['ms']} "
            f"| {small['served'][key]['queries']} → {served['queries']} "
            f"| {small['render'][key]['queries']} → {render['queries']} | {served['kb']} |"
        )
    lines += [
        "",
        f"At {SMALL} lessons (served / render median ms): "
        + ", ".join(
            f"{key} {small['served'][key]['median_ms']} / {small['render'][key]['median_ms']}"
            for key, _what, _url in report["pages"]
        )
        + ".",
        "",
        "## Targets",
        "",
    ]
    lines += [f"- {'met' if ok else 'MISSED'}: {text}" for ok, text in report["targets"]]
    lines += ["", "## Building the catalogue", ""]
    lines += [f"- {name}: {seconds} s" for name, seconds in report["build_s"].items()]
    load = report["throughput"]
    lines += ["", f"## Throughput: gunicorn (2 sync workers) and Varnish in front, {report['lessons']} lessons", ""]
    lines += ["| load | tool | connections | requests | req/s | p50 ms | p90 ms | p99 ms | max ms | errors |"]
    lines += ["|---|---|--:|--:|--:|--:|--:|--:|--:|--:|"]
    names = ("mix", "lesson", "search", "varnish_mix", "varnish_lesson")
    for name in (*names, *(f"rendered_{key}" for key in ("floor", *LISTING_KEYS))):
        if name not in load:
            continue
        run = load[name]
        latency = run["latency_ms"]
        lines.append(
            f"| {name} ({run['paths']} URLs) | {run['tool']} | {run['connections']} | {run['requests']} "
            f"| {run['requests_per_s']} | {latency['p50']} | {latency['p90']} | {latency['p99']} | {latency['max']} "
            f"| {run['error_count']} |"
        )
    if "rendered_floor" in load:
        lines += ["", f"The `rendered_` rows: app servers with the page cache off. {listing_shares(load)}."]
    peaks = ", ".join(f"{mb} MB" for mb in load["peak_memory_mb"].values())
    fresh = load["publish_to_fresh"]
    lines += ["", f"Peak memory per worker (VmHWM): {peaks}.", ""]
    lines += [
        f"Publish → the new page through Varnish (purged by core/purge.py): median {fresh['median_s']} s, max "
        f"{fresh['max_s']} s over {fresh['tries']} publishes (of which the publish itself: median "
        f"{fresh['publish_median_s']} s).",
        "",
    ]
    if "first_pdf" in load:
        cold, warm = load["first_pdf"]["without_warm_up"], load["first_pdf"]["with_warm_up"]
        lines += [
            f"First lesson-plan PDF of a fresh worker: {cold['first_s']} s without the warm-up (second "
            f"{cold['second_s']} s); {warm['first_s']} s with it (second {warm['second_s']} s; the warm-up was done "
            f"{warm['warm_up_wait_s']} s after the server first answered).",
            "",
        ]
    lines += api_markdown(report)
    return "\n".join(lines)


def listing_shares(load):
    floor = load["rendered_floor"]["requests_per_s"]
    shares = ", ".join(f"{key} {round(load[f'rendered_{key}']['requests_per_s'] / floor, 2)}×" for key in LISTING_KEYS)
    return f"Throughput as a share of the rendered floor's ({floor} req/s): {shares} (target ≥ 0.5×)"


def api_markdown(report):
    small, large = report["at"][str(SMALL)], report["at"][str(report["lessons"])]
    if "api" not in small or "api" not in large:
        return []
    n = report["lessons"]
    lines = [
        f"## Read API and export (bench/api.py), page cache off: {SMALL} → {n} lessons",
        "",
        f"| URL | queries {SMALL} → {n} | median ms {SMALL} → {n} |",
        "|---|:-:|:-:|",
    ]
    for url, at_small in small["api"].items():
        at_large = large["api"][url]
        lines.append(
            f"| `{url}` | {at_small['queries']} → {at_large['queries']} "
            f"| {at_small['median_ms']} → {at_large['median_ms']} |"
        )
    static = large["served"][STATIC]
    lines += [
        "",
        f"Static file ({STATIC_URL}, whitenoise, in this process): {static['median_ms']} ms median at {n} lessons; "
        "the × static column divides each page's median by it.",
        "",
    ]
    return lines


def evaluate(report):
    small, large = report["at"][str(SMALL)], report["at"][str(report["lessons"])]
    n = report["lessons"]
    grown = [
        f"{key} ({mode} {small[mode][key]['queries']} → {large[mode][key]['queries']})"
        for key, _what, _url in report["pages"]
        for mode in ("served", "render")
        if large[mode][key]["queries"] > small[mode][key]["queries"]
    ]
    targets = [(not grown, "query counts do not grow with the catalogue" + (f": {', '.join(grown)}" if grown else ""))]
    for key, limit in TARGETS.items():
        served, render = large["served"][key]["x_floor"], large["render"][key]["x_floor"]
        targets.append((served <= limit, f"{key} ≤ {limit}× floor at {n} lessons: served {served}×, render {render}×"))
    for key in (f"lesson{STAFF}", f"leerlijn{STAFF}", f"prepare{STAFF}"):
        # Staff pages are rendered in either pass; the render pass is the one that measured the floor, request
        # for request between them, so the machine's drift between the passes stays out of the ratio.
        render = large["render"][key]
        targets.append(
            (
                render["x_floor"] <= STAFF_TARGET and render["queries"] <= 10,
                f"{key} ≤ {STAFF_TARGET}× floor and ≤ 10 queries at {n}: {render['x_floor']}×, {render['queries']}",
            )
        )
    for key in LISTING_KEYS:
        served = large["served"][key]["x_floor"]
        targets.append((served <= LISTING_TARGET, f"{key} ≤ {LISTING_TARGET}× floor, served, at {n}: {served}×"))
    load = report.get("throughput", {})
    if "rendered_floor" in load and load["rendered_floor"]["requests_per_s"]:
        floor = load["rendered_floor"]["requests_per_s"]
        low = [key for key in LISTING_KEYS if load[f"rendered_{key}"]["requests_per_s"] < 0.5 * floor]
        targets.append((not low, f"gunicorn: {listing_shares(load)}"))
    if "api" in small and "api" in large:
        grown_api = [url for url in small["api"] if large["api"][url]["queries"] > small["api"][url]["queries"]]
        targets.append((not grown_api, "API and export query counts flat" + (f": {grown_api}" if grown_api else "")))
    for key in ("search", "search_broad", NEW_QUERY):
        p95 = large["served"][key]["p95_ms"]
        where = report["database"]
        targets.append((p95 <= SEARCH_P95_MS, f"{key}: p95 ≤ {SEARCH_P95_MS:.0f} ms on {where} at {n}: {p95} ms"))
    return targets


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--lessons", type=int, default=5000)
    parser.add_argument("--requests", type=int, default=30)
    parser.add_argument("--load-seconds", type=int, default=15)
    parser.add_argument("--connections", type=int, default=8)
    parser.add_argument("--database", choices=["sqlite", "postgres"], default="sqlite")
    args = parser.parse_args()
    RESULTS.mkdir(parents=True, exist_ok=True)
    with contextlib.ExitStack() as stack:
        if args.database == "postgres":
            from deploy.stack import Postgres, app_env

            postgres = stack.enter_context(Postgres())
            postgres.migrate(app_env(postgres.url, settings="config.settings.dev"))  # the schema, kept between runs
            database_url, suffix = postgres.url, "-postgres"
        else:
            database = RESULTS / "bench.sqlite3"
            for ending in ("", "-wal", "-shm", "-journal"):
                Path(f"{database}{ending}").unlink(missing_ok=True)
            database_url, suffix = f"sqlite:///{database}", ""
        run(args, database_url, suffix)


def run(args, database_url, suffix):
    configure(database_url)

    from django.core.management import call_command

    from bench import catalogue

    random.seed(20261128)
    build = {}
    print(f"Building the catalogue in {database_url}", flush=True)
    stopwatch(build, "migrate", call_command, "migrate", verbosity=0)
    stopwatch(build, "demo catalogue (load_demo)", call_command, "load_demo", stdout=io.StringIO())
    home, leerlijn = catalogue.home_and_leerlijn()

    def floor_and_themes():
        catalogue.add_floor_pages(home)
        catalogue.add_themes(leerlijn)

    stopwatch(build, "floor pages, themes to 40 with guides (factories)", floor_and_themes)
    stopwatch(build, f"lessons to {SMALL} (bulk)", catalogue.add_lessons, leerlijn, SMALL)
    stopwatch(build, "guides accompany their lessons", catalogue.accompany, leerlijn)
    stopwatch(build, f"update_index at {SMALL}", catalogue.update_index)
    targets = pages()
    report = {
        "lessons": args.lessons,
        "requests": args.requests,
        "database": "PostgreSQL 15" if suffix else "SQLite",
        "when": datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "machine": f"{os.cpu_count()} CPUs, Python {platform.python_version()}",
        "pages": targets,
        "at": {str(SMALL): measure_all(targets, args.requests, f"{SMALL} lessons")},
        "build_s": build,
    }
    stopwatch(build, f"lessons to {args.lessons} (bulk)", catalogue.add_lessons, leerlijn, args.lessons)
    stopwatch(build, f"update_index at {args.lessons}", catalogue.update_index)
    report["at"][str(args.lessons)] = measure_all(targets, args.requests, f"{args.lessons} lessons")
    print("Throughput under gunicorn and Varnish", flush=True)
    report["throughput"] = throughput(database_url, targets, args.load_seconds, args.connections)
    report["targets"] = evaluate(report)
    text = markdown(report)
    stamp = datetime.datetime.now(datetime.UTC).strftime("%Y%m%d-%H%M")
    for name in (f"bench-{stamp}{suffix}", f"latest{suffix}"):
        (RESULTS / f"{name}.md").write_text(text)
        (RESULTS / f"{name}.json").write_text(json.dumps(report, indent=2, default=str))
    print()
    print(text)
    print(f"Written: {RESULTS / f'bench-{stamp}{suffix}.md'} and .json")


if __name__ == "__main__":
    main()
