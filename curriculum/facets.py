"""The catalogue's facets in one place: what each offer is filtered on, and how GET parameters choose values.

Every catalogue page type (a theme, and the lesson and guide pages of the `lessons` app) inherits
`CatalogueFacets`. The facet values serve the listing, the matrix filters, the database search and the
Elasticsearch index alike. Curriculum finds the offer page types through Django's app registry (`offer_models`),
so it never imports the apps that define them.

The filters are hand-written rather than django-filter because an invalid value there invalidates the whole
form, while a shared URL with one stale value should still show results, and say what it ignored.
"""

import functools

from django.apps import apps
from django.conf import settings
from django.core.cache import cache
from django.db import models
from django.utils.functional import cached_property
from wagtail.search import index

from core.caching import catalogue_version
from core.dutch import database_needs_stems, stems_of
from core.privacy import public
from curriculum.models.taxonomy import AgeBand, Setting
from curriculum.vocabularies import Audience, Goal, OfferType, Use

MAX_VALUE_LENGTH = 100


class IndexedFacet:
    """One facet's values of a page, sorted, as an attribute (`page.facet_doel`) for the search index to read."""

    def __init__(self, facet):
        self.facet = facet

    def __get__(self, page, owner=None):
        return self if page is None else sorted(page.indexed_facet_values.get(self.facet, ()))


class CatalogueFacets(models.Model):
    """The facet values of a catalogue page (theme, age band, goal, use, audience, setting, offer type).

    The index fields are methods of this abstract model, so Elasticsearch names them alike for every page type
    (`curriculum_cataloguefacets__facet_thema_filter`) and one aggregation counts them all.
    """

    FACETS = ("thema", "leeftijd", "doel", "inzet", "doelgroep", "setting", "soort")
    audience = None  # an Audience value, set by each offer page type

    class Meta:
        abstract = True

    def facet_values(self, theme=None):
        """{facet: set of values}; `theme` saves a query when the caller already knows the parent theme."""
        theme = theme or self.get_parent()
        return {"thema": {theme.slug}, "doelgroep": {self.audience}}

    @classmethod
    def facet_rows(cls, root):
        """(path, pk, facets) of every live, public page of this type below `root`, read in bulk (no page
        objects), for the catalogue index; the theme facet is added by the caller from the path."""
        pages = public(cls.objects.descendant_of(root).live())
        return [(path, pk, {"doelgroep": {cls.audience}}) for pk, path in pages.values_list("pk", "path")]

    @classmethod
    def matrix_entries(cls, root):
        """What this type places in the leerlijn matrix below `root` (curriculum/matrix.py): nothing by default."""
        return []

    @classmethod
    def in_theme(cls, theme):
        """This type's live, public pages in `theme`, in the order the theme page lists them."""
        return public(cls.objects.child_of(theme).live()).order_by("path")

    def search_stems(self):
        """The Dutch stems of the words this page is found by: indexed on SQLite only (core/dutch.py)."""
        texts = []
        for field in self.get_search_fields():
            if isinstance(field, index.SearchField) and field.field_name != "search_stems":
                value = field.get_value(self)
                texts.extend(value if isinstance(value, list) else [value])
        return stems_of(" ".join(str(text) for text in texts if text))

    # The search index reads seven facets and the theme's words several times for each page it indexes (title,
    # body, autocomplete, stems): each is read once per instance. The index always reads a freshly loaded instance
    # (modelsearch reloads the page by its pk after a save), so these never outlive a change.
    @cached_property
    def indexed_facet_values(self):
        return self.facet_values()

    def theme_terms(self):
        """The everyday words of the theme ("nudes" for Sexting): its lessons and guides are found by them too."""
        return self.indexed_theme_terms

    @cached_property
    def indexed_theme_terms(self):
        if hasattr(self, "everyday_terms"):  # the theme itself indexes its own field
            return ""
        themes = apps.get_model("curriculum", "ThemePage").objects.filter(path=self.path[: -self.steplen])
        return themes.values_list("everyday_terms", flat=True).first() or ""

    # The facets as the search index's filter fields read them (curriculum_cataloguefacets__facet_thema_filter).
    facet_thema = IndexedFacet("thema")
    facet_leeftijd = IndexedFacet("leeftijd")
    facet_doel = IndexedFacet("doel")
    facet_inzet = IndexedFacet("inzet")
    facet_doelgroep = IndexedFacet("doelgroep")
    facet_setting = IndexedFacet("setting")
    facet_soort = IndexedFacet("soort")


# What every catalogue page type adds to its search_fields: the facets as filters, its theme's everyday words (also
# for the prefix pass of search/engine.py), and on SQLite its Dutch stems.
CATALOGUE_INDEX_FIELDS = [
    index.SearchField("theme_terms", boost=0.5),  # below the page's own words: the theme itself ranks first
    index.AutocompleteField("theme_terms"),
    *(index.FilterField(f"facet_{name}") for name in CatalogueFacets.FACETS),
    *([index.SearchField("search_stems")] if database_needs_stems() else []),
]


def offer_models(audience=None):
    """The concrete page types that are offers of a theme (lessons, guides), optionally for one audience."""
    return [
        model
        for model in apps.get_models()
        if issubclass(model, CatalogueFacets)
        and model.audience is not None
        and (audience is None or model.audience == audience)
    ]


def uses_of(use):
    """The 'inzet' facet values of a stored use: a lesson for both uses serves either."""
    return {Use.PROACTIEF.value, Use.REACTIEF.value} if use == Use.BEIDE else {use}


# -- Choosing values with GET parameters -------------------------------------------------------------------------


class QueryFilters:
    """Subclasses map each GET parameter to (label, callable returning {value: display label})."""

    params: dict = {}
    everything: dict = {}  # per parameter, what the page shows when none of its values is known
    multiple = False

    def __init__(self, query, choices=None):
        """`choices`: {param: {value: label}} already known (a cached index or vocabulary), else each vocabulary
        is read once for this request instead of once per use."""
        known = choices or {}
        self.params = {
            name: (label, (lambda values=known[name]: values) if name in known else functools.cache(read))
            for name, (label, read) in type(self).params.items()
        }
        self.query = query
        self.notices = []
        self.cleaned = {}
        for name, (label, choices) in self.params.items():
            allowed = choices()
            values = [v.strip()[:MAX_VALUE_LENGTH] for v in query.getlist(name) if v.strip()]
            # Several values: in the vocabulary's order, so that the order of the parameters never matters.
            known = [v for v in allowed if v in values] if self.multiple else [v for v in values if v in allowed][:1]
            for value in dict.fromkeys(v for v in values if v not in allowed):
                self.notices.append(self.ignored(name, label, value, [allowed[v] for v in known]))
            if known:
                self.cleaned[name] = known if self.multiple else known[0]

    def ignored(self, name, label, value, shown):
        """What a visitor reads about a value we do not know: what it was, and what we show instead."""
        instead = f"alleen {', '.join(shown)}" if shown else self.everything[name]
        return f"{label.capitalize()} ‘{value}’ bestaat niet; we tonen {instead}."

    @cached_property
    def active(self):
        """(param, value, display label) for each filter in use, to show and to remove one by one."""
        chosen = []
        for name, (_label, choices) in self.params.items():
            allowed = choices()
            values = self.cleaned.get(name, [])
            for value in values if self.multiple else [values] if values else []:
                chosen.append((name, value, allowed[value]))
        return chosen

    def is_selected(self, name, value):
        chosen = self.cleaned.get(name)
        return value in (chosen or []) if self.multiple else value == chosen


def theme_choices():
    # ThemePage is looked up by name: curriculum.models imports this module for CatalogueFacets.
    theme_page = apps.get_model("curriculum", "ThemePage")
    return dict(public(theme_page.objects.live()).order_by("path").values_list("slug", "title"))


def age_band_choices():
    return dict(AgeBand.objects.values_list("slug", "name"))


def setting_choices():
    return dict(Setting.objects.values_list("slug", "name"))


def use_choices():
    return {Use.PROACTIEF.value: "Proactief", Use.REACTIEF.value: "Reactief"}


def vocabulary_choices():
    """The facet choices read from the database, to keep with a cached catalogue index."""
    return {"thema": theme_choices(), "leeftijd": age_band_choices(), "setting": setting_choices()}


def matrix_vocabularies(request=None):
    """The age bands (the matrix's columns) and settings (its filter), read once per catalogue version: editing
    a vocabulary changes the version (core/caching.py), and a logged-in medewerker, whom the page cache never
    serves, would otherwise read both on every visit to the leerlijn."""
    key = f"matrix-vocabularies:{catalogue_version(request)}"
    found = cache.get(key)
    if found is None:
        found = {"age_bands": list(AgeBand.objects.all()), "settings": list(Setting.objects.all())}
        cache.set(key, found, settings.CATALOGUE_CACHE_TIMEOUT)
    return found


class LeerlijnFilters(QueryFilters):
    """The matrix's filters: one setting (omgeving), one use."""

    params = {"setting": ("omgeving", setting_choices), "inzet": ("inzet", use_choices)}
    everything = {"setting": "alle omgevingen", "inzet": "elke inzet"}


class ListingFilters(QueryFilters):
    """The catalogue's filters (listing and search): any number of values per facet."""

    multiple = True
    params = {
        "thema": ("thema", theme_choices),
        "leeftijd": ("leeftijd", age_band_choices),
        "doel": ("lesdoel", lambda: dict(Goal.choices)),
        "inzet": ("inzet", use_choices),
        "doelgroep": ("doelgroep", lambda: dict(Audience.choices)),
        "setting": ("omgeving", setting_choices),
        "soort": ("soort aanbod", lambda: dict(OfferType.choices)),
    }
    everything = {
        "thema": "alle thema's",
        "leeftijd": "alle leeftijden",
        "doel": "alle lesdoelen",
        "inzet": "elke inzet",
        "doelgroep": "alle doelgroepen",
        "setting": "alle omgevingen",
        "soort": "elk soort aanbod",
    }

    @classmethod
    def labels(cls):
        return {name: label for name, (label, _) in cls.params.items()}
