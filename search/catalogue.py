"""The catalogue listing: every offer (lessons, parent guides, professional material) with facet counts.

Facets are counted the usual way: for each facet, the offers that match every *other* active filter, so a count
says how many results you get when you add that value.

At catalogue scale (thousands of lessons) loading every offer as a page on every request takes seconds. So the
facet values of all offers are computed once per catalogue version (core/caching.py) into a
`CatalogueIndex`, kept in Django's cache: the offers in tree order and, per facet value, a bitmask of the offers
that have it. Filtering and counting are then a few integer operations, and only the pages shown on the current
results page are loaded from the database. The index holds public facts only (ids, tree order, facet values and
the vocabularies' labels), the same for every visitor.
"""

import functools
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache
from django.db.models import prefetch_related_objects
from wagtail.models import Page

from core.caching import catalogue_version
from core.privacy import public
from curriculum.facets import CatalogueFacets, offer_models, vocabulary_choices
from curriculum.models import ThemePage
from lessons.models import LessonPage


@dataclass
class Offer:
    page: object
    theme: object = None  # the ThemePage the offer belongs to (for a theme: itself)


def catalogue_rows(root):
    """(path, pk, theme pk, is theme, facets) of every live, public offer below `root`, in tree order.

    Each offer page type reads its own rows in bulk (`facet_rows`): the same values as each page's own
    `facet_values()` (tested in tests/robustness/test_query_counts.py), without building thousands of pages.
    """
    themes = {
        path: (pk, slug)
        for pk, path, slug in public(ThemePage.objects.descendant_of(root).live()).values_list("pk", "path", "slug")
    }
    rows = [(path, pk, pk, True, {"thema": {slug}}) for path, (pk, slug) in themes.items()]
    for model in offer_models():
        for path, pk, facets in model.facet_rows(root):
            theme = themes.get(path[: -Page.steplen])
            if theme:  # an offer belongs to the theme it sits under; a restricted theme hides its offers
                rows.append((path, pk, theme[0], False, {"thema": {theme[1]}} | facets))
    return sorted(rows)


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
        # The lessons' content-guidance labels, shown with each result: one query for the whole results page.
        prefetch_related_objects([page for page in pages.values() if isinstance(page, LessonPage)], "content_guidance")
        return [
            Offer(pages[pk], pages.get(self.theme_pks[p]))
            for p, pk in zip(positions, pks, strict=True)
            if pk in pages  # unpublished since the index was built: left out
        ]


def catalogue_index(root, request=None):
    """The CatalogueIndex of the offers below `root`, from the cache when the catalogue has not changed; read or
    built once per request."""
    version = catalogue_version(request)
    key = f"catalogue-index:{root.pk}:{version}"
    known = request.__dict__.setdefault("_catalogue_indexes", {}) if request is not None else {}
    index = known.get(key) or cache.get(key)
    if index is None:
        index = CatalogueIndex(catalogue_rows(root), vocabulary_choices(), version)
        cache.set(key, index, settings.CATALOGUE_CACHE_TIMEOUT)
    known[key] = index
    return index


def catalogue_choices(root, request=None):
    """The facet vocabularies below `root` as the index holds them, in a small entry of their own: a listing served
    from its cache (search/views.py) needs them to read the filters, not the index with its thousands of offers."""
    key = f"catalogue-choices:{root.pk}:{catalogue_version(request)}"
    choices = cache.get(key)
    if choices is None:
        choices = catalogue_index(root, request).choices
        cache.set(key, choices, settings.CATALOGUE_CACHE_TIMEOUT)
    return choices
