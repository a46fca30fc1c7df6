"""Editors see a preview of each lesson block, styled like the site, from the block's own preview value."""

import pytest
from wagtail.blocks import Block

from lessons.blocks import ActivityBlock, DilemmaBlock, FollowUpBlock, QuizBlock, SocraticQuestionsBlock, WorksheetBlock

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "block_class", [ActivityBlock, DilemmaBlock, SocraticQuestionsBlock, QuizBlock, WorksheetBlock, FollowUpBlock]
)
def test_each_lesson_block_has_a_styled_preview(client, users, block_class):
    client.force_login(users["admin"])
    block_id = next(key for key, block in Block.definition_registry.items() if type(block) is block_class)
    response = client.get("/admin/block-preview/", {"id": block_id})
    assert response.status_code == 200
    html = response.content.decode()
    assert "css/site.css" in html
    assert block_class().get_preview_value()["title"] in html
