"""The catalogue listing: every offer (lessons, parent guides, professional material) with facet counts.

Facets are counted the usual way: for each facet, the offers that match every *other* active filter, so a count
says how many results you get when you add that value.
"""

from collections import Counter
from dataclasses import dataclass

from curriculum.filters import QueryFilters, age_band_choices, setting_choices, use_choices
from curriculum.models import ThemePage
from curriculum.vocabularies import Audience, Goal, OfferType
from lessons.models import LessonPage, ParentGuidePage, ProfessionalGuidePage


def theme_choices():
    return dict(ThemePage.objects.live().order_by("path").values_list("slug", "title"))


class ListingFilters(QueryFilters):
    multiple = True
    params = {
        "thema": ("thema", theme_choices),
        "leeftijd": ("leeftijd", age_band_choices),
        "doel": ("lesdoel", lambda: dict(Goal.choices)),
        "inzet": ("inzet", use_choices),
        "doelgroep": ("doelgroep", lambda: dict(Audience.choices)),
        "setting": ("setting", setting_choices),
        "soort": ("soort aanbod", lambda: dict(OfferType.choices)),
    }


@dataclass
class Offer:
    page: object
    facets: dict  # param -> set of values this offer has
    theme: object = None

    def matches(self, cleaned, skip=None):
        return all(self.facets.get(name, set()) & set(values) for name, values in cleaned.items() if name != skip)


def collect_offers(root, include_themes=False):
    """Every live offer below `root` with its facet values, in tree order. Five queries, whatever the size."""
    themes = {theme.path: theme for theme in ThemePage.objects.descendant_of(root).live()}
    offers = [Offer(theme, theme.facet_values(), theme) for theme in themes.values()] if include_themes else []
    pages = [
        *LessonPage.objects.descendant_of(root).live().prefetch_related("age_bands", "settings"),
        *ParentGuidePage.objects.descendant_of(root).live(),
        *ProfessionalGuidePage.objects.descendant_of(root).live(),
    ]
    for page in pages:
        theme = themes.get(page.path[: -page.steplen])
        if theme:
            offers.append(Offer(page, page.facet_values(theme), theme))
    return sorted(offers, key=lambda offer: offer.page.path)


def facet_counts(offers, filters):
    """{param: [(value, label, count, selected)]} for every facet value, counted against the other filters."""
    counts = {}
    for name, (_label, choices) in filters.params.items():
        matching = [offer for offer in offers if offer.matches(filters.cleaned, skip=name)]
        per_value = Counter(value for offer in matching for value in offer.facets.get(name, ()))
        counts[name] = [
            (value, label, per_value.get(value, 0), filters.is_selected(name, value))
            for value, label in choices().items()
        ]
    return counts
