from django.db import models
from django.forms.utils import ErrorList
from django.urls import reverse
from wagtail import blocks
from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from core import i18n
from core.caching import fragment_cache_context
from curriculum.models import ThemePage

TEXT_FEATURES = ["h2", "h3", "bold", "italic", "ol", "ul", "link"]


# Places that are no page but a route of the site, by URL name. The login sends someone already logged in straight
# on to Mijn bezoeken (LOGIN_REDIRECT_URL), so one link serves the Halt-medewerker before and after logging in.
SITE_PLACES = {"inloggen": ("login", "Inloggen voor Halt-medewerkers (wie al is ingelogd: Mijn bezoeken)")}


class AudienceEntryValue(blocks.StructValue):
    def place_url(self):
        return reverse(SITE_PLACES[self["place"]][0]) if self.get("place") in SITE_PLACES else ""


class AudienceEntryBlock(blocks.StructBlock):
    """A way in for one kind of visitor: teacher, parent, Halt-medewerker or professional."""

    audience = blocks.CharBlock(label="Voor wie", max_length=60, help_text="Bijvoorbeeld: Ik ben leerkracht.")
    text = blocks.CharBlock(label="Tekst", max_length=200)
    page = blocks.PageChooserBlock(
        label="Gaat naar", required=False, help_text="Een pagina, óf hieronder een vaste plek."
    )
    place = blocks.ChoiceBlock(
        label="Of gaat naar vaste plek",
        choices=[(key, label) for key, (_name, label) in SITE_PLACES.items()],
        required=False,
        help_text="Voor Halt-medewerkers: de inlogpagina, die na het inloggen Mijn bezoeken opent.",
    )

    class Meta:
        icon = "user"
        label = "Ingang per doelgroep"
        template = "blocks/audience_entry.html"
        description = "Een ingang voor leerkrachten, ouders, Halt-medewerkers of professionals."
        value_class = AudienceEntryValue

    def clean(self, value):
        value = super().clean(value)
        if bool(value.get("page")) == bool(value.get("place")):
            message = "Kies een pagina óf een vaste plek." if value.get("page") else "Kies waar deze ingang heen gaat."
            raise StructBlockValidationError(block_errors={"page": ErrorList([message])})
        return value


class HomePage(Page):
    """The front door: entry points per audience, the themes and a search box."""

    intro = models.TextField("inleiding")
    audience_entries = StreamField(
        [("entry", AudienceEntryBlock())], blank=True, verbose_name="ingangen per doelgroep", max_num=6
    )

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["curriculum.LeerlijnPage", "lessons.ParentIndexPage", "home.StandardPage"]
    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("audience_entries")]
    api_fields = [APIField("intro")]  # the read API: public fields only
    search_fields = [*Page.search_fields, index.SearchField("intro")]

    class Meta:
        verbose_name = "homepagina"
        verbose_name_plural = "homepagina's"

    def get_context(self, request, *args, **kwargs):
        """The entries and themes are one cached fragment (templates/home/home_page.html): the query below runs
        only when it is missing."""
        context = super().get_context(request, *args, **kwargs)
        # Lessons stay Dutch: a translated home lists the Dutch leerlijn's themes.
        leerlijn_root = i18n.in_default_language(self)
        context["themes"] = ThemePage.objects.descendant_of(leerlijn_root).live().public().order_by("path")
        return context | fragment_cache_context(request)


class SectionBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label="Kop", max_length=120)
    text = blocks.RichTextBlock(label="Tekst", features=TEXT_FEATURES)

    class Meta:
        icon = "doc-full"
        label = "Sectie"
        template = "blocks/section.html"
        description = "Een kop met tekst."


class StandardPage(Page):
    """A plain information page: toegankelijkheidsverklaring, privacy, over Halt."""

    intro = models.TextField("inleiding")
    body = StreamField([("section", SectionBlock())], verbose_name="inhoud")

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    api_fields = [APIField("intro"), APIField("body")]  # the read API: public fields only
    search_fields = [*Page.search_fields, index.SearchField("intro"), index.SearchField("body")]

    class Meta:
        verbose_name = "informatiepagina"
        verbose_name_plural = "informatiepagina's"
