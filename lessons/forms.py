"""Admin forms for lessons and parent guides: the publishing rules, checked when the page goes live.

A draft may be saved incomplete (Wagtail defers required fields then); publishing, or approving the last step
of the review workflow, runs the rules of `lessons.rules` and puts each message on the field to fix.
"""

from collections import defaultdict

from django.forms.utils import ErrorList
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.blocks.base import BlockField
from wagtail.blocks.stream_block import StreamBlockValidationError

from lessons.readability import analyse, guide_report, guide_texts, is_dutch
from lessons.rules import AGE_BAND_MESSAGE, approval_publishes, guide_problems, lesson_problems


class PublishingRulesForm(WagtailAdminPageForm):
    """Base for page forms with publishing rules; subclasses implement `publishing_problems`."""

    def is_publishing(self):
        """Does the submitted action put the page live? Mirrors the choice the edit and create views make."""
        if self.data.get("action-publish"):
            return self.user_can_publish()
        if self.data.get("action-workflow-action") and self.data.get("workflow-action-name") == "approve":
            return approval_publishes(self.instance, self.for_user)
        return False

    def user_can_publish(self):
        if self.for_user is None:
            return True
        if self.instance.pk:
            return self.instance.permissions_for_user(self.for_user).can_publish()
        parent = self.parent_page
        return parent is not None and parent.permissions_for_user(self.for_user).can_publish_subpage()

    def publishing_problems(self, cleaned_data):
        return []

    @classmethod
    def page_problems(cls, page, user):
        """The same rules for a page object (a revision to publish), outside the form."""
        return []

    def clean(self):
        cleaned_data = super().clean()
        if self.is_bound and self.is_publishing():
            self.add_problems(self.publishing_problems(cleaned_data))
        return cleaned_data

    def add_problems(self, problems):
        """One error per field; a StreamField shows only its first error, so its messages go in one."""
        messages = defaultdict(list)
        for problem in problems:
            messages[problem.field if problem.field in self.fields else None].append(problem.message)
        for name, texts in messages.items():
            if name is not None and isinstance(self.fields[name], BlockField):
                self.add_stream_error(name, texts)
            elif name is None or name not in self.errors:  # else the field's own error first; rules on next try
                self.add_error(name, texts)

    def add_stream_error(self, name, texts):
        """A StreamField shows one error: join ours to its own messages (e.g. "required"), unless a block errs."""
        if name in self.errors:
            [error] = self.errors.as_data()[name][:1]
            if getattr(error, "block_errors", None):
                return  # the blocks' own errors first; the rules are checked again on the next try
            nested = getattr(error, "non_block_errors", None)
            own = [m for e in nested.as_data() for m in e.messages] if nested is not None else error.messages
            texts = [*own, *texts]
            del self._errors[name]
        self.add_error(name, StreamBlockValidationError(non_block_errors=ErrorList(texts)))


class LessonPageForm(PublishingRulesForm):
    # Wagtail defers required text fields for a draft, but not many-to-many ones: a draft may lack these too.
    deferrable_relations = ("age_bands", "settings")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "age_bands" in self.fields:
            self.fields["age_bands"].error_messages["required"] = AGE_BAND_MESSAGE

    def defer_required_fields(self):
        already = self.is_deferred_validation
        super().defer_required_fields()
        if already:
            return
        for name in self.deferrable_relations:
            if name in self.fields and self.fields[name].required:
                self.fields[name].required = False
                self.deferred_required_fields.append(name)

    def publishing_problems(self, cleaned_data):
        # A missing age band already has its message (the field's "required" one): not a second one.
        age_bands = True if "age_bands" in self.errors else cleaned_data.get("age_bands")
        return lesson_problems(
            cleaned_data.get("duration"),
            age_bands,
            cleaned_data.get("activities"),
            cleaned_data.get("use"),
            cleaned_data.get("incident_protocol"),
        )

    @classmethod
    def page_problems(cls, page, user):
        return lesson_problems(
            page.duration, list(page.age_bands.all()), page.activities, page.use, page.incident_protocol
        )


class ParentGuidePageForm(PublishingRulesForm):
    """Shows the B1 readability next to the fields; below B1 only Eindredactie publishes, with a recorded reason."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.limit_lessons_to_the_theme()
        self.help_texts = {name: field.help_text for name, field in self.fields.items()}
        self.readability = None
        if not self.is_bound and self.instance.pk and is_dutch(self.instance):
            self.show_readability(analyse(guide_texts(lambda name: getattr(self.instance, name))))

    def limit_lessons_to_the_theme(self):
        """A guide accompanies lessons of its own theme: offer those (a few), not every lesson of the site (~50).
        Lessons chosen earlier elsewhere stay on offer, so saving the form never drops them."""
        field = self.fields.get("accompanies")
        if field is None or self.parent_page is None:
            return
        chosen = [lesson.pk for lesson in self.instance.accompanies.all()]  # in memory on a revision: no SQL
        field.queryset = field.queryset.child_of(self.parent_page) | field.queryset.filter(pk__in=chosen)
        field.help_text = "De lessen van dit thema waar deze gesprekshulp bij hoort."

    def show_readability(self, report):
        """The score with the intro, and with each field the sentences in it to simplify."""
        self.readability = report
        for name in ("intro", "learned_kennis", "learned_bewustwording", "learned_handelingsperspectief",
                     "conversation_starters", "what_you_can_do", "meeting"):  # fmt: skip
            if name not in self.fields:
                continue
            notes = [self.help_texts[name]] if self.help_texts[name] else []
            if name == "intro":
                notes.append(report.summary())
            notes.extend(f"Vereenvoudig: {sentence}" for sentence in report.sentences_in(name))
            self.fields[name].help_text = " ".join(notes)

    def clean(self):
        # The fields are cleaned by now: judge the submitted text, for the help texts and the publishing rule.
        if is_dutch(self.instance):
            self.show_readability(analyse(guide_texts(self.cleaned_data.get)))
        return super().clean()

    def publishing_problems(self, cleaned_data):
        if self.readability is None:  # a translation: the B1 check reads Dutch only
            return []
        return guide_problems(self.readability, self.for_user, cleaned_data.get("below_b1_reason"))

    @classmethod
    def page_problems(cls, page, user):
        if not is_dutch(page):
            return []
        return guide_problems(guide_report(page), user, page.below_b1_reason)
