"""The translators' files in the demo (home/demo/content/translations/) are valid, and load_demo made each of them
a published translation that wagtail-localize's editor shows as complete."""

import pytest
from wagtail.models import Locale
from wagtail_localize.models import Translation

from home.demo.content import read_content
from home.demo.loader import database_vocabulary
from home.demo.translation_files import read_translations
from home.demo.translation_loader import TranslationLoader
from home.models import HomePage

pytestmark = pytest.mark.django_db


def test_every_translation_file_is_loaded_and_complete(demo):
    dutch = read_content(database_vocabulary())
    languages, problems = read_translations(dutch)
    assert problems == []
    if not languages:
        pytest.skip("no translation files in this checkout (the translators' branches bring them)")
    home = HomePage.objects.get(locale__language_code="nl")
    for files in languages:
        locale = Locale.objects.get(language_code=files.language)
        for theme, translation in files.guides:
            guide = TranslationLoader.guide_of(home, theme)
            translated = guide.get_translation(locale)
            assert translated.live and translated.title == translation.parent_guide.title
            progress = Translation.objects.get(source__object_id=guide.translation_key, target_locale=locale)
            total, done = progress.get_progress()
            assert done == total, (files.language, theme.slug)
