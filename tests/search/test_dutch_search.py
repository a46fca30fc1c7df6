"""Search that understands Dutch on both databases: stop words, stems, everyday words in suggestions, and a clear
answer when nothing is found."""

from dataclasses import replace

import pytest
from bs4 import BeautifulSoup
from wagtail.models import Page, Site

from core.dutch import meaningful_words, stems_of
from curriculum.models import ThemePage
from search.views import BROWSE
from tests.factories import LeerlijnPageFactory, LessonPageFactory, ThemePageFactory
from tests.fixtures.module_data import kept_for_the_module

pytestmark = pytest.mark.django_db


HOST = "zoeken.test"


@pytest.fixture
def client(client):
    """Requests for a site of the test's own, so that nothing else in the database (such as a loaded demo) counts."""
    client.defaults["HTTP_HOST"] = HOST
    return client


@pytest.fixture(scope="module")
def stored_catalogue(django_db_setup, django_db_blocker):
    """Two themes with a lesson each on a site of their own, built once for this module's tests."""
    with kept_for_the_module(django_db_blocker):
        yield build_catalogue()


@pytest.fixture
def catalogue(stored_catalogue, db):
    """The leerlijn, read again for this test; what the test changes is rolled back after it."""
    return type(stored_catalogue).objects.get(pk=stored_catalogue.pk)


def build_catalogue():
    root = Page.get_first_root_node().add_child(instance=Page(title="Zoeksite", slug="zoeksite"))
    Site.objects.create(hostname=HOST, root_page=root)
    leerlijn = LeerlijnPageFactory(parent=root)
    online = ThemePageFactory(
        parent=leerlijn, title="Gedrag online", slug="gedrag-online", everyday_terms="nudes, appgroep, sexting"
    )
    money = ThemePageFactory(parent=leerlijn, title="Geldezels", slug="geldezels", everyday_terms="money mule")
    LessonPageFactory(parent=online, title="Online gedrag (VO)", summary="Hoe je gedrag online anderen raakt.")
    LessonPageFactory(parent=money, title="Je bankpas uitlenen", summary="Wat er gebeurt als je je pas uitleent.")
    return leerlijn


def page(response):
    return BeautifulSoup(response.content, "html.parser")


def titles(response):
    return [link.get_text(strip=True) for link in page(response).select(".result h3 a")]


def test_an_inflected_word_finds_its_stem(client, catalogue):
    """ "gedragen" is not in any text; its stem "gedrag" is (PostgreSQL's dutch config, or our stems on SQLite)."""
    assert "Online gedrag (VO)" in titles(client.get("/zoeken/", {"q": "gedragen"}))


def test_a_plural_finds_the_singular_in_a_title(client, catalogue):
    found = titles(client.get("/zoeken/", {"q": "geldezel"}))
    assert found and found[0] == "Geldezels"


def test_a_stop_word_does_not_make_every_page_match(client, catalogue):
    """Before: "de xyzzy" found nothing with all words, then everything with any word ("de" is everywhere)."""
    assert titles(client.get("/zoeken/", {"q": "de xyzzy"})) == []
    assert titles(client.get("/zoeken/", {"q": "de bankpas"})) == ["Je bankpas uitlenen"]


def test_a_query_of_stop_words_only_says_why_it_finds_nothing(client, catalogue):
    response = client.get("/zoeken/", {"q": "de het"})
    assert titles(response) == []
    assert "Op ‘de het’ alleen kunnen we niet zoeken" in response.content.decode()


def test_the_start_of_an_everyday_word_suggests_its_theme_and_its_lessons(client, catalogue):
    suggestions = client.get("/zoeken/suggesties/", {"q": "nud"}).json()["results"]
    assert sorted(item["title"] for item in suggestions) == ["Gedrag online", "Online gedrag (VO)"]


def test_nothing_found_says_so_at_once_with_ways_on_and_no_facets_at_zero(client, catalogue):
    html = page(client.get("/zoeken/", {"q": "xyzzy", "leeftijd": "mbo"}))
    assert html.select_one("form.facets") is None  # no wall of "(0)" filters before the answer
    empty = html.select_one(".no-results")
    assert "We vonden niets voor ‘xyzzy’ met deze filters" in empty.get_text(" ", strip=True)
    links = {link.get_text(strip=True): link["href"] for link in empty.select("a")}
    assert links["Zoek opnieuw zonder filters"] == "/zoeken/?q=xyzzy"
    assert links["Geldezels"] == "/voorlichtingen/?thema=geldezels"


def test_the_result_count_is_a_live_region_inside_a_plain_heading(client, catalogue):
    """role="status" is not allowed on a heading; a span inside it is."""
    html = page(client.get("/zoeken/", {"q": "geldezels"}))
    heading = html.select_one("#resultaten")
    assert heading.name == "h2" and not heading.has_attr("role")
    assert heading.select_one("[role=status]").get_text(strip=True).startswith("1 resultaat voor")


def test_results_come_before_the_unfolded_filters_in_a_closed_toggle(client, catalogue):
    html = page(client.get("/voorlichtingen/"))
    fold = html.select_one("details.facets-fold")
    assert not fold.has_attr("open") and fold.select_one("summary").get_text(strip=True) == "Filters"
    assert fold.select_one("form.facets") is not None


@pytest.mark.parametrize(
    ("query", "words"),
    [("de wapens en het geweld", ["wapens", "geweld"]), ("De Het", []), ("groepsdruk", ["groepsdruk"])],
)
def test_meaningful_words_drop_dutch_stop_words(query, words):
    assert meaningful_words(query) == words


def test_stems_are_what_the_text_lacks():
    assert stems_of("Gedragen wapens en geldezels") == "gedrag geldezel wapen"


def test_a_word_of_four_letters_or_more_finds_the_compounds_it_starts(client, catalogue):
    """Dutch writes compounds as one word: "cyber" is in "cybercriminaliteit", "wapen" in "wapenbezit"."""
    cyber = ThemePageFactory(parent=catalogue, title="Online fraude en cybercriminaliteit", slug="cyber")
    LessonPageFactory(parent=cyber, title="Wapenbezit (VO)", summary="Wat de wet zegt over een mes op zak.")
    assert titles(client.get("/zoeken/", {"q": "cyber"})) == ["Online fraude en cybercriminaliteit"]
    assert titles(client.get("/zoeken/", {"q": "wapen"})) == ["Wapenbezit (VO)"]
    assert titles(client.get("/zoeken/", {"q": "wap"})) == []  # three letters would find too much


def test_lessons_are_found_by_the_everyday_words_of_their_theme(client, catalogue):
    """The home page suggests "nudes": that word is on the theme, and its lessons are about it too."""
    assert titles(client.get("/zoeken/", {"q": "nudes"})) == ["Gedrag online", "Online gedrag (VO)"]
    assert sorted(titles(client.get("/zoeken/", {"q": "mule"}))) == ["Geldezels", "Je bankpas uitlenen"]


def test_a_query_of_stop_words_only_gets_one_message(client, catalogue):
    html = page(client.get("/zoeken/", {"q": "de"}))
    assert "Op ‘de’ alleen kunnen we niet zoeken" in html.get_text()
    assert "We vonden niets" not in html.get_text()
    assert "Probeer een ander of korter woord" not in html.get_text()


def test_new_everyday_words_of_a_published_theme_find_its_lessons(client, catalogue):
    theme = ThemePage.objects.descendant_of(catalogue).get(slug="geldezels")
    theme.everyday_terms = "money mule, katvanger"
    theme.save_revision().publish()
    assert titles(client.get("/zoeken/", {"q": "katvanger"})) == ["Geldezels", "Je bankpas uitlenen"]


def test_nothing_found_keeps_each_chosen_filter_removable_after_the_message(client, catalogue):
    """Review #28: with zero results a visitor could only start over; now each filter comes off on its own."""
    html = page(client.get("/voorlichtingen/", {"doelgroep": "ouders", "thema": "geldezels"}))
    empty = html.select_one(".no-results")
    assert empty.find("p").get_text(strip=True) == "Geen voorlichtingen gevonden met deze filters."
    removals = {link.get_text(" ", strip=True): link["href"] for link in empty.select(".active-filters a")}
    assert removals == {
        "Thema: Geldezels × (filter weghalen)": "/voorlichtingen/?doelgroep=ouders",
        "Doelgroep: Ouders × (filter weghalen)": "/voorlichtingen/?thema=geldezels",
    }
    assert "Je bankpas uitlenen" in titles(client.get(removals["Doelgroep: Ouders × (filter weghalen)"]))


def test_a_search_with_filters_shows_them_removable_and_keeps_the_query(client, catalogue):
    html = page(client.get("/zoeken/", {"q": "bankpas", "thema": "geldezels"}))
    removals = [link["href"] for link in html.select(".results .active-filters a")]
    assert removals == ["/zoeken/?q=bankpas"]


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ({"thema": "bestaatniet"}, "Thema ‘bestaatniet’ bestaat niet; we tonen alle thema's."),
        ({"thema": ["bestaatniet", "geldezels"]}, "Thema ‘bestaatniet’ bestaat niet; we tonen alleen Geldezels."),
        ({"doel": "vliegen"}, "Lesdoel ‘vliegen’ bestaat niet; we tonen alle lesdoelen."),
    ],
)
def test_an_unknown_filter_value_is_named_with_what_is_shown_instead(client, catalogue, query, message):
    """Review #29: the visitor reads what was ignored; the same listing without the notice for the next visitor."""
    assert message in page(client.get("/voorlichtingen/", query)).get_text()
    assert "bestaat niet" not in page(client.get("/voorlichtingen/")).get_text()


@pytest.mark.parametrize("parameter", ["pagina", "page"])
def test_a_page_past_the_last_is_a_404_with_a_link_to_the_last(client, catalogue, monkeypatch, parameter):
    """Review #29: a 404 tells search engines and link checkers the page is gone; the link lets a visitor go on."""
    monkeypatch.setattr("search.views.BROWSE", replace(BROWSE, per_page=1))  # two lessons: two pages
    response = client.get("/voorlichtingen/", {"doelgroep": "jongeren", parameter: "999"})
    assert response.status_code == 404
    html = page(response)
    assert "Pagina 999 bestaat niet" in html.get_text() and "Er zijn 2 pagina's met resultaten." in html.get_text()
    link = html.select_one(".no-results a")
    assert (link.get_text(strip=True), link["href"]) == ("Naar de laatste pagina (2)", "?doelgroep=jongeren&pagina=2")
    last = client.get("/voorlichtingen/" + link["href"])
    assert last.status_code == 200 and len(titles(last)) == 1
    assert client.get("/voorlichtingen/", {parameter: "0"}).status_code == 404


@pytest.mark.parametrize("malformed", ["abc", "-1", "2.5", "9" * 40, "\x00"])
def test_a_malformed_page_number_quietly_shows_the_first_page(client, catalogue, malformed):
    response = client.get("/voorlichtingen/", {"pagina": malformed})
    assert response.status_code == 200 and titles(response)
