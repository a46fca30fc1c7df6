"""The footer's "Sitemap" is a page for people: every public page, grouped; /sitemap.xml stays for machines."""

import re
from html import unescape

import pytest
from wagtail.models import PageViewRestriction

from lessons.models import LessonPage

pytestmark = pytest.mark.django_db


def section(html, heading_id):
    """The HTML of one section of the sitemap, by its heading's id."""
    match = re.search(rf'<section aria-labelledby="{heading_id}">(.*?)</section>', html, re.S)
    assert match, heading_id
    return unescape(match.group(1))


def test_the_footer_links_the_page_not_the_xml(client, catalogue):
    html = client.get("/").content.decode()
    footer = html[html.index('<footer class="site-footer">') :]
    assert '<a href="/sitemap/">Sitemap</a>' in footer
    assert "sitemap.xml" not in footer
    assert client.get("/sitemap.xml").status_code == 200


def test_every_public_page_in_its_section(client, catalogue):
    response = client.get("/sitemap/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/html")
    html = response.content.decode()
    leerlijn = section(html, "sitemap-leerlijn")
    assert f'href="{catalogue.leerlijn.url}"' in leerlijn
    # a theme, with its lessons in a list of its own
    theme_item = re.search(rf'<li><a href="{catalogue.theme.url}">.*?</ul>', leerlijn, re.S).group(0)
    for lesson in (catalogue.lesson, catalogue.lesson_mbo):
        assert f'<a href="{lesson.url}">{lesson.title}</a>' in theme_item
    assert catalogue.other_lesson.url not in theme_item and catalogue.other_lesson.url in leerlijn
    assert f'href="{catalogue.parent_guide.url}"' in section(html, "sitemap-ouders")
    assert f'href="{catalogue.parent_guide.url}"' not in leerlijn
    assert f'href="{catalogue.professional_guide.url}"' in section(html, "sitemap-professionals")
    assert f'href="{catalogue.standard_page.url}"' in section(html, "sitemap-informatie")
    assert 'href="/voorlichtingen/"' in section(html, "sitemap-zoeken")


def test_private_and_unpublished_pages_stay_out(client, catalogue):
    PageViewRestriction.objects.create(page=catalogue.theme, restriction_type=PageViewRestriction.LOGIN)
    LessonPage.objects.filter(pk=catalogue.other_lesson.pk).update(live=False)
    html = client.get("/sitemap/").content.decode()
    hidden = [catalogue.theme, catalogue.lesson, catalogue.lesson_mbo, catalogue.parent_guide, catalogue.other_lesson]
    for page in hidden:
        assert f'href="{page.url}"' not in html, page.title
    assert f'href="{catalogue.other_theme.url}"' in html
