import pytest

from lessons.governance import EINDREDACTIE, MEDEWERKER
from tests.factories import (
    HelpResourceFactory,
    LessonPageFactory,
    ParentGuidePageFactory,
    ThemePageFactory,
    account,
    own_site,
)
from tests.visits.factories import MunicipalityFactory, VisitFactory


@pytest.fixture
def theme(db):
    _home, leerlijn = own_site("home-klas")
    return ThemePageFactory(parent=leerlijn, title="Wapens en geweld", slug="wapens-en-geweld")


@pytest.fixture
def lesson(theme):
    return LessonPageFactory(parent=theme, title="Wapens en geweld (VO onderbouw)", slug="wapens-vo")


@pytest.fixture
def parent_guide(theme, lesson):
    guide = ParentGuidePageFactory(parent=theme, slug="wapens-ouders", accompanies=[lesson])
    guide.help_resources.create(resource=HelpResourceFactory(name="Veilig Thuis", slug="veilig-thuis"))
    guide.save()
    return guide


@pytest.fixture
def visit(lesson):
    return VisitFactory(lesson=lesson, municipality=MunicipalityFactory(code="GM0363", name="Amsterdam"))


@pytest.fixture
def medewerker(db):
    return account("medewerker-test", MEDEWERKER)


@pytest.fixture
def eindredacteur(db):
    return account("eindredacteur-test", EINDREDACTIE)
