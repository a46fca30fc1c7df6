import datetime

import factory
from django.utils import timezone
from factory.django import DjangoModelFactory

from curriculum.models import AgeBand, Setting
from visits.models import Answer, Municipality, Visit


class MunicipalityFactory(DjangoModelFactory):
    code = factory.Sequence(lambda n: f"GM{9000 + n:04d}")
    name = factory.Sequence(lambda n: f"Testgemeente {n}")

    class Meta:
        model = Municipality
        django_get_or_create = ("code",)


class VisitFactory(DjangoModelFactory):
    """A visit of `lesson` (required) held today, in the lesson's first age band and setting."""

    date = factory.LazyFunction(timezone.localdate)
    municipality = factory.SubFactory(MunicipalityFactory)
    organisation = "OBS De Klimop"
    setting = factory.LazyAttribute(lambda visit: visit.lesson.settings.first() or Setting.objects.first())
    age_band = factory.LazyAttribute(lambda visit: visit.lesson.age_bands.first() or AgeBand.objects.first())
    use = "proactief"
    pupils = 20

    class Meta:
        model = Visit


class AnswerFactory(DjangoModelFactory):
    visit = factory.SubFactory(VisitFactory)
    kennis = 4
    bewustwording = 3
    handelingsperspectief = 3
    answered_on = factory.LazyAttribute(lambda answer: answer.visit.date)

    class Meta:
        model = Answer


def days_ago(days):
    return timezone.localdate() - datetime.timedelta(days=days)
