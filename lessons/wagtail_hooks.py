import django_filters
from django import forms
from django.conf import settings
from django.contrib import messages
from django.shortcuts import redirect
from django.utils.cache import patch_cache_control, patch_vary_headers
from django.utils.formats import date_format
from django.utils.timezone import localtime
from wagtail import hooks
from wagtail.admin.ui.components import Component
from wagtail.admin.ui.tables import Column, LiveStatusTagColumn
from wagtail.admin.views.pages.listing import PageFilterSet
from wagtail.admin.viewsets.pages import PageListingViewSet
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from curriculum.models import AgeBand, LeerlijnPage, ThemePage
from curriculum.vocabularies import Goal, OfferType, Use
from lessons.coverage import DRAFT, MISSING, NOT_FOR_PUPILS, PUBLISHED, build_coverage
from lessons.fact_review import FactReviewPanel
from lessons.governance import govern_leerlijn, may_publish_past_workflow
from lessons.models import HelpResource, LessonPage, ParentGuidePage, SharedActivity
from lessons.readability import guide_report, is_dutch
from lessons.review import DUE_SOON_DAYS, ReviewStatus, due_for_review, review_status_filter
from lessons.workflows import page_problems


class HelpResourceViewSet(SnippetViewSet):
    """Where a help resource is used (safe-delivery sections, parent guides): the snippet's "Gebruik" view."""

    model = HelpResource
    icon = "help"
    menu_label = "Hulpbronnen"
    menu_order = 300
    add_to_admin_menu = True
    list_display = ["name", "phone", "url", "review_by", LiveStatusTagColumn()]
    search_fields = ["name", "when"]


# Issue 14: shared activities, written once for many lessons. The "Gebruik" view lists the lessons before a
# change is published.
class SharedActivityViewSet(SnippetViewSet):
    model = SharedActivity
    icon = "copy"
    menu_label = "Gedeelde activiteiten"
    menu_order = 310
    add_to_admin_menu = True
    list_display = ["title", LiveStatusTagColumn()]
    search_fields = ["title"]


class ReviewStatusFilterMixin(django_filters.FilterSet):
    review_status = django_filters.ChoiceFilter(
        label="Herzien vóór", choices=ReviewStatus.choices, empty_label="Alle", method="filter_review_status"
    )

    def filter_review_status(self, queryset, name, value):
        return queryset.filter(**review_status_filter(value)) if value else queryset


class LessonFilterSet(ReviewStatusFilterMixin, PageFilterSet):
    theme = django_filters.ModelChoiceFilter(
        label="Thema",
        queryset=ThemePage.objects.filter(locale__language_code=settings.LANGUAGE_CODE),
        method="filter_theme",
        empty_label="Alle thema's",
    )
    age_bands = django_filters.ModelMultipleChoiceFilter(
        label="Leeftijdsgroep", queryset=AgeBand.objects.all(), widget=forms.CheckboxSelectMultiple
    )
    goal = django_filters.ChoiceFilter(label="Lesdoel", choices=Goal.choices, empty_label="Alle", method="filter_goal")
    missing_goal = django_filters.ChoiceFilter(
        label="Lesdoel ontbreekt", choices=Goal.choices, empty_label="Geen filter", method="filter_missing_goal"
    )
    use = django_filters.ChoiceFilter(label="Inzet", choices=Use.choices, empty_label="Alle", method="filter_use")
    offer_type = django_filters.ChoiceFilter(label="Soort aanbod", choices=OfferType.choices, empty_label="Alle")

    class Meta:
        model = LessonPage
        fields = []

    def filter_theme(self, queryset, name, value):
        return queryset.child_of(value) if value else queryset

    def filter_use(self, queryset, name, value):
        """A lesson for both uses serves either."""
        return queryset.filter(use__in=Use.matching(value)) if value else queryset

    @staticmethod
    def serving(queryset, goal):
        """Pks of the lessons with an activity serving `goal`: the stream is JSON, read here rather than queried."""
        lessons = LessonPage.objects.filter(pk__in=queryset.values("pk")).only("pk", "activities")
        return {lesson.pk for lesson in lessons if goal in {b["value"].get("goal") for b in lesson.activities.raw_data}}

    def filter_goal(self, queryset, name, value):
        return queryset.filter(pk__in=self.serving(queryset, value)) if value else queryset

    def filter_missing_goal(self, queryset, name, value):
        """Lessons where no activity serves the goal: they cannot be published like that."""
        return queryset.exclude(pk__in=self.serving(queryset, value)) if value else queryset


class ParentGuideFilterSet(ReviewStatusFilterMixin, PageFilterSet):
    class Meta:
        model = ParentGuidePage
        fields = []


class LessonListingViewSet(PageListingViewSet):
    model = LessonPage
    icon = "list-ul"
    menu_label = "Lessen"
    menu_order = 100
    add_to_admin_menu = True
    filterset_class = LessonFilterSet
    columns = [
        *PageListingViewSet.columns,
        Column("duration", label="Duur (min)", sort_key="duration"),
        Column("use", label="Inzet", accessor="get_use_display"),
        Column("review_by", label="Herzien vóór", sort_key="review_by"),
    ]


class ParentGuideListingViewSet(PageListingViewSet):
    model = ParentGuidePage
    icon = "group"
    menu_label = "Gesprekshulpen"
    menu_order = 110
    add_to_admin_menu = True
    filterset_class = ParentGuideFilterSet
    columns = [*PageListingViewSet.columns, Column("review_by", label="Herzien vóór", sort_key="review_by")]


register_snippet(HelpResourceViewSet)
register_snippet(SharedActivityViewSet)


@hooks.register("register_admin_viewset")
def register_lesson_listings():
    return [
        LessonListingViewSet("lessen"),
        ParentGuideListingViewSet("gesprekshulpen"),
    ]


# -- Dashboard: what is due for review ----------------------------------------------------------------------------


class ReviewDuePanel(Component):
    name = "review_due"
    template_name = "lessons/admin/review_due_panel.html"
    order = 230

    def get_context_data(self, parent_context):
        return {"items": due_for_review(), "days": DUE_SOON_DAYS}


@hooks.register("construct_homepage_panels")
def add_review_due_panel(request, panels):
    panels.append(ReviewDuePanel())
    panels.append(FactReviewPanel())  # issue 14: pages citing a changed legal fact, facts due for review


# -- Publishing: the rules outside the edit form, and the readability of parent guides ---------------------------


PAST_REVIEW = (
    "Niet gepubliceerd: deze pagina is in review. Publiceren gaat via de review; alleen Beheer kan die overslaan."
)


@hooks.register("construct_page_action_menu")
def hide_publishing_past_a_review(menu_items, request, context):
    """While a review is under way, "Publiceren" is for Beheer only: the reviewers publish by approving."""
    page = context.get("page")
    if page is not None and page.pk and not may_publish_past_workflow(request.user, page):
        menu_items[:] = [item for item in menu_items if item.name != "action-publish"]


@hooks.register("before_edit_page")
def refuse_publishing_past_a_review(request, page):
    """A "Publiceren" sent anyway (an old tab, a crafted request) saves a draft: the edit is kept, not published."""
    publishing = request.method == "POST" and request.POST.get("action-publish")
    if publishing and not may_publish_past_workflow(request.user, page):
        data = request.POST.copy()
        del data["action-publish"]
        request.POST = data
        messages.warning(request, PAST_REVIEW + " Uw wijzigingen zijn als concept bewaard.")


@hooks.register("before_edit_page")
def show_the_reviewers_request(request, page):
    """The editor who reopens a page that was sent back reads why at the top, not only in an e-mail."""
    if request.method != "GET" or not request.accepts("text/html"):
        return
    state = page.current_workflow_state
    task_state = state.current_task_state if state and state.status == state.STATUS_NEEDS_CHANGES else None
    if task_state is None or task_state.status != task_state.STATUS_REJECTED:
        return
    reviewer = task_state.finished_by
    who = f" door {reviewer.get_full_name() or reviewer.get_username()}" if reviewer else ""
    when = f" op {date_format(localtime(task_state.finished_at), 'j F Y')}" if task_state.finished_at else ""
    comment = f" “{task_state.comment.strip()}”" if task_state.comment.strip() else " (zonder toelichting)"
    messages.warning(
        request,
        f"Wijzigingen gevraagd bij ‘{task_state.task.name}’{who}{when}:{comment} "
        "Pas de pagina aan en dien hem opnieuw in ter review.",
    )


@hooks.register("before_bulk_action")
def check_rules_before_bulk_publish(request, action_type, objects, action_class_instance):
    """Bulk publishing skips the edit form: refuse it when a page is in review (unless Beheer publishes) or when a
    lesson or guide breaks a publishing rule."""
    if action_type != "publish":
        return None
    pages = list(objects)
    if action_class_instance.cleaned_form.cleaned_data.get("include_descendants"):
        pages += [page for parent in objects for page in parent.get_descendants().not_live().specific()]
    in_review = [page.get_admin_display_title() for page in pages if not may_publish_past_workflow(request.user, page)]
    if in_review:
        messages.error(request, PAST_REVIEW + " In review: " + ", ".join(in_review) + ".")
        return redirect(action_class_instance.next_url)
    refused = []
    for page in pages:
        latest = page.specific.get_latest_revision_as_object()
        if problems := page_problems(latest, request.user):
            refused.append(f"{latest.get_admin_display_title()}: {problems[0].message}")
    if not refused:
        return None
    messages.error(
        request,
        "Niets gepubliceerd: open deze pagina's en los eerst op wat de publicatieregels vragen. " + " ".join(refused),
    )
    return redirect(action_class_instance.next_url)


def show_readability(request, page):
    """After each save of a parent guide: its B1 score, and the sentences to simplify.

    Not after an autosave (a background request that wants JSON): its messages would pile up for the next page.
    """
    if not isinstance(page, ParentGuidePage) or not is_dutch(page) or not request.accepts("text/html"):
        return
    report = guide_report(page)
    text = report.summary()
    if report.hard_sentences:
        text += " Maak eenvoudiger: " + " ".join(str(sentence) for sentence in report.hard_sentences)
    (messages.success if report.passes else messages.warning)(request, text)


@hooks.register("after_create_page")
def readability_after_create(request, page):
    show_readability(request, page)


@hooks.register("after_edit_page")
def readability_after_edit(request, page):
    show_readability(request, page)


# -- The site: pages for staff are never stored by a shared cache -----------------------------------------------


@hooks.register("on_serve_page")
def private_for_staff(serve):
    """A logged-in visitor (a presenter sees notes and protocols) gets a response no shared cache may keep.

    Every page also varies on the cookie, so that a cache never serves a presenter's page to anyone else.
    """

    def inner(page, request, serve_args, serve_kwargs):
        response = serve(page, request, serve_args, serve_kwargs)
        patch_vary_headers(response, ["Cookie"])
        if request.user.is_authenticated:
            patch_cache_control(response, private=True, no_store=True)
        return response

    return inner


# -- Governance: a new leerlijn gets the editorial roles and the review workflow ----------------------------------


@hooks.register("after_create_page")
def govern_created_leerlijn(request, page):
    if isinstance(page.specific, LeerlijnPage):
        govern_leerlijn(page)


@hooks.register("after_copy_page")
def govern_copied_leerlijn(request, page, new_page):
    if isinstance(new_page.specific, LeerlijnPage):
        govern_leerlijn(new_page)


# -- Dashboard: the coverage of the leerlijn -----------------------------------------------------------------------


class CoveragePanel(Component):
    """Themes × age bands: published, draft only or missing; and the goals each theme's lessons leave uncovered."""

    name = "leerlijn_coverage"
    template_name = "lessons/admin/coverage_panel.html"
    order = 240

    def get_context_data(self, parent_context):
        age_bands, rows = build_coverage()
        statuses = [cell.status for row in rows for cell in row.cells]
        return {
            "age_bands": age_bands,
            "rows": rows,
            "totals": [
                (status, count)
                for status in (PUBLISHED, DRAFT, MISSING, NOT_FOR_PUPILS)
                if (count := statuses.count(status)) or status != NOT_FOR_PUPILS
            ],
        }


@hooks.register("construct_homepage_panels")
def add_coverage_panel(request, panels):
    panels.append(CoveragePanel())
