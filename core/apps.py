from django.apps import AppConfig


class CoreConfig(AppConfig):
    """Site-wide parts that every domain app may use and none owns: caching, CSP, PDF rendering."""

    name = "core"
    verbose_name = "Basis"

    def ready(self):
        from core import caching  # noqa: F401  (an import in ready() is Django's place to connect signals)

        caching.connect_signals()
