"""What a school sends to parents: the ouderbrief after a voorlichting, as PDF and as an editable .docx.

The letter is built once (`ParentLetter`) from public material only: the lesson's central question, why it was
given (in words for parents: the guide's intro, checked for B1), the parent guide's "what your child learned",
conversation starters, tips, facts and help, and the editor-owned opening and closing (Instellingen > Brieven aan
ouders) with the school's name and the date filled in. Never a presenter note, never a protocol, never a name of a
pupil: the school types its own name and nothing else.

A class visit (visits/) adds its follow-up link and QR through the `lessons_parent_letter_follow_up` hook:
lessons carries the visit's code (`?bezoek=`) without knowing what it is, like the presenter routes do.
"""

import io
import re
from dataclasses import dataclass, field
from datetime import date

from django.core.exceptions import ValidationError
from django.http import HttpResponse
from django.shortcuts import render
from django.utils import translation
from django.utils.cache import add_never_cache_headers
from django.utils.dateformat import format as format_date
from django.utils.http import content_disposition_header
from wagtail import hooks

from core import pdf
from core.screening import NoPersonalData
from lessons.models.presenting import ParentLetterSettings
from lessons.presenter import CARRIED_TOKEN, staff_only
from lessons.readability import analyse, split_sentences

FOLLOW_UP_HOOK = "lessons_parent_letter_follow_up"
GUIDE_ITSELF = re.compile(r"\bgesprekshulp\b", re.IGNORECASE)
SCHOOL_MAX = 150
DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
CONTROL = re.compile(r"[\x00-\x1f\x7f]")


class LetterInputError(ValueError):
    """Input a person can fix: the message says how, in Dutch; `field` names the form field it is about."""

    def __init__(self, message, field=""):
        super().__init__(message)
        self.field = field


def dutch_date(day):
    with translation.override("nl"):
        return format_date(day, "j F Y")


def read_school(value, label="Naam van de school", field="school"):
    """The school's name (or another short text, such as a place) as typed, screened like every free text about a
    class: no personal data on paper."""
    school = " ".join(CONTROL.sub(" ", value or "").split())
    if len(school) > SCHOOL_MAX:
        raise LetterInputError(f"{label}: te lang, hooguit {SCHOOL_MAX} tekens.", field)
    try:
        NoPersonalData()(school)
    except ValidationError as error:
        raise LetterInputError(f"{label}: {error.messages[0]}", field) from None
    return school


TIME = re.compile(r"([01]?\d|2[0-3])[:.]([0-5]\d)")


def read_time(value):
    """A time of day as a time input sends it (19:30), written the Dutch way: 19.30 uur."""
    value = (value or "").strip()
    if not value:
        return ""
    match = TIME.fullmatch(value)
    if not match:
        raise LetterInputError("Die tijd kennen we niet. Schrijf de tijd als uur:minuten, bijvoorbeeld 19:30.", "tijd")
    return f"{int(match[1])}.{match[2]} uur"


def read_date(value):
    if not value:
        return None
    try:
        return date.fromisoformat(value.strip()[:10])
    except ValueError:
        raise LetterInputError(
            "Die datum kennen we niet. Schrijf de datum als jaar-maand-dag, bijvoorbeeld 2026-12-03.", "datum"
        ) from None


@dataclass
class FollowUp:
    """A class visit's page for pupils and parents: its address and QR (PNG for Word, data URI for the PDF)."""

    url: str
    qr_png: bytes
    qr_data_uri: str
    school: str = ""
    day: date | None = None


def follow_up_for(request, lesson, code):
    if not code or not CARRIED_TOKEN.match(code):
        return None
    for find in hooks.get_hooks(FOLLOW_UP_HOOK):
        found = find(request, lesson, code)
        if found:
            return FollowUp(**found)
    return None


@dataclass
class ParentLetter:
    lesson: object
    school: str
    day: date
    opening: list = field(default_factory=list)
    closing: list = field(default_factory=list)
    follow_up: FollowUp | None = None

    @property
    def date_text(self):
        return dutch_date(self.day)

    @property
    def school_or_blank(self):
        return self.school or "[naam van de school]"

    @property
    def guide(self):
        guides = self.lesson.public_parent_guides
        return guides[0] if guides else None

    @property
    def theme(self):
        return self.lesson.theme

    @property
    def why(self):
        """Why this lesson, for parents at B1: the guide's intro without the sentence that introduces the guide
        itself ("Met deze gesprekshulp ..."), else the lesson's summary if it is B1, else nothing. Never the
        theme's "why": that is written for teachers, about every age band."""
        if self.guide:
            sentences = [s for s in split_sentences(self.guide.intro) if not GUIDE_ITSELF.search(s)]
            text = " ".join(sentences)
        else:
            text = self.lesson.summary
        return text if text and analyse({"why": [text]}).passes else ""

    @property
    def learned(self):
        """What the children learned, per goal: the parent guide's words, else the lesson's goals."""
        if self.guide:
            return [(label, text) for _code, label, text in self.guide.learned]
        return [(label, text) for _code, label, text in self.lesson.goals]

    @property
    def conversation_starters(self):
        return [block.value for block in self.guide.conversation_starters] if self.guide else []

    @property
    def tips(self):
        return [block.value for block in self.guide.what_you_can_do] if self.guide else []

    @property
    def legal_facts(self):
        """The published facts the guide cites, in its order: its Kennis line refers to them ("Wat zegt de wet?")."""
        if not self.guide:
            return []
        facts = (block.value.get("fact") for block in self.guide.legal_facts)
        return [fact for fact in facts if fact and fact.live]

    @property
    def help_resources(self):
        """The guide's help for the parent; `help_for_child` holds what is written to the child ("Voor uw kind:")."""
        return self.guide.help_by_reader[0] if self.guide else []

    @property
    def help_for_child(self):
        return self.guide.help_by_reader[1] if self.guide else []

    @property
    def filename(self):
        return f"{self.lesson.slug}-ouderbrief"


def build_letter(request, lesson, params):
    follow_up = follow_up_for(request, lesson, params.get("bezoek") or "")
    school = read_school(params.get("school")) or (follow_up.school if follow_up else "")
    day = read_date(params.get("datum")) or (follow_up.day if follow_up else None) or date.today()
    texts = ParentLetterSettings.for_request(request)
    school_text = school or "[naam van de school]"
    return ParentLetter(
        lesson=lesson,
        school=school,
        day=day,
        opening=texts.fill(texts.letter_opening, school_text, dutch_date(day)),
        closing=texts.fill(texts.letter_closing, school_text, dutch_date(day)),
        follow_up=follow_up,
    )


# -- The two formats ------------------------------------------------------------------------------------------


def letter_docx(letter):
    """The letter as an editable Word document: the same parts as the PDF, in Word's own styles."""
    from docx import Document  # python-docx imports lxml: only the processes that write a letter pay for it
    from docx.shared import Cm

    document = Document()
    properties = document.core_properties
    properties.title = f"Brief aan ouders: {letter.lesson.title}"
    properties.author = letter.school or "Halt"
    properties.language = "nl-NL"
    document.add_heading(f"Voorlichting van Halt: {letter.theme.title}", level=1)
    document.add_paragraph(f"{letter.school_or_blank}, {letter.date_text}")
    for paragraph in letter.opening:
        document.add_paragraph(paragraph)
    document.add_heading("Waar ging de les over?", level=2)
    document.add_paragraph(letter.lesson.central_question)
    for label, text in letter.learned:
        document.add_paragraph(f"{label}: {text}", style="List Bullet")
    if letter.why:
        document.add_heading("Waarom deze les?", level=2)
        document.add_paragraph(letter.why)
    if letter.conversation_starters or letter.tips:
        document.add_heading("Zo praat u er thuis over", level=2)
        for sentence in letter.conversation_starters:
            document.add_paragraph(sentence, style="List Bullet")
        for tip in letter.tips:
            document.add_paragraph(tip, style="List Bullet")
    if letter.legal_facts:
        document.add_heading("Wat zegt de wet?", level=2)
        document.add_paragraph("Dit vertellen we uw kind in de les:")
        for fact in letter.legal_facts:
            checked = fact.checked_on.strftime("%d-%m-%Y")
            source = f"Bron: {fact.source}, gecontroleerd op {checked}."
            document.add_paragraph(f"{fact.statement} ({source})", style="List Bullet")
    if letter.follow_up:
        document.add_heading("Wat weet uw kind nog?", level=2)
        document.add_paragraph(
            f"Op deze pagina ziet u wat de klas heeft gedaan, en kan uw kind nog iets invullen: {letter.follow_up.url}"
        )
        document.add_picture(io.BytesIO(letter.follow_up.qr_png), width=Cm(3.5))
    if letter.help_resources or letter.help_for_child:
        document.add_heading("Hier vindt u hulp", level=2)
        for resource in letter.help_resources:
            parts = [resource.name, resource.phone, resource.url]
            document.add_paragraph(f"{', '.join(p for p in parts if p)}: {resource.when}", style="List Bullet")
        if letter.help_for_child:
            document.add_paragraph("Voor uw kind:")
        for resource in letter.help_for_child:
            parts = [resource.name, resource.phone, resource.url]
            document.add_paragraph(f"{', '.join(p for p in parts if p)}: {resource.when}", style="List Bullet")
    for paragraph in letter.closing:
        document.add_paragraph(paragraph)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


LETTER_FIELDS = [("school", "Naam van de school", "text"), ("datum", "Datum van de voorlichting", "date")]


def input_error_page(request, error, *, title, fields, back_url):
    """Fixable input to a letter or invitation: its form again, in the site layout, with the message at its field
    and what was typed kept (a 400, not a bare text)."""
    context = {
        "title": title,
        "error": error,
        "fields": [
            {"name": name, "label": label, "type": kind, "value": request.GET.get(name, "")[:200]}
            for name, label, kind in fields
        ],
        "carried": [(name, request.GET[name]) for name in ("bezoek",) if request.GET.get(name)],
        "back_url": back_url,
        "action": request.path,
    }
    response = render(request, "lessons/presenter/letter_input_error.html", context, status=400)
    add_never_cache_headers(response)  # what was typed, personal data included, is kept in no cache
    return response


def _letter_or_400(request, lesson):
    try:
        return build_letter(request, lesson, request.GET), None
    except LetterInputError as error:
        back_url = lesson.get_url(request) + lesson.reverse_subpage("prepare")
        return None, input_error_page(request, error, title="Brief aan ouders", fields=LETTER_FIELDS, back_url=back_url)


@staff_only
def letter_pdf_view(request, lesson):
    letter, error = _letter_or_400(request, lesson)
    if error:
        return error
    context = {"page": lesson, "letter": letter}
    return pdf.render_pdf_response(request, "lessons/pdf/parent_letter.html", context, f"{letter.filename}.pdf")


@staff_only
def letter_docx_view(request, lesson):
    letter, error = _letter_or_400(request, lesson)
    if error:
        return error
    return HttpResponse(
        letter_docx(letter),
        content_type=DOCX_TYPE,
        headers={"Content-Disposition": content_disposition_header(True, f"{letter.filename}.docx")},
    )
