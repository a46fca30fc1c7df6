"""Filters from GET parameters: known values narrow the results, unknown ones are dropped with a notice.

Hand-written rather than django-filter because an invalid value there invalidates the whole form, while a
shared URL with one stale value should still show results, and say what it ignored.
"""

from django.utils.functional import cached_property

from curriculum.models.taxonomy import AgeBand, Setting
from curriculum.vocabularies import Use

MAX_VALUE_LENGTH = 100


class QueryFilters:
    """Subclasses map each GET parameter to (label, callable returning {value: display label})."""

    params: dict = {}
    multiple = False

    def __init__(self, query):
        self.query = query
        self.notices = []
        self.cleaned = {}
        for name, (label, choices) in self.params.items():
            allowed = choices()
            values = [v.strip()[:MAX_VALUE_LENGTH] for v in query.getlist(name) if v.strip()]
            known = list(dict.fromkeys(v for v in values if v in allowed))
            for value in values:
                if value not in allowed:
                    self.notices.append(f"Het filter {label} kent de waarde ‘{value}’ niet; die is genegeerd.")
            if known:
                self.cleaned[name] = known if self.multiple else known[0]

    @cached_property
    def active(self):
        """(param, value, display label) for each filter in use, to show and to remove one by one."""
        chosen = []
        for name, (_label, choices) in self.params.items():
            allowed = choices()
            values = self.cleaned.get(name, [])
            for value in values if self.multiple else [values] if values else []:
                chosen.append((name, value, allowed[value]))
        return chosen

    def is_selected(self, name, value):
        chosen = self.cleaned.get(name)
        return value in (chosen or []) if self.multiple else value == chosen


def age_band_choices():
    return dict(AgeBand.objects.values_list("slug", "name"))


def setting_choices():
    return dict(Setting.objects.values_list("slug", "name"))


def use_choices():
    return {Use.PROACTIEF.value: "Proactief", Use.REACTIEF.value: "Reactief"}


class LeerlijnFilters(QueryFilters):
    params = {"setting": ("setting", setting_choices), "inzet": ("inzet", use_choices)}
