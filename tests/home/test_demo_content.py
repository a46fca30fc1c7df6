"""The demo content files: a bad file is refused with a message naming file and field; the loader builds the
pages from small files without factories, once. Each test writes its own small content folder in tmp_path."""

import functools
import io
import operator
import re

import pytest
import yaml
from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command
from wagtail.models import Page, ReferenceIndex, Site
from wagtail.search.models import IndexEntry

from curriculum.models import ThemePage
from home.demo.content import ContentError, read_content
from home.demo.indexing import indexed_once
from home.demo.loader import DemoLoader, database_vocabulary
from home.demo.schema import Vocabulary
from home.models import HomePage, StandardPage
from lessons.models import HelpResource, LessonPage, ParentGuidePage
from lessons.models.presenting import ParentLetterSettings, PresentingSettings
from tests.factories import LegalFactFactory

VOCABULARY = Vocabulary(
    age_bands=frozenset({"vo-onderbouw", "mbo"}),
    settings=frozenset({"school"}),
    content_guidance=frozenset({"geweld"}),
)
THEME_FILE = "010-groepsdruk.yaml"


def activity(goal, minutes=10, **fields):
    return {
        "kind": "activity",
        "title": f"Over {goal}",
        "minutes": minutes,
        "goal": goal,
        "pupil_content": "Wat de klas ziet.",
        "instructions": "Wat de medewerker doet.",
        **fields,
    }


def theme():
    return {
        "slug": "groepsdruk",
        "title": "Groepsdruk",
        "summary": "Waar dit thema over gaat.",
        "why": ["Waarom het ertoe doet."],
        "lessons": [
            {
                "title": "Groepsdruk (onderbouw)",
                "slug": "groepsdruk-vo-onderbouw",
                "offer_type": "voorlichting",
                "age_bands": ["vo-onderbouw"],
                "use": "proactief",
                "settings": ["school"],
                "duration": 45,
                "group_size": "Eén klas",
                "central_question": "Wat doe jij als de groep iets wil?",
                "summary": "Leerlingen praten over groepsdruk.",
                "goals": {"kennis": "Weten.", "bewustwording": "Zien.", "handelingsperspectief": "Doen."},
                "activities": [
                    activity("kennis", presenter_notes="Alleen voor de presentator."),
                    activity("bewustwording"),
                    {
                        "kind": "quiz",
                        "title": "Check",
                        "minutes": 5,
                        "goal": "kennis",
                        "questions": [{"question": "Klopt het?", "answers": ["Ja", "Nee"], "correct": 1}],
                    },
                    activity("handelingsperspectief", minutes=20),
                ],
                "safe_delivery": {
                    "ground_rules": ["We noemen geen namen."],
                    "disclosure": "Overleg met de aandachtsfunctionaris.",
                    "signposting": ["veilig-thuis"],
                },
            }
        ],
        "parent_guide": {
            "title": "Gesprekshulp voor ouders: Groepsdruk",
            "intro": "Uw kind kreeg een les.",
            "learned": {"kennis": "Weten.", "bewustwording": "Zien.", "handelingsperspectief": "Doen."},
            "conversation_starters": ["Wat vond je van de les?"],
            "what_you_can_do": ["Luister eerst."],
            "help": ["veilig-thuis"],
        },
    }


HELP = [
    {
        "slug": "veilig-thuis",
        "name": "Veilig Thuis (test)",
        "phone": "0800-2000",
        "url": "https://www.veiligthuis.nl",
        "when": "Als u zich zorgen maakt.",
        "order": 10,
    }
]
SITE = {
    "home": {
        "title": "Halt Leerlijn",
        "intro": "Welkom.",
        "audience_entries": [
            {"audience": "Ik ben ouder", "text": "Praat thuis.", "page": "groepsdruk"},
            {"audience": "Ik ben Halt-medewerker", "text": "Log in.", "place": "inloggen"},
        ],
    },
    "leerlijn": {"slug": "leerlijn", "title": "De doorlopende leerlijn", "intro": "Per thema een les."},
    "presenting": {
        "reactive_steps": ["Vraag de school wat er gebeurde.", "Noem geen namen."],
        "default_ground_rules": ["We luisteren naar elkaar."],
        "default_disclosure": "Blijf rustig en luister.",
    },
    "parent_letters": {
        "letter_opening": "Beste ouder,\n\nOp {datum} was Halt op {school}.",
        "letter_closing": "Groet,\n\n{school}",
        "invitation": "Kom naar de ouderavond op {datum}.",
    },
}
PAGE = """---
slug: privacy
title: Privacy
---

We verzamelen niets
van jongeren.

## Cookies

Geen trackingcookies.

Alleen een sessiecookie voor wie inlogt.
"""


def write(folder, name, data):
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(data if isinstance(data, str) else yaml.safe_dump(data, allow_unicode=True, sort_keys=False))
    return path


@pytest.fixture
def content(tmp_path):
    """A small valid content folder; tests break one thing in it."""
    write(tmp_path, "help-resources.yaml", HELP)
    write(tmp_path, "site.yaml", SITE)
    write(tmp_path, f"themes/{THEME_FILE}", theme())
    write(tmp_path, "pages/10-privacy.md", PAGE)
    return tmp_path


def problems(folder):
    with pytest.raises(ContentError) as raised:
        read_content(VOCABULARY, folder)
    return raised.value.messages


def broken_theme(folder, changes):
    """Write the small theme with `changes` made (path as the messages write it: value, or REMOVE) and read it."""
    data = theme()
    for path, value in changes.items():
        *parents, last = [int(step) if step.isdigit() else step for step in re.findall(r"\w+", path)]
        node = functools.reduce(operator.getitem, parents, data)
        if value is REMOVE:
            del node[last]
        else:
            node[last] = value
    write(folder, f"themes/{THEME_FILE}", data)
    return problems(folder)


REMOVE = object()
LESSON = f"{THEME_FILE}: lessons[0]"
BROKEN_THEMES = {
    "a_wrong_type_names_file_and_field": (
        {"lessons[0].activities[0].minutes": "tien"},
        [f"{LESSON}.activities[0].minutes: moet een heel getal zijn"],
    ),
    "a_number_written_as_text_is_refused": (
        {"lessons[0].duration": "45"},
        [f"{LESSON}.duration: moet een heel getal zijn"],
    ),
    "an_unknown_key_is_an_error_not_ignored": (
        {"lessons[0].activities[1].presentor_notes": "Typo."},
        [f"{LESSON}.activities[1].presentor_notes: onbekend veld (spelfout?)"],
    ),
    "a_missing_key": (
        {"lessons[0].central_question": REMOVE},
        [f"{LESSON}.central_question: ontbreekt"],
    ),
    "unknown_vocabulary_slugs": (
        {
            "lessons[0].age_bands": ["vo-onderbouw", "groep-9"],
            "lessons[0].settings": ["kerk"],
            "lessons[0].activities[2].goal": "plezier",
        },
        [
            f"{LESSON}.age_bands: onbekende leeftijdsgroep groep-9; kies uit: mbo, vo-onderbouw",
            f"{LESSON}.settings: onbekende setting kerk; kies uit: school",
            f"{LESSON}.activities[2].goal: moet een van deze waarden zijn: "
            "'kennis', 'bewustwording' of 'handelingsperspectief'",
        ],
    ),
    "help_resources_must_be_in_the_help_file": (
        {
            "lessons[0].safe_delivery.signposting": ["veilig-thuis", "helpwanted"],
            "parent_guide.help": ["kindertelefoon"],
        },
        [
            f"{LESSON}.safe_delivery.signposting: onbekende hulpbron helpwanted; kies uit: veilig-thuis",
            f"{THEME_FILE}: parent_guide.help: onbekende hulpbron kindertelefoon; kies uit: veilig-thuis",
        ],
    ),
    "durations_must_add_up": (
        {"lessons[0].duration": 50},
        [f"{LESSON}.duration: 50 minuten, maar de activiteiten duren samen 45 minuten"],
    ),
    "an_unknown_activity_kind": (
        {"lessons[0].activities[3].kind": "spel"},
        [
            f"{LESSON}.activities[3]: onbekende soort 'spel'; "
            "kies uit: 'activity', 'dilemma', 'socratic', 'quiz', 'shared'"
        ],
    ),
    "a_quiz_answer_must_exist": (
        {"lessons[0].activities[2].questions[0].correct": 2},
        [f"{LESSON}.activities[2].questions[0].correct: 2 wijst voorbij de 2 antwoorden (tel vanaf 0)"],
    ),
    "a_parent_guide_accompanies_lessons_of_its_own_theme": (
        {"parent_guide.accompanies": ["groepsdruk-mbo"]},
        [f"{THEME_FILE}: parent_guide: accompanies noemt groepsdruk-mbo, maar dat is geen les in dit thema"],
    ),
    "a_worksheet_named_only_is_refused": (
        {"lessons[0].activities[0].materials": ["Digibord", "Werkblad Mijn plan"]},
        [
            f"{LESSON}.activities[0].materials: Werkblad Mijn plan wordt geprint: schrijf het als name met cards "
            "(kaarten), questions (vragen) of columns (kolommen), zodat de PDF de inhoud heeft"
        ],
    ),
    "a_card_without_text_names_the_card": (
        {
            "lessons[0].activities[0].materials": [
                "Digibord",
                {"name": "Rolkaarten", "cards": [{"text": "Je ziet een filmpje."}, {"title": "De mentor"}]},
            ]
        },
        [f"{LESSON}.activities[0].materials[1].cards[1].text: ontbreekt"],
    ),
    "every_goal_must_be_served": (
        {"lessons[0].activities[3].goal": "kennis"},
        [f"{LESSON}.activities: geen activiteit dient het lesdoel handelingsperspectief"],
    ),
    "pages_in_a_theme_need_their_own_slugs": (
        {"lessons[0].slug": "ouders"},  # the parent guide's default slug
        [f"{THEME_FILE}: twee pagina's in dit thema met de slug ouders"],
    ),
}


@pytest.mark.parametrize(("changes", "messages"), list(BROKEN_THEMES.values()), ids=list(BROKEN_THEMES))
def test_a_broken_theme_is_refused_naming_file_and_field(content, changes, messages):
    assert broken_theme(content, changes) == messages


def test_the_small_content_is_valid(content):
    read = read_content(VOCABULARY, content)
    assert [t.slug for t in read.themes] == ["groepsdruk"]
    assert read.pages[0].intro == "We verzamelen niets van jongeren."
    assert read.pages[0].sections[0].paragraphs == ["Geen trackingcookies.", "Alleen een sessiecookie voor wie inlogt."]


def test_a_standard_page_cannot_take_the_leerlijns_slug(content):
    write(content, "pages/20-leerlijn.md", PAGE.replace("slug: privacy", "slug: leerlijn"))
    assert problems(content) == ["pages: de slug leerlijn staat er twee keer in"]


def test_a_yaml_syntax_error_gives_the_line(content):
    write(content, f"themes/{THEME_FILE}", "slug: groepsdruk\ntitle: [Groepsdruk\n")
    [message] = problems(content)
    assert message.startswith(f"{THEME_FILE}: regel 3, kolom 1: geen geldige YAML")


def test_a_doubled_key_is_not_silently_dropped(content):
    write(content, f"themes/{THEME_FILE}", "slug: groepsdruk\ntitle: Groepsdruk\ntitle: Groepsdruk 2\n")
    [message] = problems(content)
    assert message == f"{THEME_FILE}: regel 3, kolom 1: geen geldige YAML: het veld 'title' staat er twee keer in"


def test_the_file_name_must_end_in_the_slug(content):
    (content / "themes" / THEME_FILE).rename(content / "themes" / "010-groepdruk.yaml")
    assert problems(content) == ["010-groepdruk.yaml: slug: de bestandsnaam moet <volgnummer>-groepsdruk.yaml zijn"]


def test_problems_in_several_files_are_reported_together(content):
    write(content, "help-resources.yaml", [{**HELP[0], "url": "www.veiligthuis.nl"}])
    write(content, "pages/20-over-halt.md", "## Geen front matter\n\nTekst.\n")
    write(
        content,
        "site.yaml",
        {**SITE, "home": {**SITE["home"], "audience_entries": [{"audience": "x", "text": "y", "page": "nergens"}]}},
    )
    assert problems(content) == [
        "help-resources.yaml: [0].url: heeft niet de goede vorm (een webadres dat begint met https://)",
        "20-over-halt.md: begint niet met front matter tussen twee regels '---'",
    ]  # the audience entry is checked across files, after each file on its own is right


def test_a_page_needs_exactly_one_intro_paragraph(content):
    write(content, "pages/10-privacy.md", PAGE.replace("van jongeren.\n", "van jongeren.\n\nNog een alinea.\n"))
    assert problems(content) == ["10-privacy.md: intro: vóór de eerste kop hoort precies één alinea (de inleiding)"]


def test_an_audience_entry_must_point_at_the_leerlijn_or_a_theme(content):
    entries = [{"audience": "Ik ben ouder", "text": "Praat thuis.", "page": "nergens"}]
    write(content, "site.yaml", {**SITE, "home": {**SITE["home"], "audience_entries": entries}})
    assert problems(content) == [
        "site.yaml: home.audience_entries[0].page: nergens is geen leerlijn, ouderpagina of thema"
    ]


def test_an_audience_entry_has_a_page_or_a_place(content):
    entries = [{"audience": "Ik ben medewerker", "text": "Log in.", "page": "groepsdruk", "place": "inloggen"}]
    write(content, "site.yaml", {**SITE, "home": {**SITE["home"], "audience_entries": entries}})
    assert "precies één van beide" in problems(content)[0]


def test_the_real_demo_content_reads_without_a_database():
    """Vocabulary() leaves references unjudged: how a browser test reads the texts it expects on the page."""
    content = read_content(Vocabulary())
    lessons = {lesson.slug: lesson for theme in content.themes for lesson in theme.lessons}
    assert lessons["geldezels-vo-onderbouw"].model_dump()["activities"][0]["optional"] is False


@pytest.mark.django_db
def test_the_real_demo_content_is_valid_against_the_database_vocabulary():
    content = read_content(database_vocabulary())
    assert len(content.themes) >= 16 and len(content.pages) >= 4


@pytest.mark.django_db
def test_the_loader_builds_the_pages_from_the_files_once(content):
    out = []
    report = DemoLoader(out=out.append, content_dir=content).run()
    assert out[0] == "Thema 1/1: Groepsdruk (1 lessen)"
    assert out[1].startswith("  Gesprekshulp voor ouders: Leesbaarheid ") and out[1].endswith("Aanspreekvorm: u.")
    assert len(out) == 2
    lesson = LessonPage.objects.get(slug="groepsdruk-vo-onderbouw")
    assert lesson.get_parent().specific == ThemePage.objects.get(slug="groepsdruk")
    assert [band.slug for band in lesson.age_bands.all()] == ["vo-onderbouw"]
    assert lesson.live and lesson.live_revision is not None
    assert [block.block_type for block in lesson.activities] == ["activity", "activity", "quiz", "activity"]
    assert lesson.activities[2].value["questions"][0]["correct"] == 2  # the block counts from 1, the file from 0
    guide = ParentGuidePage.objects.get()
    assert list(guide.accompanies.all()) == [lesson]
    assert [item.resource.slug for item in guide.help_resources.all()] == ["veilig-thuis"]
    page = StandardPage.objects.get(slug="privacy")
    assert (
        page.body[0].value["text"].source
        == "<p>Geen trackingcookies.</p><p>Alleen een sessiecookie voor wie inlogt.</p>"
    )
    home = HomePage.objects.get()
    assert home.audience_entries[0].value["page"].specific == ThemePage.objects.get()
    assert home.audience_entries[1].value.place_url() == "/inloggen/"
    assert Site.objects.get(is_default_site=True).site_name == "Halt Leerlijn"  # the admin dashboard's heading

    pages = Page.objects.count()
    assert DemoLoader(out=out.append, content_dir=content).run().created == []
    assert Page.objects.count() == pages
    assert len(report.created) > 5


@pytest.mark.django_db
def test_other_content_on_the_default_site_is_left_alone(content):
    """A database whose site shows someone else's page keeps it; the demo goes beside it."""
    root = Page.get_first_root_node()
    Page.objects.filter(depth=2).delete()
    other = root.add_child(instance=Page(title="Andere inhoud", slug="andere"))
    Site.objects.update_or_create(is_default_site=True, defaults={"hostname": "localhost", "root_page": other})
    out = []
    DemoLoader(out=out.append, content_dir=content).run()
    assert Site.objects.get(is_default_site=True).root_page_id == other.pk
    assert Page.objects.filter(pk=other.pk, title="Andere inhoud").exists()
    assert HomePage.objects.get().slug == "halt-leerlijn"  # beside it, under the root
    assert any("blijft staan" in line for line in out)


@pytest.mark.django_db
def test_the_loader_fills_the_site_settings_and_keeps_what_editors_wrote(content):
    PresentingSettings.objects.all().delete()  # a fresh site: nothing seeded
    ParentLetterSettings.objects.all().delete()
    DemoLoader(out=lambda line: None, content_dir=content).run()
    site = Site.objects.get(is_default_site=True)
    presenting, letters = PresentingSettings.for_site(site), ParentLetterSettings.for_site(site)
    assert presenting.reactive_step_list() == ["Vraag de school wat er gebeurde.", "Noem geen namen."]
    assert presenting.default_ground_rule_list() == ["We luisteren naar elkaar."]
    assert presenting.default_disclosure == "Blijf rustig en luister."
    opening = letters.fill(letters.letter_opening, "De Brug", "1 april")
    assert opening == ["Beste ouder,", "Op 1 april was Halt op De Brug."]

    presenting.reactive_steps = "Eigen stap van de redactie."
    presenting.save()
    DemoLoader(out=lambda line: None, content_dir=content).run()
    assert PresentingSettings.for_site(site).reactive_step_list() == ["Eigen stap van de redactie."]


def test_site_settings_are_required_in_the_content(content):
    write(content, "site.yaml", {key: value for key, value in SITE.items() if key != "presenting"})
    assert problems(content) == ["site.yaml: presenting: ontbreekt"]


@pytest.mark.django_db
def test_the_loader_writes_nothing_when_a_file_is_wrong(content):
    data = theme()
    data["lessons"][0]["duration"] = 50
    write(content, f"themes/{THEME_FILE}", data)
    pages, resources = Page.objects.count(), HelpResource.objects.count()
    with pytest.raises(ContentError):
        DemoLoader(out=lambda line: None, content_dir=content).run()
    assert (Page.objects.count(), HelpResource.objects.count()) == (pages, resources)


@pytest.mark.django_db
def test_load_demo_check_reads_without_loading():
    out = io.StringIO()
    pages = Page.objects.count()
    call_command("load_demo", "--check", stdout=out)
    assert "De democontent klopt." in out.getvalue()
    assert Page.objects.count() == pages


def index_entry(obj):
    content_type = ContentType.objects.get_for_model(obj)
    return IndexEntry.objects.filter(content_type=content_type, object_id=str(obj.pk)).first()


@pytest.mark.django_db
def test_what_the_loader_made_is_in_the_search_and_reference_indexes(content):
    DemoLoader(out=lambda line: None, content_dir=content).run()  # indexes once, at the end (home/demo/indexing.py)
    guide = ParentGuidePage.objects.get()
    for page in (ThemePage.objects.get(), LessonPage.objects.get(), guide):
        assert index_entry(page) is not None
    resource = HelpResource.objects.get(slug="veilig-thuis")
    assert ReferenceIndex.get_references_to(resource).filter(object_id=str(guide.pk)).exists()
    indexed_title = index_entry(guide).title  # the title as the backend indexes it (a tsvector on PostgreSQL)
    guide.title = "Zebrapad"
    guide.save_revision().publish()  # after the load, a save updates the index at once again
    assert index_entry(guide).title != indexed_title


@pytest.mark.django_db
def test_indexed_once_indexes_at_the_end_of_the_block_and_skips_what_was_deleted():
    with indexed_once():
        fact, gone = LegalFactFactory(), LegalFactFactory()
        assert index_entry(fact) is None
        gone_pk = gone.pk
        gone.delete()
    assert index_entry(fact) is not None
    assert not IndexEntry.objects.filter(object_id=str(gone_pk), content_type__model="legalfact").exists()
    assert index_entry(LegalFactFactory()) is not None  # the receivers are back
