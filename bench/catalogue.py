"""A synthetic catalogue at scale for the benchmark: the demo, grown to 40 themes and ~5,000 lessons.

Themes, guides and the two floor pages are made the ordinary way, with the project's factories, a revision and a
publish each (a few dozen pages). Lessons are built with `LessonPageFactory.build()` (so they carry the
factory's valid content) and then inserted in bulk: one `bulk_create` of their `wagtailcore_page` rows with tree
paths computed here, one raw insert per `lessons_lessonpage` row, and the many-to-many rows in bulk. Creating
5,000 pages one by one through treebeard's `add_child` (a query for the last child, a search-index update, a
reference-index update, a revision and a publish each) takes tens of minutes on these machines; this takes
seconds. Bulk lessons are live without a revision, like pages imported by a script; the search index is then
built by `update_index`, which the benchmark times.
"""

import itertools
import random
import uuid

from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command
from django.db import transaction
from django.utils import timezone
from wagtail.models import Page, Site

from curriculum.models import AgeBand, ContentGuidance, LeerlijnPage, Setting, ThemePage
from curriculum.richtext import paragraphs
from curriculum.vocabularies import Goal, OfferType, Use
from home.models import StandardPage
from lessons.models import HelpResource, LessonPage, ParentGuidePage
from tests.factories import (
    LessonPageFactory,
    ParentGuidePageFactory,
    ProfessionalGuidePageFactory,
    StandardPageFactory,
    ThemePageFactory,
    activity,
)

THEMES = 40
FLOOR_SLUG = "vloer"  # a plain wagtailcore.Page: Wagtail's own template, a title and nothing else
CHROME_FLOOR_SLUG = "lege-pagina"  # a StandardPage with an empty body: the site's layout around a title

SYNTHETIC_THEMES = [
    ("Fietsendiefstal", "fiets jatten, slot knippen"),
    ("Winkeldiefstal", "stelen, jatten, pikken"),
    ("Vandalisme", "vernielen, slopen"),
    ("Graffiti", "taggen, kladden"),
    ("Brandstichting", "fikkie stoken, brand"),
    ("Alcohol en uitgaan", "drank, zuipen, indrinken"),
    ("Drugs en dealen", "wiet, dealen, lijntjes"),
    ("Gokken en gamen", "loot boxes, skins, gokken"),
    ("Cyberpesten", "online pesten, haten"),
    ("Hacken", "account kraken, wachtwoord"),
    ("Identiteitsfraude", "id kopie, account lenen"),
    ("Verkeersgedrag", "scooter, opvoeren, helm"),
    ("Overlast in de buurt", "hangjongeren, lawaai"),
    ("Jeugdgroepen", "groep, crew, bende"),
    ("Heling", "gestolen spullen, doorverkopen"),
    ("Bedreiging", "dreigen, intimideren"),
    ("Racisme online", "haatberichten, memes"),
    ("Sextortion", "afpersen, naaktfoto"),
    ("Drillrap", "drill, diss tracks"),
    ("Messen op straat", "mes, steekwapen"),
    ("Nepwebwinkels", "oplichting, nepwinkel"),
    ("Phishing", "nepmail, link, bank"),
    ("Valse meldingen", "nepmelding, 112 misbruik"),
    ("Schoolverzuim", "spijbelen, verzuim"),
]

TOPIC_WORDS = (  # noqa: SIM905 (a sentence of words reads better than a column of them)
    "vriendschap keuzes grenzen gevolgen straf schade slachtoffer dader respect vertrouwen twijfel verleiding "
    "druk eerlijkheid verantwoordelijkheid schaamte hulp melden politie ouders mentor klas school buurt online "
    "telefoon foto geld spullen regels wet boete taakstraf excuses herstel"
).split()
VARIANTS = ["Kennismaken", "Dilemma's", "In gesprek", "Rollenspel", "De keuze", "Wat nu?", "Verdieping", "Herhaling"]
GOAL_MIXES = [  # minutes per goal: which goal the lesson stresses (the 'lesdoel' facet)
    (20, 15, 15),
    (10, 25, 15),
    (10, 15, 25),
    (20, 20, 10),
]


def activities_for(mix):
    kennis, bewustwording, handelen = mix
    return [
        activity("Opening", kennis, Goal.KENNIS, notes="Alleen voor de presentator: let op wie stil is."),
        activity("Dilemma's", bewustwording, Goal.BEWUSTWORDING),
        activity("Wat kun je doen?", handelen, Goal.HANDELINGSPERSPECTIEF),
    ]


def publish(page):
    page.save_revision(log_action=False).publish(log_action=False)
    return page


def home_and_leerlijn():
    home = Site.objects.get(is_default_site=True).root_page.specific
    return home, LeerlijnPage.objects.child_of(home).get()


def add_floor_pages(home):
    """The floor of the benchmark: a bare page with only a title, and the same inside the site's layout."""
    if not Page.objects.child_of(home).filter(slug=FLOOR_SLUG).exists():
        publish(home.add_child(instance=Page(title="Vloer", slug=FLOOR_SLUG)))
    if not StandardPage.objects.child_of(home).filter(slug=CHROME_FLOOR_SLUG).exists():
        page = publish(StandardPageFactory(parent=home, slug=CHROME_FLOOR_SLUG, title="Lege pagina", intro="Leeg."))
        # The model (and its admin form) requires a body; the floor has none, so it is emptied below the form.
        StandardPage.objects.filter(pk=page.pk).update(body=[])


def add_themes(leerlijn, out=print):
    """Synthetic themes up to THEMES in all, each with a parent guide; every third with professional material."""
    help_resources = list(HelpResource.objects.all()[:2])
    existing = ThemePage.objects.child_of(leerlijn).count()
    for number, (title, terms) in enumerate(SYNTHETIC_THEMES[: max(0, THEMES - existing)], start=1):
        slug = f"synthetisch-{number}"
        if ThemePage.objects.child_of(leerlijn).filter(slug=slug).exists():
            continue
        theme = publish(
            ThemePageFactory(
                parent=leerlijn,
                slug=slug,
                title=title,
                summary=f"{title}: wat jongeren erover moeten weten.",
                why=paragraphs(f"Waarom {title.lower()} ertoe doet.", "Een synthetisch thema voor de benchmark."),
                everyday_terms=terms,
            )
        )
        guide = ParentGuidePageFactory(
            parent=theme,
            slug="ouders",
            title=f"{title}: praten met uw kind",
            intro=f"Uw kind kreeg een les over {title.lower()}. Zo praat u er thuis over.",
        )
        for resource in help_resources:
            guide.help_resources.create(resource=resource)
        publish(guide)
        if number % 3 == 0:
            publish(
                ProfessionalGuidePageFactory(parent=theme, slug="professionals", title=f"{title} voor professionals")
            )
    out(f"  {ThemePage.objects.child_of(leerlijn).count()} thema's")


def lesson_rows(themes, count, start, bands, settings, guidance, rng):
    """`count` unsaved lessons spread over the themes (round robin) and the age bands, with their M2M values."""
    uses = itertools.cycle([Use.PROACTIEF, Use.REACTIEF, Use.BEIDE, Use.PROACTIEF])
    offer_types = itertools.cycle([OfferType.VOORLICHTING] * 6 + [OfferType.TRAINING, OfferType.INTERVENTIE])
    for n in range(start, start + count):
        theme = themes[n % len(themes)]
        band = bands[(n // len(themes)) % len(bands)]
        extra_band = bands[(bands.index(band) + 1) % len(bands)] if n % 7 == 0 else None
        words = rng.sample(TOPIC_WORDS, 3)
        variant = VARIANTS[n % len(VARIANTS)]
        mix = GOAL_MIXES[n % len(GOAL_MIXES)]
        lesson = LessonPageFactory.build(
            title=f"{theme.title}: {variant} {n} ({band.name})",
            slug=f"les-{n}-{band.slug}",
            central_question=f"Wat doe jij bij {theme.title.lower()} als het om {words[0]} gaat?",
            summary=f"Leerlingen praten over {words[1]} en {words[2]} bij {theme.title.lower()}.",
            offer_type=next(offer_types),
            use=next(uses),
            duration=sum(mix),
            activities=activities_for(mix),
        )
        lesson_bands = [band] + ([extra_band] if extra_band else [])
        lesson_settings = rng.sample(settings, 1 + n % 2)
        lesson_guidance = [guidance[n % len(guidance)]] if n % 5 == 0 else []
        yield theme, lesson, lesson_bands, lesson_settings, lesson_guidance


@transaction.atomic
def add_lessons(leerlijn, total, seed=20261128, out=print):
    """Grow the catalogue to `total` live lessons below `leerlijn`, in bulk (see the module docstring)."""
    have = LessonPage.objects.descendant_of(leerlijn).count()
    if have >= total:
        return 0
    themes = list(ThemePage.objects.child_of(leerlijn).order_by("path"))
    bands = list(AgeBand.objects.order_by("order"))
    settings = list(Setting.objects.all())
    guidance = list(ContentGuidance.objects.all())
    rng = random.Random(seed + have)
    content_type = ContentType.objects.get_for_model(LessonPage)
    now = timezone.now()
    next_step = {}
    for theme in themes:
        last = theme.get_last_child()
        next_step[theme.pk] = Page._str2int(last.path[-Page.steplen :]) + 1 if last else 1
    lessons, links = [], []
    for theme, lesson, lesson_bands, lesson_settings, lesson_guidance in lesson_rows(
        themes, total - have, have, bands, settings, guidance, rng
    ):
        step = next_step[theme.pk]
        next_step[theme.pk] += 1
        lesson.path = Page._get_path(theme.path, theme.depth + 1, step)
        lesson.depth = theme.depth + 1
        lesson.url_path = f"{theme.url_path}{lesson.slug}/"
        lesson.locale_id = theme.locale_id
        lesson.content_type = content_type
        lesson.translation_key = uuid.uuid4()
        lesson.draft_title = lesson.title
        lesson.live = True
        lesson.has_unpublished_changes = False
        lesson.first_published_at = lesson.last_published_at = now
        lessons.append(lesson)
        links.append((lesson_bands, lesson_settings, lesson_guidance))
    page_fields = [f for f in Page._meta.concrete_fields if not f.primary_key]
    for batch_start in range(0, len(lessons), 500):
        batch = lessons[batch_start : batch_start + 500]
        rows = Page.objects.bulk_create(
            [Page(**{f.attname: getattr(lesson, f.attname) for f in page_fields}) for lesson in batch]
        )
        for lesson, row in zip(batch, rows, strict=True):
            lesson.pk = lesson.page_ptr_id = row.pk
            lesson.id = row.pk
            # raw=True: only this model's own table (the page row exists), no search or reference indexing.
            lesson.save_base(raw=True, force_insert=True)
    through = {name: getattr(LessonPage, name).through for name in ("age_bands", "settings", "content_guidance")}
    m2m = {name: [] for name in through}
    for lesson, (lesson_bands, lesson_settings, lesson_guidance) in zip(lessons, links, strict=True):
        m2m["age_bands"] += [through["age_bands"](lessonpage_id=lesson.pk, ageband_id=b.pk) for b in lesson_bands]
        m2m["settings"] += [through["settings"](lessonpage_id=lesson.pk, setting_id=s.pk) for s in lesson_settings]
        m2m["content_guidance"] += [
            through["content_guidance"](lessonpage_id=lesson.pk, contentguidance_id=g.pk) for g in lesson_guidance
        ]
    for name, rows in m2m.items():
        through[name].objects.bulk_create(rows, batch_size=500)
    for theme in themes:
        Page.objects.filter(pk=theme.pk).update(numchild=Page.objects.child_of(theme).count())
    out(f"  {LessonPage.objects.descendant_of(leerlijn).count()} lessen")
    return len(lessons)


def accompany(leerlijn):
    """Each synthetic parent guide accompanies the lessons of its theme that exist when it is called."""
    for guide in ParentGuidePage.objects.descendant_of(leerlijn).filter(accompanies__isnull=True):
        guide.accompanies.set(LessonPage.objects.sibling_of(guide, inclusive=False)[:8])
        publish(guide)


def update_index():
    call_command("update_index", verbosity=0)
