"""Build Halt's demo catalogue from the content files in `content/`, with the models themselves (no factories).

Idempotent: every page, snippet and account is looked up by its slug or username first and only created when
missing, so a second run changes nothing and content that editors (or anyone else) made is left alone. All files
are read and checked before anything is written.
"""

import os
from dataclasses import dataclass, field
from datetime import date, timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from django.contrib.auth.models import Group
from django.db import transaction
from wagtail.models import Page, Site

from curriculum.models import AgeBand, ContentGuidance, LeerlijnPage, LegalFact, Setting, ThemePage
from curriculum.richtext import paragraphs, paragraphs_with_steps
from curriculum.vocabularies import Use
from home.demo import images, indexing, materials, stream, translation_loader
from home.demo.content import CONTENT_DIR, ContentError, read_content
from home.demo.guide_check import guide_summary
from home.demo.schema import Vocabulary
from home.demo.translation_loader import TranslationLoader
from home.models import HomePage, StandardPage
from lessons.governance import govern_leerlijn
from lessons.models import (
    HelpResource,
    LessonPage,
    ParentGuidePage,
    ParentIndexPage,
    ProfessionalGuidePage,
    SharedActivity,
)
from lessons.models.guides import ParentGuideHelpResource
from lessons.models.presenting import ParentLetterSettings, PresentingSettings

DEMO_ACCOUNTS = [
    # username, role (group), superuser; README.md lists them for newcomers
    ("admin", "Beheer", True),
    ("redacteur", "Curriculumredactie", False),
    ("collega", "Curriculumredactie", False),  # the "Inhoudelijke review" of what redacteur submits
    ("eindredacteur", "Eindredactie", False),
    ("medewerker", "Halt-medewerker", False),
]
WAGTAIL_WELCOME_TITLE = "Welcome to your new Wagtail site!"
RICH_FIELDS = ("pupil_content", "instructions", "presenter_notes")  # a shared activity's rich-text fields
# The vocabularies a lesson is tagged with: the content files' field (and the page's) and its model.
VOCABULARIES = {"age_bands": AgeBand, "settings": Setting, "content_guidance": ContentGuidance}
# The fields each page type takes from its content file as they stand; the loader converts the others.
COPIED_FIELDS = {
    ThemePage: ("title", "summary"),
    LessonPage: ("title", "offer_type", "use", "duration", "group_size", "central_question", "summary"),
    ParentGuidePage: ("title", "intro", "meeting"),
    ProfessionalGuidePage: ("title", "offer_type", "audience_description", "duration", "summary"),
}


@dataclass
class Report:
    created: list = field(default_factory=list)

    def add(self, what):
        self.created.append(what)


def database_vocabulary():
    """The vocabulary slugs content may use, as the database has them."""
    return Vocabulary(
        **{name: frozenset(model.objects.values_list("slug", flat=True)) for name, model in VOCABULARIES.items()}
    )


def goal_fields(prefix, goals):
    """The three goals' texts (a schema.Goals) as a page's fields: `<prefix>_kennis`, `<prefix>_bewustwording`, ..."""
    return {f"{prefix}_{goal}": text for goal, text in goals.model_dump().items()}


def ensure_page(parent, model, slug, report, **fields):
    """The child of `parent` with this slug; created and published only when it does not exist yet."""
    existing = model.objects.child_of(parent).filter(slug=slug).first()
    if existing:
        return existing
    page = parent.add_child(instance=model(slug=slug, **fields))
    page.save_revision(log_action=False).publish(log_action=False)
    report.add(f"{model._meta.verbose_name}: {page.title}")
    return page


class DemoLoader:
    def __init__(self, out=print, password=None, content_dir=CONTENT_DIR):
        self.out = out
        self.password = password or os.environ.get("DEMO_PASSWORD", "halt-demo")
        self.content_dir = content_dir
        self.report = Report()
        self.lesson_count = 0

    def run(self):
        """Read and check every file (ContentError names what is wrong), then create what is missing."""
        content = read_content(database_vocabulary(), self.content_dir)
        languages, problems = translation_loader.read(content, self.content_dir)
        if problems:
            raise ContentError(problems)
        with transaction.atomic(), indexing.indexed_once():
            self.load(content)
            TranslationLoader(self.report, self.out).load(languages, content, self.home)
        return self.report

    def load(self, content):
        self.help = self.load_help_resources(content.help_resources)
        self.facts = self.load_snippets(LegalFact, content.facts, "wetsfeit")
        self.shared = self.load_snippets(SharedActivity, content.shared_activities, "gedeelde activiteit", rich=True)
        self.terms = {name: {term.slug: term for term in model.objects.all()} for name, model in VOCABULARIES.items()}
        home = self.home = self.home_page(content.site.home)
        leerlijn_data = content.site.leerlijn
        leerlijn = ensure_page(
            home, LeerlijnPage, leerlijn_data.slug, self.report, title=leerlijn_data.title, intro=leerlijn_data.intro
        )
        govern_leerlijn(leerlijn)  # the editorial roles' page permissions and the review workflow
        pages = {leerlijn.slug: leerlijn}  # what an audience entry may open
        if content.site.parents:
            parents = content.site.parents
            pages[parents.slug] = ensure_page(
                home, ParentIndexPage, parents.slug, self.report, title=parents.title, intro=parents.intro
            )
        themes = {}
        for number, theme in enumerate(content.themes, start=1):
            self.out(f"Thema {number}/{len(content.themes)}: {theme.title} ({len(theme.lessons)} lessen)")
            themes[theme.slug] = self.load_theme(leerlijn, theme)
        for page in content.pages:
            body = stream.sections(page)
            ensure_page(home, StandardPage, page.slug, self.report, title=page.title, intro=page.intro, body=body)
        self.set_audience_entries(home, content.site.home.audience_entries, pages | themes)
        self.load_site_settings(content.site)
        self.load_accounts()

    def load_site_settings(self, site_content):
        """The texts editors own under Instellingen, for the default site; what an editor already wrote stays."""
        site = Site.objects.get(is_default_site=True)
        presenting = PresentingSettings.for_site(site)
        texts = site_content.presenting
        for name, text in (
            ("reactive_steps", "\n".join(texts.reactive_steps)),
            ("default_ground_rules", "\n".join(texts.default_ground_rules)),
            ("default_disclosure", texts.default_disclosure),
        ):
            if not getattr(presenting, name).strip():
                setattr(presenting, name, text)
                self.report.add(f"instellingen: presenteren: {name}")
        presenting.save()
        letters = ParentLetterSettings.for_site(site)
        texts = site_content.parent_letters.model_dump()
        if not any(getattr(letters, name).strip() for name in texts):
            for name, text in texts.items():
                setattr(letters, name, text)
            letters.save()
            self.report.add("instellingen: brieven aan ouders")

    def load_help_resources(self, resources):
        loaded = {}
        for data in resources:
            resource, created = HelpResource.objects.filter(locale__language_code=settings.LANGUAGE_CODE).get_or_create(
                slug=data.slug,
                defaults=data.model_dump(exclude={"slug"}) | {"review_by": date.today() + timedelta(days=180)},
            )
            if created:
                self.report.add(f"hulpbron: {resource.name}")
            loaded[data.slug] = resource
        return loaded

    def load_snippets(self, model, items, label, rich=False):
        """Legal facts or shared activities by slug: created and published when missing, else left alone."""
        loaded = {}
        for data in items:
            fields = data.model_dump(exclude={"slug"})
            if rich:
                rich_text = paragraphs_with_steps
                fields = {name: rich_text(value) if name in RICH_FIELDS else value for name, value in fields.items()}
                fields["materials"] = ", ".join(fields.get("materials", []))
                variant = stream.reactive_variant(data.reactive)
                fields["reactive"] = [{"type": "reactive", "value": variant}] if variant else []
            snippet = model.objects.filter(slug=data.slug).first()
            if snippet is None:
                snippet = model.objects.create(slug=data.slug, **fields)
                snippet.save_revision(log_action=False).publish(log_action=False)
                self.report.add(f"{label}: {data.slug}")
            loaded[data.slug] = snippet
        return loaded

    def home_page(self, data):
        site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
        if site and isinstance(site.root_page.specific, HomePage):
            if not site.site_name:  # the admin dashboard is headed by the site name, else "localhost"
                site.site_name = data.title
                site.save(update_fields=["site_name"])
            return site.root_page.specific
        root = Page.get_first_root_node()
        welcome = site.root_page if site else None
        pristine = (
            welcome is not None
            and welcome.specific_class is Page
            and welcome.title == WAGTAIL_WELCOME_TITLE
            and not welcome.get_children().exists()
        )
        if pristine:
            # Wagtail's own placeholder "Welcome to your new Wagtail site!" page: replace it.
            welcome.delete()
            root.refresh_from_db()  # the delete changed the root's child count in the database only
        slug = "home" if pristine or not site else "halt-leerlijn"
        home = ensure_page(root, HomePage, slug, self.report, title=data.title, intro=data.intro)
        if pristine or not site:
            Site.objects.update_or_create(
                is_default_site=True,
                defaults={"hostname": "localhost", "port": 80, "root_page": home, "site_name": data.title},
            )
        else:
            self.out("De standaardsite toont andere inhoud; die blijft staan. De demo staat onder /halt-leerlijn/.")
        return home

    def load_theme(self, leerlijn, data):
        image = None
        if data.image:
            image, created = images.theme_image(data.slug, data.image)
            if created:
                self.report.add(f"afbeelding: {image.title}")
        theme = self.ensure_offer(
            leerlijn,
            ThemePage,
            data,
            why=paragraphs(*data.why),
            everyday_terms=", ".join(data.everyday_terms),
            image=image,
        )
        lessons = {lesson.slug: self.load_lesson(theme, lesson, data.incident_protocol) for lesson in data.lessons}
        if data.parent_guide:
            self.load_parent_guide(theme, data.parent_guide, lessons)
            self.out(f"  Gesprekshulp voor ouders: {guide_summary(data.parent_guide)}")
        for guide in data.professional_guides:
            self.load_professional_guide(theme, guide)
        return theme

    def ensure_offer(self, parent, model, data, **fields):
        """`ensure_page` for a theme, lesson or guide from its content `data`: its COPIED_FIELDS as they stand, plus
        the converted `fields`."""
        copied = {name: getattr(data, name) for name in COPIED_FIELDS[model]}
        return ensure_page(parent, model, data.slug, self.report, **copied, **fields)

    def load_lesson(self, theme, data, theme_protocol=None):
        if lesson := LessonPage.objects.child_of(theme).filter(slug=data.slug).first():
            return lesson  # left as it is, with the documents it links to: none are made for it
        documents = []
        for activity, material in materials.printable(data):
            document, created = materials.material_document(data, activity, material)
            documents.append(document)
            if created:
                self.report.add(f"document: {document.title}")
        to_print = materials.print_follow_up(documents)
        return self.ensure_offer(
            theme,
            LessonPage,
            data,
            review_by=self.review_date(),
            **goal_fields("goal", data.goals),
            activities=[stream.activity_block(item, self.facts, self.shared) for item in data.activities],
            follow_up=stream.follow_up_blocks(data.follow_up) + ([to_print] if to_print else []),
            safe_delivery=stream.safe_delivery_blocks(data.safe_delivery, self.help),
            incident_protocol=stream.incident_protocol_blocks(
                (data.incident_protocol or theme_protocol) if data.use != Use.PROACTIEF else None
            ),
            **{name: [terms[slug] for slug in getattr(data, name)] for name, terms in self.terms.items()},
        )

    def review_date(self):
        """A year ahead for most demo lessons; every ninth is due soon and every seventeenth is overdue, so the
        editors' "Te herzien" panel has something to show."""
        self.lesson_count += 1
        days = -10 if self.lesson_count % 17 == 0 else 21 if self.lesson_count % 9 == 0 else 365
        return date.today() + timedelta(days=days)

    def load_parent_guide(self, theme, data, lessons):
        return self.ensure_offer(
            theme,
            ParentGuidePage,
            data,
            **goal_fields("learned", data.learned),
            conversation_starters=stream.sentence_items(data.conversation_starters),
            what_you_can_do=stream.sentence_items(data.what_you_can_do),
            legal_facts=stream.fact_blocks(data.facts, self.facts),
            accompanies=[lessons[slug] for slug in data.accompanies or lessons],
            help_resources=[ParentGuideHelpResource(resource=self.help[slug]) for slug in data.help],
        )

    def load_professional_guide(self, theme, data):
        return self.ensure_offer(
            theme,
            ProfessionalGuidePage,
            data,
            background=paragraphs(*data.background),
            signals=stream.sentence_items(data.signals),
            handelingsperspectief=stream.sentence_items(data.handelingsperspectief),
            training_details=paragraphs(data.training_details),
            legal_facts=stream.fact_blocks(data.facts, self.facts),
        )

    def set_audience_entries(self, home, entries, pages):
        if home.audience_entries:
            return
        home.audience_entries = [
            {
                "type": "entry",
                "value": {
                    "audience": entry.audience,
                    "text": entry.text,
                    "page": pages[entry.page].pk if entry.page else None,
                    "place": entry.place or "",
                },
            }
            for entry in entries
        ]
        home.save_revision(log_action=False).publish(log_action=False)

    def load_accounts(self):
        User = get_user_model()
        password = None  # hashed once for all accounts: each hash takes most of a second, and they share the password
        for username, role, superuser in DEMO_ACCOUNTS:
            if User.objects.filter(username=username).exists():
                continue
            password = password or make_password(self.password)
            user = User.objects.create(
                username=username,
                password=password,
                email=f"{username}@halt.example",
                is_superuser=superuser,
                is_staff=superuser,
            )
            user.groups.add(Group.objects.get(name=role))
            self.report.add(f"account: {username}")
