import datetime

import factory
import wagtail_factories
from factory.django import DjangoModelFactory

from curriculum.models import AgeBand, LeerlijnPage, LegalFact, Setting, ThemePage
from curriculum.richtext import paragraphs


class AgeBandFactory(DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Leeftijdsgroep {n}")
    slug = factory.Sequence(lambda n: f"leeftijdsgroep-{n}")
    min_age = 12
    max_age = 15
    order = factory.Sequence(lambda n: 100 + n)

    class Meta:
        model = AgeBand
        django_get_or_create = ("slug",)


class SettingFactory(DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Setting {n}")
    slug = factory.Sequence(lambda n: f"setting-{n}")

    class Meta:
        model = Setting
        django_get_or_create = ("slug",)


class LeerlijnPageFactory(wagtail_factories.PageFactory):
    title = "De doorlopende leerlijn"
    slug = "leerlijn"
    intro = "Per thema een les voor elke leeftijd."

    class Meta:
        model = LeerlijnPage
        django_get_or_create = ("slug", "parent")


class ThemePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Thema {n}")
    slug = factory.Sequence(lambda n: f"thema-{n}")
    summary = "Waar dit thema over gaat."
    why = paragraphs("Waarom dit thema ertoe doet.")

    class Meta:
        model = ThemePage
        django_get_or_create = ("slug", "parent")


class LegalFactFactory(DjangoModelFactory):
    """A published legal fact (the row holds the published version; drafts are revisions)."""

    statement = factory.Sequence(lambda n: f"Wetsfeit {n}: dit is strafbaar.")
    slug = factory.Sequence(lambda n: f"wetsfeit-{n}")
    article = factory.Sequence(lambda n: f"artikel {n}")
    law = "Wetboek van Strafrecht"
    source_url = "https://wetten.overheid.nl/BWBR0001854/"
    checked_on = factory.LazyFunction(datetime.date.today)
    review_by = factory.LazyFunction(lambda: datetime.date.today() + datetime.timedelta(days=365))

    class Meta:
        model = LegalFact
        django_get_or_create = ("slug",)
