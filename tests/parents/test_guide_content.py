"""Every theme with lessons for young people has a parent guide in the demo content, at B1 and in one form of
address. Read from the content files (no database); marked `demo` as a check of the demo catalogue itself."""

import shutil

import pytest

from home.demo.content import CONTENT_DIR, ContentError, read_content
from home.demo.guide_check import check_guide, guide_summary
from home.demo.schema import Vocabulary

pytestmark = pytest.mark.demo

SPORTS_ONLY = {"sportvereniging"}


@pytest.fixture(scope="module")
def themes():
    return read_content(Vocabulary()).themes


def youth_themes(themes):
    """Themes with at least one lesson for young people outside the sports club (school or neighbourhood)."""
    return [theme for theme in themes if any(set(lesson.settings) - SPORTS_ONLY for lesson in theme.lessons)]


def test_every_youth_theme_has_a_parent_guide(themes):
    youth = youth_themes(themes)
    assert len(youth) >= 13  # the brochure's voorlichtingen for young people
    assert [theme.slug for theme in youth if theme.parent_guide is None] == []


def test_every_parent_guide_passes_b1_and_keeps_to_one_form_of_address(themes):
    problems = []
    for theme in themes:
        if theme.parent_guide:
            readability, address = check_guide(theme.parent_guide)
            print(f"{theme.slug}: {guide_summary(theme.parent_guide)}")  # the scores, with pytest -s
            if not readability.passes or address.mixed:
                problems.append(f"{theme.slug}: {guide_summary(theme.parent_guide)}")
    assert problems == []


def test_the_guides_speak_to_parents_as_u_like_the_guide_pages_headings(themes):
    """The guide page's own headings say "u" ("Zo begint u het gesprek"), so the text does too."""
    forms = {theme.slug: check_guide(theme.parent_guide)[1].forms for theme in themes if theme.parent_guide}
    assert {slug: form for slug, form in forms.items() if form != {"u"}} == {}


def test_loading_stops_at_a_guide_that_mixes_u_and_je(tmp_path):
    folder = tmp_path / "content"
    shutil.copytree(CONTENT_DIR, folder)
    path = folder / "themes" / "100-wapens-en-geweld.yaml"
    path.write_text(path.read_text().replace("Een mes maakt niemand veiliger.", "Een mes maakt je niet veiliger."))
    with pytest.raises(ContentError) as error:
        read_content(Vocabulary(), folder)
    assert error.value.messages == [
        "100-wapens-en-geweld.yaml: parent_guide: Aanspreekvorm gemengd: “u” in “Uw kind kreeg op school een les van "
        "Halt over wapens en geweld. Het ging over messen, de wet en ruzie oplossen zonder geweld. Met deze "
        "gesprekshulp praat u er thuis verder over.”; “je” in “Uw kind dacht na over angst en stoer doen. Een mes "
        "maakt je niet veiliger. Het maakt een ruzie juist gevaarlijker.”."
    ]


def test_every_guide_gives_the_ouderbrief_a_b1_why(themes):
    """The ouderbrief's "Waarom deze les?" is the guide's intro without its sentence about the guide itself; a
    letter follows a lesson for young people."""
    from lessons.letters import GUIDE_ITSELF
    from lessons.readability import analyse, split_sentences

    whys = {
        theme.slug: " ".join(s for s in split_sentences(theme.parent_guide.intro) if not GUIDE_ITSELF.search(s))
        for theme in youth_themes(themes)
    }
    assert len(whys) >= 13
    assert {slug: why for slug, why in whys.items() if not why or not analyse({"why": [why]}).passes} == {}


def test_every_guide_is_named_after_its_theme(themes):
    """One name per theme (the brochure's): the guide beside "Sexting education" is not "... Sexting"."""
    titles = {theme.slug: theme.parent_guide.title for theme in themes if theme.parent_guide}
    expected = {theme.slug: f"Gesprekshulp voor ouders: {theme.title}" for theme in themes if theme.parent_guide}
    assert titles == expected
