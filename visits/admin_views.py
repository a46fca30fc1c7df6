"""The admin report 'Klasbezoeken': Wagtail's ReportView over the roll-up in visits/report.py."""

import django_filters
from django.conf import settings
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.reports import ReportView
from wagtail.permission_policies import ModelPermissionPolicy

from curriculum.models import AgeBand, ThemePage
from visits import report
from visits.models import Municipality, Visit


class VisitReportFilterSet(WagtailFilterSet):
    per = django_filters.ChoiceFilter(
        label="Per",
        choices=[(slug, d.label) for slug, d in report.DIMENSIONS.items()],
        empty_label="Gemeente",
        method="group_by",
    )
    date = django_filters.DateFromToRangeFilter(label="Periode", widget=DateRangePickerWidget)
    municipality = django_filters.ModelChoiceFilter(
        label="Gemeente", queryset=Municipality.objects.all(), empty_label="Alle gemeenten"
    )
    theme = django_filters.ModelChoiceFilter(
        label="Thema",
        queryset=ThemePage.objects.filter(locale__language_code=settings.LANGUAGE_CODE).order_by("title"),
        empty_label="Alle thema's",
    )
    age_band = django_filters.ModelChoiceFilter(
        label="Leeftijdsgroep", queryset=AgeBand.objects.all(), empty_label="Alle leeftijdsgroepen"
    )

    class Meta:
        model = Visit
        fields = []

    def group_by(self, queryset, name, value):
        return queryset  # read by the view: it chooses the rows, not the visits


class VisitReportView(ReportView):
    page_title = "Klasbezoeken"
    header_icon = "doc-full"
    index_url_name = "visit_report"
    index_results_url_name = "visit_report_results"
    filterset_class = VisitReportFilterSet
    template_name = "visits/admin/report.html"
    results_template_name = "visits/admin/report_results.html"
    permission_policy = ModelPermissionPolicy(Visit)
    any_permission_required = ["view", "change"]
    paginate_by = 100
    export_filename = "klasbezoeken"
    list_export = [
        "label",
        "visits",
        "pupils",
        "answers",
        "mean_kennis",
        "mean_bewustwording",
        "mean_handelingsperspectief",
    ]
    export_headings = {
        "visits": "Bezoeken",
        "pupils": "Leerlingen bereikt",
        "answers": "Antwoorden",
        "mean_kennis": "Gemiddelde kennis (1-5)",
        "mean_bewustwording": "Gemiddelde bewustwording (1-5)",
        "mean_handelingsperspectief": "Gemiddelde handelingsperspectief (1-5)",
    }

    @property
    def dimension(self):
        slug = self.request.GET.get("per", "")
        return report.DIMENSIONS.get(slug, report.DIMENSIONS[report.DEFAULT_DIMENSION])

    def get_heading(self, queryset, field):
        return self.dimension.label if field == "label" else self.export_headings[field]

    @property
    def columns(self):
        return [
            Column("label", label=self.dimension.label),
            Column("visits", label="Bezoeken"),
            Column("pupils", label="Leerlingen"),
            Column("answers", label="Antwoorden"),
            Column("mean_kennis", label="Kennis"),
            Column("mean_bewustwording", label="Bewustwording"),
            Column("mean_handelingsperspectief", label="Handelingsperspectief"),
        ]

    def get_queryset(self):
        return Visit.objects.all()

    def get_filtered_queryset(self):
        return report.rollup(self.filter_queryset(self.get_queryset()), self.dimension.slug)

    def get_context_data(self, *args, **kwargs):
        context = super().get_context_data(*args, **kwargs)
        context["chart"] = report.chart(context["object_list"])
        context["min_visits"], context["min_answers"] = report.MIN_VISITS, report.MIN_ANSWERS
        return context
