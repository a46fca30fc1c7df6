"""The demo catalogue: every theme with a reactive use has a protocol and reactive variants of its own."""

from types import SimpleNamespace

import pytest
from pydantic import ValidationError

from curriculum.vocabularies import Use
from home.demo import stream
from home.demo.content import read_content
from home.demo.schema import Theme, Vocabulary

REACTIVE = (Use.REACTIEF, Use.BEIDE)


@pytest.fixture(scope="module")
def content():
    return read_content(Vocabulary())


@pytest.fixture(scope="module")
def themes(content):
    return content.themes


def test_every_theme_with_a_reactive_use_has_a_protocol_and_variants(themes):
    reactive_themes = [theme for theme in themes if any(lesson.use in REACTIVE for lesson in theme.lessons)]
    expected = {"invloed-van-de-groep", "sexting-education", "wapens-en-geweld", "klassendialoog", "jeugdcriminaliteit"}
    assert expected <= {theme.slug for theme in reactive_themes}
    for theme in reactive_themes:
        for lesson in theme.lessons:
            if lesson.use in REACTIVE:
                assert lesson.incident_protocol or theme.incident_protocol, lesson.slug
                variants = [activity.reactive for activity in lesson.activities if getattr(activity, "reactive", None)]
                assert any(v.pupil_text for v in variants), lesson.slug
                assert any(v.presenter_line for v in variants), lesson.slug


def test_protocols_are_written_per_theme_and_point_to_help(themes):
    protocols = [theme.incident_protocol for theme in themes if theme.incident_protocol]
    assert len({protocol.ask_school for protocol in protocols}) == len(protocols)  # no copy-paste between themes
    for protocol in protocols:
        assert "0800-2000" in protocol.referral and "Meldcode" in protocol.referral
        assert "herstelgericht gesprek" in protocol.referral


def test_a_reactive_lesson_without_protocol_is_a_content_error(themes):
    theme = next(t for t in themes if t.slug == "wapens-en-geweld")
    data = theme.model_dump(exclude_none=True)
    del data["incident_protocol"]
    with pytest.raises(ValidationError, match="geen incident_protocol"):
        Theme.model_validate(data, context={"vocabulary": Vocabulary()})


def test_the_loader_writes_the_variant_and_the_protocol_as_stream_data(themes):
    theme = next(t for t in themes if t.slug == "sexting-education")
    lesson = theme.lessons[0]
    dilemma = next(a for a in lesson.activities if a.kind == "dilemma")
    cited = {slug: SimpleNamespace(pk=1) for slug in dilemma.facts}  # the loaded legal facts, by slug
    value = stream.activity_block(dilemma, cited)["value"]["reactive"]
    assert value["pupil_text"].startswith("<p>") and value["presenter_line"]
    [block] = stream.incident_protocol_blocks(theme.incident_protocol)
    assert block["type"] == "incident_protocol" and "Helpwanted" in block["value"]["referral"]


def test_every_shared_activity_a_reactive_lesson_places_has_a_reactive_variant(content):
    shared = {activity.slug: activity for activity in content.shared_activities}
    placed = {
        activity.activity
        for theme in content.themes
        for lesson in theme.lessons
        if lesson.use in REACTIVE
        for activity in lesson.activities
        if activity.kind == "shared"
    }
    assert placed  # the ground rules open many reactive lessons
    for slug in placed:
        assert shared[slug].reactive and shared[slug].reactive.presenter_line, slug
