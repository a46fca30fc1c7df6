"""A class visit (the unit of Halt's work), the gemeenten it is counted in, and the anonymous goal check.

Nothing here describes a young person: a visit has a number of pupils, an answer has three numbers and a date.
"""

import datetime
import math
from urllib.parse import urlencode

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting
from wagtail.search import index

from core.naming import NamedByField
from core.screening import NoPersonalData
from curriculum.models import AgeBand, Setting, ThemePage
from curriculum.vocabularies import Goal, Use
from lessons.models import LessonPage
from visits import codes

SCHOOL_YEAR_FIRST_MONTH = 8  # a Dutch school year runs from August to July
ANSWER_WINDOW_DAYS = 14
ANSWER_MARGIN = 0.10  # a class may have a few more pupils on the day than were planned
SCALE = (1, 5)


def school_year_end(date):
    """The last day of the school year `date` falls in: 31 July."""
    year = date.year + 1 if date.month >= SCHOOL_YEAR_FIRST_MONTH else date.year
    return datetime.date(year, SCHOOL_YEAR_FIRST_MONTH, 1) - datetime.timedelta(days=1)


def school_year_label(start_year):
    return f"{start_year}-{start_year + 1}"


class Municipality(index.Indexed, NamedByField):
    """A Dutch gemeente as CBS lists it (GM code), to count visits in. Loaded from visits/data/gemeenten-2025.csv."""

    code = models.CharField(
        "CBS-code", max_length=6, unique=True, help_text="De code van het CBS, bijvoorbeeld GM0363 voor Amsterdam."
    )
    name = models.CharField("naam", max_length=100)
    province = models.CharField("provincie", max_length=40, blank=True)
    active = models.BooleanField(
        "bestaat nog", default=True, help_text="Zet uit na een herindeling: oude bezoeken blijven bij deze gemeente."
    )

    panels = [FieldPanel("code"), FieldPanel("name"), FieldPanel("province"), FieldPanel("active")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name"), index.FilterField("active")]

    class Meta:
        ordering = ["name"]
        verbose_name = "gemeente"
        verbose_name_plural = "gemeenten"

    @property
    def label(self):
        """The name with its everyday name, for choosing: "'s-Gravenhage (Den Haag)"."""
        everyday = EVERYDAY_NAMES.get(self.code)
        return f"{self.name} ({everyday})" if everyday else self.name

    def clean(self):
        if not (len(self.code) == 6 and self.code.startswith("GM") and self.code[2:].isdigit()):
            raise ValidationError({"code": "Een CBS-code is GM gevolgd door vier cijfers, bijvoorbeeld GM0363."})


# The CBS list names two gemeenten by their official names; people look for them under the everyday ones.
EVERYDAY_NAMES = {"GM0518": "Den Haag", "GM0796": "Den Bosch"}


def municipality_sort_key(municipality):
    """Sort as people read the name: "'s-Gravenhage" among the G's, not before the A's."""
    return municipality.name.removeprefix("'s-").removeprefix("'t ").casefold()


def unused_code():
    for _attempt in range(20):
        code = codes.new_code()
        if not Visit.objects.filter(code=code).exists():
            return code
    raise RuntimeError("No free follow-up code after 20 attempts")  # 8,000 a year in 595 million: never


class VisitQuerySet(models.QuerySet):
    def current(self, today=None):
        return self.filter(expires_on__gte=today or timezone.localdate())


class Visit(models.Model):
    """One voorlichting given to one class or group, planned by a Halt-medewerker."""

    code = models.CharField("vervolgcode", max_length=codes.CODE_LENGTH, unique=True, editable=False)
    lesson = models.ForeignKey(
        LessonPage, on_delete=models.SET_NULL, null=True, related_name="visits", verbose_name="voorlichting"
    )
    # The theme is kept apart from the lesson, so that the roll-up survives a lesson being moved or deleted.
    theme = models.ForeignKey(
        ThemePage, on_delete=models.SET_NULL, null=True, editable=False, related_name="visits", verbose_name="thema"
    )
    date = models.DateField("datum")
    municipality = models.ForeignKey(
        Municipality, on_delete=models.PROTECT, related_name="visits", verbose_name="gemeente"
    )
    organisation = models.CharField(
        "school of organisatie",
        max_length=150,
        validators=[NoPersonalData()],
        help_text="De naam van de school, sportvereniging of organisatie. Geen namen van personen.",
    )
    setting = models.ForeignKey(Setting, on_delete=models.PROTECT, verbose_name="omgeving")
    age_band = models.ForeignKey(AgeBand, on_delete=models.PROTECT, verbose_name="leeftijdsgroep")
    use = models.CharField("inzet", max_length=20, choices=[(Use.PROACTIEF, "Proactief"), (Use.REACTIEF, "Reactief")])
    pupils = models.PositiveSmallIntegerField(
        "aantal leerlingen",
        validators=[MinValueValidator(1), MaxValueValidator(400)],
        help_text="Alleen het aantal: geen namen.",
    )
    skipped = models.JSONField(
        "overgeslagen onderdelen", default=list, blank=True, help_text="Nummers van de overgeslagen onderdelen."
    )
    note = models.TextField(
        "notitie",
        blank=True,
        max_length=1000,
        validators=[NoPersonalData()],
        help_text="Bijvoorbeeld: wat goed ging, wat de school vroeg. Schrijf over de klas als groep, nooit over "
        "een leerling.",
    )
    expires_on = models.DateField("code geldig tot en met", editable=False)
    planned_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        editable=False,
        related_name="planned_visits",
        verbose_name="gepland door",
    )
    created_at = models.DateTimeField("aangemaakt", auto_now_add=True)

    objects = VisitQuerySet.as_manager()

    panels = [
        FieldPanel("lesson", read_only=True),
        MultiFieldPanel(
            [
                FieldPanel("date"),
                FieldPanel("municipality"),
                FieldPanel("organisation"),
                FieldPanel("setting"),
                FieldPanel("age_band"),
                FieldPanel("use"),
                FieldPanel("pupils"),
            ],
            heading="Bezoek",
        ),
        FieldPanel("note"),
    ]

    class Meta:
        ordering = ["-date", "-pk"]
        verbose_name = "klasbezoek"
        verbose_name_plural = "klasbezoeken"
        indexes = [models.Index(fields=["date"]), models.Index(fields=["planned_by", "-date"])]

    def __str__(self):
        return f"{self.code} · {self.date:%d-%m-%Y}"

    def save(self, *args, **kwargs):
        if not self.code:
            self.code = unused_code()
        if self.lesson_id and not self.theme_id:
            self.theme = self.lesson.get_parent().specific
        self.expires_on = school_year_end(self.date)
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return f"/klas/{self.code}/"

    def is_expired(self, today=None):
        return (today or timezone.localdate()) > self.expires_on

    @property
    def max_answers(self):
        return self.pupils + math.ceil(self.pupils * ANSWER_MARGIN)

    @property
    def answers_close_on(self):
        return self.date + datetime.timedelta(days=ANSWER_WINDOW_DAYS)

    def answers_open(self, today=None):
        """The goal check opens on the day of the visit and closes 14 days later."""
        today = today or timezone.localdate()
        return self.date <= today <= self.answers_close_on

    @property
    def selection_query(self):
        """The class choices as Voorbereiden's GET parameters, with the visit's code (lessons/presenter.py)."""
        params = [("inzet", self.use), *(("zonder", number) for number in self.skipped), ("bezoek", self.code)]
        return "?" + urlencode(params)


class Answer(models.Model):
    """One pupil's anonymous goal check: three numbers from 1 to 5 and the day. No IP address, no cookie, no time."""

    visit = models.ForeignKey(Visit, on_delete=models.CASCADE, related_name="answers")
    kennis = models.PositiveSmallIntegerField(validators=[MinValueValidator(SCALE[0]), MaxValueValidator(SCALE[1])])
    bewustwording = models.PositiveSmallIntegerField(
        validators=[MinValueValidator(SCALE[0]), MaxValueValidator(SCALE[1])]
    )
    handelingsperspectief = models.PositiveSmallIntegerField(
        validators=[MinValueValidator(SCALE[0]), MaxValueValidator(SCALE[1])]
    )
    answered_on = models.DateField(default=timezone.localdate)

    class Meta:
        verbose_name = "antwoord op de lesdoelencheck"
        verbose_name_plural = "antwoorden op de lesdoelencheck"
        constraints = [
            models.CheckConstraint(
                condition=models.Q(kennis__range=SCALE)
                & models.Q(bewustwording__range=SCALE)
                & models.Q(handelingsperspectief__range=SCALE),
                name="answer_on_scale",
            )
        ]

    def __str__(self):
        return f"{self.kennis}/{self.bewustwording}/{self.handelingsperspectief}"


class GoalStatements(models.Model):
    """The three statements of the goal check for one lesson, as editors write them (B1, the pupil's 'ik')."""

    lesson = models.OneToOneField(
        LessonPage, on_delete=models.CASCADE, related_name="goal_statements", verbose_name="les"
    )
    kennis = models.CharField("stelling over kennis", max_length=160, blank=True)
    bewustwording = models.CharField("stelling over bewustwording", max_length=160, blank=True)
    handelingsperspectief = models.CharField("stelling over handelingsperspectief", max_length=160, blank=True)

    panels = [
        FieldPanel("lesson"),
        FieldPanel("kennis"),
        FieldPanel("bewustwording"),
        FieldPanel("handelingsperspectief"),
    ]

    class Meta:
        verbose_name = "stellingen van de lesdoelencheck"
        verbose_name_plural = "stellingen van de lesdoelencheck"

    def __str__(self):
        return f"Stellingen: {self.lesson}"


@register_setting(icon="help")
class GoalCheckSettings(BaseGenericSetting):
    """The texts of the goal check that hold for every lesson: the default statement per goal and the scale."""

    kennis = models.CharField(
        "standaardstelling kennis",
        max_length=160,
        help_text="Geldt voor lessen zonder eigen stelling. Schrijf in de ik-vorm, eenvoudig (B1).",
    )
    bewustwording = models.CharField("standaardstelling bewustwording", max_length=160)
    handelingsperspectief = models.CharField("standaardstelling handelingsperspectief", max_length=160)
    scale_low = models.CharField("betekenis van 1", max_length=40)
    scale_high = models.CharField("betekenis van 5", max_length=40)
    intro = models.TextField("uitleg boven de vragen", help_text="Kort: anoniem, binnen een minuut.")
    thanks = models.TextField("bedankt-tekst")

    panels = [
        FieldPanel("intro"),
        MultiFieldPanel(
            [FieldPanel("kennis"), FieldPanel("bewustwording"), FieldPanel("handelingsperspectief")],
            heading="Standaardstellingen",
        ),
        MultiFieldPanel([FieldPanel("scale_low"), FieldPanel("scale_high")], heading="Schaal van 1 tot 5"),
        FieldPanel("thanks"),
    ]

    class Meta:
        verbose_name = "lesdoelencheck"


def statements_for(lesson, defaults):
    """The three statements for a lesson as (goal code, text): the lesson's own where written, else the default."""
    own = getattr(lesson, "goal_statements", None) if lesson else None
    return [(goal.value, getattr(own, goal.value, "") or getattr(defaults, goal.value)) for goal in Goal]


class LookupFailure(models.Model):
    """One failed code lookup, for throttling guessers (visits/throttle.py). The client is a keyed hash, never an
    address, and rows older than the throttle window are deleted as new ones come in."""

    client = models.CharField(max_length=64, db_index=True)
    at = models.DateTimeField(default=timezone.now, db_index=True)

    class Meta:
        verbose_name = "mislukte codepoging"
        verbose_name_plural = "mislukte codepogingen"

    def __str__(self):
        return f"{self.at:%Y-%m-%d %H:%M}"
