from django.core.management.base import BaseCommand

from curriculum.demo.loader import DemoLoader


class Command(BaseCommand):
    help = "Laadt de democatalogus van Halt (idempotent: een tweede keer verandert niets)."

    def handle(self, *args, **options):
        report = DemoLoader(out=self.stdout.write).run()
        if report.created:
            self.stdout.write(self.style.SUCCESS(f"Klaar: {len(report.created)} onderdelen aangemaakt."))
        else:
            self.stdout.write(self.style.SUCCESS("Klaar: de demo was al compleet, er is niets veranderd."))
