"""Two app servers, one truth: PostgreSQL and Redis shared by two gunicorn instances behind Varnish.

A change made through one app server is read through the other and through Varnish within a second; a staff
response (presenter-only phrases) reaches no anonymous visitor through any layer; with Redis or Varnish down the
site keeps answering from PostgreSQL, logs it, and recovers when they are back. Every wait is a bounded loop.
"""

import datetime
import time
import uuid
from pathlib import Path

import pytest
import redis as redis_client

from tests.services.conftest import Visitor

pytestmark = pytest.mark.services
FRESH_WITHIN_S = 1.0


def eventually(check, seconds):
    """Poll `check` until it is true or `seconds` have passed (at most 100 tries); the elapsed time or None."""
    started = time.monotonic()
    for _ in range(100):
        if check():
            return time.monotonic() - started
        if time.monotonic() - started > seconds:
            return None
        time.sleep(seconds / 50)
    return None


def through(stack):
    """Anonymous visitors through each layer: Varnish and each app server directly."""
    return {
        "varnish": Visitor(stack.varnish.url),
        **{f"app{n}": Visitor(server.url) for n, server in enumerate(stack.servers)},
    }


def log_of(server):
    return Path(server.log_path).read_text(errors="replace")


def test_varnish_serves_anonymous_pages_from_its_cache(stack):
    visitor = Visitor(stack.varnish.url)
    for path in (stack.seed["lesson_url"], stack.seed["leerlijn_url"], "/voorlichtingen/?leeftijd=vo-onderbouw"):
        first, second = visitor.get(path), visitor.get(path)
        assert first.status == second.status == 200, path
        assert second.headers["X-Cache"] == "HIT", path


def test_a_publish_through_one_server_is_read_through_the_other_and_through_varnish_within_a_second(stack):
    seed, new_title = stack.seed, stack.seed["draft_title"]  # saved as a draft by the seed
    visitors = through(stack)
    paths = [seed["lesson_url"], seed["theme_url"], seed["leerlijn_url"], "/voorlichtingen/", "/zoeken/?q=groepsdruk"]
    for visitor in visitors.values():
        for path in paths:
            visitor.get(path)  # every cache warm, Varnish's included
    for name, visitor in visitors.items():
        assert new_title not in visitor.get(seed["lesson_url"]).text, f"a draft reached visitors through {name}"

    editor = Visitor(stack.servers[0].url)
    editor.log_in("/admin/login/", "beheer", stack.password)
    published = editor.post_form(f"/admin/bulk/wagtailcore/page/publish/?id={seed['lesson_id']}&next=/admin/", {})
    assert published.status == 200, published.status

    for name, visitor in {"varnish": visitors["varnish"], "app1": visitors["app1"]}.items():
        for path in paths:
            elapsed = eventually(lambda v=visitor, p=path: new_title in v.get(p).text, FRESH_WITHIN_S)
            assert elapsed is not None, f"{path} through {name} still old after {FRESH_WITHIN_S} s"


def test_a_help_resource_changed_through_one_server_updates_the_parent_guide_in_varnish(stack):
    seed, phone = stack.seed, f"0800-{uuid.uuid4().int % 10000:04d}"
    guide = Visitor(stack.varnish.url)
    guide.get(seed["guide_url"])
    assert guide.get(seed["guide_url"]).headers["X-Cache"] == "HIT"

    editor = Visitor(stack.servers[1].url)
    editor.log_in("/admin/login/", "beheer", stack.password)
    edit = f"/admin/snippets/lessons/helpresource/edit/{seed['help_resource_id']}/"
    fields = {
        "name": "Hulplijn Groepsdruk",
        "slug": "hulplijn-groepsdruk",
        "phone": phone,
        "url": "",
        "when": "Altijd.",
        "review_by": (datetime.date.today() + datetime.timedelta(days=365)).isoformat(),
        "action-publish": "action-publish",  # help resources have drafts: only a publish reaches the site
    }
    assert editor.post_form(edit, fields).status == 200

    elapsed = eventually(lambda: phone in guide.get(seed["guide_url"]).text, FRESH_WITHIN_S)
    assert elapsed is not None, "the parent guide in Varnish still shows the old number"


def test_a_staff_response_never_reaches_an_anonymous_visitor_through_any_layer(stack):
    seed, phrase = stack.seed, stack.seed["presenter_phrase"]
    staff = Visitor(stack.varnish.url)
    staff.log_in("/inloggen/", "medewerker", stack.password)
    fresh = f"{seed['lesson_url']}?bezoek={uuid.uuid4().hex[:8]}"  # never requested before: staff come first
    for path in (fresh, seed["lesson_url"]):
        response = staff.get(path)
        assert phrase in response.text, "the staff view shows the presenter notes"
        assert "private" in response.headers["Cache-Control"] and "no-store" in response.headers["Cache-Control"]
        assert response.headers["X-Cache"] == "MISS"
        for name, visitor in through(stack).items():
            for _ in range(2):  # the second from Varnish's or Redis's cache, when stored
                anonymous = visitor.get(path)
                assert anonymous.status == 200
                assert phrase not in anonymous.text, f"presenter-only text reached an anonymous visitor via {name}"
    # The staff copy (core/staff_pages.py), kept in Redis by one app server, serves the next staff request on
    # either; an anonymous visitor still gets the public page from every layer.
    for _ in range(2):
        kept = staff.get(seed["lesson_url"])
        assert kept.headers["X-Staff-Page-Cache"] == "hit" and phrase in kept.text
    for name, visitor in through(stack).items():
        assert phrase not in visitor.get(seed["lesson_url"]).text, f"the staff copy reached an anonymous one via {name}"
    # The page cache (the `pages` key prefix) is what anonymous visitors are served from: it never holds the phrase.
    # Presenters' own fragments may be in the default cache, under keys that carry is_presenter (core/caching.py).
    stored = redis_client.Redis.from_url(stack.redis.url)
    pages = list(stored.scan_iter(match="pages:*", count=1000))
    assert pages, "the app servers share the page cache in Redis"
    assert not [key for key in pages if phrase.encode() in (stored.get(key) or b"")], "presenter text in the page cache"


def test_with_redis_down_the_site_answers_from_postgresql_and_recovers(stack):
    seed, visitors = stack.seed, through(stack)
    stack.redis.stop()
    try:
        for name, visitor in visitors.items():
            path = f"{seed['theme_url']}?zonder-redis={name}"
            started = time.monotonic()
            response = visitor.get(path)
            assert response.status == 200, name
            assert time.monotonic() - started < 3, f"{name} waited on Redis"
        staff = Visitor(stack.servers[0].url)
        staff.log_in("/inloggen/", "medewerker", stack.password)  # sessions are in the database too
        assert stack.seed["presenter_phrase"] in staff.get(seed["lesson_url"]).text
        assert any("Redis cache" in log_of(server) for server in stack.servers), "the outage is logged"
    finally:
        stack.redis.start()  # the same port: the app servers reconnect by themselves

    stored = redis_client.Redis.from_url(stack.redis.url)

    def used_again():
        for visitor in visitors.values():
            visitor.get(f"{seed['leerlijn_url']}?na-redis={uuid.uuid4().hex[:6]}")
        return stored.dbsize() > 0

    assert eventually(used_again, 12) is not None, "the app servers did not use Redis again"


def test_with_varnish_down_the_app_servers_answer_and_a_restarted_varnish_serves_the_change(stack):
    seed = stack.seed
    varnish = Visitor(stack.varnish.url)
    varnish.get(seed["guide_url"])
    stack.varnish.stop()
    try:
        for server in stack.servers:
            assert Visitor(server.url).get(seed["guide_url"]).status == 200
        editor = Visitor(stack.servers[0].url)
        editor.log_in("/admin/login/", "beheer", stack.password)
        guide_id = seed["guide_id"]
        assert editor.post_form(f"/admin/pages/{guide_id}/unpublish/", {}).status == 200, "publishing goes on"
        assert eventually(lambda: "ban" in log_of(stack.servers[0]).lower(), 2) is not None, "the failure is logged"
    finally:
        stack.varnish.start()
    assert eventually(lambda: varnish.get(seed["guide_url"]).status == 404, 10) is not None
    for server in stack.servers:
        assert Visitor(server.url).get(seed["guide_url"]).status == 404
