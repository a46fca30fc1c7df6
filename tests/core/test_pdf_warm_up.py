"""WeasyPrint is warmed in each gunicorn worker (gunicorn.conf.py → core/pdf.py), never elsewhere."""

import runpy
import subprocess
import sys
from pathlib import Path

import pytest

from core import pdf

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def hooks(monkeypatch):
    started = []
    monkeypatch.setattr(pdf, "warm_up_in_background", lambda: started.append(True))
    return runpy.run_path(str(ROOT / "gunicorn.conf.py")), started


def test_each_gunicorn_worker_warms_the_pdf_renderer(hooks, monkeypatch):
    config, started = hooks
    monkeypatch.delenv("PDF_WARM_UP", raising=False)
    config["post_worker_init"](worker=None)
    assert started == [True]


def test_the_warm_up_can_be_switched_off(hooks, monkeypatch):
    config, started = hooks
    monkeypatch.setenv("PDF_WARM_UP", "0")
    config["post_worker_init"](worker=None)
    assert started == []


def test_the_warm_up_renders_a_pdf_in_a_thread(caplog):
    with caplog.at_level("INFO", logger="core.pdf"):
        thread = pdf.warm_up_in_background()
        thread.join(timeout=60)
    assert not thread.is_alive()
    assert "PDF warm-up done" in caplog.text
    assert "weasyprint" in sys.modules


def test_management_commands_do_not_load_the_pdf_renderer():
    """Only gunicorn's hook warms: `manage.py check` (and with it every command and test run) stays light."""
    code = "import django, sys; django.setup(); from django.core.management import call_command; "
    code += "call_command('check', verbosity=0); print('weasyprint' in sys.modules)"
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env={"DJANGO_SETTINGS_MODULE": "config.settings.test", "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.stdout.strip().splitlines()[-1] == "False", result.stderr
