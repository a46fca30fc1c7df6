"""`make soak`: the long robustness runs, on a throwaway PostgreSQL 15 cluster this script starts and removes.

1. Load: gunicorn (2 sync workers) serving the demo catalogue, 2 minutes at 50 concurrent clients (wrk, or
   bench/load.py when wrk is missing) over every public page, the listing, search and suggestions. Passes with
   zero errors; reports throughput and latency percentiles (p99) and each worker's peak memory.
2. PostgreSQL restarted under load: bench/load.py (8 clients, one request timeline) while the database is
   restarted with `pg_ctl restart -m fast`. Requests during the restart may fail; every request that starts
   after the database is back (plus a short grace for requests already queued) must succeed, without touching
   gunicorn: the site recovers by itself (Django checks a kept connection before each request,
   CONN_HEALTH_CHECKS in config/settings/base.py).

Results: bench/results/soak-<time>.md and .json, and soak-latest.md / .json. Load only ever goes to 127.0.0.1.

    python -m bench.soak [--seconds 120] [--clients 50] [--restart-seconds 45]
"""

import argparse
import datetime
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

from bench.serve import ROOT, Gunicorn, free_port, run_python_load, run_wrk, site_env, wrk_available

RESULTS = ROOT / "bench" / "results"
PG_BIN = Path("/usr/lib/postgresql/15/bin")
GRACE_S = 3.0  # requests queued in a worker while the database was down may still fail just after it is back


class Postgres:
    """A PostgreSQL 15 cluster in a temporary directory, listening on 127.0.0.1 only."""

    def __init__(self):
        self.port = free_port()
        self.url = f"postgres://postgres@127.0.0.1:{self.port}/halt"
        self.dir = Path(tempfile.mkdtemp(prefix="halt-soak-pg-"))
        self.owner = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []  # initdb refuses root

    def pg(self, *args, **kwargs):
        return subprocess.run([*self.owner, *args], check=True, capture_output=True, text=True, **kwargs)

    def __enter__(self):
        if not (PG_BIN / "initdb").exists():
            subprocess.run("apt-get update -qq && apt-get install -y -qq postgresql-15", shell=True, check=True)
        if self.owner:
            shutil.chown(self.dir, "postgres", "postgres")
        self.pg(str(PG_BIN / "initdb"), "-D", f"{self.dir}/data", "-U", "postgres", "-A", "trust", "-E", "UTF8",
                "--locale=C.UTF-8", "--no-sync")  # fmt: skip
        options = f"-c listen_addresses=127.0.0.1 -p {self.port} -k {self.dir} -c fsync=off"
        self.pg(str(PG_BIN / "pg_ctl"), "-D", f"{self.dir}/data", "-l", f"{self.dir}/log", "-w", "-o", options, "start")
        self.pg(str(PG_BIN / "createdb"), "-h", "127.0.0.1", "-p", str(self.port), "-U", "postgres", "halt")
        return self

    def restart(self):
        self.pg(
            str(PG_BIN / "pg_ctl"), "-D", f"{self.dir}/data", "-l", f"{self.dir}/log", "-m", "fast", "-w", "restart"
        )

    def __exit__(self, *exc):
        subprocess.run(
            [*self.owner, str(PG_BIN / "pg_ctl"), "-D", f"{self.dir}/data", "-m", "fast", "-w", "stop"],
            capture_output=True,
        )
        shutil.rmtree(self.dir, ignore_errors=True)


def manage(env, *args):
    result = subprocess.run([sys.executable, "manage.py", *args], cwd=ROOT, env=env, capture_output=True, text=True)
    if result.returncode:
        raise SystemExit(f"manage.py {' '.join(args)} failed:\n{result.stderr[-3000:]}")


def public_paths(env):
    """Every live public page of the demo (by URL path), the filtered listing, search and suggestions."""
    script = (
        "import json; from wagtail.models import Page; "
        "pages = Page.objects.live().public().filter(depth__gt=1).specific(); "
        "print(json.dumps([p.url for p in pages if p.url]))"
    )
    output = subprocess.run(
        [sys.executable, "manage.py", "shell", "-c", script], cwd=ROOT, env=env, check=True, capture_output=True
    )
    pages = json.loads(output.stdout.decode().strip().splitlines()[-1])
    return pages + [
        "/voorlichtingen/",
        "/voorlichtingen/?leeftijd=vo-onderbouw",
        "/voorlichtingen/?thema=geldezels&setting=school",
        "/zoeken/?q=groepsdruk",
        "/zoeken/?q=geld&leeftijd=mbo",
        "/zoeken/?q=wapens&doelgroep=ouders",
        "/zoeken/suggesties/?q=geld",
        "/sitemap.xml",
        "/robots.txt",
    ]


def load_test(env, paths, clients, seconds):
    print(f"Load: {clients} clients for {seconds} s over {len(paths)} URLs", flush=True)
    with Gunicorn(env, workers=2) as server:
        server.warm(paths, rounds=1)
        load = run_wrk if wrk_available() else run_python_load
        result = load(server.url, paths, clients, seconds)
        result["peak_memory_mb"] = server.peak_memory_mb()
    result["passed"] = result["error_count"] == 0
    return result


def restart_test(env, postgres, paths, seconds, clients=8):
    print(f"PostgreSQL restart under load: {clients} clients for {seconds} s", flush=True)
    with Gunicorn(env, workers=2) as server:
        server.warm(paths, rounds=1)
        outcome = {}

        def run_load():
            outcome["load"] = run_python_load(server.url, paths, clients, seconds, timeline=True)

        load = threading.Thread(target=run_load)
        began = time.monotonic()
        load.start()
        time.sleep(seconds / 3)
        restart_from = time.monotonic() - began
        postgres.restart()
        restart_to = time.monotonic() - began
        load.join()
        # Once more while the site is idle: no request sees the database go away, so only the check of kept
        # connections before each request (CONN_HEALTH_CHECKS) saves the first requests of each worker after it.
        postgres.restart()
        idle_statuses = [status_of(server.url + path) for path in paths[:12]]
    timeline = outcome["load"].pop("timeline")
    # The load process's offsets count from its own start; CLOCK_MONOTONIC is shared, so move them onto ours.
    shift = outcome["load"]["started_monotonic"] - began
    failed = [(t + shift, status) for t, _ms, status, _path in timeline if status == 0 or status >= 500]
    after = [(t + shift, status) for t, _ms, status, _path in timeline if t + shift > restart_to + GRACE_S]
    failed_after = [item for item in after if item[1] == 0 or item[1] >= 500]
    last_failure = max((t for t, _status in failed), default=None)
    return {
        **outcome["load"],
        "restart_s": [round(restart_from, 2), round(restart_to, 2)],
        "failed_requests": len(failed),
        "failed_outside_restart": sum(1 for t, _s in failed if not restart_from - 1 <= t <= restart_to + GRACE_S),
        "requests_after_recovery": len(after),
        "failed_after_recovery": len(failed_after),
        "last_failure_after_restart_s": round(last_failure - restart_to, 2) if last_failure is not None else None,
        "idle_restart_failures": sum(1 for status in idle_statuses if status == 0 or status >= 500),
        "passed": not failed_after and len(after) > 0 and all(0 < status < 500 for status in idle_statuses),
    }


def status_of(url):
    try:
        with urllib.request.urlopen(url, timeout=30) as response:
            return response.status
    except urllib.error.HTTPError as error:
        return error.code
    except OSError:
        return 0


def markdown(report):
    load, restart = report["load"], report["restart"]
    latency = load["latency_ms"]
    peaks = ", ".join(f"{mb} MB" for mb in load["peak_memory_mb"].values())
    lines = [
        f"# Soak ({report['when']}): demo catalogue on PostgreSQL 15, gunicorn 2 sync workers",
        "",
        "## Load",
        "",
        f"{'passed' if load['passed'] else 'FAILED'}: {load['connections']} clients for {load['duration_s']} s "
        f"({load['tool']}) over {report['urls']} URLs: {load['requests']} requests, {load['requests_per_s']} req/s, "
        f"errors {load['error_count']} ({load['errors']}).",
        "",
        "| p50 ms | p90 ms | p99 ms | max ms |",
        "|--:|--:|--:|--:|",
        f"| {latency['p50']} | {latency['p90']} | {latency['p99']} | {latency['max']} |",
        "",
        f"Peak memory per worker (VmHWM): {peaks}.",
        "",
        "## PostgreSQL restarted under load",
        "",
        f"{'passed' if restart['passed'] else 'FAILED'}: {restart['connections']} clients for "
        f"{restart['duration_s']} s, {restart['requests']} requests; `pg_ctl restart -m fast` from "
        f"{restart['restart_s'][0]} s to {restart['restart_s'][1]} s. Failed requests: {restart['failed_requests']} "
        f"(outside the restart window: {restart['failed_outside_restart']}); the last failed request started "
        f"{restart['last_failure_after_restart_s']} s after the restart had ended; after recovery "
        f"(+{GRACE_S:.0f} s): {restart['requests_after_recovery']} requests, {restart['failed_after_recovery']} "
        f"failed. p99 over the whole run: {restart['latency_ms']['p99']} ms. Restarted again while idle: "
        f"{restart['idle_restart_failures']} of the next 12 requests failed.",
        "",
    ]
    return "\n".join(lines)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seconds", type=int, default=120)
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--restart-seconds", type=int, default=45)
    args = parser.parse_args()
    RESULTS.mkdir(parents=True, exist_ok=True)
    with Postgres() as postgres:
        env = site_env(postgres.url)
        print(f"PostgreSQL on port {postgres.port}: migrate and load the demo", flush=True)
        manage(env, "migrate", "--no-input", "-v0")
        manage(env, "load_demo")
        paths = public_paths(env)
        report = {
            "when": datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%d %H:%M UTC"),
            "urls": len(paths),
            "load": load_test(env, paths, args.clients, args.seconds),
            "restart": restart_test(env, postgres, paths, args.restart_seconds),
        }
    text = markdown(report)
    stamp = datetime.datetime.now(datetime.UTC).strftime("%Y%m%d-%H%M")
    for name in (f"soak-{stamp}", "soak-latest"):
        (RESULTS / f"{name}.md").write_text(text)
        (RESULTS / f"{name}.json").write_text(json.dumps(report, indent=2))
    print()
    print(text)
    if not (report["load"]["passed"] and report["restart"]["passed"]):
        sys.exit(1)


if __name__ == "__main__":
    main()
