from django.urls import path, reverse
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import IndexView, SnippetViewSet, SnippetViewSetGroup

from visits.admin_views import VisitReportView
from visits.models import GoalCheckSettings, GoalStatements, Municipality
from visits.presenting import parent_letter_follow_up, presenter_extras


class MunicipalityViewSet(SnippetViewSet):
    model = Municipality
    icon = "site"
    menu_label = "Gemeenten"
    list_display = ["name", "code", "active"]
    list_filter = ["active"]
    search_fields = ["name", "code"]
    ordering = ["name"]


class GoalStatementsIndexView(IndexView):
    """Lessons without their own statements use the defaults in a setting: show them, or the list looks empty while
    the goal check asks three questions."""

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        defaults = GoalCheckSettings.load(request_or_site=self.request)
        context["default_statements"] = [defaults.kennis, defaults.bewustwording, defaults.handelingsperspectief]
        context["defaults_url"] = reverse("wagtailsettings:edit", args=["visits", "goalchecksettings"])
        return context


class GoalStatementsViewSet(SnippetViewSet):
    model = GoalStatements
    icon = "help"
    menu_label = "Stellingen per les"
    list_display = ["lesson", "kennis"]
    index_view_class = GoalStatementsIndexView
    index_results_template_name = "visits/admin/goal_statements_results.html"


class VisitsGroup(SnippetViewSetGroup):
    menu_label = "Klasbezoeken"
    menu_icon = "group"
    menu_order = 310
    items = (GoalStatementsViewSet, MunicipalityViewSet)


register_snippet(VisitsGroup)


@hooks.register("register_admin_urls")
def register_report_urls():
    return [
        path("reports/klasbezoeken/", VisitReportView.as_view(), name="visit_report"),
        path("reports/klasbezoeken/results/", VisitReportView.as_view(results_only=True), name="visit_report_results"),
    ]


class VisitReportMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("visits.view_visit") or request.user.has_perm("visits.change_visit")


@hooks.register("register_reports_menu_item")
def register_report_menu_item():
    return VisitReportMenuItem("Klasbezoeken", reverse("visit_report"), icon_name="doc-full", order=900)


hooks.register("lessons_presenter_extras", presenter_extras)
hooks.register("lessons_parent_letter_follow_up", parent_letter_follow_up)
