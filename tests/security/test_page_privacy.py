"""Page privacy (Wagtail's view restrictions) holds on every public channel, not only on the page itself.

An editor restricts a lesson to the Halt-medewerker group, and a whole theme to logged-in users. Their titles,
central questions and summaries must then reach no anonymous visitor: not through the home page, the leerlijn
matrix, a theme page, the listing and its filters, search and its filters, suggestions, the sitemap, a parent
guide that accompanies the lesson (page and PDF), or a cached page built before the restriction was set.
"""

import io
import re

import pytest
from django.http import QueryDict
from pypdf import PdfReader
from wagtail.models import PageViewRestriction

from curriculum.facets import ListingFilters
from search.faceted import CatalogueFacetedSearch, elasticsearch_search
from tests.factories import ParentGuidePageFactory, ThemePageFactory, publish, published_lesson
from tests.security.conftest import restrict_to_staff

pytestmark = pytest.mark.django_db

HIDDEN = re.compile(r"kraanvogel|zwaan|zwanen", re.IGNORECASE)  # every restricted title, question and summary


@pytest.fixture
def private(theme, open_lesson, guides, site):
    """A restricted lesson beside a public one, and a restricted theme with a lesson of its own."""
    hidden = published_lesson(
        theme,
        title="Kraanvogelles (VO onderbouw)",
        slug="kraanvogelles",
        central_question="Kraanvogelvraag: wat doe je als de groep filmt?",
        summary="Kraanvogelsamenvatting voor de leerkracht.",
    )
    restrict_to_staff(hidden)

    private_theme = publish(ThemePageFactory(parent=site[1], title="Zwanenthema", slug="zwanenthema"))
    published_lesson(private_theme, title="Zwanenles (VO onderbouw)", slug="zwanenles", summary="Over zwanen.")
    private_guide = publish(ParentGuidePageFactory(parent=private_theme, title="Zwanengids", slug="zwanengids"))
    PageViewRestriction.objects.create(page=private_theme, restriction_type=PageViewRestriction.LOGIN)
    guide = publish(ParentGuidePageFactory(parent=theme, title="Gesprekshulp bij de les", slug="gesprekshulp"))
    guide.accompanies.set([open_lesson, hidden])
    guide = publish(guide)
    return {"lesson": hidden, "theme": private_theme, "guide": guide, "private_guide": private_guide}


def public_urls(theme, open_lesson, guide, leerlijn):
    """Every public view, with each listing and search filter the hidden lesson would match."""
    filters = ["thema=invloed-van-de-groep", "leeftijd=vo-onderbouw", "setting=school"]
    filters += ["doelgroep=jongeren", "inzet=proactief", "doel=kennis", "soort=voorlichting"]
    return [
        "/",
        leerlijn.url,
        leerlijn.url + "?setting=school",
        theme.url,
        open_lesson.url,
        guide.url,
        guide.pdf_url,
        "/voorlichtingen/",
        *[f"/voorlichtingen/?{query}" for query in filters],
        "/zoeken/",
        "/zoeken/?q=kraanvogelles",
        "/zoeken/?q=kraanvogelvraag",
        "/zoeken/?q=zwanenles",
        "/zoeken/?q=les",
        *[f"/zoeken/?q=les&{query}" for query in filters],
        *[f"/zoeken/?{query}" for query in filters],
        "/zoeken/suggesties/?q=kraan",
        "/zoeken/suggesties/?q=zwan",
        "/zoeken/suggesties/?q=les",
        "/sitemap.xml",
    ]


def visible_text(response):
    if response["Content-Type"] == "application/pdf":
        return " ".join(page.extract_text() for page in PdfReader(io.BytesIO(response.content)).pages)
    return response.content.decode()


def assert_nothing_hidden_shows(client, urls, hidden_pks=()):
    for url in urls:
        response = client.get(url)
        assert response.status_code == 200, url
        text = visible_text(response)
        query = response.wsgi_request.GET.get("q")
        if query and "results" in (response.context or {}):
            # The page repeats what was typed; the results themselves are checked by id.
            assert not {offer.page.pk for offer in response.context["results"]} & set(hidden_pks), url
            text = re.sub(re.escape(query), "", text, flags=re.IGNORECASE)
        found = HIDDEN.search(text)
        assert found is None, f"{url} shows {found.group(0)!r}"


def test_the_restricted_pages_themselves_ask_for_a_login(client, private, medewerker):
    for url in (private["lesson"].url, private["theme"].url, private["private_guide"].pdf_url):
        response = client.get(url)
        assert response.status_code == 302 and response["Location"].startswith("/inloggen/?next=")
    client.force_login(medewerker)
    assert "Kraanvogelvraag" in client.get(private["lesson"].url).content.decode()


def test_no_public_view_shows_a_restricted_page(client, private, theme, open_lesson, site):
    urls = public_urls(theme, open_lesson, private["guide"], site[1])
    hidden = list(private["lesson"].get_descendants(inclusive=True)) + list(private["theme"].get_descendants(True))
    assert_nothing_hidden_shows(client, urls, [page.pk for page in hidden])
    # The walk can see: the public lesson is listed, found and suggested where the hidden one is not.
    for url in ("/voorlichtingen/?leeftijd=vo-onderbouw", "/zoeken/?q=invloed", "/zoeken/suggesties/?q=invloed"):
        assert "Invloed van de groep (VO onderbouw)" in client.get(url).content.decode(), url


def test_a_restricted_theme_is_an_unknown_filter_value(client, private):
    """Its slug answers as a slug that never existed: the filter does not confirm that the theme is there."""
    hidden = client.get("/voorlichtingen/?thema=zwanenthema").content.decode().replace("zwanenthema", "x")
    unknown = client.get("/voorlichtingen/?thema=bestaat-niet").content.decode().replace("bestaat-niet", "x")
    assert hidden == unknown


def test_the_facet_counts_leave_restricted_pages_out(client, private):
    html = client.get("/voorlichtingen/?thema=invloed-van-de-groep").content.decode()
    assert (
        re.search(r'class="results__count"[^>]*>(?:<span[^>]*>)?(\d+) resulta', html).group(1) == "4"
    )  # the lesson and three guides


def test_a_restriction_set_after_a_visit_takes_the_page_out_of_the_caches(client, caches_on, theme, open_lesson, site):
    hidden = published_lesson(theme, title="Kraanvogelles", slug="kraanvogelles", summary="Kraanvogelsamenvatting.")
    urls = [site[1].url, theme.url, "/voorlichtingen/", "/zoeken/?q=kraanvogelles", "/zoeken/?thema=" + theme.slug]
    for url in urls:  # now in every cache
        assert "Kraanvogelles" in client.get(url).content.decode(), url
    restrict_to_staff(hidden)
    assert_nothing_hidden_shows(client, urls, [hidden.pk])


def test_elasticsearch_filters_restricted_subtrees_out_before_counting(private, monkeypatch):
    """No server here: the request body that Elasticsearch would get, built by the same code path."""
    sent = {}

    def execute(self):
        sent.update(self.build_search().to_dict())
        raise ConnectionError("no Elasticsearch in this test")

    class Backend:
        es = None

        def get_index_for_model(self, model):
            return type("Index", (), {"name": "halt_leerlijn_wagtailcore_page"})()

    monkeypatch.setattr(CatalogueFacetedSearch, "execute", execute)
    with pytest.raises(ConnectionError):
        elasticsearch_search(Backend(), "les", ListingFilters(QueryDict("")))
    excluded = [clause["prefix"]["path_filter"] for clause in sent["query"]["bool"]["filter"][-1]["bool"]["must_not"]]
    assert sorted(excluded) == sorted([private["lesson"].path, private["theme"].path])
