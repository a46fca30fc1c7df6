"""The translators' files are checked before anything loads: each problem names the file and the field."""

import shutil
from pathlib import Path

import pytest
import yaml

from home.demo.content import CONTENT_DIR, read_content
from home.demo.schema import Vocabulary
from home.demo.translation_files import read_translations

SAMPLE = Path(__file__).resolve().parent / "sample"
GUIDE = "translations/en/themes/010-invloed-van-de-groep.yaml"


@pytest.fixture(scope="module")
def dutch():
    """The Dutch files the sample translates, read without a database (nothing is loaded)."""
    return read_content(Vocabulary())


@pytest.fixture
def folder(tmp_path):
    """A copy of the English sample to break, as translations/ beside the Dutch files."""
    target = tmp_path / "translations"
    shutil.copytree(SAMPLE, target)
    return target


def edit(path, change):
    data = yaml.safe_load(path.read_text())
    change(data)
    path.write_text(yaml.safe_dump(data, allow_unicode=True))


def problems(dutch, folder):
    return read_translations(dutch, folder, CONTENT_DIR)[1]


def test_the_sample_is_a_valid_translation(dutch, folder):
    languages, found = read_translations(dutch, folder, CONTENT_DIR)
    assert found == []
    [english] = languages
    assert english.language == "en" and english.site.home.audience_entries[1].audience == "I am a parent"
    [(theme, guide)] = english.guides
    assert theme.slug == "invloed-van-de-groep" and guide.parent_guide.learned.kennis.startswith("Your child")


def test_an_unknown_key_names_file_and_field(dutch, folder):
    edit(folder / "en/themes/010-invloed-van-de-groep.yaml", lambda data: data["parent_guide"].update(subtitle="x"))
    assert problems(dutch, folder) == [f"{GUIDE}: parent_guide.subtitle: onbekend veld (spelfout?)"]


def test_a_list_shorter_than_the_dutch_list(dutch, folder):
    edit(folder / "en/themes/010-invloed-van-de-groep.yaml", lambda data: data["parent_guide"]["what_you_can_do"].pop())
    assert problems(dutch, folder) == [
        f"{GUIDE}: parent_guide.what_you_can_do: 5 items, de Nederlandse lijst heeft er 6"
    ]


def test_a_missing_date_and_a_doubled_audience_entry(dutch, folder):
    def change(data):
        del data["translated_on"]
        data["home"]["audience_entries"].append(data["home"]["audience_entries"][0])

    edit(folder / "en/site.yaml", change)
    assert problems(dutch, folder) == ["translations/en/site.yaml: translated_on: ontbreekt"]
    edit(folder / "en/site.yaml", lambda data: data.update(translated_on="2026-11-30"))
    assert problems(dutch, folder) == [
        "translations/en/site.yaml: translated_on: moet een datum zijn (jjjj-mm-dd, zonder aanhalingstekens)"
    ]


def test_a_translation_of_a_file_that_is_not_there_in_dutch(dutch, folder):
    shutil.copy(folder / "en/themes/010-invloed-van-de-groep.yaml", folder / "en/themes/990-bestaat-niet.yaml")
    (folder / "en/pages").mkdir()
    (folder / "en/pages/99-weg.md").write_text("---\nslug: weg\ntitle: Gone\ntranslated_on: 2026-11-30\n---\n\nText.\n")
    assert problems(dutch, folder) == [
        "translations/en/themes/990-bestaat-niet.yaml: geen Nederlands themabestand themes/990-bestaat-niet.yaml",
        "translations/en/pages/99-weg.md: geen Nederlands bestand pages/99-weg.md",
    ]


def test_a_page_with_other_sections_than_the_dutch_page(dutch, folder):
    (folder / "en/pages").mkdir()
    (folder / "en/pages/20-privacy.md").write_text(
        "---\nslug: privacy\ntitle: Privacy\ntranslated_on: 2026-11-30\n---\n\nIntro.\n\n## Only one\n\nText.\n"
    )
    found = problems(dutch, folder)
    assert found and found[0].startswith("translations/en/pages/20-privacy.md: sections: 1 items, de Nederlandse")


def test_help_and_facts_by_dutch_slug_and_an_unknown_language(dutch, folder):
    (folder / "en/help-resources.yaml").write_text(
        "translated_on: 2026-11-30\nresources:\n  - slug: bestaat-niet\n    when: Call when worried.\n"
    )
    (folder / "fr").mkdir()
    assert problems(dutch, folder) == [
        "translations/en/help-resources.yaml: resources[0].slug: bestaat-niet staat niet in het Nederlandse bestand",
        "translations/fr: onbekende taal; kies uit: en, ar, tr, pl, uk",
    ]


def test_missing_files_are_simply_not_translated(dutch, tmp_path):
    (tmp_path / "translations/ar").mkdir(parents=True)
    languages, found = read_translations(dutch, tmp_path / "translations", CONTENT_DIR)
    assert found == [] and languages[0].site is None and languages[0].guides == []
