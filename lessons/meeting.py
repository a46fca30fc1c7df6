"""The ouderbijeenkomst: a parent guide presented at a parent evening, and the invitation the school sends.

The slides are built from the guide's own sections (what the children learned, conversation starters, what you can
do, signals from the theme's guide for professionals, where to get help), so editors write nothing twice. They
run in the same deck as a lesson (templates/lessons/presenter/deck_base.html, static/js/presenter.js): an audience
window and a presenter view in step over a BroadcastChannel. Routes of the guide, for presenters only.
"""

from dataclasses import dataclass, field

from django.shortcuts import render

from core import pdf
from core.hosts import absolute_page_url
from lessons.letters import LetterInputError, dutch_date, input_error_page, read_date, read_school, read_time
from lessons.models.presenting import ParentLetterSettings
from lessons.presenter import staff_only


@dataclass
class MeetingSlide:
    number: int
    kind: str  # title, list, help
    title: str
    lead: str = ""
    items: list = field(default_factory=list)  # what parents see on the slide
    notes: list = field(default_factory=list)  # for the presenter only: where it comes from, what to point out
    minutes: int = 0
    planned_start: int = 0


def build_meeting_slides(guide):
    lessons = list(guide.accompanies.live().public())
    lesson_notes = [f"{lesson.title}: {lesson.central_question}" for lesson in lessons]
    learned = [f"{label}: {text}" for _code, label, text in guide.learned]
    starters = [block.value for block in guide.conversation_starters]
    tips = [block.value for block in guide.what_you_can_do]
    slides = [
        MeetingSlide(1, "title", guide.title, lead=guide.intro, notes=[guide.meeting] if guide.meeting else []),
        MeetingSlide(0, "list", "Wat de kinderen leerden", items=learned, notes=lesson_notes, minutes=10),
        MeetingSlide(0, "list", "Zo begint u thuis het gesprek", items=starters, minutes=10),
        MeetingSlide(0, "list", "Wat u kunt doen", items=tips, minutes=10),
    ]
    signals = guide.professional_signals()
    if signals:
        slides.append(MeetingSlide(0, "list", "Signalen om op te letten", items=signals, minutes=5))
    resources = [item.resource for item in guide.help_resources.select_related("resource")]
    slides.append(
        MeetingSlide(
            0,
            "help",
            "Hier vindt u hulp",
            items=[", ".join(part for part in (r.name, r.phone, r.url) if part) for r in resources],
            notes=[f"{r.name}: {r.when}" for r in resources],
            minutes=5,
        )
    )
    start = 0
    for number, slide in enumerate(slides, 1):
        slide.number, slide.planned_start = number, start
        start += slide.minutes
    return slides


def links(guide, request):
    base = guide.get_url(request) or guide.url
    return {
        "guide": base,
        "present": base + guide.reverse_subpage("meeting_present"),
        "presenter_view": base + guide.reverse_subpage("meeting_presenter_view"),
        "invitation_pdf": base + guide.reverse_subpage("meeting_invitation_pdf"),
    }


def meeting_context(request, guide):
    slides = build_meeting_slides(guide)
    return {
        "page": guide,
        "slides": slides,
        "minutes": sum(slide.minutes for slide in slides),
        "channel": f"halt-ouderavond-{guide.pk}",
        "links": links(guide, request),
    }


@staff_only
def present(request, guide):
    context = meeting_context(request, guide)
    context["deck"] = {
        "title_prefix": "Ouderavond",
        "channel": context["channel"],
        "exit_url": context["links"]["guide"],
        "slide_template": "lessons/presenter/meeting_slide.html",
    }
    return render(request, "lessons/presenter/present.html", context)  # the lesson deck, with the evening's slides


@staff_only
def presenter_view(request, guide):
    return render(request, "lessons/presenter/meeting_presenter_view.html", meeting_context(request, guide))


INVITATION_FIELDS = [
    ("school", "Naam van de school", "text"),
    ("datum", "Datum van de avond", "date"),
    ("tijd", "Hoe laat", "time"),
    ("plaats", "Waar", "text"),
]


@staff_only
def invitation_pdf(request, guide):
    """The invitation the school sends to parents: editor-owned text, the school and date filled in, the topics."""
    try:
        school = read_school(request.GET.get("school")) or "[naam van de school]"
        day = read_date(request.GET.get("datum"))
        time_text = read_time(request.GET.get("tijd")) or "[tijd]"
        place = read_school(request.GET.get("plaats"), label="Plaats", field="plaats") or "[plaats]"
    except LetterInputError as error:
        return input_error_page(
            request, error, title="Uitnodiging voor de ouderavond", fields=INVITATION_FIELDS, back_url=guide.url
        )
    texts = ParentLetterSettings.for_request(request)
    date_text = dutch_date(day) if day else "[datum]"
    context = {
        "page": guide,
        "guide_url": absolute_page_url(guide, request),  # the host the school asked on, not the Site's "localhost"
        "paragraphs": texts.fill(texts.invitation, school, date_text, tijd=time_text, plaats=place),
        "topics": [slide.title for slide in build_meeting_slides(guide)[1:]],
        "theme": guide.get_parent(),
    }
    document = pdf.render_pdf("lessons/pdf/meeting_invitation.html", context, request)
    return pdf.pdf_response(document, f"{guide.get_parent().slug}-uitnodiging-ouderavond.pdf")
