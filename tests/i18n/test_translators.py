"""Translators work offline with wagtail-localize's PO files; a translation is not judged by the Dutch B1 check."""

import polib
import pytest
from wagtail.models import Locale
from wagtail_localize.models import Translation, TranslationSource

from lessons.forms import ParentGuidePageForm
from lessons.readability import is_dutch
from tests.i18n.conftest import marked, translate

pytestmark = pytest.mark.django_db

HARD_DUTCH = (
    "Ouders dienen zich, teneinde de ontwikkeling van het kind adequaat te faciliteren, nadrukkelijk te "
    "verdiepen in de problematiek aangaande groepsdynamische beïnvloedingsprocessen en de daaruit voortvloeiende "
    "consequenties voor hun opvoedkundige verantwoordelijkheden."
)


def test_a_po_file_round_trip_changes_the_published_translation(client, catalogue, django_capture_on_commit_callbacks):
    translate(catalogue.home, "tr")
    guide, _report = translate(catalogue.parent_guide, "tr")
    translation = Translation.objects.get(
        source=TranslationSource.objects.get(object_id=catalogue.parent_guide.translation_key),
        target_locale=Locale.objects.get(language_code="tr"),
    )

    exported = polib.pofile(str(translation.export_po()))  # as the translator downloads it
    entry = next(entry for entry in exported if entry.msgid == catalogue.parent_guide.intro)
    assert entry.msgstr == marked("tr", catalogue.parent_guide.intro)
    entry.msgstr = "Çocuğunuz Halt'tan bir ders aldı."
    warnings = translation.import_po(polib.pofile(str(exported)))
    with django_capture_on_commit_callbacks(execute=True):
        translation.save_target(publish=True)

    assert warnings == []
    html = client.get(guide.url).content.decode()
    assert "Çocuğunuz Halt&#x27;tan bir ders aldı." in html or "Çocuğunuz Halt'tan bir ders aldı." in html
    assert marked("tr", catalogue.parent_guide.intro) not in html


def test_a_second_load_of_the_same_translation_changes_nothing(catalogue):
    translate(catalogue.home, "pl")
    _guide, first = translate(catalogue.parent_guide, "pl")
    _guide, second = translate(catalogue.parent_guide, "pl")
    assert first.created and second.created == []


def test_the_b1_check_judges_dutch_guides_only(catalogue, users):
    translate(catalogue.home, "uk")
    guide, _report = translate(catalogue.parent_guide, "uk", {catalogue.parent_guide.intro: HARD_DUTCH})
    dutch = catalogue.parent_guide
    dutch.intro = HARD_DUTCH

    assert guide.intro == HARD_DUTCH  # the same hard text: only the language differs
    assert not is_dutch(guide) and is_dutch(dutch)
    assert ParentGuidePageForm.page_problems(dutch, users["redacteur"])
    assert ParentGuidePageForm.page_problems(guide, users["redacteur"]) == []
