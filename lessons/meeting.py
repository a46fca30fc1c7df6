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
    """The evening's slides. Parents see the guide's words; every slide has notes for the presenter, drawn from
    the lessons (questions, goals), the register (sources) and the theme's guide for professionals."""
    theme = guide.get_parent()
    lessons = list(guide.accompanies.live().public())
    learned = [f"{label}: {text}" for _code, label, text in guide.learned]
    starters = [block.value for block in guide.conversation_starters]
    tips = [block.value for block in guide.what_you_can_do]
    facts = [block.value["fact"] for block in guide.legal_facts if block.value["fact"] and block.value["fact"].live]
    signals, steps = professional_lists(guide)
    slides = [
        # The title slide names the theme, not the guide: the guide's intro is written for reading at home.
        MeetingSlide(1, "title", theme.title, notes=[f"De les: {lesson.title}." for lesson in lessons]),
        MeetingSlide(
            0,
            "list",
            "Wat de kinderen leerden",
            items=learned,
            notes=[f"{lesson.title}, {label.lower()}: {text}" for lesson in lessons for _, label, text in lesson.goals],
            minutes=10,
        ),
        MeetingSlide(
            0,
            "list",
            "Zo begint u thuis het gesprek",
            items=starters,
            notes=[f"De vraag in de les: {lesson.central_question}" for lesson in lessons],
            minutes=10,
        ),
        MeetingSlide(0, "list", "Wat u kunt doen", items=tips, notes=steps, minutes=10),
    ]
    if facts:  # after the tips, so the evening keeps the order of the guide and of the invitation's topics
        slides.append(
            MeetingSlide(
                0,
                "list",
                "Wat zegt de wet?",
                lead="Dit vertellen we uw kind in de les:",
                items=[fact.statement for fact in facts],
                notes=[f"Bron: {fact.source}, gecontroleerd op {fact.checked_on:%d-%m-%Y}." for fact in facts],
                minutes=5,
            )
        )
    if signals:
        notes = ["Uit de gesprekshulp voor professionals: vraag ouders wat zij herkennen."]
        slides.append(MeetingSlide(0, "list", "Signalen om op te letten", items=signals, notes=notes, minutes=5))
    for_parent, for_child = guide.help_by_reader
    resources = [*for_parent, *for_child]
    slides.append(
        MeetingSlide(
            0,
            "help",
            "Hier vindt u hulp",
            items=[", ".join(part for part in (r.name, r.phone, r.url) if part) for r in resources],
            notes=[f"{r.name}{' (voor uw kind)' if r.for_young_people else ''}: {r.when}" for r in resources],
            minutes=5,
        )
    )
    start = 0
    for number, slide in enumerate(slides, 1):
        slide.number, slide.planned_start = number, start
        start += slide.minutes
    return slides


def professional_lists(guide, limit=6):
    """(signals, steps) from the theme's guide for professionals, a handful each."""
    professional = guide.professional_guide()
    if not professional:
        return [], []
    signals = [block.value for block in professional.signals][:limit]
    return signals, [block.value for block in professional.handelingsperspectief][:limit]


def links(guide, request):
    base = guide.get_url(request) or guide.url
    return {
        "guide": base,
        "present": base + guide.reverse_subpage("meeting_present"),
        "presenter_view": base + guide.reverse_subpage("meeting_presenter_view"),
        "invitation_pdf": base + guide.reverse_subpage("meeting_invitation_pdf"),
    }


def meeting_context(request, guide):
    """What both windows of the evening's deck read (the lesson's deck templates): the slides, and `deck`."""
    slides = build_meeting_slides(guide)
    context = {"page": guide, "slides": slides, "links": links(guide, request)}
    context["deck"] = {
        "title_prefix": "Ouderavond",
        "channel": f"halt-ouderavond-{guide.pk}",
        "title": f"Ouderavond: {guide.get_parent().title}",  # not "Ouderavond: Gesprekshulp voor ouders: ..."
        "exit_url": context["links"]["guide"],
        "slide_template": "lessons/presenter/meeting_slide.html",
        "minutes": sum(slide.minutes for slide in slides),
    }
    return context


@staff_only
def present(request, guide):
    return render(request, "lessons/presenter/present.html", meeting_context(request, guide))


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
    filename = f"{guide.get_parent().slug}-uitnodiging-ouderavond.pdf"
    return pdf.render_pdf_response(request, "lessons/pdf/meeting_invitation.html", context, filename)
