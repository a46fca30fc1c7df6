from django.core.management.base import BaseCommand

from curriculum.demo.loader import DemoLoader
from lessons.models import LessonPage


class Command(BaseCommand):
    help = "Laadt de democatalogus van Halt (idempotent: een tweede keer verandert niets)."

    def add_arguments(self, parser):
        parser.add_argument("--if-empty", action="store_true", help="Alleen laden als er nog geen lessen zijn.")

    def handle(self, *args, **options):
        if options["if_empty"] and LessonPage.objects.exists():
            self.stdout.write("Er staan al lessen in de database; de demo wordt niet geladen.")
            return
        report = DemoLoader(out=self.stdout.write).run()
        if report.created:
            self.stdout.write(self.style.SUCCESS(f"Klaar: {len(report.created)} onderdelen aangemaakt."))
        else:
            self.stdout.write(self.style.SUCCESS("Klaar: de demo was al compleet, er is niets veranderd."))
