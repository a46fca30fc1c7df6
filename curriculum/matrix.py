"""The leerlijn matrix: themes down, age bands across, the lessons in each cell. Five queries in all.

The offer page types place their entries in bulk (`CatalogueFacets.matrix_entries`, curriculum/facets.py): a
cell needs a lesson's title, slug, use, duration, age bands, settings and main goals, not the page object with
its StreamFields.
"""

import re
from dataclasses import dataclass, field

from wagtail.models import Page

from curriculum.vocabularies import Goal, Use

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
    band_slugs: set
    setting_slugs: set
    main_goals: set
    guidance: list = field(default_factory=list)  # content-guidance label names ("Wapens", "Geweld")
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


def short_label(lesson, theme):
    """What a cell needs to say: the title without the theme (the row) and the age band (the column). The
    duration has a line of its own in every cell (templates/curriculum/leerlijn_page.html)."""
    label = BAND_SUFFIX.sub("", lesson.title)
    if label.lower().startswith(theme.title.lower() + ":"):
        label = label[len(theme.title) + 1 :].strip()
    if label.lower() == theme.title.lower():
        label = "Les"
    return label


def build_matrix(themes, lessons, age_bands, setting=None, use=None):
    """Place each lesson (a MatrixLesson) under its theme (its parent page) in the column of each of its bands."""
    band_index = {band.slug: i for i, band in enumerate(age_bands)}
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
        for band_slug in lesson.band_slugs:
            if band_slug in band_index:
                row.cells[band_index[band_slug]].lessons.append(lesson)
    return [row for path, row in rows.items() if path in themes_with_lessons]
