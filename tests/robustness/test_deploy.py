"""Deployment hygiene: Django's deploy checks pass with the production settings, and every response carries the
security headers (CSP with frame-ancestors, HSTS, Referrer-Policy, X-Content-Type-Options), cached pages too."""

import importlib
import json
import os
import secrets
import subprocess
import sys
from pathlib import Path

import pytest
from django.test import override_settings

ROOT = Path(__file__).resolve().parents[2]
HOST = "leerlijn.halt.example"
SECURITY_SETTINGS = [
    "MIDDLEWARE",
    "SECURE_PROXY_SSL_HEADER",
    "SECURE_SSL_REDIRECT",
    "SECURE_HSTS_SECONDS",
    "SECURE_HSTS_INCLUDE_SUBDOMAINS",
    "SECURE_HSTS_PRELOAD",
    "SECURE_REFERRER_POLICY",
    "SECURE_CONTENT_TYPE_NOSNIFF",
    "SESSION_COOKIE_SECURE",
    "CSRF_COOKIE_SECURE",
    "X_FRAME_OPTIONS",
    "CONTENT_SECURITY_POLICY",
    "CONTENT_SECURITY_POLICY_ADMIN",
]


def production_env(**extra):
    env = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "DJANGO_ALLOW_ASYNC_UNSAFE")}
    return env | {
        "DJANGO_SETTINGS_MODULE": "config.settings.production",
        "SECRET_KEY": secrets.token_urlsafe(64),
        "ALLOWED_HOSTS": HOST,
        **extra,
    }


def test_the_deploy_checks_pass_with_production_settings():
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=production_env(),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


HEADERS_SCRIPT = """
import json, django
django.setup()
from django.test import Client
client = Client(HTTP_HOST="%(host)s")
print(json.dumps({secure: dict(client.get("/robots.txt", secure=secure).headers) for secure in (True, False)}))
"""


@pytest.fixture(scope="module")
def production_headers():
    """Headers of /robots.txt (no database, no static files: neither exists here) over https and over http, from a
    process running the production settings exactly as they are."""
    result = subprocess.run(
        [sys.executable, "-c", HEADERS_SCRIPT % {"host": HOST}],
        cwd=ROOT,
        env=production_env(DATABASE_URL="sqlite:////nonexistent/unused.sqlite3"),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def assert_public_headers(headers):
    csp = headers["Content-Security-Policy"]
    assert "default-src 'self'" in csp and "script-src 'self'" in csp and "unsafe-inline" not in csp
    assert "frame-ancestors 'none'" in csp and "object-src 'none'" in csp
    assert headers["Strict-Transport-Security"] == "max-age=31536000; includeSubDomains; preload"
    assert headers["Referrer-Policy"] == "same-origin"
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert headers["X-Frame-Options"] == "DENY"


def test_production_responses_carry_the_security_headers(production_headers):
    assert_public_headers(production_headers["true"])


def test_plain_http_is_redirected_to_https(production_headers):
    assert production_headers["false"]["Location"] == f"https://{HOST}/robots.txt"


@pytest.fixture
def production_security(settings, monkeypatch):
    """The production module's security settings, applied to the test settings (and their test database)."""
    monkeypatch.setenv("SECRET_KEY", secrets.token_urlsafe(64))
    monkeypatch.setenv("ALLOWED_HOSTS", HOST)
    production = importlib.import_module("config.settings.production")
    with override_settings(
        **{name: getattr(production, name) for name in SECURITY_SETTINGS if hasattr(production, name)}
    ):
        yield


@pytest.mark.django_db
def test_pages_search_and_cached_pages_carry_them_too(client, public_urls, caches_on, production_security):
    for name in ("lesson", "leerlijn", "listing", "search"):
        for _visit in ("first", "again"):  # pages: a cache miss, then a hit
            response = client.get(public_urls[name], secure=True)
            assert response.status_code == 200
            assert_public_headers(response.headers)
    assert response.headers.get("X-Page-Cache") is None  # search is not a Wagtail page
    assert client.get(public_urls["lesson"], secure=True)["X-Page-Cache"] == "hit"


@pytest.mark.django_db
def test_the_admin_gets_its_own_looser_policy_and_may_frame_its_previews(client, production_security):
    response = client.get("/admin/login/", secure=True)
    csp = response["Content-Security-Policy"]
    assert "style-src 'self' 'unsafe-inline'" in csp and "frame-ancestors 'self'" in csp
    assert response["Strict-Transport-Security"] and response["X-Content-Type-Options"] == "nosniff"
