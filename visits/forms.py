from django import forms
from django.core import signing
from django.forms.models import ModelChoiceIterator

from curriculum.vocabularies import Goal, Use
from lessons.presenter import parse_numbers
from visits.models import SCALE, Answer, Municipality, Visit, municipality_sort_key

TOKEN_SALT = "visits.goal-check"
TOKEN_MAX_AGE = 4 * 60 * 60  # a form opened in class may be sent a few hours later


class ReadingOrderIterator(ModelChoiceIterator):
    def __iter__(self):
        choices = list(super().__iter__())
        empty = [choice for choice in choices if choice[0] == ""]
        rest = [choice for choice in choices if choice[0] != ""]
        return iter(empty + sorted(rest, key=lambda choice: municipality_sort_key(choice[0].instance)))


class MunicipalityChoiceField(forms.ModelChoiceField):
    """Gemeenten in reading order, each with its everyday name, so that "Den Haag" can be found under D and G."""

    iterator = ReadingOrderIterator

    def label_from_instance(self, obj):
        return obj.label


class VisitForm(forms.ModelForm):
    """Plan a visit of one lesson: the choices are limited to what the lesson offers."""

    class Meta:
        model = Visit
        fields = ["date", "municipality", "organisation", "setting", "age_band", "use", "pupils", "note"]
        field_classes = {"municipality": MunicipalityChoiceField}
        widgets = {
            "date": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "note": forms.Textarea(attrs={"rows": 3}),
            "use": forms.RadioSelect,
            "pupils": forms.NumberInput(attrs={"min": 1, "max": 400, "inputmode": "numeric"}),
        }

    def __init__(self, *args, lesson, skipped=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.lesson = lesson
        self.skipped = sorted(skipped)
        self.fields["municipality"].queryset = Municipality.objects.filter(active=True)
        self.fields["municipality"].empty_label = "Kies een gemeente"
        self.fields["age_band"].queryset = lesson.age_bands.all()
        self.fields["setting"].queryset = lesson.settings.all()
        uses = [Use.PROACTIEF, Use.REACTIEF] if lesson.use == Use.BEIDE else [lesson.use]
        self.fields["use"].choices = [(use.value, use.label) for use in map(Use, uses)]
        if self.initial.get("use") not in uses:
            self.initial["use"] = uses[0]
        for name in ("age_band", "setting"):
            choices = self.fields[name].queryset
            if len(choices) == 1:
                self.fields[name].initial = choices[0].pk

    def save(self, commit=True):
        self.instance.lesson = self.lesson
        self.instance.skipped = self.skipped
        return super().save(commit)


def skipped_from(params, lesson):
    """The optional activities left out in Voorbereiden (`zonder`), checked against the lesson."""
    optional = {n for n, block in enumerate(lesson.activities, 1) if block.value.get("optional")}
    return parse_numbers(params.getlist("zonder")) & optional


def scale_field(label):
    return forms.TypedChoiceField(
        label=label,
        choices=[(n, str(n)) for n in range(SCALE[0], SCALE[1] + 1)],
        coerce=int,
        widget=forms.RadioSelect,
        error_messages={
            "required": "Kies een getal van 1 tot 5.",
            "invalid_choice": "Kies een getal van 1 tot 5.",
        },
    )


class GoalCheckForm(forms.Form):
    """Three statements, one per goal, each answered from 1 to 5; `token` ties the post to a form this site served
    for this visit (instead of a CSRF cookie: the check sets no cookie at all, see visits/views.py)."""

    token = forms.CharField(widget=forms.HiddenInput, max_length=200)

    def __init__(self, *args, visit, statements, **kwargs):
        super().__init__(*args, **kwargs)
        self.visit = visit
        for goal, text in statements:
            self.fields[goal] = scale_field(text)
        if not self.is_bound:
            self.initial["token"] = signing.TimestampSigner(salt=TOKEN_SALT).sign(visit.code)

    def clean_token(self):
        try:
            code = signing.TimestampSigner(salt=TOKEN_SALT).unsign(self.cleaned_data["token"], max_age=TOKEN_MAX_AGE)
        except signing.BadSignature:
            code = None
        if code != self.visit.code:
            raise forms.ValidationError("Dit formulier is verlopen. Open de vragen opnieuw en probeer het nog eens.")
        return code

    def goal_fields(self):
        return [self[goal.value] for goal in Goal]

    def answer(self):
        return Answer(visit=self.visit, **{goal.value: self.cleaned_data[goal.value] for goal in Goal})
