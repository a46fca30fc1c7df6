"""The open read API (/api/v2/, Wagtail's API v2) and the bulk export of the public catalogue (/api/export/).

Anonymous and read-only: no authentication is read (a session or an Authorization header changes nothing), only
GET and HEAD routes exist, and every page comes from `.live().public()`. Each page type names its API fields on
the model (`api_fields`), none of them presenter-only (tests/api walks every page to prove it). Responses for
visitors without a session are cached by catalogue version, like the pages (core/caching.py). Hostile
parameters get a 400 with a message from Wagtail's own checks (unknown fields and filters, limits above
WAGTAILAPI_LIMIT_MAX, bad ordering) and from ours (a huge offset).
"""

import csv
from collections import defaultdict

from django.conf import settings
from django.db.models import Prefetch
from django.http import HttpResponse, HttpResponseNotAllowed, JsonResponse
from rest_framework.permissions import AllowAny
from wagtail.api.v2.filters import FieldsFilter, OrderingFilter, SearchFilter
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import BaseAPIViewSet, PagesAPIViewSet
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet
from wagtail.models import CollectionViewRestriction, Page, Site

from core.caching import AnonymousPageCacheMiddleware
from core.privacy import public
from curriculum.facts import fact_references
from curriculum.models import AgeBand, EdurepLevel, LegalFact, ThemePage
from curriculum.vocabularies import Goal
from lessons.api_fields import fact_data
from lessons.models import LessonPage, ParentGuidePage, ProfessionalGuidePage

MAX_OFFSET = 100_000  # more than the catalogue will ever hold; beyond it a database only does needless work


def anonymous_cache(view):
    """Serve a GET from the cache, keyed by catalogue version, for visitors without a session or login."""

    def cached(request, *args, **kwargs):
        cacheable = AnonymousPageCacheMiddleware.is_cacheable_request(request)
        if cacheable:
            key = "api:" + AnonymousPageCacheMiddleware.key(request)
            response = AnonymousPageCacheMiddleware.cache().get(key)
            if response is not None:
                response["X-Page-Cache"] = "hit"
                return response
        response = view(request, *args, **kwargs)
        if hasattr(response, "render") and not response.is_rendered:
            response = response.render()
        if cacheable and AnonymousPageCacheMiddleware.is_storable(request, response):
            AnonymousPageCacheMiddleware.cache().set(key, response, settings.PAGE_CACHE_TIMEOUT)
        return response

    return cached


class PublicReadOnly:
    """Anonymous for everyone: the API shows the same public material to a presenter as to a visitor."""

    authentication_classes = []
    permission_classes = [AllowAny]
    http_method_names = ["get", "head", "options"]

    @classmethod
    def as_view(cls, *args, **kwargs):
        return anonymous_cache(super().as_view(*args, **kwargs))

    def check_query_parameters(self, queryset):
        super().check_query_parameters(queryset)
        # Wagtail passes search_operator to the search backend unchecked, which raises a ValueError (a 500).
        if self.request.GET.get("search_operator", "or") not in ("or", "and"):
            raise BadRequestError("search_operator must be 'or' or 'and'")

    def paginate_queryset(self, queryset):
        offset = self.request.GET.get("offset", "0")
        if offset.isdigit() and int(offset) > MAX_OFFSET:
            raise BadRequestError(f"offset cannot be higher than {MAX_OFFSET}")
        return super().paginate_queryset(queryset)


class PublicPagesAPIViewSet(PublicReadOnly, PagesAPIViewSet):
    def get_base_queryset(self):
        # Wagtail lets a request that passes a view restriction (a login, an unlocked password) see the page; the
        # open API shows nobody a private page. Wagtail's `.public()`, because search cannot take the subquery of
        # core.privacy.public.
        return super().get_base_queryset().public()

    def get_queryset(self):
        queryset = super().get_queryset().select_related("locale")  # html_url reads each page's locale
        if queryset.model is LessonPage:
            edurep = Prefetch("age_bands__edurep_levels", queryset=EdurepLevel.objects.order_by("sort_order"))
            queryset = queryset.prefetch_related(edurep, "settings", "content_guidance")
        return queryset

    def paginate_queryset(self, queryset):
        """One page of results, with what each item needs read once for all of them: the sites' root paths (for
        `html_url`, which Wagtail's serializer computes without the request, so per page) and the cited facts."""
        pages = list(super().paginate_queryset(queryset))
        root_paths = Site.get_site_root_paths()
        citations = fact_citations(pages, as_objects=True) if queryset.model is not Page else {}
        for page in pages:
            page._wagtail_cached_site_root_paths = root_paths  # where Page.get_url_parts looks first
            page.prefetched_facts = citations.get(page.pk, [])
        return pages


class PublicImagesAPIViewSet(PublicReadOnly, ImagesAPIViewSet):
    pass


class PublicDocumentsAPIViewSet(PublicReadOnly, DocumentsAPIViewSet):
    def get_queryset(self):
        """Documents in a collection with a view restriction (or below one) are not for the open API."""
        queryset = super().get_queryset()
        for restriction in CollectionViewRestriction.objects.select_related("collection"):
            queryset = queryset.exclude(collection__path__startswith=restriction.collection.path)
        return queryset


class LegalFactsAPIViewSet(PublicReadOnly, BaseAPIViewSet):
    """The published legal facts (drafts never)."""

    model = LegalFact
    filter_backends = [FieldsFilter, OrderingFilter, SearchFilter]
    body_fields = [*BaseAPIViewSet.body_fields, "slug", "statement", "article", "law", "source_url", "checked_on"]
    listing_default_fields = [*BaseAPIViewSet.listing_default_fields, "slug", "statement", "article", "law"]

    def get_queryset(self):
        return LegalFact.objects.filter(live=True).order_by("id")


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", PublicPagesAPIViewSet)
api_router.register_endpoint("images", PublicImagesAPIViewSet)
api_router.register_endpoint("documents", PublicDocumentsAPIViewSet)
api_router.register_endpoint("wetsfeiten", LegalFactsAPIViewSet)


# -- Bulk export: the whole public catalogue in a fixed number of queries ---------------------------------------


def fact_citations(pages, as_objects=False):
    """{page pk: [fact slug (or fact), ...]} for the published facts these pages cite: two queries for any number
    of pages."""
    references = fact_references(pages=pages)
    facts = LegalFact.objects.filter(live=True, pk__in={fact_id for _, fact_id in references})
    found = {fact.pk: fact if as_objects else fact.slug for fact in facts}
    cited = defaultdict(list)
    for page_id, fact_id in references:
        if fact_id in found:
            cited[page_id].append(found[fact_id])
    key = (lambda fact: (fact.law, fact.article, fact.slug)) if as_objects else None
    return {pk: sorted(facts, key=key) for pk, facts in cited.items()}


def age_band_data():
    bands = AgeBand.objects.prefetch_related(
        Prefetch("edurep_levels", queryset=EdurepLevel.objects.order_by("sort_order"))
    )
    return {
        band.pk: {
            "slug": band.slug,
            "name": band.name,
            "min_age": band.min_age,
            "max_age": band.max_age,
            "edurep_levels": [{"name": level.name, "uri": level.uri} for level in band.edurep_levels.all()],
        }
        for band in bands
    }


def export_lessons(request):
    """Every public, live lesson as plain data: fields, goals, age bands, settings, activity outline, facts."""
    lessons = list(
        public(LessonPage.objects.live())
        .order_by("path")
        .prefetch_related("age_bands", "settings", "content_guidance")
        .defer("follow_up", "safe_delivery")
    )
    themes = {theme.path: theme for theme in public(ThemePage.objects.live())}
    bands = age_band_data()
    facts = fact_citations(lessons)
    rows = []
    for lesson in lessons:
        theme = themes.get(lesson.path[: -LessonPage.steplen])
        rows.append(
            {
                "id": lesson.pk,
                "title": lesson.title,
                "slug": lesson.slug,
                "url": request.build_absolute_uri(lesson.get_url(request)) if lesson.get_url(request) else None,
                "theme": theme.slug if theme else None,
                "offer_type": lesson.offer_type,
                "use": lesson.use,
                "duration": lesson.duration,
                "group_size": lesson.group_size,
                "central_question": lesson.central_question,
                "summary": lesson.summary,
                "goals": {goal.value: getattr(lesson, f"goal_{goal.value}") for goal in Goal},
                "age_bands": [bands[band.pk] for band in lesson.age_bands.all()],
                "settings": [setting.slug for setting in lesson.settings.all()],
                "content_guidance": [term.slug for term in lesson.content_guidance.all()],
                # The outline only: titles, minutes and goals (activity texts are in the API's detail view).
                "activities": [
                    {"title": item["title"], "minutes": item["minutes"], "goal": item["goal"]}
                    for item in (block.value for block in lesson.activities)
                ],
                "legal_facts": facts.get(lesson.pk, []),
            }
        )
    return rows, themes


def get_only(view):
    def wrapped(request):
        if request.method not in ("GET", "HEAD"):
            return HttpResponseNotAllowed(["GET", "HEAD"])
        return view(request)

    return anonymous_cache(wrapped)


@get_only
def catalogue_json(request):
    """/api/export/catalogus.json: themes, lessons, guides and the legal facts, for schools and platforms."""
    lessons, themes = export_lessons(request)
    guides = list(public(ParentGuidePage.objects.live()).order_by("path")) + list(
        public(ProfessionalGuidePage.objects.live()).order_by("path")
    )
    facts = fact_citations(guides)
    data = {
        "licence": "Halt Leerlijn, openbare catalogus",
        "themes": [
            {"id": theme.pk, "slug": theme.slug, "title": theme.title, "summary": theme.summary}
            for theme in sorted(themes.values(), key=lambda theme: theme.path)
        ],
        "lessons": lessons,
        "guides": [
            {
                "id": guide.pk,
                "type": guide._meta.label,
                "title": guide.title,
                "slug": guide.slug,
                "theme": getattr(themes.get(guide.path[: -Page.steplen]), "slug", None),
                "legal_facts": facts.get(guide.pk, []),
            }
            for guide in guides
        ],
        "legal_facts": [fact_data(fact) for fact in LegalFact.objects.filter(live=True).order_by("slug")],
    }
    response = JsonResponse(data, json_dumps_params={"ensure_ascii": False, "indent": 1})
    response["Content-Disposition"] = 'inline; filename="catalogus.json"'
    return response


CSV_COLUMNS = [
    "id", "titel", "thema", "soort", "inzet", "duur", "groepsgrootte", "centrale_vraag", "samenvatting",
    "kennis", "bewustwording", "handelingsperspectief", "leeftijdsgroepen", "edurep_niveaus", "settings",
    "wetsfeiten", "url",
]  # fmt: skip


@get_only
def lessons_csv(request):
    """/api/export/lessen.csv: one row per public lesson, for spreadsheets (UTF-8 with BOM, so Excel reads it)."""
    lessons, _themes = export_lessons(request)
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="lessen.csv"'
    response.write("\ufeff")
    writer = csv.writer(response)
    writer.writerow(CSV_COLUMNS)
    for lesson in lessons:
        writer.writerow(
            [
                lesson["id"],
                lesson["title"],
                lesson["theme"] or "",
                lesson["offer_type"],
                lesson["use"],
                lesson["duration"],
                lesson["group_size"],
                lesson["central_question"],
                lesson["summary"],
                *(lesson["goals"][goal.value] for goal in Goal),
                "; ".join(band["name"] for band in lesson["age_bands"]),
                "; ".join(level["uri"] for band in lesson["age_bands"] for level in band["edurep_levels"]),
                "; ".join(lesson["settings"]),
                "; ".join(lesson["legal_facts"]),
                lesson["url"] or "",
            ]
        )
    return response
