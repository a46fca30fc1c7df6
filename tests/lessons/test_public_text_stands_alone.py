"""Public text never sends a reader to presenter-only text ("Vul aan met de stappen uit de presentatortekst."):
a teacher or parent cannot see it. Read from the content files (no database); marked `demo`."""

import re

import pytest

from home.demo.content import read_content
from home.demo.schema import Vocabulary
from lessons import blocks
from tests.nested_text import strings

pytestmark = pytest.mark.demo

# The presenter-only fields, by the names the blocks declare, and the sections that are presenter-only as a whole.
PRESENTER_ONLY = {
    name
    for block in vars(blocks).values()
    if isinstance(block, type) and issubclass(block, blocks.PublicTextMixin)
    for name in block.presenter_only
} | {"safe_delivery", "incident_protocol"}
POINTS_TO_PRESENTER_TEXT = re.compile(r"presentator|\bpresenter\b|notities? (bij|van|voor) de presenta", re.I)


def public_texts(value):
    return strings(value, skip=PRESENTER_ONLY)


def test_the_blocks_declare_what_is_presenter_only():
    assert {"presenter_notes", "explanation", "disclosure"} <= PRESENTER_ONLY


def test_the_check_finds_a_pointer_to_presenter_text():
    found = list(public_texts({"instructions": "Vul aan uit de presentatortekst.", "presenter_notes": "De stappen."}))
    assert [text for _, text in found if POINTS_TO_PRESENTER_TEXT.search(text)] == ["Vul aan uit de presentatortekst."]


def test_no_public_field_points_to_presenter_only_text():
    content = read_content(Vocabulary())
    found = [
        f"{item.slug}{path}: {text}"
        for item in [*content.themes, *content.shared_activities]
        for path, text in public_texts(item.model_dump())
        if POINTS_TO_PRESENTER_TEXT.search(text)
    ]
    assert found == []
