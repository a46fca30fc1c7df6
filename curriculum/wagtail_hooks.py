from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from curriculum.models import AgeBand, ContentGuidance, Setting


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
