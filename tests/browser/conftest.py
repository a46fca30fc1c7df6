"""Browser tests drive Debian's Chromium against a real server process serving the demo catalogue.

The server has its own SQLite file, so the browser sees exactly what `make run` serves, independent of the test
transactions of the other tests. In a whole run that file is the demo the `demo` checks loaded, saved when it
loaded (tests/conftest.py); run alone, the browser tests build it with `migrate` and `load_demo`.
"""

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from django.conf import settings

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/browser/" in str(item.fspath):
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    return {**browser_type_launch_args, "executable_path": "/usr/bin/chromium", "args": CHROMIUM_ARGS}


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="session")
def mail_dir(tmp_path_factory):
    """Where the demo server writes the e-mails it sends (Django's file backend), one file per message."""
    return tmp_path_factory.mktemp("mail")


@pytest.fixture(scope="session")
def site_database(tmp_path_factory):
    """The SQLite file the demo server reads (a test may add content to it with `manage.py shell`)."""
    return tmp_path_factory.mktemp("site") / "demo.sqlite3"


def demo_env(database, mail_dir=None):
    env = {
        **os.environ,
        "DATABASE_URL": f"sqlite:///{database}",
        "DJANGO_SETTINGS_MODULE": "tests.browser.server_settings",
        "MEDIA_ROOT": str(settings.MEDIA_ROOT),  # where the demo's images and worksheets were written
    }
    if mail_dir is not None:
        env |= {"EMAIL_BACKEND": "django.core.mail.backends.filebased.EmailBackend", "EMAIL_FILE_PATH": str(mail_dir)}
    env.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
    return env


MANAGE = [sys.executable, str(ROOT / "manage.py")]


@pytest.fixture(scope="session")
def site_url(site_database, mail_dir, demo_file):
    if demo_file.exists():  # the demo the `demo` checks loaded in this run
        shutil.copyfile(demo_file, site_database)
    else:
        env = demo_env(site_database)
        subprocess.run([*MANAGE, "migrate", "--no-input", "-v0"], env=env, check=True, cwd=ROOT)
        subprocess.run([*MANAGE, "load_demo"], env=env, check=True, cwd=ROOT, stdout=subprocess.DEVNULL)
    yield from serve(site_database, mail_dir)


def serve(database, mail_dir=None):
    """A development server on `database` until the generator is closed: yields its URL."""
    port = free_port()
    server = subprocess.Popen(
        [*MANAGE, "runserver", f"127.0.0.1:{port}", "--noreload"],
        env=demo_env(database, mail_dir),
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while True:
        try:
            urllib.request.urlopen(url + "/", timeout=2)
            break
        except OSError:
            if time.monotonic() > deadline or server.poll() is not None:
                server.kill()
                raise RuntimeError("The demo server did not start") from None
            time.sleep(0.3)
    try:
        yield url
    finally:
        server.terminate()
        server.wait(timeout=10)
