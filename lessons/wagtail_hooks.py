import django_filters
from django import forms
from wagtail import hooks
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.pages.listing import PageFilterSet
from wagtail.admin.viewsets.pages import PageListingViewSet
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from curriculum.models import AgeBand, ThemePage
from curriculum.vocabularies import OfferType, Use
from lessons.models import HelpResource, LessonPage, ParentGuidePage


class HelpResourceViewSet(SnippetViewSet):
    model = HelpResource
    icon = "help"
    menu_label = "Hulpbronnen"
    menu_order = 300
    add_to_admin_menu = True
    list_display = ["name", "phone", "url"]
    search_fields = ["name", "when"]


class LessonFilterSet(PageFilterSet):
    theme = django_filters.ModelChoiceFilter(
        label="Thema", queryset=ThemePage.objects.all(), method="filter_theme", empty_label="Alle thema's"
    )
    age_bands = django_filters.ModelMultipleChoiceFilter(
        label="Leeftijdsgroep", queryset=AgeBand.objects.all(), widget=forms.CheckboxSelectMultiple
    )
    use = django_filters.ChoiceFilter(label="Inzet", choices=Use.choices, empty_label="Alle")
    offer_type = django_filters.ChoiceFilter(label="Soort aanbod", choices=OfferType.choices, empty_label="Alle")

    class Meta:
        model = LessonPage
        fields = []

    def filter_theme(self, queryset, name, value):
        return queryset.child_of(value) if value else queryset


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


register_snippet(HelpResourceViewSet)


@hooks.register("register_admin_viewset")
def register_lesson_listings():
    return [
        LessonListingViewSet("lessen"),
        ParentGuideListingViewSet("gesprekshulpen"),
    ]
