from django.apps import AppConfig

from core.apps import connect_receivers


class SearchConfig(AppConfig):
    name = "search"
    verbose_name = "Zoeken"

    def ready(self):
        connect_receivers("search.presenter_index", "search.theme_terms")
