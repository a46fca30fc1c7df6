"""Help resources are translatable snippets: a translated guide shows where to get help in the parent's language,
with the number and website of the reviewed Dutch row."""

from datetime import date

import pytest

from lessons.fact_review import help_resources_due_for_review
from tests.i18n.conftest import translate

pytestmark = pytest.mark.django_db
WHEN_IN_ENGLISH = "Call Veilig Thuis when you are worried about violence at home."


def test_a_translated_guide_shows_the_help_text_in_its_language_and_the_dutch_number(client, catalogue):
    translate(catalogue.home, "en")
    guide, _report = translate(catalogue.parent_guide, "en")
    english, _report = translate(catalogue.help_resource, "en", {catalogue.help_resource.when: WHEN_IN_ENGLISH})
    english.phone = "0900-0000000"  # a stale copy must never reach a parent: the number is the Dutch row's
    english.save()

    translated = client.get(guide.url).content.decode()
    dutch = client.get(catalogue.parent_guide.url).content.decode()

    assert english.locale.language_code == "en" and english.slug == catalogue.help_resource.slug
    assert f'<p lang="en" dir="ltr">{WHEN_IN_ENGLISH}</p>' in translated
    assert catalogue.help_resource.phone in translated and "0900-0000000" not in translated
    assert WHEN_IN_ENGLISH not in dutch and f'<p lang="nl" dir="ltr">{catalogue.help_resource.when}</p>' in dutch


def test_the_review_panel_lists_a_due_resource_once_not_its_translation(catalogue):
    resource = catalogue.help_resource
    resource.review_by = date.today()
    resource.save()
    arabic, _report = translate(resource, "ar", {resource.when: "اتصل عند القلق."})

    due = [item.pk for item, _days in help_resources_due_for_review()]

    assert arabic.review_by == resource.review_by  # copied from the Dutch row
    assert due.count(resource.pk) == 1 and arabic.pk not in due
