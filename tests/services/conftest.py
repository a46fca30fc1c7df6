"""The production shape on this machine for the multi-server tests: PostgreSQL, Redis, two gunicorn app servers
(one worker each) and Varnish round-robin in front, all on 127.0.0.1 on free ports, stopped at the end of the module
even when a test fails (deploy/stack.py).

The app servers run the dev settings with debug off, as bench/ does: the production settings' manifest storage
would need a `collectstatic` first, and the tests read no static files.
"""

import http.cookiejar
import json
import re
import secrets
import subprocess
import sys
import urllib.error
import urllib.parse
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from contextlib import ExitStack
from dataclasses import dataclass, field

import pytest
from django.db import connection
from django.db.backends.base.creation import TEST_DATABASE_PREFIX

from bench.serve import Gunicorn
from deploy.stack import ROOT, Postgres, Redis, Varnish, app_env

HOST = "localhost"  # the seeded Site's hostname: Varnish stores and purges per Host


@dataclass
class Response:
    status: int
    headers: dict
    text: str


@dataclass
class Visitor:
    """A browser without JavaScript: its own cookies, the Site's Host header, no redirects followed blindly."""

    base_url: str
    jar: http.cookiejar.CookieJar = field(default_factory=http.cookiejar.CookieJar)

    def open(self, path, data=None, timeout=10):
        request = urllib.request.Request(
            self.base_url + path,
            data=urllib.parse.urlencode(data).encode() if data is not None else None,
            headers={"Host": HOST},
        )
        opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar))
        try:
            with opener.open(request, timeout=timeout) as response:
                return Response(response.status, dict(response.headers), response.read().decode())
        except urllib.error.HTTPError as error:
            return Response(error.code, dict(error.headers), error.read().decode(errors="replace"))

    def get(self, path):
        return self.open(path)

    def post_form(self, path, data):
        """GET the form for its CSRF token, then POST it."""
        form = self.get(path)
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', form.text)
        assert token, (path, form.status)
        return self.open(path, {"csrfmiddlewaretoken": token.group(1), **data})

    def log_in(self, path, username, password):
        response = self.post_form(path, {"username": username, "password": password})
        assert any(cookie.name == "sessionid" for cookie in self.jar), (path, response.status)
        return response


@dataclass
class Stack:
    postgres: Postgres
    redis: Redis
    varnish: Varnish
    servers: list
    seed: dict
    password: str


def stop_all(servers):
    with ThreadPoolExecutor() as pool:
        list(pool.map(lambda server: server.__exit__(None, None, None), servers))


def migrated_test_database(request):
    """In the PostgreSQL half of `make test` the test database is migrated already, and these tests run before the
    session's catalogue is committed (tests/conftest.py): its URL, for the stack to copy instead of migrating."""
    if connection.vendor != "postgresql":
        return None
    request.getfixturevalue("django_db_setup")  # sets up nothing when no selected test uses the database
    db = connection.settings_dict
    if not db["NAME"].startswith(TEST_DATABASE_PREFIX):
        return None  # only the multi-server tests were selected
    return f"postgresql://{db['USER']}@{db['HOST']}:{db['PORT']}/{db['NAME']}"


@pytest.fixture(scope="module")
def stack(request):
    password = secrets.token_urlsafe(16)
    with ExitStack() as context:
        postgres = context.enter_context(Postgres())
        redis = context.enter_context(Redis())
        varnish = Varnish([])  # its port is chosen now, so that the app servers can purge it
        plain = app_env(postgres.url, settings="config.settings.dev")
        postgres.migrate(plain, like=migrated_test_database(request))
        env = app_env(postgres.url, redis.url, varnish.url, settings="config.settings.dev", REDIS_RETRY_AFTER="1")
        servers = [Gunicorn(env, workers=1) for _ in range(2)]
        context.callback(stop_all, servers)  # on the way out, also when another part failed to start
        seed_command = [sys.executable, "-m", "tests.services.seed", password]
        with ThreadPoolExecutor() as pool:  # the app servers boot while the seed writes (each takes seconds)
            seeding = pool.submit(subprocess.run, seed_command, cwd=ROOT, env=plain, capture_output=True, text=True)
            for started in [pool.submit(server.__enter__) for server in servers]:
                started.result()
            seeded = seeding.result()
        assert seeded.returncode == 0, seeded.stderr[-3000:]
        varnish.backend_ports = [server.port for server in servers]
        context.enter_context(varnish)
        yield Stack(postgres, redis, varnish, servers, json.loads(seeded.stdout.splitlines()[-1]), password)
