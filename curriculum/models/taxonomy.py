"""Editable vocabularies: rows that editors maintain in the admin and that lessons are tagged with."""

from django.core.exceptions import ValidationError
from django.db import models
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.models import Orderable
from wagtail.search import index

from core.naming import NamedByField

EDUREP_URI = "http://purl.edustandaard.nl/begrippenkader/{}"


class Vocabulary(index.Indexed, NamedByField):
    """A named, ordered term with a stable slug that URLs and filters use."""

    name = models.CharField("naam", max_length=100, unique=True)
    slug = models.SlugField("slug", max_length=100, unique=True, help_text="Vast deel van filter-URL's; niet wijzigen.")
    order = models.PositiveSmallIntegerField("volgorde", default=0)

    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        abstract = True
        ordering = ["order", "name"]


class AgeBand(Vocabulary, ClusterableModel):
    min_age = models.PositiveSmallIntegerField("vanaf leeftijd")
    max_age = models.PositiveSmallIntegerField("tot en met leeftijd")
    school_types = models.CharField(
        "schoolsoorten", max_length=255, blank=True, help_text="Bijvoorbeeld: vmbo, havo, vwo leerjaar 1-3."
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("min_age"),
        FieldPanel("max_age"),
        FieldPanel("school_types"),
        FieldPanel("order"),
        InlinePanel("edurep_levels", heading="Edurep-onderwijsniveaus", label="niveau"),
    ]

    class Meta(Vocabulary.Meta):
        verbose_name = "leeftijdsgroep"
        verbose_name_plural = "leeftijdsgroepen"

    def clean(self):
        if self.min_age is not None and self.max_age is not None and self.min_age > self.max_age:
            raise ValidationError({"max_age": "De maximale leeftijd moet gelijk aan of hoger zijn dan de minimale."})

    @property
    def age_range(self):
        return f"{self.min_age}-{self.max_age}"


class EdurepLevel(NamedByField, Orderable):
    """An OBK/Edurep education level an age band maps to, for schema.org metadata."""

    age_band = ParentalKey(AgeBand, on_delete=models.CASCADE, related_name="edurep_levels")
    name = models.CharField("naam", max_length=100)
    uuid = models.UUIDField("Edurep-UUID")

    panels = [FieldPanel("name"), FieldPanel("uuid")]

    class Meta(Orderable.Meta):
        verbose_name = "Edurep-niveau"
        verbose_name_plural = "Edurep-niveaus"

    @property
    def uri(self):
        return EDUREP_URI.format(self.uuid)


class Setting(Vocabulary):
    """Where a voorlichting takes place: school, sportvereniging, wijk. Called "omgeving" wherever people read it
    (the brochure's word: "de school en de wijk zijn omgevingen"); the code keeps the name `Setting`."""

    class Meta(Vocabulary.Meta):
        verbose_name = "omgeving"
        verbose_name_plural = "omgevingen"


class ContentGuidance(Vocabulary):
    """A label that warns presenters and teachers about sensitive content (geweld, seksuele inhoud, ...)."""

    description = models.CharField("toelichting", max_length=255, blank=True)

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("description"), FieldPanel("order")]

    class Meta(Vocabulary.Meta):
        verbose_name = "inhoudswaarschuwing"
        verbose_name_plural = "inhoudswaarschuwingen"
