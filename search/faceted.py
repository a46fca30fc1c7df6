"""Facet counts from Elasticsearch in one aggregation query, built with elasticsearch-dsl's FacetedSearch.

Every catalogue page type indexes the same `facet_*` fields (see curriculum/facets.py), so
one terms aggregation per facet counts across lessons, guides and themes alike. FacetedSearch applies each
facet's filter to the other facets' counts only, the same rule as the database listing.
"""

from elasticsearch_dsl import FacetedSearch, TermsFacet
from wagtail.models import Page, PageViewRestriction

from curriculum.facets import CatalogueFacets

CATALOGUE_TYPES = [
    "curriculum.ThemePage",
    "lessons.LessonPage",
    "lessons.ParentGuidePage",
    "lessons.ProfessionalGuidePage",
]
# Named after the abstract model that defines the facet methods, the same for every page type.
FACET_FIELD = "curriculum_cataloguefacets__facet_{}_filter"
PATH_FIELD = "path_filter"  # Page.path, a FilterField of every page: a restricted page's path prefixes its subtree
MAX_HITS = 1000


class CatalogueFacetedSearch(FacetedSearch):
    fields = ["title^3", "_all_text", "_all_text_boost_2_0^2"]
    facets = {name: TermsFacet(field=FACET_FIELD.format(name), size=200) for name in CatalogueFacets.FACETS}

    def __init__(self, query, filters, index, using, private_paths=()):
        self.index = index
        self.using = using
        self.private_paths = list(private_paths)
        super().__init__(query, filters)

    def search(self):
        search = super().search().extra(size=MAX_HITS, _source=False, stored_fields=["pk"])
        search = search.filter("terms", _django_content_type=CATALOGUE_TYPES).filter("term", live_filter=True)
        if self.private_paths:
            search = search.exclude("bool", should=[{"prefix": {PATH_FIELD: path}} for path in self.private_paths])
        return search

    def query(self, search, query):
        if not query:
            return search
        return search.query("multi_match", query=query, fields=self.fields, operator="and", type="best_fields")


def facet_counts_from_response(response, filters):
    """The view's {facet: [(value, label, count, selected)]} from an Elasticsearch response."""
    counts = {}
    for name, (_label, choices) in filters.params.items():
        found = {value: count for value, count, _selected in response.facets[name]}
        counts[name] = [
            (value, label, found.get(value, 0), filters.is_selected(name, value)) for value, label in choices().items()
        ]
    return counts


def elasticsearch_search(backend, query, filters):
    """(page ids by relevance, facet counts) from one Elasticsearch request."""
    index = backend.get_index_for_model(Page).name
    private_paths = PageViewRestriction.objects.values_list("page__path", flat=True)
    faceted = CatalogueFacetedSearch(query, filters.cleaned, index=index, using=backend.es, private_paths=private_paths)
    response = faceted.execute()
    ids = [int(hit.meta.id) for hit in response]
    return ids, facet_counts_from_response(response, filters)
