"""The roll-up of visits and goal-check answers per gemeente, theme, age band or school year.

Two aggregate queries, whatever the number of visits or answers: one over the visits (count, pupils) and one over
the answers (count, mean per goal), each grouped in the database, merged per group here. Small numbers are never
shown: with fewer than MIN_VISITS visits a row shows nothing but "te weinig", and with fewer than MIN_ANSWERS
answers its answer count and means read "te weinig", so that no class or school can be singled out.
"""

from dataclasses import dataclass, field

from django.db.models import Avg, Case, Count, F, IntegerField, Sum, When
from django.db.models.functions import ExtractYear

from curriculum.vocabularies import Goal
from visits.models import SCHOOL_YEAR_FIRST_MONTH, Answer, school_year_label

MIN_VISITS = 3
MIN_ANSWERS = 5
TOO_FEW = "te weinig"


@dataclass(frozen=True)
class Dimension:
    slug: str
    label: str  # the column heading
    key: str  # the field that identifies a group, relative to Visit
    name: str | None  # the field that names it, relative to Visit (None: computed from the key)


DIMENSIONS = {
    d.slug: d
    for d in [
        Dimension("gemeente", "Gemeente", "municipality_id", "municipality__name"),
        Dimension("thema", "Thema", "theme_id", "theme__title"),
        Dimension("leeftijdsgroep", "Leeftijdsgroep", "age_band_id", "age_band__name"),
        Dimension("schooljaar", "Schooljaar", "school_year", None),
    ]
}
DEFAULT_DIMENSION = "gemeente"


def school_year_start(prefix=""):
    """The first calendar year of the school year of the visit's date, computed in the database."""
    year = ExtractYear(f"{prefix}date")
    return Case(
        When(**{f"{prefix}date__month__gte": SCHOOL_YEAR_FIRST_MONTH}, then=year),
        default=year - 1,
        output_field=IntegerField(),
    )


def grouped(queryset, dimension, prefix=""):
    """`queryset` grouped by `dimension`; `prefix` leads from its model to Visit ('visit__' for answers)."""
    if dimension.name is None:
        return queryset.annotate(group=school_year_start(prefix)).values("group")
    return queryset.annotate(group=F(prefix + dimension.key), group_name=F(prefix + dimension.name)).values(
        "group", "group_name"
    )


@dataclass
class Row:
    label: str
    visit_count: int
    pupil_count: int
    answer_count: int = 0
    means: dict = field(default_factory=dict)  # goal code -> mean on the scale of 1 to 5

    @property
    def too_few_visits(self):
        return self.visit_count < MIN_VISITS

    @property
    def too_few_answers(self):
        return self.too_few_visits or self.answer_count < MIN_ANSWERS

    @property
    def visits(self):
        return TOO_FEW if self.too_few_visits else self.visit_count

    @property
    def pupils(self):
        return TOO_FEW if self.too_few_visits else self.pupil_count

    @property
    def answers(self):
        return TOO_FEW if self.too_few_answers else self.answer_count

    def mean(self, goal):
        value = self.means.get(goal)
        return TOO_FEW if self.too_few_answers or value is None else round(value, 1)

    @property
    def mean_kennis(self):
        return self.mean(Goal.KENNIS)

    @property
    def mean_bewustwording(self):
        return self.mean(Goal.BEWUSTWORDING)

    @property
    def mean_handelingsperspectief(self):
        return self.mean(Goal.HANDELINGSPERSPECTIEF)

    @property
    def shown_means(self):
        """(goal label, mean) for the chart, or [] when the row's answers are too few to show."""
        if self.too_few_answers:
            return []
        return [(goal.label, self.means[goal.value]) for goal in Goal if self.means.get(goal.value) is not None]


def rollup(visits, dimension_slug=DEFAULT_DIMENSION):
    """One Row per group of the filtered `visits`, sorted by name, and a first row for all of them together."""
    dimension = DIMENSIONS.get(dimension_slug, DIMENSIONS[DEFAULT_DIMENSION])
    rows = {}
    visit_groups = grouped(visits.order_by(), dimension).annotate(n=Count("pk"), pupils=Sum("pupils"))
    for group in visit_groups:
        name = group.get("group_name") if dimension.name else school_year_label(group["group"])
        rows[group["group"]] = Row(label=name or "(onbekend)", visit_count=group["n"], pupil_count=group["pupils"])
    answers = Answer.objects.filter(visit__in=visits.order_by().values("pk")).order_by()
    means = {goal.value: Avg(goal.value) for goal in Goal}
    for group in grouped(answers, dimension, prefix="visit__").annotate(n=Count("pk"), **means):
        row = rows.get(group["group"])
        if row is not None:
            row.answer_count = group["n"]
            row.means = {goal.value: group[goal.value] for goal in Goal}
    ordered = sorted(rows.values(), key=lambda row: row.label)
    return [total(ordered), *ordered] if ordered else []


def total(rows):
    answers = sum(row.answer_count for row in rows)
    means = {}
    for goal in Goal:
        weighted = [(row.means[goal.value], row.answer_count) for row in rows if row.means.get(goal.value) is not None]
        if answers and weighted:
            means[goal.value] = sum(mean * n for mean, n in weighted) / sum(n for _mean, n in weighted)
    return Row(
        label="Alle bezoeken",
        visit_count=sum(row.visit_count for row in rows),
        pupil_count=sum(row.pupil_count for row in rows),
        answer_count=answers,
        means=means,
    )


# -- The chart ----------------------------------------------------------------------------------------------------

BAR_HEIGHT = 14
ROW_GAP = 18
LABEL_WIDTH = 220
PLOT_WIDTH = 400


def chart(rows):
    """Geometry for the SVG bar chart (templates/visits/admin/chart.html): the mean per goal of each shown row."""
    bars, y = [], 0
    for row in rows:
        shown = row.shown_means
        if not shown:
            continue
        group = {"label": row.label, "y": y, "bars": []}
        for index, (goal, mean) in enumerate(shown):
            group["bars"].append(
                {
                    "goal": goal,
                    "index": index,
                    "mean": round(mean, 1),
                    "y": y + index * BAR_HEIGHT,
                    "width": round((mean - 1) / 4 * PLOT_WIDTH, 1),  # the scale starts at 1
                }
            )
        bars.append(group)
        y += len(shown) * BAR_HEIGHT + ROW_GAP
    return {
        "groups": bars,
        "height": y + 30,
        "label_width": LABEL_WIDTH,
        "plot_width": PLOT_WIDTH,
        "width": LABEL_WIDTH + PLOT_WIDTH + 60,
        "ticks": [{"value": v, "x": LABEL_WIDTH + (v - 1) / 4 * PLOT_WIDTH} for v in range(1, 6)],
    }
