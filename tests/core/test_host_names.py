"""Workflow e-mails and the sitemap name the real host, not 127.0.0.1:8000 or localhost."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core import mail
from django.urls import reverse

from lessons.governance import REDACTIE
from tests.factories import LessonPageFactory, account, governed_theme
from tests.lessons.edit_forms import edit_form_data

ROOT = Path(__file__).resolve().parent.parent.parent


def production_base_url(**env):
    environment = {k: v for k, v in os.environ.items() if k not in ("WAGTAILADMIN_BASE_URL", "DATABASE_URL")}
    environment |= {"DJANGO_SETTINGS_MODULE": "config.settings.production", "SECRET_KEY": "x" * 50, **env}
    code = "from django.conf import settings; print(settings.WAGTAILADMIN_BASE_URL)"
    return subprocess.run(
        [sys.executable, "-c", f"import django; django.setup(); {code}"],
        cwd=ROOT, env=environment, capture_output=True, text=True, timeout=120,
    )  # fmt: skip


def test_production_takes_the_base_url_from_the_environment():
    result = production_base_url(
        ALLOWED_HOSTS="leerlijn.halt.example", WAGTAILADMIN_BASE_URL="https://redactie.halt.nl/"
    )
    assert result.stdout.strip() == "https://redactie.halt.nl", result.stderr


def test_production_without_a_base_url_uses_the_served_host():
    result = production_base_url(ALLOWED_HOSTS="leerlijn.halt.example,www.halt.example")
    assert result.stdout.strip() == "https://leerlijn.halt.example", result.stderr


def test_production_refuses_to_guess_from_a_wildcard():
    result = production_base_url(ALLOWED_HOSTS="*")
    assert result.returncode != 0 and "WAGTAILADMIN_BASE_URL" in result.stderr


@pytest.mark.django_db
def test_review_e_mails_link_to_the_configured_host(client, settings):
    settings.WAGTAILADMIN_BASE_URL = "https://leerlijn.halt.example"
    lesson = LessonPageFactory(parent=governed_theme())
    account("collega", REDACTIE)  # the first step goes to a colleague of the submitter
    client.force_login(account("redacteur", REDACTIE))
    mail.outbox.clear()
    client.post(reverse("wagtailadmin_pages:edit", args=[lesson.pk]), edit_form_data(lesson, action="action-submit"))
    bodies = [message.body for message in mail.outbox]
    assert bodies and all("https://leerlijn.halt.example/admin/pages/" in body for body in bodies)
    assert not any("127.0.0.1" in body or "localhost" in body for body in bodies)


@pytest.mark.django_db
def test_the_sitemap_names_the_requested_host(client):
    lesson = LessonPageFactory(parent=governed_theme())
    xml = client.get("/sitemap.xml", HTTP_HOST="leerlijn.halt.example", secure=True).content.decode()
    assert f"<loc>https://leerlijn.halt.example{lesson.get_url()}</loc>" in xml
    assert "localhost" not in xml
