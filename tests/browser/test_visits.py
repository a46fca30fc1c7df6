"""A class visit end to end in Chromium: a medewerker plans it, the last slide shows its QR, the QR decodes to the
visit's page, a pupil answers the check on a phone, and the roll-up report counts the answer."""

import datetime
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from playwright.sync_api import expect

from tests.browser.accessibility import assert_accessible
from tests.browser.conftest import ROOT

LESSON_URL = "/leerlijn/geldezels/geldezels-vo-onderbouw/"
REPORT_URL = "/admin/reports/klasbezoeken/?per=gemeente"


@pytest.fixture(scope="module")
def demo_visits(site_url, tmp_path_factory):
    """The demo visits in the server's database (next to the demo catalogue the site_url fixture loaded)."""
    database = next(Path(tmp_path_factory.getbasetemp()).glob("site*/demo.sqlite3"))
    env = {**os.environ, "DATABASE_URL": f"sqlite:///{database}", "DJANGO_SETTINGS_MODULE": "config.settings.dev"}
    env.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
    subprocess.run([sys.executable, str(ROOT / "manage.py"), "load_demo_visits"], env=env, check=True, cwd=ROOT)
    return site_url


def total_answers(page, site_url):
    page.goto(site_url + REPORT_URL)
    first_row = page.locator("table.listing tbody tr").first
    expect(first_row).to_contain_text("Alle bezoeken")
    return int(first_row.locator("td").nth(3).inner_text().replace(".", "").strip())


def test_plan_present_scan_answer_and_count(browser, demo_visits, tmp_path):
    site_url = demo_visits
    admin = browser.new_context().new_page()
    admin.goto(site_url + "/admin/login/")
    admin.fill("#id_username", "admin")
    admin.fill("#id_password", "halt-demo")
    admin.keyboard.press("Enter")
    admin.wait_for_url(re.compile(r".*/admin/$"))
    before = total_answers(admin, site_url)

    # A medewerker logs in and lands on Mijn bezoeken, then plans a visit from Voorbereiden.
    staff = browser.new_context().new_page()
    staff.goto(site_url + "/inloggen/")
    staff.get_by_label("Gebruikersnaam").fill("medewerker")
    staff.get_by_label("Wachtwoord").fill("halt-demo")
    staff.locator(".login-form").get_by_role("button", name="Inloggen").click()
    expect(staff).to_have_url(site_url + "/bezoeken/")
    expect(staff.get_by_role("heading", name="Mijn bezoeken")).to_be_visible()
    staff.goto(site_url + LESSON_URL + "voorbereiden/")
    staff.get_by_role("link", name="Bezoek plannen").click()
    staff.get_by_label("Datum").fill(datetime.date.today().isoformat())
    staff.get_by_label("Gemeente").select_option(label="Utrecht")
    staff.get_by_label("School of organisatie").fill("OBS De Klimop")
    staff.get_by_label("Omgeving").select_option(label="School")
    staff.get_by_label("Aantal leerlingen").fill("26")
    staff.get_by_role("button", name="Bezoek plannen").click()
    expect(staff).to_have_url(site_url + "/bezoeken/")
    message = staff.locator(".notice[role=status]").inner_text()
    code = re.search(r"HALT-[A-Z0-9]{4}-[A-Z0-9]{2}", message).group()

    # The last slide shows the QR; the QR decodes to the visit's page.
    staff.locator("tr", has_text=code).get_by_role("link", name="Presenteren").click()
    counter = staff.locator("[data-counter]")
    expect(counter).to_contain_text("Dia 1 van")
    staff.keyboard.press("End")
    expect(counter).to_have_text(re.compile(r"Dia (\d+) van \1$"))
    qr = staff.locator(".slide:last-child [data-visit-qr] img")
    expect(qr).to_be_visible()
    assert qr.evaluate("img => img.naturalWidth") > 0
    png = tmp_path / "qr.png"
    png.write_bytes(staff.request.get(site_url + f"/klas/{code}/qr.png").body())
    decoded = subprocess.run(["zbarimg", "--raw", "-q", str(png)], capture_output=True, text=True, check=True)
    assert decoded.stdout.strip() == f"{site_url}/klas/{code}/"

    # An anonymous pupil on a phone answers the check; nothing is stored on the phone.
    context = browser.new_context(viewport={"width": 375, "height": 740}, device_scale_factor=2, is_mobile=True)
    phone = context.new_page()
    phone.goto(decoded.stdout.strip())
    expect(phone.get_by_role("heading", level=1)).to_contain_text("Geldezels")
    assert_accessible(phone)
    phone.get_by_role("link", name="Naar de vragen").click()
    assert phone.evaluate("document.documentElement.scrollWidth") <= 375
    assert_accessible(phone)
    for fieldset, value in zip(phone.locator("fieldset.scale").all(), ["4", "3", "5"], strict=True):
        fieldset.locator(f"input[value='{value}']").check()
    phone.get_by_role("button", name="Versturen").click()
    expect(phone.get_by_role("heading", name="Bedankt!")).to_be_visible()
    assert_accessible(phone)
    assert context.cookies() == []
    context.close()

    assert total_answers(admin, site_url) == before + 1
