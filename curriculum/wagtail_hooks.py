from wagtail import hooks
from wagtail.admin.ui.components import Component
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from curriculum.coverage import DRAFT, MISSING, PUBLISHED, build_coverage
from curriculum.models import AgeBand, ContentGuidance, LeerlijnPage, Setting
from lessons.governance import govern_leerlijn


class AgeBandViewSet(SnippetViewSet):
    model = AgeBand
    icon = "group"
    menu_label = "Leeftijdsgroepen"
    list_display = ["name", "age_range", "school_types"]


class SettingViewSet(SnippetViewSet):
    model = Setting
    icon = "home"
    menu_label = "Settings"


class ContentGuidanceViewSet(SnippetViewSet):
    model = ContentGuidance
    icon = "warning"
    menu_label = "Inhoudswaarschuwingen"
    list_display = ["name", "description"]


class VocabularyGroup(SnippetViewSetGroup):
    """The leerlijn's vocabularies together under one menu item, as editors think of them."""

    items = (AgeBandViewSet, SettingViewSet, ContentGuidanceViewSet)
    menu_icon = "tag"
    menu_label = "Vocabulaires"
    menu_name = "vocabulaires"
    menu_order = 200


register_snippet(VocabularyGroup)


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
    template_name = "curriculum/admin/coverage_panel.html"
    order = 240

    def get_context_data(self, parent_context):
        age_bands, rows = build_coverage()
        statuses = [cell.status for row in rows for cell in row.cells]
        return {
            "age_bands": age_bands,
            "rows": rows,
            "totals": [(status, statuses.count(status)) for status in (PUBLISHED, DRAFT, MISSING)],
        }


@hooks.register("construct_homepage_panels")
def add_coverage_panel(request, panels):
    panels.append(CoveragePanel())
