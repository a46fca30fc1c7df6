from django.apps import AppConfig


class VisitsConfig(AppConfig):
    """Class visits: the follow-up code and QR, the anonymous goal check and its roll-up per gemeente."""

    name = "visits"
    verbose_name = "Klasbezoeken"
    default_auto_field = "django.db.models.BigAutoField"
