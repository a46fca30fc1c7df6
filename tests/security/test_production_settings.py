"""Production never runs with DEBUG on, and static files carry the same CSP as the pages.

Settings are read in a fresh process, as a server would read them, with the environment a careless deploy might
have (DEBUG=1 and friends).
"""

import json
import os
import secrets
import subprocess
import sys
from pathlib import Path

import pytest
from csp.utils import build_policy
from django.conf import settings

from core.csp import static_file_headers

ROOT = Path(__file__).resolve().parents[2]
CARELESS = {"DEBUG": "1", "DJANGO_DEBUG": "1", "DEBUG_PROPAGATE_EXCEPTIONS": "1"}
READ_SETTINGS = """
import json, os
%(setup)s
from django.conf import settings
print(json.dumps({"module": settings.SETTINGS_MODULE, "debug": settings.DEBUG,
                  "static_headers": getattr(settings, "WHITENOISE_ADD_HEADERS_FUNCTION", None).__qualname__}))
"""


def settings_in_a_new_process(setup, settings_module=None):
    env = {k: v for k, v in os.environ.items() if k not in ("DJANGO_SETTINGS_MODULE", "DATABASE_URL")}
    env |= {"SECRET_KEY": secrets.token_urlsafe(50), "ALLOWED_HOSTS": "leerlijn.halt.example", **CARELESS}
    if settings_module:
        env["DJANGO_SETTINGS_MODULE"] = settings_module
    result = subprocess.run(
        [sys.executable, "-c", READ_SETTINGS % {"setup": setup}],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_production_settings_keep_debug_off_whatever_the_environment_says():
    read = settings_in_a_new_process("import django; django.setup()", "config.settings.production")
    assert read == {"module": "config.settings.production", "debug": False, "static_headers": "static_file_headers"}


def test_a_wsgi_server_started_without_a_settings_module_runs_production():
    """gunicorn config.wsgi without DJANGO_SETTINGS_MODULE: production settings, not the development ones."""
    read = settings_in_a_new_process("import config.wsgi")
    assert read["module"] == "config.settings.production" and read["debug"] is False


@pytest.mark.django_db
def test_whitenoise_serves_static_files_with_the_public_policy(client, settings):
    """Whitenoise as production places it, finding the files in static/ (no collectstatic needed here)."""
    settings.MIDDLEWARE = [*settings.MIDDLEWARE[:1], "whitenoise.middleware.WhiteNoiseMiddleware"]
    settings.WHITENOISE_USE_FINDERS = True
    settings.WHITENOISE_AUTOREFRESH = True
    settings.WHITENOISE_ADD_HEADERS_FUNCTION = static_file_headers
    response = client.get("/static/css/site.css")
    assert response.status_code == 200 and response.streaming
    policy = response["Content-Security-Policy"]
    assert policy == build_policy(config=settings.CONTENT_SECURITY_POLICY["DIRECTIVES"])
    assert "default-src 'self'" in policy and "frame-ancestors 'none'" in policy
    response.close()


def test_the_policy_for_static_files_is_the_public_one():
    headers = {}
    static_file_headers(headers, "/srv/static/css/site.css", "/static/css/site.css")
    assert "script-src 'self'" in headers["Content-Security-Policy"]
    assert "unsafe-inline" not in headers["Content-Security-Policy"]
    assert settings.CONTENT_SECURITY_POLICY["DIRECTIVES"]["object-src"] == ["'none'"]
