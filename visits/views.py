"""The visit's pages: for the Halt-medewerker (plan, Mijn bezoeken) and for the class (/klas/<code>/: the public
page, its QR, the sheet for the teacher and the anonymous goal check).

The goal check sets no cookie: it is exempt from Django's CSRF cookie and carries a signed per-visit token in the
form instead (visits/forms.py). A cross-site post could do no more than any visitor can (add one answer, within
the cap and the window), and the privacy page can say truthfully that the check stores nothing on the phone.
"""

from functools import wraps
from urllib.parse import urlencode

from django.contrib import messages
from django.contrib.auth.decorators import login_required, permission_required
from django.db import transaction
from django.db.models import Count
from django.http import HttpResponse, HttpResponseNotAllowed
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone, translation
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_safe

from core import pdf
from lessons.models import LessonPage
from visits import codes, qr, throttle
from visits.forms import GoalCheckForm, VisitForm, skipped_from
from visits.models import GoalCheckSettings, Visit, statements_for

PLAN_PERMISSION = "visits.add_visit"
PUBLIC_CACHE = "public, max-age=300"


def in_dutch(view):
    """Every text of these pages is Dutch, whatever language the browser asks for (form errors and dates too)."""

    @wraps(view)
    def wrapped(request, *args, **kwargs):
        with translation.override("nl"):
            response = view(request, *args, **kwargs)
            if hasattr(response, "render") and not response.is_rendered:
                response.render()
            return response

    return wrapped


# -- For the Halt-medewerker ---------------------------------------------------------------------------------------


def letter_query(visit):
    """The ouderbrief of a current visit links its follow-up page; an expired one keeps its school and date."""
    if visit.expired:
        return "?" + urlencode({"school": visit.organisation, "datum": visit.date.isoformat()})
    return "?" + urlencode({"bezoek": visit.code})


@in_dutch
@never_cache
@login_required
def my_visits(request):
    """Mijn bezoeken: where a medewerker lands after logging in. Others go on to the home page."""
    if not request.user.has_perm(PLAN_PERMISSION):
        return redirect("/")
    visits = (
        Visit.objects.filter(planned_by=request.user)
        .select_related("lesson", "municipality", "age_band")
        .annotate(answer_count=Count("answers"))
        .order_by("-date", "-created_at")  # newest first, as the table's caption says
    )
    today = timezone.localdate()
    for visit in visits:
        # An expired code's pages answer 404: the list says "verlopen" instead of linking them.
        visit.expired = visit.is_expired(today)
        # With the request, Wagtail keeps the site's root paths on it: no query per visit for the lesson's URL.
        lesson_url = visit.lesson.get_url(request) if visit.lesson else None
        if lesson_url:
            visit.prepare_url = lesson_url + visit.lesson.reverse_subpage("prepare") + visit.selection_query
            visit.present_url = lesson_url + visit.lesson.reverse_subpage("present") + visit.selection_query
            visit.letter_url = lesson_url + visit.lesson.reverse_subpage("parent_letter_docx") + letter_query(visit)
    return render(request, "visits/my_visits.html", {"visits": visits})


@in_dutch
@never_cache
@permission_required(PLAN_PERMISSION)
def plan_visit(request):
    """Plan a visit of the lesson `?les=<id>`, with the class choices Voorbereiden carried along."""
    params = request.POST if request.method == "POST" else request.GET
    lesson_id = params.get("les", "")
    if not lesson_id.isascii() or not lesson_id.isdigit() or len(lesson_id) > 12:
        return render(request, "visits/choose_lesson.html", status=200 if request.method == "GET" else 400)
    lesson = get_object_or_404(LessonPage.objects.live(), pk=int(lesson_id))
    skipped = skipped_from(params, lesson)
    form = VisitForm(request.POST or None, lesson=lesson, skipped=skipped, initial={"use": params.get("inzet")})
    if request.method == "POST" and form.is_valid():
        form.instance.planned_by = request.user
        visit = form.save()
        messages.success(request, f"Het bezoek is gepland. De vervolgcode is {visit.code}.")
        return redirect("visits:mine")
    return render(
        request,
        "visits/plan.html",
        {"form": form, "lesson": lesson, "skipped": sorted(skipped)},
        status=400 if form.is_bound else 200,
    )


# -- For the class: teacher and parents ---------------------------------------------------------------------------


def find_visit(request, code):
    """The visit for a typed code: a redirect to its canonical URL, a throttled or Dutch 404 response, or the visit."""
    if throttle.is_throttled(request):
        response = render(request, "visits/throttled.html", status=429)
        response["Retry-After"] = str(int(throttle.WINDOW.total_seconds()))
        return None, response
    canonical = codes.normalise(code)
    visit = (
        Visit.objects.select_related("lesson", "theme", "municipality", "age_band").filter(code=canonical).first()
        if canonical
        else None
    )
    if visit is None:
        throttle.record_failure(request)
        return None, render(request, "visits/not_found.html", {"code": code[:20]}, status=404)
    if visit.is_expired():
        return None, render(request, "visits/expired.html", {"visit": visit}, status=404)
    if canonical != code:
        return None, redirect(request.path.replace(code, canonical, 1))
    return visit, None


def public_visit_view(view):
    """Looks the code up for `view`; every page of a visit is marked noindex: a code is not for search engines.
    The pages speak the language of their URL (core/i18n.py: Dutch without a prefix)."""

    @wraps(view)
    def wrapped(request, code, *args, **kwargs):
        visit, response = find_visit(request, code)
        if visit is not None:
            response = view(request, visit, *args, **kwargs)
        response["X-Robots-Tag"] = "noindex, nofollow"
        response["Referrer-Policy"] = "no-referrer"  # the code is in the URL: never pass it on to another site
        return response

    return wrapped


def visit_links(request, visit):
    url = request.build_absolute_uri(visit.get_absolute_url())
    return {
        "url": url,
        "display_url": url.split("://", 1)[-1],
        "qr_svg": reverse("visits:qr_svg", args=[visit.code]),
        "qr_png": reverse("visits:qr_png", args=[visit.code]),
        "teacher_sheet": reverse("visits:teacher_sheet", args=[visit.code]),
        "goal_check": reverse("visits:goal_check", args=[visit.code]),
    }


def help_resources(lesson, guides):
    """Where to get help: the parent guides' resources, then the lesson's signposting, each once."""
    found = {}
    for guide in guides:
        for item in guide.help_resources.all():
            found.setdefault(item.resource.pk, item.resource)
    for block in lesson.safe_delivery if lesson else []:
        for resource in block.value["signposting"]:
            found.setdefault(resource.pk, resource)
    return list(found.values())


@require_safe
@public_visit_view
def visit_page(request, visit):
    """What the class did, the teacher's follow-up, the parent guide and where to get help: public material only."""
    lesson = visit.lesson.specific if visit.lesson else None
    guides = list(lesson.parent_guides.live().prefetch_related("help_resources__resource")) if lesson else []
    context = {
        "visit": visit,
        "lesson": lesson,
        "guides": guides,
        "help_resources": help_resources(lesson, guides),
        "links": visit_links(request, visit),
        "answers_open": visit.answers_open(),
    }
    response = render(request, "visits/visit_page.html", context)
    response["Cache-Control"] = "private, max-age=300"
    return response


@require_safe
@public_visit_view
def qr_svg(request, visit):
    links = visit_links(request, visit)
    response = HttpResponse(qr.svg(links["url"], f"QR-code voor {links['display_url']}"), content_type="image/svg+xml")
    response["Cache-Control"] = PUBLIC_CACHE
    return response


@require_safe
@public_visit_view
def qr_png(request, visit):
    response = HttpResponse(qr.png(visit_links(request, visit)["url"]), content_type="image/png")
    response["Cache-Control"] = PUBLIC_CACHE
    response["Content-Disposition"] = f'inline; filename="{visit.code}-qr.png"'
    return response


@require_safe
@in_dutch  # the teacher's A4 stays Dutch, in every URL
@public_visit_view
def teacher_sheet(request, visit):
    """'Voor de leerkracht': one A4 to print and hang up or pass on, with the code and its QR."""
    links = visit_links(request, visit)
    context = {"visit": visit, "lesson": visit.lesson, "links": links, "qr": qr.data_uri(links["url"])}
    filename = f"{visit.code}-voor-de-leerkracht.pdf"
    return pdf.render_pdf_response(request, "visits/pdf/teacher_sheet.html", context, filename)


# -- The anonymous goal check -------------------------------------------------------------------------------------


@csrf_exempt  # no cookie at all: the form carries a signed per-visit token instead (module docstring)
@never_cache
@in_dutch  # the pupils' goal check stays Dutch, in every URL
@public_visit_view
def goal_check(request, visit):
    if request.method not in ("GET", "HEAD", "POST"):
        return HttpResponseNotAllowed(["GET", "HEAD", "POST"])
    defaults = GoalCheckSettings.load()
    lesson = visit.lesson.specific if visit.lesson else None
    statements = statements_for(lesson, defaults)
    form = GoalCheckForm(request.POST or None, visit=visit, statements=statements)
    context = {"visit": visit, "lesson": lesson, "form": form, "texts": defaults, "today": timezone.localdate()}
    if not visit.answers_open():
        context["closed"] = True
        return render(request, "visits/goal_check.html", context, status=403 if request.method == "POST" else 200)
    if request.method != "POST":
        return render(request, "visits/goal_check.html", context)
    if not form.is_valid():
        return render(request, "visits/goal_check.html", context, status=400)
    with transaction.atomic():
        # Lock the visit so that two answers at the same moment cannot both take the last place.
        locked = Visit.objects.select_for_update().get(pk=visit.pk)
        if locked.answers.count() >= locked.max_answers:
            context["full"] = True
            return render(request, "visits/goal_check.html", context, status=409)
        form.answer().save()
    return redirect("visits:goal_check_thanks", code=visit.code)


@require_safe
@in_dutch
@public_visit_view
def goal_check_thanks(request, visit):
    return render(request, "visits/goal_check_thanks.html", {"visit": visit, "texts": GoalCheckSettings.load()})
