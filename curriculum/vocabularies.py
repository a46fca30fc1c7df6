"""Fixed vocabularies of Halt's method. They change only when the method does, so they are code, not rows."""

from django.db import models
from django.utils.translation import gettext_noop


class Goal(models.TextChoices):
    # Plain Dutch labels everywhere; the translated pages' templates translate them (`{% translate label %}`), and
    # gettext_noop puts them in the catalogues.
    KENNIS = "kennis", gettext_noop("Kennis")
    BEWUSTWORDING = "bewustwording", gettext_noop("Bewustwording")
    HANDELINGSPERSPECTIEF = "handelingsperspectief", gettext_noop("Handelingsperspectief")


GOAL_DESCRIPTIONS = {
    Goal.KENNIS: "Kennis (van de gevolgen) van delictgedrag: inzicht in het thema en de mogelijke gevolgen.",
    Goal.BEWUSTWORDING: "Bewustwording: inzicht in het eigen gedrag.",
    Goal.HANDELINGSPERSPECTIEF: "Handelingsperspectief: inzicht in handelingsalternatieven.",
}


class Use(models.TextChoices):
    PROACTIEF = "proactief", "Proactief"
    REACTIEF = "reactief", "Reactief"
    BEIDE = "beide", "Proactief en reactief"

    @classmethod
    def matching(cls, wanted):
        """The stored values that satisfy a filter on one use: a lesson for both serves either."""
        return [wanted, cls.BEIDE] if wanted in (cls.PROACTIEF, cls.REACTIEF) else [wanted]


class OfferType(models.TextChoices):
    VOORLICHTING = "voorlichting", "Voorlichting"
    TRAINING = "training", "Training"
    INTERVENTIE = "interventie", "Interventie"
    TRAJECT = "traject", "Traject"


class Audience(models.TextChoices):
    JONGEREN = "jongeren", "Jongeren"
    OUDERS = "ouders", "Ouders"
    PROFESSIONALS = "professionals", "Professionals"
