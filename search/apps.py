from django.apps import AppConfig
from django.db.models.signals import post_migrate


class SearchConfig(AppConfig):
    name = "search"
    verbose_name = "Zoeken"

    def ready(self):
        from search import presenter_index, theme_terms  # an import in ready() is Django's place to connect signals

        presenter_index.connect_signals()
        theme_terms.connect_signals()
        post_migrate.connect(presenter_index.rebuild_if_behind, sender=self, dispatch_uid="search.presenter_rebuild")
