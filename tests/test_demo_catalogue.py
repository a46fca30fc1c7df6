"""The demo catalogue holds every offer of Halt's brochure, each complete, and loading it twice changes nothing.

Checks of the demo content itself (marker `demo`): they load the whole demo once per session. The rules for a
single content file are tested on small files in tests/curriculum/test_demo_content.py."""

import io
import re

import pytest
import yaml
from django.contrib.auth import get_user_model
from django.core.management import call_command
from wagtail.models import Page, PageLogEntry, Revision

from curriculum.models import ThemePage
from curriculum.vocabularies import Goal, Use
from home.demo.content import CONTENT_DIR
from lessons.models import HelpResource, LessonPage, ParentGuidePage, ProfessionalGuidePage, SharedActivity
from tests.factories import DUTCH
from tests.nested_text import strings

pytestmark = [pytest.mark.django_db, pytest.mark.demo]

YOUTH_VOORLICHTINGEN = [
    "Invloed van de groep", "Gedrag online", "Sexting education", "Snelle euro's hebben een prijs",
    "De kosten van snel geld verdienen", "Geldezels", "Alertprogramma", "Online fraude en cybercriminaliteit",
    "Jeugdcriminaliteit", "Wapens en geweld", "Veilig oud en nieuw", "Tolerantie en respect", "Klassendialoog",
]  # fmt: skip
SPORTS_OFFERS = [
    "Sportiviteit en Respect", "Controle is Winnen", "Herstel en Bemiddeling",
    "Sport en Gedrag I", "Sport en Gedrag II",
]  # fmt: skip
PARENT_MEETING_THEMES = [
    "Invloed van de groep", "Wapens en geweld", "Ondermijning", "Gedrag online",
    "Online fraude en cybercriminaliteit", "Tolerantie en respect",
]  # fmt: skip
HELP = ["Veilig Thuis", "Helpwanted", "Meld Misdaad Anoniem", "Fier", "113", "Slachtofferhulp"]


def test_every_youth_voorlichting_is_a_theme_with_a_lesson_per_age_band(demo):
    for title in YOUTH_VOORLICHTINGEN:
        theme = ThemePage.objects.live().get(title=title, **DUTCH)
        lessons = LessonPage.objects.child_of(theme).live()
        assert lessons.count() >= 2, title
        bands = {band.slug for lesson in lessons for band in lesson.age_bands.all()}
        assert len(bands) >= 2, f"{title} reaches only {bands}"


def test_the_klassendialoog_has_two_socratic_lessons_per_age_band(demo):
    theme = ThemePage.objects.get(slug="klassendialoog", **DUTCH)
    for band in ("vo-onderbouw", "vo-bovenbouw"):
        lessons = LessonPage.objects.child_of(theme).filter(age_bands__slug=band)
        assert lessons.count() == 2
        for lesson in lessons:
            assert any(block.block_type == "socratic" for block in lesson.activities)


def test_every_sports_offer_exists_at_the_sports_club(demo):
    for title in SPORTS_OFFERS:
        lesson = LessonPage.objects.live().get(title=title)
        assert "sportvereniging" in {setting.slug for setting in lesson.settings.all()}


def test_the_six_parent_meetings_are_parent_guides_with_help(demo):
    for title in PARENT_MEETING_THEMES:
        theme = ThemePage.objects.get(title=title, **DUTCH)
        guide = ParentGuidePage.objects.child_of(theme).live().get()
        assert guide.help_resources.count() >= 1
        assert len(guide.conversation_starters) >= 3


def test_the_professional_offers_exist(demo):
    titles = list(ProfessionalGuidePage.objects.live().values_list("title", flat=True))
    assert any("Ondermijning" in title for title in titles)
    assert any("Herstelcirkel" in title for title in titles)


def test_every_lesson_is_complete(demo):
    lessons = LessonPage.objects.live()
    assert lessons.count() >= 40
    for lesson in lessons:
        assert len(lesson.activities) >= 4, lesson.title
        assert lesson.activity_minutes == lesson.duration, lesson.title
        assert lesson.goals_served == set(Goal.values), lesson.title
        assert lesson.age_bands.exists() and lesson.settings.exists(), lesson.title
        assert all(text for _code, _label, text in lesson.goals), lesson.title
        assert "lorem" not in str(lesson.activities.raw_data).lower()


def test_lessons_with_a_parent_guide_link_to_it(demo):
    for guide in ParentGuidePage.objects.live():
        for lesson in guide.accompanies.all():
            assert guide in lesson.parent_guides.all()


def test_a_reactive_lesson_carries_the_shared_ground_rules_reactive_line(demo):
    rules = SharedActivity.objects.get(slug="groepsafspraken")
    line = rules.reactive_variant["presenter_line"]
    lesson = next(
        lesson
        for lesson in LessonPage.objects.live().filter(use__in=[Use.REACTIEF, Use.BEIDE])
        if any(block.block_type == "shared" for block in lesson.activities)
    )
    assert line and line in lesson.presenter_text()


def test_real_help_resources_are_there(demo):
    names = " ".join(HelpResource.objects.values_list("name", flat=True))
    for name in HELP:
        assert name in names
    assert HelpResource.objects.get(slug="veilig-thuis", **DUTCH).tel_href == "tel:08002000"


def test_demo_accounts_belong_to_their_roles(demo):
    users = get_user_model().objects
    assert users.get(username="admin").is_superuser
    assert users.get(username="redacteur").groups.filter(name="Curriculumredactie").exists()
    assert users.get(username="eindredacteur").groups.filter(name="Eindredactie").exists()
    medewerker = users.get(username="medewerker")
    assert medewerker.has_perm("lessons.view_presenter_material")
    assert not medewerker.is_staff
    assert medewerker.check_password("halt-demo")


def test_a_second_run_changes_nothing(demo):
    before = (
        Page.objects.count(),
        Revision.objects.count(),
        PageLogEntry.objects.count(),
        HelpResource.objects.count(),
    )
    out = io.StringIO()
    call_command("load_demo", stdout=out)
    after = (Page.objects.count(), Revision.objects.count(), PageLogEntry.objects.count(), HelpResource.objects.count())
    assert after == before
    assert "er is niets veranderd" in out.getvalue()


def test_the_loader_shows_progress_per_theme(demo):
    assert "Thema 1/" in demo
    assert "Invloed van de groep" in demo


def test_an_edited_lesson_is_left_alone(demo):
    lesson = LessonPage.objects.get(slug="geldezels-vo-onderbouw")
    lesson.summary = "Door een redacteur herschreven."
    lesson.save()
    call_command("load_demo", stdout=io.StringIO())
    lesson.refresh_from_db()
    assert lesson.summary == "Door een redacteur herschreven."


def test_load_demo_if_empty_skips_a_database_with_lessons(demo):
    out = io.StringIO()
    call_command("load_demo", "--if-empty", stdout=out)
    assert "niet geladen" in out.getvalue()


# A legal age or article typed out in running text (issue 14): the demo cites the fact instead, so that a change in
# the law is made once, in the register. Quiz questions and answers may name an age: they ask, they don't state.
TYPED_OUT_LAW = [
    re.compile(pattern, re.IGNORECASE)
    for pattern in (
        r"\bvanaf (?:je )?1\d(?: jaar)?\b",  # vanaf 12 jaar, vanaf 16
        r"\b1\d(?:-| jaar)? tot (?:en met )?[12]\d(?: jaar|-jarigen)\b",  # 12 tot 18 jaar, 16- tot 23-jarigen
        r"\bonder de 1\d\b",
        r"\bjonger dan 1\d\b",
        r"\b[12]\d jaar of ouder\b",
        r"\bartikel(?:en)? \d",
        r"\bart\. ?\d",
        r"\b\d+[a-z]* (?:Sr|Sv|Wwm)\b",
        r"\bstrafbaar vanaf\b",
        r"\bstrafrechtelijk verantwoordelijk\b",
    )
]
NOT_RUNNING_TEXT = {"question", "answers", "options", "title", "slug", "facts", "central_question", "everyday_terms"}


def typed_out_law(node):
    """(path, what was typed) for every string in a theme file that states a legal age or article."""
    for path, text in strings(node, skip=NOT_RUNNING_TEXT):
        found = [match.group(0) for pattern in TYPED_OUT_LAW if (match := pattern.search(text))]
        if found:
            yield path, ", ".join(found)


def cited_slugs(node):
    """Every slug under a `facts:` key, wherever it is (activity, quiz question, guide)."""
    if isinstance(node, dict):
        for key, value in node.items():
            yield from (value if key == "facts" else cited_slugs(value))
    elif isinstance(node, list):
        for value in node:
            yield from cited_slugs(value)


def theme_files():
    return {
        path.name: yaml.safe_load(path.read_text(encoding="utf-8")) for path in (CONTENT_DIR / "themes").glob("*.yaml")
    }


def test_the_check_finds_typed_out_law_and_leaves_questions_and_other_ages_alone():
    theme = {
        "why": ["Vanaf 12 jaar ben je strafbaar."],
        "lessons": [
            {
                "summary": "Openlijke geweldpleging (artikel 141 Sr) en Halt voor 12- tot 17-jarigen.",
                "activities": [{"questions": [{"question": "Vanaf welke leeftijd?", "answers": ["Vanaf 12 jaar"]}]}],
                "follow_up": [{"text": "De Kindertelefoon is er tot 18 jaar. Noor (13 jaar) vernielt een fiets."}],
            }
        ],
    }
    assert list(typed_out_law(theme)) == [
        (".why[0]", "Vanaf 12 jaar"),
        (".lessons[0].summary", "12- tot 17-jarigen, artikel 1, 141 Sr"),
    ]


def test_themes_cite_legal_facts_instead_of_typing_them_out():
    typed = [f"{name}{path}: '{text}'" for name, theme in theme_files().items() for path, text in typed_out_law(theme)]
    assert typed == [], "cite the fact (facts: [...]) instead of typing it out:\n" + "\n".join(typed)


def test_every_cited_fact_is_in_the_register():
    known = {fact["slug"] for fact in yaml.safe_load((CONTENT_DIR / "facts.yaml").read_text(encoding="utf-8"))}
    cited = {(name, slug) for name, theme in theme_files().items() for slug in cited_slugs(theme)}
    assert cited and {(name, slug) for name, slug in cited if slug not in known} == set()
