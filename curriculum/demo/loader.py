"""Build Halt's demo catalogue from the data in `catalogue/`, with the same factories the tests use.

Idempotent: every page, snippet and account is looked up by its slug or username first and only created when
missing, so a second run changes nothing and content that editors (or anyone else) made is left alone.
"""

import os
from dataclasses import dataclass, field
from datetime import date, timedelta

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import transaction
from wagtail.models import Page, Site

from curriculum.demo import help_resources as help_data
from curriculum.demo import pages as standard_page_data
from curriculum.demo.catalogue import CATALOGUE
from curriculum.demo.stream import activity_block, follow_up_blocks, safe_delivery_blocks, sentence_items
from curriculum.factories import LeerlijnPageFactory, ThemePageFactory
from curriculum.models import AgeBand, ContentGuidance, Setting
from curriculum.richtext import paragraphs
from home.factories import HomePageFactory, StandardPageFactory
from home.models import HomePage
from lessons.factories import (
    HelpResourceFactory,
    LessonPageFactory,
    ParentGuidePageFactory,
    ProfessionalGuidePageFactory,
)
from lessons.governance import govern_leerlijn
from lessons.models import HelpResource

DEMO_ACCOUNTS = [
    # username, role (group), superuser
    ("admin", "Beheer", True),
    ("redacteur", "Curriculumredactie", False),
    ("collega", "Curriculumredactie", False),  # the "Inhoudelijke review" of what redacteur submits
    ("eindredacteur", "Eindredactie", False),
    ("medewerker", "Halt-medewerker", False),
]


@dataclass
class Report:
    created: list = field(default_factory=list)

    def add(self, what):
        self.created.append(what)


def ensure_page(factory, parent, slug, report, **fields):
    """The child of `parent` with this slug; created and published only when it does not exist yet."""
    model = factory._meta.model
    existing = model.objects.child_of(parent).filter(slug=slug).first()
    if existing:
        return existing
    page = factory(parent=parent, slug=slug, **fields)
    page.save_revision(log_action=False).publish(log_action=False)
    report.add(f"{model._meta.verbose_name}: {page.title}")
    return page


class DemoLoader:
    def __init__(self, out=print, password=None):
        self.out = out
        self.password = password or os.environ.get("DEMO_PASSWORD", "halt-demo")
        self.report = Report()
        self.lesson_count = 0

    @transaction.atomic
    def run(self):
        self.help = self.load_help_resources()
        home = self.home_page()
        leerlijn = ensure_page(
            LeerlijnPageFactory,
            home,
            "leerlijn",
            self.report,
            title="De doorlopende leerlijn",
            intro=(
                "Per thema een voorlichting voor elke leeftijd: wat een leerling in groep 7-8 hoort, "
                "bouwt verder in de onderbouw, de bovenbouw en het mbo."
            ),
        )
        govern_leerlijn(leerlijn)  # the editorial roles' page permissions and the review workflow
        themes = sorted(CATALOGUE, key=lambda theme: theme["order"])
        for number, theme in enumerate(themes, start=1):
            self.out(f"Thema {number}/{len(themes)}: {theme['title']} ({len(theme['lessons'])} lessen)")
            self.load_theme(leerlijn, theme)
        for data in standard_page_data.STANDARD_PAGES:
            self.load_standard_page(home, data)
        self.set_audience_entries(home, leerlijn)
        self.load_accounts()
        return self.report

    def load_help_resources(self):
        resources = {}
        for data in help_data.HELP_RESOURCES:
            if not HelpResource.objects.filter(slug=data["slug"]).exists():
                self.report.add(f"hulpbron: {data['name']}")
            resources[data["slug"]] = HelpResourceFactory(**data)
        return resources

    def home_page(self):
        site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
        if site and isinstance(site.root_page.specific, HomePage):
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
        slug = "home" if pristine or not site else "halt-leerlijn"
        home = ensure_page(HomePageFactory, root, slug, self.report, title="Halt Leerlijn", intro=HOME_INTRO)
        if pristine or not site:
            Site.objects.update_or_create(
                is_default_site=True, defaults={"hostname": "localhost", "port": 80, "root_page": home}
            )
        else:
            self.out("De standaardsite toont andere inhoud; die blijft staan. De demo staat onder /halt-leerlijn/.")
        return home

    def load_theme(self, leerlijn, data):
        theme = ensure_page(
            ThemePageFactory,
            leerlijn,
            data["slug"],
            self.report,
            title=data["title"],
            summary=data["summary"],
            why=paragraphs(*data["why"]),
            everyday_terms=", ".join(data.get("everyday_terms", [])),
        )
        lessons = {lesson["slug"]: self.load_lesson(theme, lesson) for lesson in data["lessons"]}
        if data.get("parent_guide"):
            self.load_parent_guide(theme, data["parent_guide"], lessons)
        for guide in data.get("professional_guides", []):
            self.load_professional_guide(theme, guide)

    def load_lesson(self, theme, data):
        return ensure_page(
            LessonPageFactory,
            theme,
            data["slug"],
            self.report,
            title=data["title"],
            review_by=self.review_date(),
            offer_type=data["offer_type"],
            use=data["use"],
            duration=data["duration"],
            group_size=data["group_size"],
            central_question=data["central_question"],
            summary=data["summary"],
            goal_kennis=data["goals"]["kennis"],
            goal_bewustwording=data["goals"]["bewustwording"],
            goal_handelingsperspectief=data["goals"]["handelingsperspectief"],
            activities=[activity_block(item) for item in data["activities"]],
            follow_up=follow_up_blocks(data.get("follow_up", [])),
            safe_delivery=safe_delivery_blocks(data.get("safe_delivery"), self.help),
            age_bands=list(AgeBand.objects.filter(slug__in=data["age_bands"])),
            settings=list(Setting.objects.filter(slug__in=data["settings"])),
            content_guidance=list(ContentGuidance.objects.filter(slug__in=data.get("content_guidance", []))),
        )

    def review_date(self):
        """A year ahead for most demo lessons; every ninth is due soon and every seventeenth is overdue, so the
        editors' "Te herzien" panel has something to show."""
        self.lesson_count += 1
        days = -10 if self.lesson_count % 17 == 0 else 21 if self.lesson_count % 9 == 0 else 365
        return date.today() + timedelta(days=days)

    def load_parent_guide(self, theme, data, lessons):
        accompanies = [lessons[slug] for slug in data.get("accompanies") or lessons]
        guide = ensure_page(
            ParentGuidePageFactory,
            theme,
            data.get("slug", "ouders"),
            self.report,
            title=data["title"],
            intro=data["intro"],
            learned_kennis=data["learned"]["kennis"],
            learned_bewustwording=data["learned"]["bewustwording"],
            learned_handelingsperspectief=data["learned"]["handelingsperspectief"],
            conversation_starters=sentence_items(data["conversation_starters"]),
            what_you_can_do=sentence_items(data["what_you_can_do"]),
            meeting=data.get("meeting", ""),
            accompanies=accompanies,
        )
        if not guide.help_resources.exists():
            for slug in data["help"]:
                guide.help_resources.create(resource=self.help[slug])
            guide.save_revision(log_action=False).publish(log_action=False)
        return guide

    def load_professional_guide(self, theme, data):
        return ensure_page(
            ProfessionalGuidePageFactory,
            theme,
            data["slug"],
            self.report,
            title=data["title"],
            offer_type=data["offer_type"],
            audience_description=data["audience_description"],
            duration=data["duration"],
            summary=data["summary"],
            background=paragraphs(*data["background"]),
            signals=sentence_items(data["signals"]),
            handelingsperspectief=sentence_items(data["handelingsperspectief"]),
            training_details=paragraphs(data["training_details"]),
        )

    def load_standard_page(self, home, data):
        sections = [
            {"type": "section", "value": {"heading": s["heading"], "text": paragraphs(*s["paragraphs"])}}
            for s in data["sections"]
        ]
        return ensure_page(
            StandardPageFactory,
            home,
            data["slug"],
            self.report,
            title=data["title"],
            intro=data["intro"],
            body=sections,
        )

    def set_audience_entries(self, home, leerlijn):
        if home.audience_entries:
            return
        by_slug = {page.slug: page for page in home.get_descendants().specific()}
        entries = [
            ("Ik ben leerkracht", "Vind de voorlichting voor uw klas en het vervolgmateriaal.", leerlijn),
            ("Ik ben ouder", "Praat thuis over wat uw kind leerde.", by_slug.get("invloed-van-de-groep", leerlijn)),
            ("Ik ben Halt-medewerker", "Bereid een voorlichting voor en presenteer.", leerlijn),
            (
                "Ik ben professional",
                "Kennis en trainingen voor onderwijsprofessionals.",
                by_slug.get("ondermijning", leerlijn),
            ),
        ]
        home.audience_entries = [
            {"type": "entry", "value": {"audience": audience, "text": text, "page": page.pk}}
            for audience, text, page in entries
        ]
        home.save_revision(log_action=False).publish(log_action=False)

    def load_accounts(self):
        User = get_user_model()
        for username, role, superuser in DEMO_ACCOUNTS:
            if User.objects.filter(username=username).exists():
                continue
            user = User.objects.create_user(
                username=username,
                password=self.password,
                email=f"{username}@halt.example",
                is_superuser=superuser,
                is_staff=superuser,
            )
            user.groups.add(Group.objects.get(name=role))
            self.report.add(f"account: {username}")


WAGTAIL_WELCOME_TITLE = "Welcome to your new Wagtail site!"
HOME_INTRO = (
    "Halt geeft elk jaar voorlichting aan ongeveer 200.000 jongeren. Hier vindt u de lessen van de doorlopende "
    "leerlijn, het vervolgmateriaal voor leerkrachten en gesprekshulp voor ouders."
)
