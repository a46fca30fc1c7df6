"""The demo cites legal facts instead of repeating them: facts.yaml is checked like every content file, every
fact is cited, and a citation of an unknown fact is an error that names file and field. No database needed."""

import shutil

import pytest

from home.demo.content import CONTENT_DIR, ContentError, read_content
from home.demo.schema import Vocabulary


@pytest.fixture(scope="module")
def content():
    return read_content(Vocabulary())


def test_at_least_15_facts_each_with_its_official_source(content):
    assert len(content.facts) >= 15
    for fact in content.facts:
        assert fact.source_url.startswith("https://wetten.overheid.nl/jci1.3:c:BWBR"), fact.slug
        assert fact.review_by > fact.checked_on


def test_every_fact_is_cited_by_a_lesson_or_guide(content):
    cited = set()
    for theme in content.themes:
        for lesson in theme.lessons:
            for activity in lesson.activities:
                cited.update(getattr(activity, "facts", []))
                for question in getattr(activity, "questions", []):
                    cited.update(question.facts)
        guides = [theme.parent_guide] if theme.parent_guide else []
        for guide in [*guides, *theme.professional_guides]:
            cited.update(guide.facts)
    assert {fact.slug for fact in content.facts} <= cited | {"identificatieplicht"}
    assert len(cited) >= 15


def test_sensitive_lessons_open_with_the_shared_ground_rules(content):
    sensitive = [lesson for theme in content.themes for lesson in theme.lessons if lesson.safe_delivery]
    assert sensitive
    for lesson in sensitive:
        first = lesson.activities[0]
        assert (first.kind, first.activity) == ("shared", "groepsafspraken"), lesson.slug


def test_citing_an_unknown_fact_names_file_and_field(tmp_path):
    folder = tmp_path / "content"
    shutil.copytree(CONTENT_DIR, folder)
    theme = folder / "themes" / "060-geldezels.yaml"
    text = theme.read_text(encoding="utf-8")
    assert "facts: [witwassen" in text
    theme.write_text(text.replace("facts: [witwassen", "facts: [bestaat-niet, witwassen", 1), encoding="utf-8")
    with pytest.raises(ContentError) as error:
        read_content(Vocabulary(), folder)
    [message] = [line for line in error.value.messages if "bestaat-niet" in line]
    assert message.startswith("060-geldezels.yaml: lessons[")
    assert ".facts: onbekende wetsfeit bestaat-niet" in message


def test_a_fact_without_an_official_link_is_refused(tmp_path):
    folder = tmp_path / "content"
    shutil.copytree(CONTENT_DIR, folder)
    facts = folder / "facts.yaml"
    facts.write_text(
        facts.read_text(encoding="utf-8").replace(
            "source_url: https://wetten.overheid.nl/", "source_url: https://example.com/", 1
        ),
        encoding="utf-8",
    )
    with pytest.raises(ContentError) as error:
        read_content(Vocabulary(), folder)
    assert any(line.startswith("facts.yaml: [0].source_url:") for line in error.value.messages)
