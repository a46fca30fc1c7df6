from importlib import import_module

from django.apps import AppConfig


def connect_receivers(*modules):
    """Call each module's `connect_signals()`. From an AppConfig's ready(): Django's place to connect signals, once
    the models are loaded (which is why the modules are named, not imported at the top)."""
    for module in modules:
        import_module(module).connect_signals()


class CoreConfig(AppConfig):
    """Site-wide parts that every domain app may use and none owns: caching, cache purges, CSP, PDFs."""

    name = "core"
    verbose_name = "Basis"

    def ready(self):
        connect_receivers("core.caching", "core.purge")
