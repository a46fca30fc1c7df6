"""The gaps in the leerlijn, for editors: per theme and age band a published lesson, a draft only, or nothing
(or no lesson needed: a theme with material for parents or professionals only); and per theme the lesson goals
that none of its published lessons serves.

A live lesson's row holds its published content (the admin saves drafts of live pages as revisions only), so
draft-only coverage of a live lesson (a new age band, a new goal) is read from its latest revision.
"""

from dataclasses import dataclass, field
from urllib.parse import urlencode

from django.urls import reverse

from core import i18n
from curriculum.models import AgeBand, ThemePage
from curriculum.vocabularies import Goal
from lessons.models import LessonPage, ParentGuidePage, ProfessionalGuidePage
from lessons.panels import AGE_BAND_PARAMETER

PUBLISHED = "gepubliceerd"
DRAFT = "alleen concept"
MISSING = "ontbreekt"
NOT_FOR_PUPILS = "geen les nodig"  # a theme with material for parents or professionals only


@dataclass
class Found:
    """What the published lessons hold, and what only a draft does: the lessons of a cell, the goals of a row."""

    published: list = field(default_factory=list)
    drafts: list = field(default_factory=list)

    def add(self, items, published):
        found = self.published if published else self.drafts
        found.extend(item for item in items if item not in found)


@dataclass
class Cell:
    age_band: AgeBand
    theme: ThemePage
    found: Found = field(default_factory=Found)  # the lessons in this cell
    guides_only: bool = False

    @property
    def status(self):
        if self.found.published:
            return PUBLISHED
        if self.found.drafts:
            return DRAFT
        return NOT_FOR_PUPILS if self.guides_only else MISSING

    @property
    def lessons(self):
        return list(dict.fromkeys([*self.found.published, *self.found.drafts]))

    @property
    def css_class(self):
        return {PUBLISHED: "published", DRAFT: "draft", MISSING: "missing", NOT_FOR_PUPILS: "other"}[self.status]

    @property
    def symbol(self):
        return {PUBLISHED: "✓", DRAFT: "◐", MISSING: "✗", NOT_FOR_PUPILS: "–"}[self.status]

    @property
    def description(self):
        why = ", alleen materiaal voor ouders of professionals" if self.status == NOT_FOR_PUPILS else ""
        return f"{self.theme.title}, {self.age_band.name}: {self.status}{why}"

    @property
    def url(self):
        """Edit the lesson in this cell, or add one under the theme when there is none."""
        if self.lessons:
            return reverse("wagtailadmin_pages:edit", args=[self.lessons[0].pk])
        add = reverse("wagtailadmin_pages:add", args=["lessons", "lessonpage", self.theme.pk])
        return f"{add}?{urlencode({AGE_BAND_PARAMETER: self.age_band.slug})}"


@dataclass
class Row:
    theme: ThemePage
    cells: list
    goals: Found = field(default_factory=Found)
    other_audiences: list = field(default_factory=list)  # "ouders", "professionals": guides below the theme

    def add(self, lesson, age_bands, goals, published):
        """A lesson with the age bands (pks) and goals of its published version, or of its latest draft."""
        self.goals.add(goals, published)
        for cell in self.cells:
            if cell.age_band.pk in age_bands:
                cell.found.add([lesson], published)

    @property
    def guides_only(self):
        return bool(self.other_audiences) and not self.lesson_count

    @property
    def uncovered_goals(self):
        """Goals no published lesson of this theme serves, as (label, also covered in a draft)."""
        return [
            (goal.label, goal.value in self.goals.drafts) for goal in Goal if goal.value not in self.goals.published
        ]

    @property
    def uncovered_text(self):
        if self.guides_only:
            return f"Geen lessen: alleen materiaal voor {' en '.join(self.other_audiences)}"
        return ", ".join(f"{label} (wel in concept)" if in_draft else label for label, in_draft in self.uncovered_goals)

    @property
    def lesson_count(self):
        return len({lesson.pk for cell in self.cells for lesson in cell.lessons})


def goals_of(lesson):
    return {block["value"].get("goal") for block in lesson.activities.raw_data}


def build_coverage():
    """(age bands, rows): one row per theme in tree order, one cell per age band in the vocabulary's order."""
    age_bands = list(AgeBand.objects.all())
    # The Dutch themes: a translated parent guide brings alias copies of its theme into other locales.
    themes = ThemePage.objects.filter(locale_id=i18n.default_locale_id()).order_by("path")
    rows = {theme.path: Row(theme, [Cell(band, theme) for band in age_bands]) for theme in themes}
    for lesson in LessonPage.objects.order_by("path").prefetch_related("age_bands"):
        row = rows.get(lesson.path[: -lesson.steplen])
        if row is None:
            continue
        if lesson.live:
            row.add(lesson, {band.pk for band in lesson.age_bands.all()}, goals_of(lesson), published=True)
        if not lesson.live or lesson.has_unpublished_changes:
            draft = lesson.get_latest_revision_as_object() if lesson.live else lesson
            row.add(lesson, {band.pk for band in draft.age_bands.all()}, goals_of(draft), published=False)
    for model, audience in ((ParentGuidePage, "ouders"), (ProfessionalGuidePage, "professionals")):
        for path in model.objects.values_list("path", flat=True):
            row = rows.get(path[: -model.steplen])
            if row is not None and audience not in row.other_audiences:
                row.other_audiences.append(audience)
    for row in rows.values():
        for cell in row.cells:
            cell.guides_only = row.guides_only
    return age_bands, list(rows.values())
