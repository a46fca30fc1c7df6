import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from wagtail.models import Page, Site

from tests.factories import (
    HelpResourceFactory,
    HomePageFactory,
    LeerlijnPageFactory,
    LessonPageFactory,
    ParentGuidePageFactory,
    ThemePageFactory,
)
from tests.visits.factories import MunicipalityFactory, VisitFactory


@pytest.fixture
def theme(db):
    home = HomePageFactory(parent=Page.get_first_root_node(), slug="home-klas")
    Site.objects.update(root_page=home)
    leerlijn = LeerlijnPageFactory(parent=home)
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
    user = get_user_model().objects.create_user("medewerker-test", password="x")
    user.groups.add(Group.objects.get(name="Halt-medewerker"))
    return user


@pytest.fixture
def eindredacteur(db):
    user = get_user_model().objects.create_user("eindredacteur-test", password="x")
    user.groups.add(Group.objects.get(name="Eindredactie"))
    return user
