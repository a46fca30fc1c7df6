"""What core/purge.py tells the frontend cache after a change: recorded by a backend that sends nothing.

The real round trip through Varnish is in test_two_servers.py; this checks the choice of URLs, fast, in-process.
"""

import pytest

from core.purge import VarnishBackend
from lessons.models import ParentGuideHelpResource
from tests.factories import (
    HelpResourceFactory,
    LessonPageFactory,
    ParentGuidePageFactory,
    SettingFactory,
    ThemePageFactory,
    own_site,
)

pytestmark = pytest.mark.django_db
SENT = []


class RecordingBackend(VarnishBackend):
    def send(self, method, url):
        SENT.append((method, url))


@pytest.fixture
def frontend_cache(settings, django_capture_on_commit_callbacks):
    """Purges wait for the commit: `committed()` runs what a commit would."""
    settings.WAGTAILFRONTENDCACHE = {"test": {"BACKEND": f"{__name__}.RecordingBackend", "LOCATION": "http://cache"}}
    SENT.clear()
    yield lambda: django_capture_on_commit_callbacks(execute=True)
    SENT.clear()


@pytest.fixture
def tree():
    home, leerlijn = own_site("purge-home")
    theme = ThemePageFactory(parent=leerlijn, slug="thema")
    lesson = LessonPageFactory(parent=theme, slug="les")
    help_resource = HelpResourceFactory()
    guide = ParentGuidePageFactory(parent=theme, slug="ouders", accompanies=[lesson])
    ParentGuideHelpResource.objects.create(page=guide, resource=help_resource)
    for page in (home, leerlijn, theme, lesson, guide):
        page.refresh_from_db()
        page.specific.save_revision().publish()
    return {"lesson": lesson, "guide": guide, "help_resource": help_resource}


def sent(method):
    return {url.removeprefix("http://localhost") for kind, url in SENT if kind == method}


def test_a_publish_bans_the_page_and_purges_what_lists_it(tree, frontend_cache):
    with frontend_cache():
        tree["lesson"].save_revision().publish()
    assert "/leerlijn/thema/les/" in sent("BAN")  # the page, its routes (pdf/, voorbereiden/) and subpages
    assert "/leerlijn/thema/ouders/" in sent("BAN")  # the guide that accompanies it refers to it
    assert {"/", "/leerlijn/", "/leerlijn/thema/"} <= sent("PURGE")  # home, matrix, theme: exact, any query
    assert {"/voorlichtingen/", "/zoeken/", "/zoeken/suggesties/", "/sitemap.xml"} <= sent("PURGE")
    assert "/" not in sent("BAN"), "a publish of one lesson does not empty the whole site"


def test_an_unpublish_and_a_move_purge_the_old_address(tree, frontend_cache):
    with frontend_cache():
        tree["lesson"].unpublish()
    assert "/leerlijn/thema/les/" in sent("BAN")
    other = ThemePageFactory(parent=tree["lesson"].get_parent().get_parent(), slug="ander-thema")
    other.save_revision().publish()
    SENT.clear()
    with frontend_cache():
        tree["guide"].move(other, pos="last-child")
    assert {"/leerlijn/thema/ouders/", "/leerlijn/ander-thema/ouders/"} <= sent("BAN")


def test_a_help_resource_change_bans_the_guides_that_show_it(tree, frontend_cache):
    resource = tree["help_resource"]
    resource.phone = "0800-9999"
    with frontend_cache():
        resource.save()
        assert not SENT, "nothing is sent before the commit"
    assert "/leerlijn/thema/ouders/" in sent("BAN")
    assert "/leerlijn/thema/les/" not in sent("BAN")


def test_a_vocabulary_no_page_refers_to_bans_the_whole_site(tree, frontend_cache):
    with frontend_cache():
        SettingFactory(name="Buurthuis", slug="buurthuis")
    assert sent("BAN") == {"/"}


def test_nothing_is_sent_without_a_frontend_cache(tree, django_capture_on_commit_callbacks):
    SENT.clear()
    with django_capture_on_commit_callbacks(execute=True):
        tree["lesson"].save_revision().publish()
    assert not SENT
