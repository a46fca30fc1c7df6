"""The leerlijn matrix: themes down, age bands across, the lessons in each cell. Five queries in all.

The lessons are read in bulk (`matrix_lessons`): a cell needs a lesson's title, slug, use, duration, age bands,
settings and main goals, not the page object with its StreamFields. At 5,000 lessons that takes a tenth of the
time of loading the pages (bench/run.py, "cold").
"""

import json
import re
from collections import defaultdict
from dataclasses import dataclass, field
from types import SimpleNamespace

from django.db.models import TextField
from django.db.models.functions import Cast
from wagtail.models import Page

from curriculum.vocabularies import Goal, Use
from lessons.models import LessonPage

GOAL_ORDER = list(Goal.values)

BAND_SUFFIX = re.compile(r"\s*\([^)]*\)\s*$")


@dataclass
class MatrixLesson:
    """What a cell shows of a lesson. Its URL is its theme's URL and its slug (templates/curriculum/)."""

    pk: int
    path: str
    slug: str
    title: str
    use: str
    duration: int
    band_pks: set
    setting_slugs: set
    main_goals: set
    matrix_label: str = ""
    matrix_goals: list = field(default_factory=list)

    def get_use_display(self):
        return Use(self.use).label if self.use in Use.values else self.use


@dataclass
class MatrixCell:
    band: object
    lessons: list = field(default_factory=list)


@dataclass
class MatrixRow:
    theme: object
    cells: list = field(default_factory=list)  # one MatrixCell per age band, in band order

    @property
    def lesson_count(self):
        return sum(len(cell.lessons) for cell in self.cells)


def lesson_main_goals(raw_activities):
    """LessonPage.main_goals() on a stream's raw data: the same rule, without building every block."""
    blocks = [SimpleNamespace(value=item.get("value") or {}) for item in raw_activities]
    return LessonPage.main_goals(SimpleNamespace(activities=blocks))


def matrix_lessons(root):
    """Every live, public lesson below `root` as a MatrixLesson, in tree order: four queries, no page objects."""
    lessons = LessonPage.objects.descendant_of(root).live().public()
    bands, settings = defaultdict(set), defaultdict(set)
    for lesson_pk, band_pk in LessonPage.age_bands.through.objects.filter(
        lessonpage__in=lessons.values("pk")
    ).values_list("lessonpage_id", "ageband_id"):
        bands[lesson_pk].add(band_pk)
    for lesson_pk, slug in LessonPage.settings.through.objects.filter(lessonpage__in=lessons.values("pk")).values_list(
        "lessonpage_id", "setting__slug"
    ):
        settings[lesson_pk].add(slug)
    # The stream as JSON text: reading a StreamField builds a JSONField per value, slower than the rest together.
    rows = (
        lessons.annotate(activities_json=Cast("activities", TextField()))
        .order_by("path")
        .values_list("pk", "path", "slug", "title", "use", "duration", "activities_json")
    )
    return [
        MatrixLesson(pk, path, slug, title, use, duration, bands[pk], settings[pk], lesson_main_goals(json.loads(raw)))
        for pk, path, slug, title, use, duration, raw in rows
    ]


def short_label(lesson, theme):
    """What a cell needs to say: the title without the theme (the row) and the age band (the column)."""
    label = BAND_SUFFIX.sub("", lesson.title)
    if label.lower().startswith(theme.title.lower() + ":"):
        label = label[len(theme.title) + 1 :].strip()
    if label.lower() == theme.title.lower():
        label = f"Les van {lesson.duration} min"
    return label


def build_matrix(themes, lessons, age_bands, setting=None, use=None):
    """Place each lesson (a MatrixLesson) under its theme (its parent page) in the column of each of its bands."""
    band_index = {band.pk: i for i, band in enumerate(age_bands)}
    rows = {theme.path: MatrixRow(theme, [MatrixCell(band) for band in age_bands]) for theme in themes}
    themes_with_lessons = set()  # rows for themes without lessons (guides only) would stay empty
    for lesson in lessons:
        row = rows.get(lesson.path[: -Page.steplen])
        if row is None:
            continue
        themes_with_lessons.add(row.theme.path)
        if setting and setting not in lesson.setting_slugs:
            continue
        if use and lesson.use not in Use.matching(use):
            continue
        lesson.matrix_label = short_label(lesson, row.theme)
        lesson.matrix_goals = sorted(lesson.main_goals, key=GOAL_ORDER.index)
        for band_pk in lesson.band_pks:
            if band_pk in band_index:
                row.cells[band_index[band_pk]].lessons.append(lesson)
    return [row for path, row in rows.items() if path in themes_with_lessons]
