from django.core.management.base import BaseCommand, CommandError

from home.demo.content import ContentError, read_content
from home.demo.guide_check import guide_summary
from home.demo.loader import DemoLoader, database_vocabulary
from home.demo.translation_files import read_translations
from lessons.models import LessonPage


class Command(BaseCommand):
    help = "Laadt de democatalogus van Halt (idempotent: een tweede keer verandert niets)."

    def add_arguments(self, parser):
        parser.add_argument("--if-empty", action="store_true", help="Alleen laden als er nog geen lessen zijn.")
        parser.add_argument("--check", action="store_true", help="Alleen de bestanden controleren; niets laden.")

    def handle(self, *args, **options):
        if options["if_empty"] and LessonPage.objects.exists():
            self.stdout.write("Er staan al lessen in de database; de demo wordt niet geladen.")
            return
        try:
            if options["check"]:
                content = read_content(database_vocabulary())
                languages, problems = read_translations(content)
                if problems:
                    raise ContentError(problems)
                for files in languages:
                    self.stdout.write(
                        f"Vertaling {files.language}: {len(files.guides)} gesprekshulpen, {len(files.pages)} pagina's"
                    )
                for theme in content.themes:
                    if theme.parent_guide:
                        summary = guide_summary(theme.parent_guide)
                        self.stdout.write(f"{theme.title}, gesprekshulp voor ouders: {summary}")
                self.stdout.write(self.style.SUCCESS("De democontent klopt."))
                return
            report = DemoLoader(out=self.stdout.write).run()
        except ContentError as error:
            problems = "\n".join(f"  {line}" for line in error.messages)
            raise CommandError(f"De democontent in home/demo/content/ klopt niet:\n{problems}") from error
        if report.created:
            self.stdout.write(self.style.SUCCESS(f"Klaar: {len(report.created)} onderdelen aangemaakt."))
        else:
            self.stdout.write(self.style.SUCCESS("Klaar: de demo was al compleet, er is niets veranderd."))
