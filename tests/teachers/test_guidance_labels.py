"""A teacher sees a lesson's content-guidance labels before opening it: on the matrix, the theme page, the listing."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from curriculum.models import ContentGuidance
from tests.factories import published_lesson

pytestmark = pytest.mark.django_db

LABEL = '<span class="tag tag--guidance">{}</span>'


@pytest.fixture
def lessons(theme):
    weapons = ContentGuidance.objects.get(slug="wapens")
    violence = ContentGuidance.objects.get(slug="geweld")
    marked = published_lesson(
        theme, title="Wapens (VO onderbouw)", slug="wapens-vo", content_guidance=[weapons, violence]
    )
    plain = published_lesson(theme, band="mbo", title="Wapens (MBO)", slug="wapens-mbo")
    return marked, plain


@pytest.mark.parametrize("where", ["leerlijn", "theme", "listing"])
def test_the_labels_are_shown_with_the_lesson(client, site, lessons, where):
    url = {"leerlijn": site[1].url, "theme": lessons[0].get_parent().url, "listing": "/voorlichtingen/"}[where]
    html = client.get(url).content.decode()
    assert LABEL.format("Wapens") in html and LABEL.format("Geweld") in html
    assert html.count('class="tag tag--guidance"') == 2  # the lesson without labels shows none


def test_the_listing_reads_the_labels_of_a_results_page_in_one_query(client, theme):
    def listing_queries():
        with CaptureQueriesContext(connection) as captured:
            html = client.get("/voorlichtingen/").content.decode()
        return len(captured.captured_queries), html.count('class="tag tag--guidance"')

    labels = list(ContentGuidance.objects.all()[:2])
    published_lesson(theme, slug="les-0", content_guidance=labels)
    few = listing_queries()
    for number in range(1, 6):
        published_lesson(theme, slug=f"les-{number}", content_guidance=labels)
    assert listing_queries() == (few[0], 12)
