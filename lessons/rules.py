"""Publishing rules that protect the leerlijn, as Dutch messages on the field that needs fixing.

Drafts may be incomplete; these rules apply when a lesson or a parent guide goes live: when an editor publishes
it, approves the last step of its review workflow, or publishes it in bulk. The functions here take plain
values (form data or a page), so the admin form, the workflow and the bulk action share them.
"""

from dataclasses import dataclass

from wagtail.models import Task

from curriculum.vocabularies import Goal, Use
from lessons.governance import can_publish_below_b1
from lessons.readability import MIN_SCORE

MINUTES_TOLERANCE = 5
PROTOCOL_MESSAGE = (
    "Deze les wordt reactief aangeboden (na een incident), maar heeft geen protocol na een incident. Vul het "
    "protocol in (wat je de school vraagt, wat nooit in de klas wordt gezegd, wie er na de les is en wanneer je "
    "doorverwijst), of kies bij Inzet 'proactief'."
)
AGE_BAND_MESSAGE = "Kies minstens één leeftijdsgroep: een les zonder leeftijdsgroep staat nergens in de leerlijn."


@dataclass(frozen=True)
class Problem:
    field: str
    message: str


def label_list(labels):
    return labels[0] if len(labels) == 1 else f"{', '.join(labels[:-1])} en {labels[-1]}"


def lesson_problems(duration, age_bands, activities, use=None, incident_protocol=None):
    """Each goal served by an activity, at least one age band, activity minutes that add up to the duration, and
    an incident protocol when the lesson may be given after an incident."""
    problems = []
    if use in (Use.REACTIEF, Use.BEIDE) and not list(incident_protocol or []):
        problems.append(Problem("incident_protocol", PROTOCOL_MESSAGE))
    blocks = [block.value for block in activities or []]
    served = {value.get("goal") for value in blocks}
    missing = [goal.label for goal in Goal if goal.value not in served]
    if missing:
        noun = "het lesdoel" if len(missing) == 1 else "de lesdoelen"
        problems.append(
            Problem(
                "activities",
                f"Geen enkele activiteit dient {noun} {label_list(missing)}. Elke les dient alle drie de lesdoelen: "
                "kies bij een activiteit het ontbrekende lesdoel, of voeg een activiteit toe.",
            )
        )
    if not age_bands:
        problems.append(Problem("age_bands", AGE_BAND_MESSAGE))
    minutes = sum(value.get("minutes") or 0 for value in blocks)
    if duration is not None and abs(minutes - duration) > MINUTES_TOLERANCE:
        problems.append(
            Problem(
                "duration",
                f"De activiteiten duren samen {minutes} minuten, de les {duration} minuten. Maak de duur gelijk aan "
                f"de som van de activiteiten (hooguit {MINUTES_TOLERANCE} minuten verschil).",
            )
        )
    return problems


def guide_problems(report, user, reason=""):
    """Below B1 a parent guide goes live only through Eindredactie, and only with a recorded reason.

    For anyone else: the sentences to rewrite. For Eindredactie without a reason: the field to fill in."""
    if report.passes:
        return []
    if can_publish_below_b1(user):
        if (reason or "").strip():
            return []
        return [
            Problem(
                "below_b1_reason",
                f"{report.summary()} Een gesprekshulp onder B1 gaat alleen online met een reden: schrijf hier "
                f"waarom, of maak de tekst eenvoudiger tot de score minimaal {MIN_SCORE} is.",
            )
        ]
    problems = [
        Problem(
            "intro",
            f"{report.summary()} Alleen de eindredactie kan een gesprekshulp publiceren die niet op B1-niveau is. "
            f"Maak de zinnen korter en de woorden eenvoudiger, tot de score minimaal {MIN_SCORE} is.",
        )
    ]
    for sentence in report.hard_sentences:
        problems.append(Problem(sentence.field, f"Maak deze zin eenvoudiger: {sentence}"))
    return problems


def approval_publishes(page, user):
    """True when `user` approving the task `page` is on now ends its workflow, and so publishes it."""
    state = page.current_workflow_state if page.pk else None
    task_state = state.current_task_state if state else None
    if task_state is None or task_state.status != task_state.STATUS_IN_PROGRESS:
        return False
    task = task_state.task.specific
    if "approve" not in [name for name, _label, _modal in task.get_actions(page, user)]:
        return False
    remaining = (
        Task.objects.filter(workflow_tasks__workflow=state.workflow, active=True)
        .exclude(task_states__in=state.successful_task_states)
        .exclude(pk=task.pk)
    )
    return not remaining.exists()
