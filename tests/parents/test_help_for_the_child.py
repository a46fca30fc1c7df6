"""Parent pages speak to the parent as "u": help written to young people ("je") is shown apart, "Voor uw kind:"."""

import pytest

from lessons.letters import ParentLetter
from tests.factories import HelpResourceFactory, ParentGuidePageFactory, publish

pytestmark = pytest.mark.django_db

CHILD_TEXT = "Wil je met iemand praten over iets wat je dwarszit?"
PARENT_TEXT = "Bel als u zich zorgen maakt."


@pytest.fixture
def guide(theme):
    guide = ParentGuidePageFactory(parent=theme)
    guide.help_resources.create(resource=HelpResourceFactory(name="Ouderlijn", when=PARENT_TEXT, live=True))
    child = HelpResourceFactory(name="Kinderlijn", when=CHILD_TEXT, for_young_people=True, live=True)
    guide.help_resources.create(resource=child)
    return publish(guide)


def test_the_guide_page_introduces_help_for_the_child_as_such(client, guide):
    html = client.get(guide.url).content.decode()
    assert html.index(PARENT_TEXT) < html.index("Voor uw kind:") < html.index(CHILD_TEXT)


def test_the_letter_splits_help_the_same_way(guide):
    lesson = type("Lesson", (), {"public_parent_guides": [guide]})()
    letter = ParentLetter(lesson=lesson, school="", day=None)
    assert [r.name for r in letter.help_resources] == ["Ouderlijn"]
    assert [r.name for r in letter.help_for_child] == ["Kinderlijn"]
