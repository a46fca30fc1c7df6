"""The catalogue listing: every offer (lessons, parent guides, professional material) with facet counts.

Facets are counted the usual way: for each facet, the offers that match every *other* active filter, so a count
says how many results you get when you add that value.

At catalogue scale (thousands of lessons) loading every offer as a page on every request takes seconds. So the
facet values of all offers are computed once per catalogue version (curriculum/caching.py) into a
`CatalogueIndex`, kept in Django's cache: the offers in tree order and, per facet value, a bitmask of the offers
that have it. Filtering and counting are then a few integer operations, and only the pages shown on the current
results page are loaded from the database. The index holds public facts only (ids, tree order, facet values and
the vocabularies' labels), the same for every visitor.
"""

import functools
import json
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache
from django.db.models import TextField
from django.db.models.functions import Cast
from wagtail.models import Page

from curriculum.caching import catalogue_version
from curriculum.filters import QueryFilters, age_band_choices, setting_choices, use_choices
from curriculum.matrix import lesson_main_goals
from curriculum.models import AgeBand, Setting, ThemePage
from curriculum.vocabularies import Audience, Goal, OfferType, Use
from lessons.models import LessonPage, ParentGuidePage, ProfessionalGuidePage
from lessons.models.mixins import CatalogueFacets


def theme_choices():
    return dict(ThemePage.objects.live().public().order_by("path").values_list("slug", "title"))


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

    def __init__(self, query, choices=None):
        """`choices`: {param: {value: label}} already known (the index holds the vocabularies), else each
        vocabulary is read once for this request instead of once per use."""
        known = choices or {}
        self.params = {
            name: (label, (lambda values=known[name]: values) if name in known else functools.cache(read))
            for name, (label, read) in type(self).params.items()
        }
        super().__init__(query)


@dataclass
class Offer:
    page: object
    theme: object = None  # the ThemePage the offer belongs to (for a theme: itself)


def lesson_uses(use):
    """The 'inzet' facet values of a stored use, as LessonPage.facet_values() gives them."""
    return {Use.PROACTIEF.value, Use.REACTIEF.value} if use == Use.BEIDE else {use}


def catalogue_rows(root):
    """(path, pk, theme pk, is theme, facets) of every live, public offer below `root`, in tree order; seven queries.

    A page with a view restriction (Wagtail's page privacy), and everything below it, is left out: the catalogue
    is public. The same values as each page's own `facet_values()` (tested in tests/robustness/test_query_counts.py),
    read with `values_list` instead of building thousands of page objects and their StreamFields.
    """
    private = Page.objects.private_q()  # what `.public()` excludes, read once for the four page types
    themes = {
        path: (pk, slug)
        for pk, path, slug in ThemePage.objects.descendant_of(root)
        .live()
        .exclude(private)
        .values_list("pk", "path", "slug")
    }
    rows = [(path, pk, path, True, {"thema": {slug}}) for path, (pk, slug) in themes.items()]
    lessons = LessonPage.objects.descendant_of(root).live().exclude(private)
    related = {"leeftijd": (AgeBand, "age_bands"), "setting": (Setting, "settings")}
    per_lesson = {name: {} for name in related}
    for name, (model, field) in related.items():
        through = getattr(LessonPage, field).through
        column = f"{model._meta.model_name}__slug"
        for lesson_pk, slug in through.objects.filter(lessonpage__in=lessons.values("pk")).values_list(
            "lessonpage_id", column
        ):
            per_lesson[name].setdefault(lesson_pk, set()).add(slug)
    # The stream as JSON text: Wagtail's StreamField builds a JSONField per value it reads, which at 5,000
    # lessons costs more than everything else here together.
    lessons = lessons.annotate(activities_json=Cast("activities", TextField()))
    for pk, path, use, offer_type, activities in lessons.values_list(
        "pk", "path", "use", "offer_type", "activities_json"
    ):
        facets = {
            "doelgroep": {LessonPage.audience},
            "leeftijd": per_lesson["leeftijd"].get(pk, set()),
            "setting": per_lesson["setting"].get(pk, set()),
            "inzet": lesson_uses(use),
            "doel": lesson_main_goals(json.loads(activities) if activities else []),
            "soort": {offer_type},
        }
        rows.append((path, pk, None, False, facets))
    for pk, path in ParentGuidePage.objects.descendant_of(root).live().exclude(private).values_list("pk", "path"):
        rows.append((path, pk, None, False, {"doelgroep": {ParentGuidePage.audience}}))
    guides = ProfessionalGuidePage.objects.descendant_of(root).live().exclude(private)
    guides = guides.values_list("pk", "path", "offer_type")
    for pk, path, offer_type in guides:
        rows.append((path, pk, None, False, {"doelgroep": {ProfessionalGuidePage.audience}, "soort": {offer_type}}))
    offers = []
    for path, pk, theme_path, is_theme, facets in rows:
        theme_path = theme_path or path[: -Page.steplen]
        if theme_path in themes:  # an offer belongs to the theme it sits under
            theme_slug = themes[theme_path][1]
            offers.append((path, pk, themes[theme_path][0], is_theme, {"thema": {theme_slug}} | facets))
    return sorted(offers)


class CatalogueIndex:
    """The offers below one root in tree order, and a bitmask per facet value. Small and quick to unpickle."""

    def __init__(self, rows, choices, version=None):
        self.version = version  # the catalogue version it was built for (None: not cached)
        self.pks = [pk for _path, pk, _theme, _is_theme, _facets in rows]
        self.theme_pks = [theme_pk for _path, _pk, theme_pk, _is_theme, _facets in rows]
        self.position = {pk: i for i, pk in enumerate(self.pks)}
        self.all = (1 << len(rows)) - 1
        self.themes = 0
        self.masks = {name: {} for name in CatalogueFacets.FACETS}
        for i, (_path, _pk, _theme, is_theme, facets) in enumerate(rows):
            bit = 1 << i
            if is_theme:
                self.themes |= bit
            for name, values in facets.items():
                for value in values:
                    self.masks[name][value] = self.masks[name].get(value, 0) | bit
        self.choices = choices

    def offers(self, include_themes):
        return self.all if include_themes else self.all & ~self.themes

    def mask_of(self, positions):
        mask = 0
        for position in positions:
            mask |= 1 << position
        return mask

    def positions(self, mask):
        """The positions set in `mask`, in tree order."""
        bits = bin(mask)[:1:-1]  # least significant first
        return [i for i, bit in enumerate(bits) if bit == "1"]

    def matching(self, cleaned, skip=None):
        """The offers that have, for every active filter (but `skip`), at least one of its chosen values."""
        mask = self.all
        for name, values in cleaned.items():
            if name != skip:
                mask &= functools.reduce(int.__or__, (self.masks.get(name, {}).get(v, 0) for v in values), 0)
        return mask

    def facet_counts(self, filters, within):
        """{param: [(value, label, count, selected)]}: each value counted against the other filters."""
        counts = {}
        for name, (_label, choices) in filters.params.items():
            others = within & self.matching(filters.cleaned, skip=name)
            values = self.masks.get(name, {})
            counts[name] = [
                (value, label, (values.get(value, 0) & others).bit_count(), filters.is_selected(name, value))
                for value, label in choices().items()
            ]
        return counts

    def load(self, positions):
        """Offers with their pages for `positions` (one results page): one query per page type, at most five."""
        pks = [self.pks[p] for p in positions]
        wanted = set(pks) | {self.theme_pks[p] for p in positions}
        pages = {page.pk: page for page in Page.objects.filter(pk__in=wanted).specific()}
        return [
            Offer(pages[pk], pages.get(self.theme_pks[p]))
            for p, pk in zip(positions, pks, strict=True)
            if pk in pages  # unpublished since the index was built: left out
        ]


def index_choices():
    return {"thema": theme_choices(), "leeftijd": age_band_choices(), "setting": setting_choices()}


def catalogue_index(root, request=None):
    """The CatalogueIndex of the offers below `root`, from the cache when the catalogue has not changed."""
    version = catalogue_version(request)
    key = f"catalogue-index:{root.pk}:{version}"
    index = cache.get(key)
    if index is None:
        index = CatalogueIndex(catalogue_rows(root), index_choices(), version)
        cache.set(key, index, settings.CATALOGUE_CACHE_TIMEOUT)
    return index
