"""Demo visits: about 40 class visits in 8 gemeenten across the themes, with generated answers, so that the
roll-up report has something to show. Deterministic (a seeded random), and re-runnable: it replaces only the
visits it made before, recognised by their note."""

import datetime
import random

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone

from curriculum.vocabularies import Goal, Use
from lessons.models import LessonPage
from visits.models import Answer, Municipality, Visit

DEMO_NOTE = "Demobezoek: voorbeeldgegevens."
MUNICIPALITIES = ["GM0363", "GM0599", "GM0518", "GM0344", "GM0772", "GM0014", "GM0193", "GM0935"]
SCHOOLS = ["Het Baken", "De Regenboog", "Montessori College", "Vakcollege Noord", "SV De Meeuwen", "Buurthuis De Wijk"]
# How pupils tend to answer per goal: knowledge moves most in one lesson, acting differently least.
GOAL_MEANS = {Goal.KENNIS: 4.1, Goal.BEWUSTWORDING: 3.7, Goal.HANDELINGSPERSPECTIEF: 3.4}


def answer_value(rng, mean):
    return max(1, min(5, round(rng.gauss(mean, 0.9))))


@transaction.atomic
def load_demo_visits(count=40, seed=11, today=None):
    """Replace the demo visits; returns the number of visits and answers made."""
    today = today or timezone.localdate()
    rng = random.Random(seed)
    Visit.objects.filter(note=DEMO_NOTE).delete()
    lessons = list(LessonPage.objects.live().prefetch_related("age_bands", "settings").order_by("path"))
    lessons = [lesson for lesson in lessons if lesson.age_bands.all() and lesson.settings.all()]
    municipalities = list(Municipality.objects.filter(code__in=MUNICIPALITIES))
    if not lessons or not municipalities:
        return 0, 0
    planner = get_user_model().objects.filter(username="medewerker").first()
    visits = []
    for number in range(count):
        lesson = lessons[(number * 7) % len(lessons)]
        # Most visits in the past school year and this one; the last few recent, so that their check is open.
        days_ago = rng.randint(0, 9) if number >= count - 4 else rng.randint(15, 420)
        visit = Visit(
            lesson=lesson,
            date=today - datetime.timedelta(days=days_ago),
            municipality=municipalities[number % len(municipalities)],
            organisation=f"{rng.choice(SCHOOLS)} ({municipalities[number % len(municipalities)].name})",
            setting=rng.choice(list(lesson.settings.all())),
            age_band=rng.choice(list(lesson.age_bands.all())),
            use=Use.REACTIEF
            if lesson.use == Use.REACTIEF or (lesson.use == Use.BEIDE and number % 5 == 0)
            else Use.PROACTIEF,
            pupils=rng.randint(14, 30),
            note=DEMO_NOTE,
            planned_by=planner,
        )
        visit.save()  # the code, the theme and the expiry date are set on save
        visits.append(visit)
    answers = []
    for visit in visits:
        share = rng.uniform(0.3, 0.95)
        for _ in range(int(visit.pupils * share)):
            answers.append(
                Answer(
                    visit=visit,
                    answered_on=min(today, visit.date + datetime.timedelta(days=rng.randint(0, 3))),
                    **{goal.value: answer_value(rng, mean) for goal, mean in GOAL_MEANS.items()},
                )
            )
    Answer.objects.bulk_create(answers)
    return len(visits), len(answers)
