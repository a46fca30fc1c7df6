"""The blocks a lesson is built from. Each owns its template, icon, help text, preview and authoring rules.

Presenter-only fields are named in `presenter_only`: they are never indexed for search and their templates show
them only when the page context says the visitor is a presenter.
"""

import functools
from pathlib import Path

import yaml
from django.forms.utils import ErrorList
from django.utils.html import strip_tags
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.rich_text import RichText
from wagtail.snippets.blocks import SnippetChooserBlock

from curriculum.vocabularies import Goal

TEXT_FEATURES = ["bold", "italic", "ol", "ul", "link"]


@functools.cache
def block_previews():
    """The examples editors see in the block picker (block_previews.yaml), by block class name; read once."""
    return yaml.safe_load(Path(__file__).with_name("block_previews.yaml").read_text(encoding="utf-8"))


class CheckedBlock(blocks.StructBlock):
    """A struct block with authoring rules and an example.

    `errors_in(value)` names each field that breaks a rule with a message in Dutch; the admin shows them all at
    once, next to their fields. The block picker's preview is the example under the class's name in
    block_previews.yaml, when there is one."""

    def clean(self, value):
        value = super().clean(value)
        if errors := self.errors_in(value):
            raise StructBlockValidationError(
                block_errors={name: ErrorList([message]) for name, message in errors.items()}
            )
        return value

    def errors_in(self, value):
        return {}

    def get_preview_value(self):
        example = block_previews().get(type(self).__name__)
        return super().get_preview_value() if example is None else self.normalize(example)


def lesson_text(label, **kwargs):
    """Rich text with the few formats a lesson's text uses (TEXT_FEATURES)."""
    return blocks.RichTextBlock(label=label, features=TEXT_FEATURES, **kwargs)


def planning_blocks(notes_label, notes_help_text):
    """What a lesson sets for each of its parts, its own or shared: minutes, the goal served, whether it may be
    skipped, and presenter notes. A function, not a base block: a base StructBlock's children come first, and each
    part's first field (its title, or the shared activity chosen) must stay first in the editor."""
    return (
        blocks.IntegerBlock(label="Minuten", min_value=1, max_value=240),
        blocks.ChoiceBlock(label="Lesdoel", choices=Goal.choices, help_text="Het lesdoel dat dit onderdeel dient."),
        blocks.BooleanBlock(
            label="Optioneel", required=False, help_text="Kan worden overgeslagen als de tijd krap is."
        ),
        lesson_text(notes_label, required=False, help_text=notes_help_text),
    )


class PublishedChoiceMixin:
    """A block that places a snippet (a legal fact, a shared activity) in a lesson: only a published one, since pages
    show nothing of a snippet that was never published. `published_choice` names the chooser field and the message
    shown at it."""

    published_choice = ("", "")

    def errors_in(self, value):
        errors = super().errors_in(value)
        name, message = self.published_choice
        if value[name] and not value[name].live:
            errors[name] = message
        return errors


class FactBlock(PublishedChoiceMixin, CheckedBlock):
    """A legal fact cited from the register (curriculum.LegalFact): the published statement with its source."""

    published_choice = ("fact", "Dit wetsfeit is nog niet gepubliceerd: publiceer het eerst in het register.")

    fact = SnippetChooserBlock(
        "curriculum.LegalFact",
        label="Wetsfeit",
        help_text="Kies het wetsfeit uit het register; typ wetten en leeftijden niet zelf over.",
    )

    class Meta:
        icon = "info-circle"
        label = "Wetsfeit"
        template = "blocks/fact.html"
        description = "Een wetsfeit uit het register, met de bron. Een wijziging in het register staat meteen hier."


class PublicTextMixin:
    """Index only what anonymous visitors may read: presenter-only fields stay out of search."""

    presenter_only = ("presenter_notes",)

    def get_searchable_content(self, value):
        content = []
        for name, block in self.child_blocks.items():
            if name not in self.presenter_only:
                content.extend(block.get_searchable_content(value.get(name)))
        return content


class ReactiveVariantBlock(PublicTextMixin, CheckedBlock):
    """How an activity changes when the lesson follows an incident: left out, or another opening and a line for
    the presenter. Presenter-only as a whole: the public lesson page shows the proactive lesson."""

    presenter_only = ("skip", "pupil_text", "presenter_line")

    skip = blocks.BooleanBlock(
        label="Sla over bij reactieve inzet",
        required=False,
        help_text="Dit onderdeel valt weg als de les na een incident wordt gegeven.",
    )
    pupil_text = lesson_text(
        "Andere opening of dilemma voor leerlingen",
        required=False,
        help_text="Staat bij reactieve inzet op het scherm in plaats van de gewone inhoud. Fictief, zonder het "
        "incident zelf te noemen.",
    )
    presenter_line = blocks.TextBlock(
        label="Regel voor de presentator",
        required=False,
        help_text="Wat de Halt-medewerker bij reactieve inzet anders doet of zegt bij dit onderdeel.",
    )

    class Meta:
        icon = "warning"
        label = "Bij reactieve inzet"
        form_classname = "struct-block collapsed"

    def errors_in(self, value):
        if value["skip"] and self.has_text(value):
            return {"skip": "Een onderdeel dat wegvalt heeft geen andere tekst nodig: haal het vinkje of de tekst weg."}
        return {}

    @staticmethod
    def has_text(value):
        """A pupil text or a presenter line; either may be None in a stream saved before the fields existed."""
        pupil_text = value.get("pupil_text")
        line = value.get("presenter_line") or ""
        return bool((pupil_text and strip_tags(pupil_text.source).strip()) or line.strip())


class TimedActivityBlock(PublicTextMixin, CheckedBlock):
    """What every part of a lesson has: a title, minutes, the goal it serves, and whether it may be skipped."""

    presenter_only = ("presenter_notes", "reactive")

    title = blocks.CharBlock(label="Titel", max_length=120)
    minutes, goal, optional, presenter_notes = planning_blocks(
        "Notities voor de presentator",
        "Alleen zichtbaar voor ingelogde Halt-medewerkers: achtergrond, valkuilen, antwoorden.",
    )
    facts = blocks.ListBlock(
        FactBlock(),
        label="Wetsfeiten",
        default=[],
        help_text="Wetsfeiten die dit onderdeel noemt. Ze staan bij het onderdeel, met de bron.",
    )
    reactive = ReactiveVariantBlock(required=False)

    class Meta:
        abstract = True


class ActivityBlock(TimedActivityBlock):
    pupil_content = lesson_text("Inhoud voor leerlingen", help_text="Wat de leerlingen op het scherm zien.")
    instructions = lesson_text("Werkwijze", help_text="Hoe de Halt-medewerker dit onderdeel uitvoert.")
    materials = blocks.ListBlock(
        blocks.CharBlock(label="Materiaal"),
        label="Materialen",
        default=[],
        help_text="Wat de Halt-medewerker meeneemt of klaarzet, zoals het digibord of stiften.",
    )

    class Meta:
        icon = "list-ul"
        label = "Activiteit"
        template = "blocks/activity.html"
        description = "Een onderdeel van de les met inhoud voor leerlingen en een werkwijze."


class DilemmaBlock(TimedActivityBlock):
    situation = blocks.TextBlock(
        label="Situatie", help_text="Een fictieve situatie in de tweede persoon ('Je zit ...')."
    )
    options = blocks.ListBlock(blocks.CharBlock(label="Keuze"), label="Keuzes", min_num=2)
    discussion_questions = blocks.ListBlock(blocks.CharBlock(label="Vraag"), label="Nabespreking", default=[])

    class Meta:
        icon = "help"
        label = "Dilemma: wat zou jij doen?"
        template = "blocks/dilemma.html"
        description = "Een fictieve situatie met keuzes waar de klas over stemt en praat."

    def errors_in(self, value):
        options = [option.strip().lower() for option in value["options"]]
        if len(set(options)) != len(options):
            return {"options": "Elke keuze moet anders zijn: haal de dubbele keuze weg."}
        return {}


class SocraticQuestionsBlock(TimedActivityBlock):
    opening_question = blocks.CharBlock(
        label="Beginvraag", help_text="Een open, oordeelvrije vraag, bijvoorbeeld: 'Wanneer voel jij je veilig?'"
    )
    follow_up_questions = blocks.ListBlock(blocks.CharBlock(label="Doorvraag"), label="Doorvragen", min_num=1)

    class Meta:
        icon = "comment"
        label = "Socratische vragen (dialoog)"
        template = "blocks/socratic.html"
        description = "Een gesprek met open, oordeelvrije vragen, zoals in de klassendialoog."

    def errors_in(self, value):
        errors = {}
        if not value["opening_question"].strip().endswith("?"):
            errors["opening_question"] = "Een beginvraag eindigt met een vraagteken."
        if any(not question.strip().endswith("?") for question in value["follow_up_questions"]):
            errors["follow_up_questions"] = "Elke doorvraag eindigt met een vraagteken."
        return errors


class QuizQuestionBlock(PublicTextMixin, CheckedBlock):
    # The facts cited with the explanation are presenter-only with it: beside the question they give the answer away.
    presenter_only = ("correct", "explanation", "facts")

    question = blocks.CharBlock(label="Vraag")
    answers = blocks.ListBlock(blocks.CharBlock(label="Antwoord"), label="Antwoorden", min_num=2)
    correct = blocks.IntegerBlock(label="Nummer van het goede antwoord", min_value=1, help_text="1 is het eerste.")
    explanation = blocks.TextBlock(label="Uitleg bij het antwoord", required=False)
    facts = blocks.ListBlock(
        FactBlock(),
        label="Wetsfeiten bij de uitleg",
        default=[],
        help_text="Noemt de uitleg een wet of leeftijd? Kies het wetsfeit; het staat bij de uitleg, met de bron.",
    )

    class Meta:
        icon = "help"
        label = "Quizvraag"

    def errors_in(self, value):
        count = len(value["answers"])
        if value["correct"] > count:
            return {"correct": f"Er zijn maar {count} antwoorden: kies een nummer van 1 tot en met {count}."}
        return {}


class QuizBlock(TimedActivityBlock):
    questions = blocks.ListBlock(QuizQuestionBlock(), label="Vragen", min_num=1)

    class Meta:
        icon = "tasks"
        label = "Check / quiz"
        template = "blocks/quiz.html"
        description = "Meerkeuzevragen om te checken wat de klas weet; de antwoorden ziet alleen de presentator."


class VideoBlock(TimedActivityBlock):
    video = DocumentChooserBlock(label="Videobestand", help_text="Een mp4- of webm-bestand.")
    captions = DocumentChooserBlock(label="Ondertiteling (WebVTT)", help_text="Verplicht voor toegankelijkheid.")
    transcript = lesson_text("Transcript")

    class Meta:
        icon = "media"
        label = "Video"
        template = "blocks/video.html"
        description = "Een video met ondertiteling en transcript, zodat iedereen hem kan volgen."

    # The file types browsers play and read as captions, and the message at a field given any other.
    file_types = {
        "video": (("mp4", "webm"), "Kies een mp4- of webm-bestand."),
        "captions": (("vtt",), "Ondertiteling moet een WebVTT-bestand (.vtt) zijn."),
    }

    def errors_in(self, value):
        return {
            name: message
            for name, (extensions, message) in self.file_types.items()
            if value[name] and value[name].file_extension.lower() not in extensions
        }


class WorksheetBlock(TimedActivityBlock):
    pupil_content = lesson_text("Opdracht voor leerlingen")
    document = DocumentChooserBlock(label="Werkblad", required=False, help_text="Een PDF om uit te delen.")

    class Meta:
        icon = "doc-full"
        label = "Werkblad"
        template = "blocks/worksheet.html"
        description = "Een opdracht op papier, met het werkblad als download."


class SharedActivityValue(blocks.StructValue):
    """The lesson's own minutes, goal, choice to skip and notes, and the shared activity's published text.

    Code and templates read a shared activity like any other activity (`value["title"]`, `value.pupil_content`,
    `value.get("reactive")`); its presenter notes are the lesson's own notes followed by the shared ones. A shared
    activity that has never been published gives empty text: drafts never reach a lesson.
    """

    SHARED_FIELDS = ("title", "pupil_content", "instructions", "materials", "reactive")
    EMPTY = {"title": "", "materials": [], "reactive": {}}

    def shared(self, name):
        activity = super().get("activity")
        if activity is None or not activity.live:
            return self.EMPTY.get(name, RichText(""))
        if name == "materials":
            return activity.material_list
        if name == "reactive":
            return activity.reactive_variant
        if name == "title":
            return activity.title
        return RichText(getattr(activity, name))

    def notes(self):
        own = super().get("presenter_notes")
        activity = super().get("activity")
        shared = activity.presenter_notes if activity is not None and activity.live else ""
        return RichText((own.source if own else "") + shared)

    def __getitem__(self, name):
        return self.notes() if name == "presenter_notes" else super().__getitem__(name)

    def __missing__(self, name):
        if name in self.SHARED_FIELDS:
            return self.shared(name)
        raise KeyError(name)

    def get(self, name, default=None):
        if name == "presenter_notes":
            return self.notes()
        return self.shared(name) if name in self.SHARED_FIELDS else super().get(name, default)


class SharedActivityBlock(PublishedChoiceMixin, PublicTextMixin, CheckedBlock):
    """An activity written once (lessons.SharedActivity) with this lesson's minutes, goal and notes."""

    presents_as = "activity"  # on slides, in the lesson plan and the handout it reads as an ordinary activity
    published_choice = ("activity", "Deze gedeelde activiteit is nog niet gepubliceerd: publiceer haar eerst.")

    activity = SnippetChooserBlock(
        "lessons.SharedActivity",
        label="Gedeelde activiteit",
        help_text="De tekst komt uit de gedeelde activiteit; een wijziging daar staat in elke les die hem gebruikt.",
    )
    minutes, goal, optional, presenter_notes = planning_blocks(
        "Notities voor de presentator bij deze les",
        "Alleen voor ingelogde Halt-medewerkers; staat vóór de notities van de gedeelde activiteit.",
    )

    class Meta:
        icon = "copy"
        label = "Gedeelde activiteit"
        template = "blocks/activity.html"
        description = "Een activiteit die in veel lessen staat, zoals de groepsafspraken; één keer geschreven."
        value_class = SharedActivityValue


class ActivityStreamBlock(blocks.StreamBlock):
    activity = ActivityBlock()
    shared = SharedActivityBlock()
    dilemma = DilemmaBlock()
    socratic = SocraticQuestionsBlock()
    quiz = QuizBlock()
    video = VideoBlock()
    worksheet = WorksheetBlock()


class FollowUpBlock(CheckedBlock):
    title = blocks.CharBlock(label="Titel", max_length=120)
    text = lesson_text("Tekst")
    document = DocumentChooserBlock(label="Bijlage", required=False)

    class Meta:
        icon = "arrow-right"
        label = "Vervolg voor de leerkracht"
        template = "blocks/follow_up.html"
        description = "Wat de leerkracht na de voorlichting met de klas kan doen."


class SafeDeliveryBlock(PublicTextMixin, blocks.StructBlock):
    """Ground rules, the disclosure protocol and signposting: presenter-only as a whole."""

    presenter_only = ("ground_rules", "disclosure", "signposting")

    ground_rules = blocks.ListBlock(blocks.CharBlock(label="Afspraak"), label="Groepsafspraken", min_num=1)
    disclosure = lesson_text(
        "Als een leerling iets vertelt",
        help_text="Wat je doet bij een onthulling: Meldcode, zorgcoördinator, Veilig Thuis 0800-2000.",
    )
    signposting = blocks.ListBlock(
        SnippetChooserBlock("lessons.HelpResource", label="Hulpbron"), label="Verwijzen naar hulp", default=[]
    )

    class Meta:
        icon = "warning"
        label = "Veilig uitvoeren"
        template = "blocks/safe_delivery.html"
        description = "Alleen voor presentatoren: afspraken, onthullingsprotocol en hulpbronnen."


class IncidentProtocolBlock(PublicTextMixin, CheckedBlock):
    """What a Halt-medewerker needs before giving this lesson after an incident: presenter-only as a whole."""

    presenter_only = ("ask_school", "never_say", "available_after", "referral")

    ask_school = lesson_text(
        "Eerst vragen aan de school",
        help_text="Wat je vóór de les met de school afstemt: wat er speelt, wie betrokken zijn, wat de klas weet.",
    )
    never_say = lesson_text(
        "Wat nooit in de klas wordt gezegd",
        help_text="Bijvoorbeeld: namen, details van het incident, schuld of straf van wie dan ook.",
    )
    available_after = lesson_text(
        "Wie er na de les beschikbaar is",
        help_text="Wie leerlingen na de les kunnen aanspreken: mentor, zorgcoördinator, vertrouwenspersoon.",
    )
    referral = lesson_text(
        "Wanneer doorverwijzen",
        help_text="Wanneer naar een individuele interventie of een herstelgericht gesprek, en via wie.",
    )

    class Meta:
        icon = "warning"
        label = "Protocol na een incident"
        template = "blocks/incident_protocol.html"
        description = "Alleen voor presentatoren: wat je vraagt, wat je nooit zegt, wie er is en wanneer je verwijst."
