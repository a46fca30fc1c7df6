import pytest

from curriculum.models import LeerlijnPage, ThemePage
from home.models import StandardPage
from lessons.models import LessonPage, ParentGuidePage, ProfessionalGuidePage
from tests.factories import DUTCH
from tests.fixtures.caches import caches_on  # noqa: F401  (the caches as deployed)


@pytest.fixture
def public_urls(catalogue):
    """One URL of each public page type and view of the small test catalogue (tests/factories.py)."""
    return urls_of(catalogue)


@pytest.fixture
def demo_public_urls(demo, db):
    """The same URLs in the demo catalogue: for bounds measured at the demo's size."""
    return {
        **PUBLIC_VIEWS,
        "home": "/",
        "leerlijn": LeerlijnPage.objects.live().filter(**DUTCH).get().url,
        "theme": ThemePage.objects.get(slug="geldezels", **DUTCH).url,
        "lesson": LessonPage.objects.get(slug="geldezels-vo-onderbouw").url,
        "parent_guide": ParentGuidePage.objects.live().filter(title__icontains="Wapens").first().url,
        "professional_guide": ProfessionalGuidePage.objects.live().first().url,
        "standard_page": StandardPage.objects.get(slug="privacy", **DUTCH).url,
    }


PUBLIC_VIEWS = {
    "listing": "/voorlichtingen/?leeftijd=vo-onderbouw&setting=school",
    "search": "/zoeken/?q=geld&leeftijd=mbo",
    "browse": "/zoeken/?doelgroep=ouders",
    "autocomplete": "/zoeken/suggesties/?q=geld",
}


def urls_of(catalogue):
    return {
        **PUBLIC_VIEWS,
        "home": "/",
        "leerlijn": catalogue.leerlijn.url,
        "theme": catalogue.theme.url,
        "lesson": catalogue.lesson.url,
        "parent_guide": catalogue.parent_guide.url,
        "professional_guide": catalogue.professional_guide.url,
        "standard_page": catalogue.standard_page.url,
    }
