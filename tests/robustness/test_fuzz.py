"""Hostile input on every public URL: whatever the query string or the path, the answer is never a server error.

Property-based (hypothesis): unknown and repeated parameters, every Unicode category including control characters
and NUL, huge and negative numbers, invalid UTF-8 percent-escapes, path traversal, and random path segments below
the site and below each page (where routable pages look for their sub-routes). Kept fast for `make test`:
25 examples per URL and database; both halves run them with their own random examples, so a run tries 50 per URL,
half of them on PostgreSQL (which refuses NUL in text where SQLite stores it). FUZZ_EXAMPLES=2000 for a deeper run.
"""

import os
import string
from urllib.parse import quote, urlencode

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from curriculum.facets import ListingFilters

pytestmark = pytest.mark.django_db

FUZZ = settings(
    max_examples=int(os.environ.get("FUZZ_EXAMPLES", "25")),
    deadline=None,
    database=None,  # no .hypothesis/ folder in the project
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
KNOWN_PARAMS = [*ListingFilters.params, "q", "pagina", "zonder", "next", "page", "format", "v"]
NASTY = [
    "",
    " ",
    "0",
    "-1",
    "1e309",
    "NaN",
    "99999999999999999999999999999",
    "../../../etc/passwd",
    "<script>alert(1)</script>",
    "' OR 1=1 --",
    '"',
    "%",
    "\x00",
    "\u202e",
    "😀",
    "a" * 5000,
]
texts = st.text(st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=200)
values = st.one_of(texts, st.sampled_from(NASTY), st.integers(-(10**40), 10**40).map(str))
names = st.one_of(st.sampled_from(KNOWN_PARAMS), texts)
queries = st.lists(st.tuples(names, values), max_size=12)
raw_bytes = st.binary(max_size=120).map(lambda data: "".join(f"%{byte:02X}" for byte in data))
segments = st.lists(
    st.one_of(
        st.text(string.ascii_letters + string.digits + "-_.~", min_size=1, max_size=40), texts, st.sampled_from(NASTY)
    ),
    min_size=1,
    max_size=5,
)


def no_server_error(client, url):
    response = client.get(url)  # the test client re-raises any exception from the view
    assert response.status_code < 500, (url, response.status_code)


@pytest.mark.parametrize(
    "name",
    [
        "home",
        "leerlijn",
        "theme",
        "lesson",
        "parent_guide",
        "professional_guide",
        "standard_page",
        "listing",
        "search",
        "autocomplete",
    ],
)
@FUZZ
@given(pairs=queries)
def test_no_query_string_causes_a_server_error(client, public_urls, name, pairs):
    base = public_urls[name].split("?")[0]
    no_server_error(client, f"{base}?{urlencode(pairs)}")


@FUZZ
@given(raw=raw_bytes, name=st.sampled_from(["listing", "search", "autocomplete", "leerlijn", "lesson"]))
def test_invalid_utf8_in_the_query_string_causes_no_server_error(client, public_urls, raw, name):
    base = public_urls[name].split("?")[0]
    no_server_error(client, f"{base}?q={raw}&leeftijd={raw}&{raw}={raw}")


@FUZZ
@given(parts=segments, below=st.sampled_from(["", "home", "leerlijn", "theme", "lesson", "parent_guide"]))
def test_no_path_causes_a_server_error(client, public_urls, parts, below):
    base = public_urls[below].rstrip("/") if below else ""
    no_server_error(client, base + "/" + "/".join(quote(part, safe="") for part in parts) + "/")


@FUZZ
@given(pairs=queries, route=st.sampled_from(["voorbereiden/", "presenteren/", "presenteren/presentator/"]))
def test_presenter_routes_answer_anonymous_visitors_without_a_server_error(client, public_urls, pairs, route):
    no_server_error(client, f"{public_urls['lesson']}{route}?{urlencode(pairs)}")


@pytest.mark.parametrize("path", ["/sitemap.xml", "/robots.txt", "/inloggen/", "/documenten/1/x.pdf"])
@FUZZ
@given(pairs=queries)
def test_the_other_public_urls_answer_without_a_server_error(client, catalogue, path, pairs):
    no_server_error(client, f"{path}?{urlencode(pairs)}")
