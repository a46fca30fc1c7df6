import factory
import wagtail_factories

from home.models import HomePage, StandardPage


class HomePageFactory(wagtail_factories.PageFactory):
    title = "Halt Leerlijn"
    slug = "home"
    intro = "Voorlichtingen van Halt, van groep 7 tot het mbo."

    class Meta:
        model = HomePage
        django_get_or_create = ("slug", "parent")


class StandardPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Informatiepagina {n}")
    slug = factory.Sequence(lambda n: f"informatie-{n}")
    intro = "Een informatiepagina."
    body = factory.LazyFunction(lambda: [("section", {"heading": "Kop", "text": "<p>Tekst.</p>"})])

    class Meta:
        model = StandardPage
        django_get_or_create = ("slug", "parent")
