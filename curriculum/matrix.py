"""The leerlijn matrix: themes down, age bands across, the lessons in each cell. Three queries in all."""

from dataclasses import dataclass, field

from curriculum.vocabularies import Use


@dataclass
class MatrixRow:
    theme: object
    cells: list = field(default_factory=list)  # one list of lessons per age band, in band order

    @property
    def lesson_count(self):
        return sum(len(cell) for cell in self.cells)


def build_matrix(themes, lessons, age_bands, setting=None, use=None):
    """Place each lesson under its theme (its parent page) in the column of each age band it serves."""
    band_index = {band.pk: i for i, band in enumerate(age_bands)}
    rows = {theme.path: MatrixRow(theme, [[] for _ in age_bands]) for theme in themes}
    for lesson in lessons:
        row = rows.get(lesson.path[: -lesson.steplen])
        if row is None:
            continue
        if setting and setting not in {s.slug for s in lesson.settings.all()}:
            continue
        if use and lesson.use not in Use.matching(use):
            continue
        for band in lesson.age_bands.all():
            if band.pk in band_index:
                row.cells[band_index[band.pk]].append(lesson)
    return list(rows.values())
