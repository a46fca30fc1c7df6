from django import forms
from django.db import models
from django.utils.decorators import method_decorator
from django.views.decorators.http import require_safe
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, ObjectList
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from core import pdf
from core.privacy import public
from curriculum.facets import CATALOGUE_INDEX_FIELDS, CatalogueFacets
from curriculum.vocabularies import Audience, Goal, OfferType
from lessons import api_fields as api
from lessons import meeting as parent_meeting  # `meeting` is also a field of ParentGuidePage
from lessons.forms import ParentGuidePageForm
from lessons.models.fields import legal_facts_field, sentence_list
from lessons.models.help import HelpResource
from lessons.models.mixins import AdminTitleMixin, CitesFactsMixin, ReviewByMixin
from lessons.routes import page_route


class GuidePage(AdminTitleMixin, ReviewByMixin, CitesFactsMixin, CatalogueFacets, Page):
    """What the guides for parents and for professionals share: each hangs under its theme with no pages below it,
    is edited on one tab, and shows one of its fields (`excerpt_field`) as its excerpt in search results."""

    excerpt_field = ""

    parent_page_types = ["curriculum.ThemePage"]
    subpage_types = []

    class Meta:
        abstract = True

    def search_excerpt(self):
        return getattr(self, self.excerpt_field)


class ParentGuidePage(RoutablePageMixin, GuidePage):
    """A home-discussion guide for parents, in plain Dutch (B1), to read on a phone."""

    audience = Audience.OUDERS
    excerpt_field = "intro"

    intro = models.TextField("inleiding", help_text="Twee of drie korte zinnen. Schrijf eenvoudig (B1).")
    accompanies = ParentalManyToManyField(
        "lessons.LessonPage", blank=True, related_name="parent_guides", verbose_name="hoort bij de lessen"
    )
    learned_kennis = models.TextField("wat uw kind leerde: kennis")
    learned_bewustwording = models.TextField("wat uw kind leerde: bewustwording")
    learned_handelingsperspectief = models.TextField("wat uw kind leerde: handelingsperspectief")
    conversation_starters = sentence_list("gespreksstarters", "Vragen die ouders thuis kunnen stellen.")
    what_you_can_do = sentence_list("wat u kunt doen", "Korte, concrete tips.")
    meeting = models.TextField("over de ouderbijeenkomst", blank=True)
    below_b1_reason = models.TextField(
        "reden voor publicatie onder B1",
        blank=True,
        help_text="Alleen nodig als de tekst niet op B1-niveau is: waarom mag hij zo toch online? "
        "De eindredactie publiceert een gesprekshulp onder B1 alleen met een reden.",
    )
    legal_facts = legal_facts_field()

    # wagtail-localize: the B1 reason is the editors' note on the Dutch text, not a text for translators.
    override_translatable_fields = [SynchronizedField("below_b1_reason")]

    base_form_class = ParentGuidePageForm  # B1 readability before publishing: lessons/readability.py

    search_fields = [
        *Page.search_fields,
        index.SearchField("intro"),
        index.SearchField("learned_kennis"),
        index.SearchField("learned_bewustwording"),
        index.SearchField("learned_handelingsperspectief"),
        index.SearchField("conversation_starters"),
        index.SearchField("what_you_can_do"),
        index.AutocompleteField("intro"),
        *CATALOGUE_INDEX_FIELDS,
    ]

    api_fields = [  # the read API: everything here is public
        APIField("intro"),
        APIField("learned", serializer=api.GoalsField()),
        APIField("conversation_starters", serializer=api.SentenceListField()),
        APIField("what_you_can_do", serializer=api.SentenceListField()),
        APIField("meeting"),
        APIField("help_resources", serializer=api.HelpResourcesField()),
        APIField("accompanies", serializer=api.LiveLessonsField()),
        *CitesFactsMixin.api_fields,
    ]

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        FieldPanel("below_b1_reason"),
        FieldPanel("accompanies", widget=forms.CheckboxSelectMultiple),  # the theme's few lessons (forms.py)
        MultiFieldPanel(
            [
                FieldPanel("learned_kennis"),
                FieldPanel("learned_bewustwording"),
                FieldPanel("learned_handelingsperspectief"),
            ],
            heading="Wat uw kind heeft geleerd",
        ),
        FieldPanel("conversation_starters"),
        FieldPanel("what_you_can_do"),
        FieldPanel("meeting"),
        FieldPanel("legal_facts"),
        InlinePanel("help_resources", heading="Hier vindt u hulp", label="hulpbron", min_num=1),
    ]
    edit_handler = ReviewByMixin.edit_tabs(ObjectList(content_panels, heading="Gesprekshulp"))

    class Meta:
        verbose_name = "gesprekshulp voor ouders"
        verbose_name_plural = "gesprekshulpen voor ouders"

    @property
    def learned(self):
        return [(goal.value, goal.label, getattr(self, f"learned_{goal.value}")) for goal in Goal]

    @property
    def help_by_reader(self):
        """(for the parent, for the child): resources written to young people ("je") are shown apart, under
        "Voor uw kind", so that a page that says "u" never seems to call the parent "je"."""
        resources = [item.resource for item in self.help_resources.select_related("resource")]
        for_child = [resource for resource in resources if resource.for_young_people]
        return [resource for resource in resources if not resource.for_young_people], for_child

    # The guide as a public PDF, to print or to send to parents; pdf/ because Wagtail serves only slash-ended
    # segments. The route sits below the page, so Wagtail's live check and view restrictions apply to it too.
    @path("pdf/", name="pdf")
    @method_decorator(require_safe)
    def pdf_route(self, request):
        context = {
            "page": self,
            "self": self,
            "help_resources": self.help_by_reader,
            "lessons": self.accompanies.live().public(),
        }
        filename = f"{self.get_parent().slug}-{self.slug}.pdf"
        return pdf.render_pdf_response(request, "lessons/pdf/parent_guide.html", context, filename)

    @property
    def pdf_url(self):
        return self.url + self.reverse_subpage("pdf")

    # The ouderbijeenkomst (lessons/meeting.py): the guide as slides for a parent evening, with a presenter view
    # and the invitation for the school; for presenters only.
    meeting_present_route = page_route("ouderavond/presenteren/", "meeting_present", parent_meeting.present)
    meeting_presenter_view_route = page_route(
        "ouderavond/presenteren/presentator/", "meeting_presenter_view", parent_meeting.presenter_view
    )
    meeting_invitation_pdf_route = page_route(
        "ouderavond/uitnodiging/", "meeting_invitation_pdf", parent_meeting.invitation_pdf
    )

    def professional_guide(self):
        """The theme's public guide for professionals, if any."""
        return ProfessionalGuidePage.objects.child_of(self.get_parent()).live().public().first()


class ParentGuideHelpResource(Orderable):
    page = ParentalKey(ParentGuidePage, on_delete=models.CASCADE, related_name="help_resources")
    resource = models.ForeignKey(HelpResource, on_delete=models.PROTECT, related_name="+", verbose_name="hulpbron")

    panels = [FieldPanel("resource")]


class ProfessionalGuidePage(GuidePage):
    """Material for teachers and school support staff: background, signals, what to do, training details."""

    audience = Audience.PROFESSIONALS
    excerpt_field = "summary"

    offer_type = models.CharField(
        "soort aanbod", max_length=20, choices=OfferType.choices, default=OfferType.VOORLICHTING
    )
    audience_description = models.CharField("voor wie", max_length=255)
    duration = models.PositiveSmallIntegerField("duur (minuten)")
    summary = models.TextField("samenvatting")
    background = RichTextField("achtergrond", features=["h3", "bold", "italic", "ol", "ul", "link"])
    signals = sentence_list("signalen", "Waaraan herken je het? Eén signaal per regel.")
    handelingsperspectief = sentence_list("handelingsperspectief", "Wat kun je doen? Eén stap per regel.")
    training_details = RichTextField("praktische informatie", features=["bold", "italic", "ul", "link"])
    legal_facts = legal_facts_field()

    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("background"),
        index.SearchField("signals"),
        index.SearchField("handelingsperspectief"),
        index.AutocompleteField("summary"),
        index.FilterField("offer_type"),
        *CATALOGUE_INDEX_FIELDS,
    ]

    api_fields = [  # the read API: everything here is public
        *api.as_stored("offer_type", "audience_description", "duration", "summary", "background"),
        APIField("signals", serializer=api.SentenceListField()),
        APIField("handelingsperspectief", serializer=api.SentenceListField()),
        APIField("training_details"),
        *CitesFactsMixin.api_fields,
    ]

    content_panels = [
        *Page.content_panels,
        FieldPanel("offer_type"),
        FieldPanel("audience_description"),
        FieldPanel("duration"),
        FieldPanel("summary"),
        FieldPanel("background"),
        FieldPanel("signals"),
        FieldPanel("handelingsperspectief"),
        FieldPanel("training_details"),
        FieldPanel("legal_facts"),
    ]
    edit_handler = ReviewByMixin.edit_tabs(ObjectList(content_panels, heading="Inhoud"))

    class Meta:
        verbose_name = "materiaal voor professionals"
        verbose_name_plural = "materiaal voor professionals"

    @classmethod
    def facet_rows(cls, root):
        pages = public(cls.objects.descendant_of(root).live()).values_list("pk", "path", "offer_type")
        return [(path, pk, {"doelgroep": {cls.audience}, "soort": {offer_type}}) for pk, path, offer_type in pages]

    def facet_values(self, theme=None):
        return super().facet_values(theme) | {"soort": {self.offer_type}}
