"""The lesson page's JSON-LD: no title, summary or goal can end the data block or hide the rest of the page.

Inside any <script>, the HTML parser watches for "</script", and after "<!--" for "<script" (the double-escaped
state, in which even "</script>" no longer ends the block). The page is read by html5lib, which follows the HTML
standard's parsing algorithm, and in Chromium.
"""

import json

import html5lib
import pytest

from tests.factories import published_lesson

pytestmark = pytest.mark.django_db

HOSTILE = [
    "Invloed van de groep <!--<script>",
    "Groepsdruk </script><script>alert('titel')</script>",
    "Online </SCRIPT  ><!-- en & of --> ]]> <b>vet</b>",
    "<!--<script></script>-->",
]
VISIBLE = "Wat doe jij als iedereen meedoet en jij twijfelt?"  # the central question, after the JSON-LD


@pytest.fixture(params=HOSTILE)
def hostile_lesson(request, theme):
    text = request.param
    return published_lesson(
        theme,
        title=text,
        slug="vijandige-titel",
        central_question=VISIBLE,
        summary=f"Samenvatting {text}",
        goal_kennis=f"Leerlingen weten {text}",
    )


def parsed(html):
    return html5lib.parse(html, namespaceHTMLElements=False)


def text_of(element):
    return "".join(element.itertext())


def test_the_data_block_holds_exactly_what_the_editor_wrote(client, hostile_lesson):
    document = parsed(client.get(hostile_lesson.url).content.decode())
    blocks = [s for s in document.iter("script") if s.get("type") == "application/ld+json"]
    assert len(blocks) == 1
    data = json.loads(blocks[0].text)
    assert data["name"] == hostile_lesson.title
    assert data["description"] == hostile_lesson.summary
    assert hostile_lesson.goal_kennis in data["teaches"]
    assert not any("alert(" in (script.text or "") for script in document.iter("script") if script is not blocks[0])


def test_the_rest_of_the_page_stays_in_the_body(client, hostile_lesson):
    document = parsed(client.get(hostile_lesson.url).content.decode())
    body = document.find("body")
    assert VISIBLE in text_of(body)
    assert body.find(".//footer") is not None  # the parser reached the end of the page as markup
    head_scripts = [text_of(script) for script in document.find("head").iter("script")]
    assert not any(VISIBLE in script for script in head_scripts)


@pytest.mark.browser
def test_chromium_shows_the_page_body(client, hostile_lesson, page, monkeypatch):
    """The served HTML, loaded into Chromium as it is (without its stylesheets): the body text is there."""
    html = client.get(hostile_lesson.url).content.decode()
    page.set_content(html, wait_until="domcontentloaded")
    assert VISIBLE in page.inner_text("body")
    data = json.loads(page.eval_on_selector('script[type="application/ld+json"]', "s => s.textContent"))
    assert data["name"] == hostile_lesson.title
