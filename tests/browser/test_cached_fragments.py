"""What people see of the compacted, cached fragments: the leerlijn matrix (spaceless, ASCII with character
references) and the listing served from its cache for a question asked in another order."""

import re

from tests.browser.accessibility import assert_accessible


def test_the_matrix_from_its_fragment_reads_as_before(page, site_url):
    for _visit in range(2):  # the second from the fragment cache
        page.goto(site_url + "/leerlijn/")
    link = page.locator("a.matrix__lesson[href$='/geldezels/geldezels-vo-onderbouw/']").first
    name = link.aria_snapshot()  # the link's accessible name, as Chromium computes it for a screen reader
    assert "Geldezels" in name, name
    # No words glued together where the indentation between the parts was taken out.
    assert not re.search(r"[a-z)](Proactief|Reactief|Nadruk|Kennis|Bewustwording|Handelingsperspectief)", name), name
    headers = page.locator(".matrix thead").inner_text()
    assert re.search(r"\d+–\d+ jaar", headers), headers  # &#8211; in the cache, an en dash on the screen
    assert_accessible(page)


def test_the_same_filters_in_another_order_show_the_same_listing(page, site_url):
    page.goto(site_url + "/voorlichtingen/?leeftijd=mbo&setting=school")
    first = page.locator(".listing").inner_text()
    page.goto(site_url + "/voorlichtingen/?setting=school&leeftijd=mbo&leeftijd=onbekend")
    assert page.locator(".listing").inner_text() == first
    assert "onbekend" in page.locator(".notice").inner_text()
    assert page.get_by_label("MBO").is_checked()
    assert_accessible(page)
