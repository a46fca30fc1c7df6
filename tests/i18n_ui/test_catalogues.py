"""The public UI's catalogues: they compile, translate every message of the public templates, and the pages use them."""

import re
import shutil
import subprocess

import polib
import pytest
from django.template.loader import render_to_string
from django.utils import translation

from tests.i18n_ui.catalogue import (
    FIXED_MSGIDS,
    LANGUAGES,
    LOCALE_DIR,
    PUBLIC_TEMPLATES,
    expected_messages,
    marked_templates,
    template_messages,
)

# Arabic has six plural forms, Polish and Ukrainian three, English and Turkish two.
NPLURALS = {"en": 2, "ar": 6, "tr": 2, "pl": 3, "uk": 3}


def catalogue(language):
    return polib.pofile(str(LOCALE_DIR / language / "LC_MESSAGES" / "django.po"))


def test_there_is_a_catalogue_for_each_language_and_none_for_dutch():
    assert sorted(path.name for path in LOCALE_DIR.iterdir() if path.is_dir()) == sorted(LANGUAGES)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_catalogue_compiles(language, tmp_path):
    if not shutil.which("msgfmt"):
        pytest.fail("msgfmt is missing: `make messages` installs Debian's gettext")
    source = LOCALE_DIR / language / "LC_MESSAGES" / "django.po"
    result = subprocess.run(
        ["msgfmt", "--check", "-o", str(tmp_path / "django.mo"), str(source)], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_catalogue_names_its_language_and_plural_forms(language):
    po = catalogue(language)
    assert po.metadata["Language"] == language
    assert po.metadata["Plural-Forms"].startswith(f"nplurals={NPLURALS[language]};")


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_entry_is_translated_and_none_is_fuzzy(language):
    po = catalogue(language)
    assert [entry.msgid for entry in po.untranslated_entries()] == []
    assert [entry.msgid for entry in po.fuzzy_entries()] == []
    assert [entry.msgid for entry in po.obsolete_entries()] == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_message_of_the_public_templates_is_in_the_catalogue(language):
    po = catalogue(language)
    present = {(entry.msgctxt, entry.msgid, entry.msgid_plural or None) for entry in po}
    assert sorted(expected_messages() - present, key=str) == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_placeholders_survive_the_translation(language):
    """A translation that drops or renames `%(name)s` fails at render time: keep them all."""
    for entry in catalogue(language):
        names = sorted(re.findall(r"%\(\w+\)s", entry.msgid))
        assert sorted(re.findall(r"%\(\w+\)s", entry.msgstr)) == names, entry.msgid


@pytest.mark.parametrize("language", LANGUAGES)
def test_markup_survives_the_translation(language):
    for entry in catalogue(language):
        for tag in (
            "<strong>",
            "</strong>",
            "</a>",
            '<bdi dir="ltr">',
            "</bdi>",
            'href="tel:112"',
            'href="/"',
            'href="%(listing_url)s"',
        ):
            assert entry.msgstr.count(tag) == entry.msgid.count(tag), (entry.msgid, tag)


def test_each_public_template_marks_its_text():
    assert set(PUBLIC_TEMPLATES) <= set(marked_templates())
    for name in PUBLIC_TEMPLATES:
        assert template_messages(name), name


def test_the_extraction_sees_a_blocktranslate_variable_as_makemessages_writes_it():
    """The check above can fail: its reading of a template matches what makemessages extracts."""
    messages = template_messages("includes/help_resource.html")
    assert (None, 'Bel <bdi dir="ltr">%(phone)s</bdi>', None) in messages


def test_the_fixed_msgids_of_the_language_switch_are_translated():
    for language in LANGUAGES:
        with translation.override(language):
            for msgid in FIXED_MSGIDS:
                assert translation.gettext(msgid) != msgid, (language, msgid)


@pytest.mark.parametrize(
    ("language", "heading"),
    [
        ("nl", "Er ging iets mis"),
        ("en", "Something went wrong"),
        ("ar", "حدث خطأ ما"),
        ("tr", "Bir sorun oluştu"),
        ("pl", "Coś poszło nie tak"),
        ("uk", "Щось пішло не так"),
    ],
)
def test_the_500_page_speaks_the_active_language_and_direction(language, heading):
    """The 500 page renders without a request (Django's handler): it reads the language itself."""
    with translation.override(language):
        html = render_to_string("500.html")
    assert f'<html lang="{language}" dir="{"rtl" if language == "ar" else "ltr"}">' in html
    assert f"<h1>{heading}</h1>" in html
