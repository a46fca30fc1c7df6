from wagtail.admin.ui.tables import Column, LiveStatusTagColumn
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from curriculum.models import AgeBand, ContentGuidance, LegalFact, Setting


class AgeBandViewSet(SnippetViewSet):
    model = AgeBand
    icon = "group"
    menu_label = "Leeftijdsgroepen"
    list_display = ["name", "age_range", "school_types"]


class SettingViewSet(SnippetViewSet):
    model = Setting
    icon = "home"
    menu_label = "Omgevingen"


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


class LegalFactViewSet(SnippetViewSet):
    """The register of legal facts. Its "Gebruik" view (Wagtail's reference index) shows every citing page."""

    model = LegalFact
    icon = "info-circle"
    menu_label = "Wetsfeiten"
    menu_name = "wetsfeiten"
    menu_order = 210
    add_to_admin_menu = True
    list_display = ["statement", Column("source", label="Bron"), "review_by", LiveStatusTagColumn()]
    list_filter = ["law"]
    search_fields = ["statement", "law", "article"]


register_snippet(LegalFactViewSet)
