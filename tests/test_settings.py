"""Production settings refuse to start without their secrets, and say which variable is missing."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def start_production(**env):
    environment = {k: v for k, v in os.environ.items() if k not in ("SECRET_KEY", "ALLOWED_HOSTS", "DATABASE_URL")}
    environment |= {"DJANGO_SETTINGS_MODULE": "config.settings.production", **env}
    return subprocess.run(
        [sys.executable, "manage.py", "check"], cwd=ROOT, env=environment, capture_output=True, text=True, timeout=120
    )


def test_production_refuses_to_start_without_a_secret_key():
    result = start_production(ALLOWED_HOSTS="leerlijn.halt.example")
    assert result.returncode != 0
    assert "Set the environment variable SECRET_KEY" in result.stderr


def test_production_refuses_to_start_without_allowed_hosts():
    result = start_production(SECRET_KEY="x" * 50)
    assert result.returncode != 0
    assert "Set the environment variable ALLOWED_HOSTS" in result.stderr


def test_production_starts_with_both():
    result = start_production(SECRET_KEY="x" * 50, ALLOWED_HOSTS="leerlijn.halt.example")
    assert result.returncode == 0, result.stderr
