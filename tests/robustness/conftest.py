import pytest
from django.core.cache import caches

from curriculum.models import LeerlijnPage, ThemePage
from home.models import StandardPage
from lessons.models import LessonPage, ParentGuidePage, ProfessionalGuidePage


@pytest.fixture
def caches_on(settings):
    """The caches as deployed (the test settings switch them off), empty at the start and at the end."""
    settings.CACHES = {
        name: {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": f"robustness-{name}"}
        for name in ("default", "pages")
    }
    settings.PAGE_CACHE_TIMEOUT = 600
    for cache in caches.all():
        cache.clear()
    yield
    for cache in caches.all():
        cache.clear()


@pytest.fixture
def public_urls(demo, db):
    """One URL of each public page type and view of the demo catalogue."""
    return {
        "home": "/",
        "leerlijn": LeerlijnPage.objects.live().first().url,
        "theme": ThemePage.objects.get(slug="geldezels").url,
        "lesson": LessonPage.objects.get(slug="geldezels-vo-onderbouw").url,
        "parent_guide": ParentGuidePage.objects.live().filter(title__icontains="Wapens").first().url,
        "professional_guide": ProfessionalGuidePage.objects.live().first().url,
        "standard_page": StandardPage.objects.get(slug="privacy").url,
        "listing": "/voorlichtingen/?leeftijd=vo-onderbouw&setting=school",
        "search": "/zoeken/?q=geld&leeftijd=mbo",
        "browse": "/zoeken/?doelgroep=ouders",
        "autocomplete": "/zoeken/suggesties/?q=geld",
    }
