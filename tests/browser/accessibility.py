"""The accessibility check of the browser tests: axe-core with the WCAG 2.1 AA rules that public pages meet."""

from axe_playwright_python.sync_playwright import Axe

WCAG_21_AA = {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}}


def assert_accessible(page):
    """No WCAG 2.1 AA violation on what `page` shows now; the failure lists them."""
    results = Axe().run(page, options=WCAG_21_AA)
    assert results.violations_count == 0, results.generate_report()
