"""Write PNGs of the key public pages at desktop and phone widths, for reviewers and the README.

Usage: python scripts/screenshots.py [BASE_URL] [OUT_DIR]; with no BASE_URL it builds a demo database and
serves it itself.
"""

import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parent.parent
PAGES = {
    "home": "/",
    "leerlijn": "/leerlijn/",
    "thema-geldezels": "/leerlijn/geldezels/",
    "les-geldezels-vo-onderbouw": "/leerlijn/geldezels/geldezels-vo-onderbouw/",
    "gesprekshulp-invloed-van-de-groep": "/leerlijn/invloed-van-de-groep/ouders/",
    "alle-voorlichtingen": "/voorlichtingen/",
    "zoeken-geld": "/zoeken/?q=geld",
}
WIDTHS = {"desktop": (1280, 900), "telefoon": (375, 740)}
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"]


def serve_demo():
    database = Path(tempfile.mkdtemp()) / "screenshots.sqlite3"
    env = {**os.environ, "DATABASE_URL": f"sqlite:///{database}", "DJANGO_SETTINGS_MODULE": "config.settings.dev"}
    manage = [sys.executable, str(ROOT / "manage.py")]
    subprocess.run([*manage, "migrate", "--no-input", "-v0"], env=env, check=True)
    subprocess.run([*manage, "load_demo"], env=env, check=True, stdout=subprocess.DEVNULL)
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    server = subprocess.Popen(
        [*manage, "runserver", f"127.0.0.1:{port}", "--noreload"], env=env, stderr=subprocess.DEVNULL
    )
    url = f"http://127.0.0.1:{port}"
    for _attempt in range(100):
        try:
            urllib.request.urlopen(url, timeout=2)
            return url, server
        except OSError:
            time.sleep(0.3)
    server.kill()
    raise SystemExit("The demo server did not start.")


def main():
    base = sys.argv[1] if len(sys.argv) > 1 else None
    out = Path(sys.argv[2] if len(sys.argv) > 2 else ROOT / "screenshots")
    out.mkdir(parents=True, exist_ok=True)
    server = None
    if not base:
        base, server = serve_demo()
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
            for width_name, (width, height) in WIDTHS.items():
                page = browser.new_page(viewport={"width": width, "height": height})
                for name, path in PAGES.items():
                    page.goto(base + path)
                    target = out / f"{name}-{width_name}.png"
                    page.screenshot(path=str(target), full_page=True)
                    print(target.relative_to(ROOT) if target.is_relative_to(ROOT) else target)
            browser.close()
    finally:
        if server:
            server.terminate()


if __name__ == "__main__":
    main()
