"""Admin panels that lessons need beyond Wagtail's own."""

from django import forms
from wagtail.admin.panels import FieldPanel

from curriculum.models import AgeBand

AGE_BAND_PARAMETER = "leeftijdsgroep"


class AgeBandsPanel(FieldPanel):
    """The age bands as checkboxes; on a new lesson opened from an empty cell of the coverage table
    (`…/add/lessons/lessonpage/<theme>/?leeftijdsgroep=<slug>`) that cell's age band is already ticked."""

    def __init__(self, field_name="age_bands", **kwargs):
        kwargs.setdefault("widget", forms.CheckboxSelectMultiple)
        super().__init__(field_name, **kwargs)

    class BoundPanel(FieldPanel.BoundPanel):
        def __init__(self, **kwargs):
            request, instance, form = kwargs["request"], kwargs["instance"], kwargs["form"]
            slug = request.GET.get(AGE_BAND_PARAMETER) if request else None
            if slug and instance.pk is None and not form.is_bound:
                bands = AgeBand.objects.filter(slug=slug).values_list("pk", flat=True)
                form.initial[kwargs["panel"].field_name] = list(bands)
            super().__init__(**kwargs)
