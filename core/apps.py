from django.apps import AppConfig


class CoreConfig(AppConfig):
    """Site-wide parts that every domain app may use and none owns: caching, cache purges, CSP, PDFs."""

    name = "core"
    verbose_name = "Basis"

    def ready(self):
        from core import caching, purge  # an import in ready() is Django's place to connect signals

        caching.connect_signals()
        purge.connect_signals()
