"""Prepare and present a lesson: the Halt-medewerker's lesson plan, the slides, the presenter view and the PDFs.

The views are routes of the pages themselves (`RoutablePageMixin` on LessonPage and ParentGuidePage, see
lessons/models), not separate Django views: Wagtail then does the lookup by URL, the live check, view restrictions
and multi-site URLs, and every route sits below the page it belongs to (/leerlijn/<thema>/<les>/presenteren/).
The pages declare them with `page_route` (lessons/routes.py), which hands request and page to the functions here.

What a presenter chooses for a class (proactief or reactief, optional activities left out) travels as plain GET
parameters, so nothing is stored: `?inzet=reactief&zonder=3&zonder=5`. `Selection` reads and validates them;
anything it does not recognise is ignored.

Other apps add to these pages without lessons knowing them: a `lessons_presenter_extras` Wagtail hook returns HTML
for named places (`prepare_actions`, `last_slide`, `handout_end`). A class visit (visits/) travels as
`?bezoek=<code>` beside the choices; lessons only carries that token along, visits' hook resolves it.
"""

import re
from dataclasses import dataclass, field
from functools import cached_property, wraps
from urllib.parse import urlencode

from django.contrib.auth.views import redirect_to_login
from django.http import HttpResponseNotAllowed
from django.shortcuts import render
from django.utils.functional import SimpleLazyObject
from django.utils.html import conditional_escape, strip_tags
from wagtail import hooks

from core import pdf
from core.caching import fragment_cache_context
from curriculum.vocabularies import Use
from lessons.access import is_presenter
from lessons.models.help import HelpResource
from lessons.models.presenting import PresentingSettings

STAFF_CACHE_CONTROL = "private, no-store"
MAX_PARAMS = 50  # more values than a lesson has activities are never meaningful
ASCII_NUMBER = re.compile(r"^[0-9]{1,3}$")
CARRIED_TOKEN = re.compile(r"^[A-Za-z0-9-]{1,20}$")  # `bezoek`: carried, never interpreted here
EXTRAS_HOOK = "lessons_presenter_extras"

# -- The selection: use and optional activities ---------------------------------------------------------------


def parse_numbers(values):
    """The positive small whole numbers among `values`; anything else (text, '²', 10**5000) is ignored."""
    numbers = set()
    for value in values[:MAX_PARAMS]:
        if ASCII_NUMBER.match(value or ""):
            numbers.add(int(value))
    return numbers


@dataclass
class PlannedActivity:
    """One activity of the lesson as planned for this class: its position, whether it is in, and when it starts."""

    number: int  # 1-based position in the lesson, as on the public lesson page
    block: object  # the StreamField child
    included: bool = True
    start: int = 0  # minutes from the start of the lesson (for included activities)
    reactive: bool = False  # presented after an incident: the editor's reactive variant applies

    @property
    def variant(self):
        """The editor's reactive variant of this activity (skip, pupil text, presenter line); {} when none."""
        return self.value.get("reactive") or {}

    @property
    def reactive_skip(self):
        """Left out whenever the lesson is given reactively, whatever the presenter chooses."""
        return bool(self.variant.get("skip"))

    @property
    def reactive_text(self):
        """The pupil-facing text that replaces the usual opening or dilemma in a reactive deck, or None."""
        text = self.variant.get("pupil_text")
        return text if text is not None and strip_tags(text.source).strip() else None

    @property
    def reactive_line(self):
        return (self.variant.get("presenter_line") or "").strip()

    @property
    def pupil_variant(self):
        """The reactive pupil text when this deck is reactive: what the slide shows instead of the usual text."""
        return self.reactive_text if self.reactive else None

    @property
    def presenter_line(self):
        return self.reactive_line if self.reactive else ""

    @property
    def kind(self):
        return self.block.block_type

    @property
    def presents_as(self):
        """The kind of activity it reads as: a shared activity (lessons.blocks.SharedActivityBlock) as an activity."""
        return getattr(self.block.block, "presents_as", self.kind)

    @property
    def value(self):
        return self.block.value

    @property
    def title(self):
        return self.value["title"]

    @property
    def minutes(self):
        return self.value["minutes"]

    @property
    def goal(self):
        return self.value["goal"]

    @property
    def optional(self):
        return bool(self.value.get("optional"))

    @property
    def end(self):
        return self.start + self.minutes

    @property
    def materials(self):
        items = list(self.value.get("materials") or []) if self.presents_as == "activity" else []
        if self.kind == "worksheet" and self.value.get("document"):
            items.append(f"Werkblad '{self.value['document'].title}' (geprint, één per leerling)")
        if self.kind == "video" and self.value.get("video"):
            items.append(f"Video '{self.value['video'].title}' met geluid, vooraf getest")
        return items

    @property
    def quiz_key(self):
        """The correct answer of every quiz question, for the presenter: (question, letter, answer, explanation,
        the published legal facts its explanation cites)."""
        key = []
        for question in self.value.get("questions", []) if self.kind == "quiz" else []:
            answers = list(question["answers"])
            correct = question["correct"]
            if 1 <= correct <= len(answers):
                # `facts` is missing from a question saved before it existed
                facts = [item["fact"] for item in question.get("facts") or [] if item["fact"] and item["fact"].live]
                key.append(
                    (question["question"], chr(64 + correct), answers[correct - 1], question["explanation"], facts)
                )
        return key

    @property
    def has_notes(self):
        return bool(
            strip_tags(self.value["presenter_notes"].source).strip()
            or self.presenter_line
            or self.quiz_key
            or self.value.get("instructions")
            or self.value.get("discussion_questions")
        )


class Selection:
    """What the presenter chose for this class, read from GET parameters and checked against the lesson."""

    def __init__(self, lesson, params):
        self.lesson = lesson
        self.chooses_use = lesson.use == Use.BEIDE
        wanted_use = params.get("inzet")
        if self.chooses_use:
            self.use = wanted_use if wanted_use in (Use.PROACTIEF, Use.REACTIEF) else Use.PROACTIEF
        else:
            self.use = lesson.use
        self.wanted_skips = parse_numbers(params.getlist("zonder"))
        visit_code = params.get("bezoek") or ""
        self.visit_code = visit_code if CARRIED_TOKEN.match(visit_code) else ""

    @cached_property
    def skipped(self):
        """The optional activities chosen to be left out. Read from the stream's stored data: its blocks are not
        built (nor their shared activities, facts and help lines loaded), so a Voorbereiden page served from its
        fragment caches stays at the queries every staff page makes."""
        optional = {n for n, item in enumerate(self.lesson.activities.raw_data, 1) if item["value"].get("optional")}
        return frozenset(self.wanted_skips & optional)

    @property
    def use_label(self):
        return Use(self.use).label if self.use in Use.values else self.use

    @property
    def reactive(self):
        return self.use == Use.REACTIEF

    @cached_property
    def activities(self):
        """Every activity of the lesson, with the skipped ones marked and start times for the rest.

        A reactive selection also leaves out what the editor marked "sla over bij reactieve inzet"."""
        planned, clock = [], 0
        for number, block in enumerate(self.lesson.activities, 1):
            activity = PlannedActivity(number=number, block=block, start=clock, reactive=self.reactive)
            activity.included = number not in self.skipped and not (self.reactive and activity.reactive_skip)
            if activity.included:
                clock += activity.minutes
            planned.append(activity)
        return planned

    @property
    def included(self):
        return [activity for activity in self.activities if activity.included]

    @property
    def minutes(self):
        return sum(activity.minutes for activity in self.included)

    @property
    def slide_count(self):
        return len(self.included) + 1  # the title slide, then one per activity

    @property
    def full_minutes(self):
        return sum(activity.minutes for activity in self.activities)

    @property
    def params(self):
        pairs = [("inzet", self.use)] if self.chooses_use else []
        pairs += [("zonder", str(number)) for number in sorted(self.skipped)]
        return pairs + ([("bezoek", self.visit_code)] if self.visit_code else [])

    @property
    def query(self):
        """The selection as a query string ('?inzet=reactief&zonder=5'), or '' when there is nothing to carry."""
        params = self.params
        return "?" + urlencode(params) if params else ""

    @property
    def key(self):
        """A short name for this selection, so that windows of different selections never steer each other."""
        return "-".join([self.use, *map(str, sorted(self.skipped))])


@dataclass
class Material:
    name: str
    activities: list = field(default_factory=list)  # numbers of the activities that use it
    needed: bool = False  # at least one of them is in the chosen selection

    @property
    def activity_list(self):
        return " ".join(map(str, self.activities))


def collect_materials(activities):
    """The materials of the activities, each once (case-insensitively), in the order they are first used."""
    found = {}
    for activity in activities:
        for name in activity.materials:
            item = found.setdefault(name.strip().casefold(), Material(name.strip()))
            if activity.number not in item.activities:
                item.activities.append(activity.number)
            item.needed = item.needed or activity.included
    return list(found.values())


# -- Slides -------------------------------------------------------------------------------------------------------


@dataclass
class Slide:
    number: int  # 1-based, as the counter shows it
    activity: PlannedActivity | None  # None for the title slide
    planned_start: int = 0

    @property
    def kind(self):
        return self.activity.kind if self.activity else "title"

    @property
    def title(self):
        return self.activity.title if self.activity else ""

    @property
    def minutes(self):
        return self.activity.minutes if self.activity else 0


def build_slides(selection):
    """A title slide, then one slide per activity in the chosen selection, in lesson order."""
    slides = [Slide(number=1, activity=None)]
    for activity in selection.included:
        slides.append(Slide(number=len(slides) + 1, activity=activity, planned_start=activity.start))
    return slides


# -- Access -------------------------------------------------------------------------------------------------------


def staff_only(view):
    """Only presenters: anonymous visitors go to the login page, other accounts get a 403. Never cached."""

    @wraps(view)
    def wrapped(request, page, *args, **kwargs):
        if request.method not in ("GET", "HEAD"):
            response = HttpResponseNotAllowed(["GET", "HEAD"])
        elif not request.user.is_authenticated:
            response = redirect_to_login(request.get_full_path())
        elif not is_presenter(request.user):
            response = render(request, "lessons/presenter/forbidden.html", {"page": page}, status=403)
        else:
            response = view(request, page, *args, **kwargs)
        response["Cache-Control"] = STAFF_CACHE_CONTROL
        response["X-Robots-Tag"] = "noindex, nofollow"
        return response

    return wrapped


# -- Views --------------------------------------------------------------------------------------------------------


def links(lesson, request, selection):
    base = lesson.get_url(request) or lesson.url
    query = selection.query
    return {
        "lesson": base,
        "prepare_form": base + lesson.reverse_subpage("prepare"),
        "prepare": base + lesson.reverse_subpage("prepare") + query,
        "present": base + lesson.reverse_subpage("present") + query,
        "presenter_view": base + lesson.reverse_subpage("presenter_view") + query,
        "lesson_plan_pdf": base + lesson.reverse_subpage("lesson_plan_pdf") + query,
        "handout_pdf": base + lesson.reverse_subpage("handout_pdf") + query,
        "parent_letter_pdf": base + lesson.reverse_subpage("parent_letter_pdf"),
        "parent_letter_docx": base + lesson.reverse_subpage("parent_letter_docx"),
    }


def presenter_extras(request, lesson, selection):
    """HTML from other apps' `lessons_presenter_extras` hooks, joined per place: {"last_slide": html, ...}."""
    places = {}
    for extras in hooks.get_hooks(EXTRAS_HOOK):
        for place, html in (extras(request, lesson, selection) or {}).items():
            places[place] = conditional_escape(places.get(place, "")) + conditional_escape(html)
    return places


def lesson_context(request, lesson):
    selection = Selection(lesson, request.GET)
    return {
        "extras": presenter_extras(request, lesson, selection),
        "page": lesson,
        "self": lesson,
        "is_presenter": True,
        "selection": selection,
        # Built only when a template reads them: not when Voorbereiden comes from its fragment caches, where
        # building the stream would load its shared activities, facts and help lines (a query each).
        "activities": SimpleLazyObject(lambda: selection.activities),
        "materials": SimpleLazyObject(lambda: collect_materials(selection.activities)),
        "safe_delivery": SimpleLazyObject(lambda: [block.value for block in lesson.safe_delivery]),
        "incident_protocol": SimpleLazyObject(lambda: [block.value for block in lesson.incident_protocol]),
        "presenting": (presenting := SimpleLazyObject(lambda: PresentingSettings.for_request(request))),
        "reactive_steps": SimpleLazyObject(lambda: presenting.reactive_step_list()),
        "links": links(lesson, request, selection),
    } | fragment_cache_context(request)  # the Voorbereiden page's fragment cache (the same for every presenter)


def help_resources(lesson):
    """The help the lesson points to (its safe-delivery signposting, HelpResource snippets edited in the CMS), each
    once: on the last slide and on the pupils' handout."""
    found = {}
    for block in lesson.safe_delivery:
        for resource in block.value["signposting"]:
            found.setdefault(resource.pk, resource)
    return list(found.values())


@staff_only
def prepare(request, lesson):
    """Voorbereiden: timeline, materials, notes, safe delivery and the choices for this class."""
    return render(request, "lessons/presenter/prepare.html", lesson_context(request, lesson))


def deck_context(request, lesson):
    """What both windows of the deck read: the slides, and `deck` (channel, exit, slide template, planned minutes)."""
    context = lesson_context(request, lesson)
    selection = context["selection"]
    context["slides"] = build_slides(selection)
    context["deck"] = {
        "title_prefix": "Presenteren",
        "channel": f"halt-presentatie-{lesson.pk}-{selection.key}",
        "exit_url": context["links"]["prepare"],
        "slide_template": "lessons/presenter/slide.html",
        "minutes": selection.minutes,
    }
    return context


@staff_only
def present(request, lesson):
    """Presenteren: the audience window, one full-screen slide at a time."""
    context = deck_context(request, lesson)
    context["help_resources"] = help_resources(lesson)  # on the last slide: where pupils find help afterwards
    return render(request, "lessons/presenter/present.html", context)


@staff_only
def presenter_view(request, lesson):
    """The presenter's own window: notes, next slide and the clock, in step with the audience window."""
    return render(request, "lessons/presenter/presenter_view.html", deck_context(request, lesson))


@staff_only
def lesson_plan_pdf(request, lesson):
    """The lesson plan with notes and the safe-delivery section: for the presenter only."""
    context = lesson_context(request, lesson)
    return pdf.render_pdf_response(request, "lessons/pdf/lesson_plan.html", context, f"{lesson.slug}-lesplan.pdf")


@staff_only
def handout_pdf(request, lesson):
    """What pupils get on paper: the pupil-facing content and worksheets, no notes and no answers."""
    context = lesson_context(request, lesson)
    # The handout speaks to pupils ("je"): help written for parents ("u") is on the parent guide instead.
    context["help_resources"] = HelpResource.for_pupils(help_resources(lesson))
    return pdf.render_pdf_response(request, "lessons/pdf/handout.html", context, f"{lesson.slug}-handout.pdf")
