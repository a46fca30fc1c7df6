"""The production shape on one machine: PostgreSQL, Redis, N gunicorn app servers and Varnish in front.

Each part is a context manager that starts its server on 127.0.0.1 on a port that was free at run time and stops
it on exit, also when the block fails. `make serve` (`python -m deploy.stack`), the multi-server tests
(tests/services/) and `make bench` use the same parts. Debian's packages are installed when missing.

    python -m deploy.stack [--app-servers 2] [--workers 2] [--port 8080] [--data .serve]
"""

import argparse
import hashlib
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV_BIN = Path(sys.executable).parent
PG_BIN = Path("/usr/lib/postgresql/15/bin")
VCL = ROOT / "deploy" / "varnish" / "site.vcl"
SCHEMA_CACHE = ROOT / ".serve" / "schema"
AS_ROOT = os.geteuid() == 0


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def ensure_debian_package(command, package):
    """Install a Debian package when its command is missing (as `make chromium` does)."""
    if not (shutil.which(command) or Path(command).exists()):
        subprocess.run(f"apt-get update -qq && apt-get install -y -qq {package} >/dev/null", shell=True, check=True)


def wait_for(check, seconds, what):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if check():
            return
        time.sleep(0.1)
    raise RuntimeError(f"{what} did not come up within {seconds} s")


def port_open(port):
    with socket.socket() as sock:
        sock.settimeout(0.2)
        return sock.connect_ex(("127.0.0.1", port)) == 0


def stop_process(process, seconds=15):
    if process and process.poll() is None:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=seconds)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


class Postgres:
    """A PostgreSQL 15 cluster: throwaway in a temporary directory, or kept in `data_dir` between runs."""

    def __init__(self, data_dir=None):
        self.port = free_port()
        self.url = f"postgres://postgres@127.0.0.1:{self.port}/halt"
        self.keep = data_dir is not None
        self.dir = Path(data_dir) if data_dir else Path(tempfile.mkdtemp(prefix="halt-pg-"))
        self.owner = ["runuser", "-u", "postgres", "--"] if AS_ROOT else []  # initdb refuses root

    def pg(self, *args, check=True):
        return subprocess.run([*self.owner, *args], check=check, capture_output=True, text=True, timeout=120)

    def __enter__(self):
        ensure_debian_package(str(PG_BIN / "initdb"), "postgresql-15")
        self.dir.mkdir(parents=True, exist_ok=True)
        if self.owner:
            shutil.chown(self.dir, "postgres", "postgres")
        fresh = not (self.dir / "data" / "PG_VERSION").exists()
        if fresh:
            self.pg(
                str(PG_BIN / "initdb"),
                "-D",
                f"{self.dir}/data",
                "-U",
                "postgres",
                "-A",
                "trust",
                "-E",
                "UTF8",
                "--locale=C.UTF-8",
                "--no-sync",
            )
        fsync = "off" if not self.keep else "on"
        options = f"-c listen_addresses=127.0.0.1 -p {self.port} -k {self.dir} -c fsync={fsync}"
        try:
            self.pg(
                str(PG_BIN / "pg_ctl"), "-D", f"{self.dir}/data", "-l", f"{self.dir}/log", "-w", "-o", options, "start"
            )
            if fresh:
                self.pg(str(PG_BIN / "createdb"), "-h", "127.0.0.1", "-p", str(self.port), "-U", "postgres", "halt")
        except BaseException:
            self.__exit__()
            raise
        return self

    def migrate(self, env, like=None):
        """Migrate the empty database, or restore the schema a previous run left for the same migrations.

        Migrating on PostgreSQL takes most of a minute on two busy cores; the multi-server tests start from an
        empty database each run, so they keep the migrated schema (pg_dump) keyed by every migration file and
        uv.lock, in .serve/schema/. `like` is the URL of a database that this checkout's migrations just built and
        nothing else wrote to (the test database, in the PostgreSQL half of `make test`): it is copied instead.
        """
        digest = hashlib.sha256((ROOT / "uv.lock").read_bytes())
        for path in sorted(ROOT.glob("*/migrations/*.py")):
            digest.update(path.read_bytes())
        dump = SCHEMA_CACHE / f"{digest.hexdigest()[:16]}.sql"
        connect = ["-h", "127.0.0.1", "-p", str(self.port), "-U", "postgres", "-d", "halt"]
        if dump.exists():
            self.restore(dump)
            return
        if like:
            with tempfile.TemporaryDirectory() as folder:
                copy = Path(folder) / "migrated.sql"
                subprocess.run([str(PG_BIN / "pg_dump"), "--no-owner", "-f", str(copy), like], check=True, timeout=120)
                self.restore(copy)
            return
        manage(env, "migrate", "--no-input", "-v0")
        SCHEMA_CACHE.mkdir(parents=True, exist_ok=True)
        partial = dump.with_suffix(".partial")
        subprocess.run([str(PG_BIN / "pg_dump"), "--no-owner", *connect, "-f", str(partial)], check=True, timeout=120)
        partial.rename(dump)

    def restore(self, dump):
        connect = ["-h", "127.0.0.1", "-p", str(self.port), "-U", "postgres", "-d", "halt"]
        subprocess.run(
            [str(PG_BIN / "psql"), "-q", "-v", "ON_ERROR_STOP=1", *connect, "-f", str(dump)],
            check=True,
            capture_output=True,
            timeout=120,
        )

    def __exit__(self, *exc):
        self.pg(str(PG_BIN / "pg_ctl"), "-D", f"{self.dir}/data", "-m", "fast", "-w", "stop", check=False)
        if not self.keep:
            shutil.rmtree(self.dir, ignore_errors=True)


class Redis:
    """Debian's redis-server without persistence: a cache, never the only copy of anything."""

    def __init__(self):
        self.port = free_port()
        self.url = f"redis://127.0.0.1:{self.port}/0"
        self.process = None

    def start(self):
        ensure_debian_package("redis-server", "redis-server")
        command = [
            "redis-server",
            "--bind",
            "127.0.0.1",
            "--port",
            str(self.port),
            "--save",
            "",
            "--appendonly",
            "no",
            "--protected-mode",
            "yes",
            "--maxmemory",
            "128mb",
            "--maxmemory-policy",
            "allkeys-lru",
        ]
        self.process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        wait_for(lambda: port_open(self.port), 10, "redis-server")
        return self

    def stop(self):
        stop_process(self.process)

    def __enter__(self):
        return self.start()

    def __exit__(self, *exc):
        self.stop()


class Varnish:
    """Debian's varnishd with deploy/varnish/site.vcl, round-robin over the given app servers."""

    def __init__(self, backend_ports, memory="64m"):
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.backend_ports, self.memory = backend_ports, memory
        self.dir = Path(tempfile.mkdtemp(prefix="halt-varnish-"))
        self.process = None

    def backends_vcl(self):
        lines = ["import directors;", ""]
        lines += [
            "probe app_alive {",
            '    .url = "/robots.txt";',
            "    .interval = 1s;",
            "    .timeout = 2s;",
            "    .window = 2;",
            "    .threshold = 1;",
            "    .initial = 1;",
            "}",
            "",
        ]
        for n, port in enumerate(self.backend_ports):
            lines += [
                f"backend app{n} {{",
                '    .host = "127.0.0.1";',
                f'    .port = "{port}";',
                "    .probe = app_alive;",
                "    .first_byte_timeout = 60s;",
                "}",
            ]
        lines += ["", "sub vcl_init {", "    new app = directors.round_robin();"]
        lines += [f"    app.add_backend(app{n});" for n in range(len(self.backend_ports))]
        lines += ["}", ""]
        return "\n".join(lines)

    def start(self):
        ensure_debian_package("/usr/sbin/varnishd", "varnish")
        (self.dir / "backends.vcl").write_text(self.backends_vcl())
        command = [
            "/usr/sbin/varnishd",
            "-F",
            "-a",
            f"127.0.0.1:{self.port}",
            "-T",
            "none",
            "-f",
            str(VCL),
            "-p",
            f"vcl_path={self.dir}:{VCL.parent}",
            "-n",
            str(self.dir / "work"),
            "-s",
            f"malloc,{self.memory}",
        ]
        if AS_ROOT:
            command += ["-j", "none"]
        self.log = open(self.dir / "varnishd.log", "wb")  # noqa: SIM115 - closed in stop()
        self.process = subprocess.Popen(command, stdout=self.log, stderr=subprocess.STDOUT)
        try:
            wait_for(lambda: self.process.poll() is None and port_open(self.port), 30, "varnishd")
        except RuntimeError:
            self.stop()
            raise RuntimeError(f"varnishd did not start: {(self.dir / 'varnishd.log').read_text()[-2000:]}") from None
        return self

    def stop(self):
        stop_process(self.process)
        if self.process:
            self.log.close()

    def __enter__(self):
        return self.start()

    def __exit__(self, *exc):
        self.stop()
        shutil.rmtree(self.dir, ignore_errors=True)


def app_env(database_url, redis_url="", frontend_cache_url="", settings="config.settings.production", **extra):
    """The environment of an app server: production settings over plain HTTP on this machine."""
    env = {k: v for k, v in os.environ.items() if k != "DJANGO_ALLOW_ASYNC_UNSAFE"}
    env |= {
        "DJANGO_SETTINGS_MODULE": settings,
        "DEBUG": "0",
        "SECRET_KEY": os.environ.get("SECRET_KEY") or secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "SERVE_PLAIN_HTTP": "1",
        "DATABASE_URL": database_url,
        "REDIS_URL": redis_url,
        "FRONTEND_CACHE_URL": frontend_cache_url,
        "PYTHONPATH": str(ROOT),
    }
    return env | extra


def manage(env, *args):
    result = subprocess.run([sys.executable, "manage.py", *args], cwd=ROOT, env=env, capture_output=True, text=True)
    if result.returncode:
        raise RuntimeError(f"manage.py {' '.join(args)} failed:\n{result.stderr[-3000:]}")
    return result.stdout


def serve(app_servers, workers, port, data_dir):
    from contextlib import ExitStack

    from bench.serve import Gunicorn

    with ExitStack() as stack:
        postgres = stack.enter_context(Postgres(data_dir))
        redis = stack.enter_context(Redis())
        setup = app_env(postgres.url, redis.url)
        print(f"PostgreSQL op poort {postgres.port} ({postgres.dir}), Redis op poort {redis.port}", flush=True)
        manage(setup, "migrate", "--no-input", "-v0")
        manage(setup, "collectstatic", "--no-input", "-v0")
        print(manage(setup, "load_demo", "--if-empty").strip(), flush=True)
        # Varnish stores and purges per Host: the Site's address is the one visitors use (http://localhost:port/).
        site = f"from wagtail.models import Site; Site.objects.filter(is_default_site=True).update(port={port})"
        manage(setup, "shell", "-c", site)
        varnish = Varnish([], memory="256m")
        varnish.port, varnish.url = port, f"http://127.0.0.1:{port}"  # known before it starts: the apps purge it
        env = app_env(postgres.url, redis.url, varnish.url)
        servers = [stack.enter_context(Gunicorn(env, workers=workers)) for _ in range(app_servers)]
        varnish.backend_ports = [server.port for server in servers]
        stack.enter_context(varnish)
        print(f"{app_servers} app servers ({', '.join(s.url for s in servers)}), {workers} workers each", flush=True)
        print(f"Halt Leerlijn draait op http://localhost:{port}/ (Varnish). Stoppen: Ctrl-C", flush=True)
        try:
            while all(server.process.poll() is None for server in servers) and varnish.process.poll() is None:
                time.sleep(1)
        except KeyboardInterrupt:
            pass


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--app-servers", type=int, default=2)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--port", type=int, default=int(os.environ.get("PORT", "8080")))
    parser.add_argument("--data", default=str(ROOT / ".serve" / "postgres"), help="PostgreSQL's data (kept)")
    args = parser.parse_args()
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))  # stop everything on `kill` as on Ctrl-C
    serve(args.app_servers, args.workers, args.port, args.data)


if __name__ == "__main__":
    main()
