import json
from collections import Counter, defaultdict

from django import forms
from django.db import models
from django.db.models import F, Min, TextField
from django.db.models.functions import Cast
from django.utils.functional import cached_property
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, ObjectList
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from core.privacy import public
from curriculum.facets import CATALOGUE_INDEX_FIELDS, CatalogueFacets, uses_of
from curriculum.matrix import MatrixLesson
from curriculum.models.taxonomy import AgeBand, ContentGuidance, Setting
from curriculum.richtext import plain_text
from curriculum.vocabularies import Audience, Goal, OfferType, Use
from lessons import api_fields as api
from lessons import letters, presenter, pupil_handout
from lessons.blocks import ActivityStreamBlock, FollowUpBlock, IncidentProtocolBlock, SafeDeliveryBlock
from lessons.forms import LessonPageForm
from lessons.models.fields import one_block_field
from lessons.models.mixins import CitesFactsMixin, PresenterContextMixin, ReviewByMixin
from lessons.panels import AgeBandsPanel
from lessons.routes import page_route

# What a matrix cell shows of a lesson's many-to-many fields: age bands, settings and its content-guidance labels.
MATRIX_COLUMNS = (
    ("age_bands", "ageband__slug"),
    ("settings", "setting__slug"),
    ("content_guidance", "contentguidance__name"),
)


def main_goals(activities):
    """The goal(s) a stream of activities spends the most minutes on: what the 'lesdoel' filter selects.

    `activities` are the stream's values (blocks' `.value`) or its raw JSON items' values: the same rule serves
    a page and the bulk reads below, which skip building every block."""
    minutes = Counter()
    for value in activities:
        minutes[value.get("goal")] += value.get("minutes") or 0
    top = max(minutes.values(), default=0)
    return {goal for goal, total in minutes.items() if total == top and goal}


class LessonPage(RoutablePageMixin, PresenterContextMixin, ReviewByMixin, CitesFactsMixin, CatalogueFacets, Page):
    """One voorlichting (or training, interventie, traject) for young people in one or more age bands."""

    audience = Audience.JONGEREN
    # The GET parameters that only choose among the lesson's own content (Voorbereiden's use and skipped parts,
    # lessons/presenter.py `Selection`): a staff page with only these is kept per permission set
    # (core/staff_pages.py). A visit code (`bezoek`) shows a visit, which is no catalogue content: never kept.
    staff_copy_params = frozenset({"inzet", "zonder"})

    central_question = models.CharField(
        "centrale vraag", max_length=255, help_text="De vraag waar de les om draait, in de woorden van leerlingen."
    )
    summary = models.TextField("samenvatting", help_text="Twee of drie zinnen voor de leerkracht.")
    offer_type = models.CharField(
        "soort aanbod", max_length=20, choices=OfferType.choices, default=OfferType.VOORLICHTING
    )
    age_bands = ParentalManyToManyField(AgeBand, related_name="lessons", verbose_name="leeftijdsgroepen")
    use = models.CharField("inzet", max_length=20, choices=Use.choices, default=Use.PROACTIEF)
    settings = ParentalManyToManyField(Setting, related_name="lessons", verbose_name="omgevingen")
    duration = models.PositiveSmallIntegerField("duur (minuten)", help_text="Gelijk aan de som van de activiteiten.")
    group_size = models.CharField(
        "groepsgrootte", max_length=200, help_text="Bijvoorbeeld: één klas, tot 32 leerlingen."
    )
    goal_kennis = models.TextField("kennis", help_text="Begin met 'Leerlingen weten ...'.")
    goal_bewustwording = models.TextField("bewustwording", help_text="Begin met 'Leerlingen ...'.")
    goal_handelingsperspectief = models.TextField("handelingsperspectief", help_text="Begin met 'Leerlingen ...'.")
    content_guidance = ParentalManyToManyField(
        ContentGuidance, blank=True, related_name="lessons", verbose_name="inhoudswaarschuwingen"
    )
    activities = StreamField(ActivityStreamBlock(), verbose_name="activiteiten")
    follow_up = StreamField([("follow_up", FollowUpBlock())], blank=True, verbose_name="vervolg voor de leerkracht")
    safe_delivery = one_block_field(
        "safe_delivery",
        SafeDeliveryBlock(),
        "veilig uitvoeren",
        "Alleen zichtbaar voor Halt-medewerkers. Verplicht bij gevoelige thema's.",
    )
    incident_protocol = one_block_field(
        "incident_protocol",
        IncidentProtocolBlock(),
        "protocol na een incident",
        "Alleen zichtbaar voor Halt-medewerkers. Verplicht als de les reactief kan worden ingezet.",
    )

    parent_page_types = ["curriculum.ThemePage"]
    subpage_types = []
    base_form_class = LessonPageForm  # publishing rules: lessons/rules.py

    search_fields = [
        *Page.search_fields,
        index.SearchField("central_question"),
        index.SearchField("summary"),
        index.SearchField("goal_kennis"),
        index.SearchField("goal_bewustwording"),
        index.SearchField("goal_handelingsperspectief"),
        index.SearchField("activities"),
        index.SearchField("follow_up"),
        index.AutocompleteField("central_question"),
        index.FilterField("use"),
        index.FilterField("offer_type"),
        index.FilterField("duration"),
        index.RelatedFields("age_bands", [index.SearchField("name")]),
        *CATALOGUE_INDEX_FIELDS,
    ]

    # The read API (/api/v2/): public fields only. Never add safe_delivery or a presenter-only field here;
    # streams go through PublicStreamField, which leaves out each block's presenter_only fields.
    api_fields = [
        *api.as_stored("central_question", "summary", "offer_type", "use", "duration", "group_size"),
        APIField("goals", serializer=api.GoalsField()),
        APIField("age_bands", serializer=api.AgeBandsField()),
        APIField("settings", serializer=api.TermsField()),
        APIField("content_guidance", serializer=api.TermsField()),
        APIField("activities", serializer=api.PublicStreamField()),
        APIField("follow_up", serializer=api.PublicStreamField()),
        *CitesFactsMixin.api_fields,
    ]

    content_panels = [
        *Page.content_panels,
        FieldPanel("central_question"),
        FieldPanel("summary"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("offer_type"), FieldPanel("use")]),
                FieldRowPanel([FieldPanel("duration"), FieldPanel("group_size")]),
                AgeBandsPanel(),  # pre-ticked from the coverage table's add link
                FieldPanel("settings", widget=forms.CheckboxSelectMultiple),
                FieldPanel("content_guidance", widget=forms.CheckboxSelectMultiple),
            ],
            heading="Kenmerken",
        ),
    ]
    goal_panels = [
        FieldPanel("goal_kennis"),
        FieldPanel("goal_bewustwording"),
        FieldPanel("goal_handelingsperspectief"),
    ]
    edit_handler = ReviewByMixin.edit_tabs(
        ObjectList(content_panels, heading="Les"),
        ObjectList(goal_panels, heading="Lesdoelen"),
        ObjectList([FieldPanel("activities")], heading="Activiteiten"),
        ObjectList(
            [FieldPanel("follow_up"), FieldPanel("safe_delivery"), FieldPanel("incident_protocol")],
            heading="Vervolg en veiligheid",
        ),
    )

    class Meta:
        verbose_name = "les"
        verbose_name_plural = "lessen"
        permissions = [("view_presenter_material", "Kan presentatormateriaal zien")]

    @property
    def goals(self):
        """The three lesson goals as (code, label, text for this lesson), in Halt's order."""
        return [(goal.value, goal.label, getattr(self, f"goal_{goal.value}")) for goal in Goal]

    @property
    def activity_minutes(self):
        return sum(block.value["minutes"] for block in self.activities)

    @property
    def goals_served(self):
        return {block.value["goal"] for block in self.activities}

    @cached_property
    def public_parent_guides(self):
        """The live parent guides that accompany this lesson and that anyone may read (no view restriction)."""
        return list(self.parent_guides.live().public())

    @property
    def theme(self):
        return self.get_parent().specific

    def facet_values(self, theme=None):
        return super().facet_values(theme) | {
            "leeftijd": {band.slug for band in self.age_bands.all()},
            "setting": {setting.slug for setting in self.settings.all()},
            "inzet": uses_of(self.use),
            "doel": self.main_goals(),
            "soort": {self.offer_type},
        }

    def main_goals(self):
        return main_goals(block.value for block in self.activities)

    # -- Bulk reads for the catalogue index and the matrix: values, not page objects. At 5,000 lessons building
    # the pages and their StreamFields costs ten times as much (bench/run.py, "cold").

    @classmethod
    def _bulk(cls, root, columns=(("age_bands", "ageband__slug"), ("settings", "setting__slug"))):
        """The live, public lessons below `root` with their age bands and settings (and other `columns` of their
        many-to-many fields): one query, and one per column."""
        lessons = public(cls.objects.descendant_of(root).live())
        related = {}
        for name, column in columns:
            through = getattr(cls, name).through
            related[name] = defaultdict(set)
            for lesson_pk, value in through.objects.filter(lessonpage__in=lessons.values("pk")).values_list(
                "lessonpage_id", column
            ):
                related[name][lesson_pk].add(value)
        # The stream as JSON text: reading a StreamField builds a JSONField per value, slower than the rest.
        lessons = lessons.annotate(activities_json=Cast("activities", TextField())).order_by("path")
        return lessons, related

    @staticmethod
    def _raw_main_goals(activities_json):
        return main_goals(item.get("value") or {} for item in json.loads(activities_json or "[]"))

    @classmethod
    def facet_rows(cls, root):
        lessons, related = cls._bulk(root)
        rows = lessons.values_list("pk", "path", "use", "offer_type", "activities_json")
        return [
            (
                path,
                pk,
                {
                    "doelgroep": {cls.audience},
                    "leeftijd": related["age_bands"][pk],
                    "setting": related["settings"][pk],
                    "inzet": uses_of(use),
                    "doel": cls._raw_main_goals(activities),
                    "soort": {offer_type},
                },
            )
            for pk, path, use, offer_type, activities in rows
        ]

    @classmethod
    def matrix_entries(cls, root):
        lessons, related = cls._bulk(root, MATRIX_COLUMNS)
        rows = lessons.values_list("pk", "path", "slug", "title", "use", "duration", "activities_json")
        return [
            MatrixLesson(
                pk,
                path,
                slug,
                title,
                use,
                duration,
                related["age_bands"][pk],
                related["settings"][pk],
                cls._raw_main_goals(activities),
                guidance=sorted(related["content_guidance"][pk]),
            )
            for pk, path, slug, title, use, duration, activities in rows
        ]

    @classmethod
    def in_theme(cls, theme):
        """Leerlijn order: youngest age band first."""
        lessons = super().in_theme(theme).prefetch_related("age_bands", "content_guidance")
        return sorted(lessons, key=lambda lesson: min((band.order for band in lesson.age_bands.all()), default=999))

    @property
    def guidance_names(self):
        """The content-guidance labels' names (uses a prefetch when there is one)."""
        return [label.name for label in self.content_guidance.all()]

    def search_excerpt(self):
        return f"{self.central_question} {self.summary}"

    def presenter_text(self):
        """Everything only presenters may read, as plain text: notes, quiz answers, the safe-delivery section.

        Each part goes through `plain_text`, which keeps paragraphs apart: a shared activity's notes are two rich
        texts joined (this lesson's, then the shared ones), and stripping their tags alone would glue the last
        word of one to the first of the next, so that neither could be found."""
        parts = []
        for block in self.activities:
            parts.append(block.value["presenter_notes"].source)
            parts.extend(question["explanation"] for question in block.value.get("questions", []))
            reactive = block.value.get("reactive") or {}
            if reactive.get("pupil_text"):
                parts.append(reactive["pupil_text"].source)
            parts.append(reactive.get("presenter_line") or "")  # None in a stream saved before the field existed
        for block in self.safe_delivery:
            parts.extend(block.value["ground_rules"])
            parts.append(block.value["disclosure"].source)
        for block in self.incident_protocol:
            parts.extend(block.value[name].source for name in IncidentProtocolBlock.presenter_only)
        return " ".join(filter(None, (plain_text(part) for part in parts)))

    # Prepare and present (lessons/presenter.py): routes below the lesson's own URL, for presenters only.
    # Wagtail serves only path segments of [\w-] ending in a slash, so the PDFs are pdf/lesplan/ and
    # pdf/handout/; their file names (geldezels-vo-onderbouw-lesplan.pdf) come with Content-Disposition.

    prepare_route = page_route("voorbereiden/", "prepare", presenter.prepare)
    present_route = page_route("presenteren/", "present", presenter.present)
    presenter_view_route = page_route("presenteren/presentator/", "presenter_view", presenter.presenter_view)
    lesson_plan_pdf_route = page_route("pdf/lesplan/", "lesson_plan_pdf", presenter.lesson_plan_pdf)
    handout_pdf_route = page_route("pdf/handout/", "handout_pdf", presenter.handout_pdf)
    # For teachers, no account needed: the handout with the pupil-facing content only (lessons/pupil_handout.py).
    public_handout_pdf_route = page_route("pdf/leerlingen/", "public_handout_pdf", pupil_handout.public_handout_pdf)
    # The ouderbrief for the school to send to parents after a visit: staff only, as PDF and as Word file.
    parent_letter_pdf_route = page_route("ouderbrief/pdf/", "parent_letter_pdf", letters.letter_pdf_view)
    parent_letter_docx_route = page_route("ouderbrief/docx/", "parent_letter_docx", letters.letter_docx_view)

    @property
    def public_handout_url(self):
        return self.url + self.reverse_subpage("public_handout_pdf")

    @cached_property
    def first_citations(self):
        """{legal fact pk: id of the activity that cites it first}. The lesson page shows a fact once, where it is
        first cited; a later activity citing it refers back (templates/blocks/facts.html)."""
        first = {}
        for block in self.activities:
            for item in block.value.get("facts") or []:
                if item["fact"]:
                    first.setdefault(item["fact"].pk, block.id)
        return first

    @cached_property
    def leerlijn_neighbours(self):
        """The lessons before and after this one in its theme's leerlijn (youngest age band first): one query.

        Only lessons of the same offer type form a leerlijn: a voorlichting does not lead on to an interventie or
        a traject after an incident. (Every LessonPage is for young people, so the audience is the same.)"""
        siblings = LessonPage.objects.sibling_of(self).live().filter(offer_type=self.offer_type)
        siblings = public(siblings).annotate(first_band=Min("age_bands__order"))
        lessons = list(siblings.order_by(F("first_band").asc(nulls_last=True), "path"))
        position = next((i for i, lesson in enumerate(lessons) if lesson.pk == self.pk), None)
        if position is None:  # a draft or a preview
            return None, None
        previous = lessons[position - 1] if position > 0 else None
        following = lessons[position + 1] if position + 1 < len(lessons) else None
        return previous, following

    @property
    def prepare_url(self):
        return self.url + self.reverse_subpage("prepare")

    @property
    def present_url(self):
        return self.url + self.reverse_subpage("present")
