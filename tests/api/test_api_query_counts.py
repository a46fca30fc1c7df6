"""The API and the export read the catalogue in a fixed number of queries: the same at 10 and at 100 lessons.
bench/api.py measures the same at 100 and 5,000 lessons."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from bench.catalogue import add_lessons

pytestmark = pytest.mark.django_db

URLS = [
    "/api/v2/pages/",
    "/api/v2/pages/?type=lessons.LessonPage&fields=*&limit=50",
    "/api/v2/pages/?type=lessons.LessonPage&fields=age_bands,goals,legal_facts&limit=50",
    "/api/v2/wetsfeiten/",
    "/api/export/catalogus.json",
    "/api/export/lessen.csv",
]


def queries(client, url):
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(captured)


def test_query_count_is_flat_from_10_to_100_lessons(client, theme):
    leerlijn = theme.get_parent()
    add_lessons(leerlijn, 10, out=lambda *args: None)
    client.get("/api/v2/pages/")  # warm Wagtail's site and content type caches
    small = {url: queries(client, url) for url in URLS}
    add_lessons(leerlijn, 100, out=lambda *args: None)
    large = {url: queries(client, url) for url in URLS}
    assert large == small
    assert max(small.values()) <= 20  # measured 2026-12-03 on SQLite: 19 for a typed listing with every field
