from django.core.management.base import BaseCommand

from visits.demo import load_demo_visits
from visits.models import Visit


class Command(BaseCommand):
    help = "Laad ~40 demobezoeken met gegenereerde antwoorden (na load_demo). Vervangt alleen eerdere demobezoeken."

    def add_arguments(self, parser):
        parser.add_argument("--if-empty", action="store_true", help="Alleen als er nog geen bezoeken zijn.")

    def handle(self, *args, if_empty=False, **options):
        if if_empty and Visit.objects.exists():
            self.stdout.write("Er zijn al bezoeken: niets geladen.")
            return
        visits, answers = load_demo_visits()
        if not visits:
            self.stdout.write(self.style.WARNING("Geen lessen of gemeenten gevonden: laad eerst de demo (load_demo)."))
            return
        self.stdout.write(f"{visits} demobezoeken geladen met {answers} antwoorden.")
