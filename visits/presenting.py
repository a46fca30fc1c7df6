"""What visits adds to Voorbereiden, the slides and the handout, through lessons' `lessons_presenter_extras` hook.

The visit travels as `?bezoek=<code>` next to the class choices (lessons/presenter.py carries it, without knowing
what it is). Here it is resolved: with a visit of this lesson, Voorbereiden shows its code and sheet, the last
slide and the handout its QR; without one, Voorbereiden offers to plan a visit with the current choices.
"""

from types import SimpleNamespace
from urllib.parse import urlencode

from django.template.loader import render_to_string
from django.urls import reverse

from visits import codes, qr
from visits.models import Visit
from visits.views import PLAN_PERMISSION, visit_links


def visit_for(selection, lesson):
    code = codes.normalise(getattr(selection, "visit_code", ""))
    if not code:
        return None
    visit = Visit.objects.filter(code=code, lesson=lesson).first()
    return visit if visit is not None and not visit.is_expired() else None


def presenter_extras(request, lesson, selection):
    visit = visit_for(selection, lesson)
    if visit is None:
        # A code that names no current visit of this lesson (expired, mistyped, another lesson's) is said so: the
        # slides, handout and letter of this page carry no visit, and the presenter should not think they do.
        context = {"unused_code": getattr(selection, "visit_code", "")}
        if request.user.has_perm(PLAN_PERMISSION):
            params = [("les", lesson.pk), *selection.params]
            context["plan_url"] = reverse("visits:plan") + "?" + urlencode([(k, v) for k, v in params if k != "bezoek"])
        if not (context["unused_code"] or "plan_url" in context):
            return {}
        return {"prepare_actions": render_to_string("visits/extras/plan_link.html", context)}
    links = visit_links(request, visit)
    context = {"visit": visit, "links": links}
    return {
        "prepare_actions": render_to_string("visits/extras/prepare_visit.html", context, request),
        "last_slide": render_to_string("visits/extras/last_slide.html", context, request),
        "handout_end": render_to_string("visits/extras/handout_qr.html", {**context, "qr": qr.data_uri(links["url"])}),
    }


def parent_letter_follow_up(request, lesson, code):
    """For lessons' ouderbrief (`lessons_parent_letter_follow_up` hook): the visit's page, QR, school and date."""
    visit = visit_for(SimpleNamespace(visit_code=code), lesson)
    if visit is None:
        return None
    url = visit_links(request, visit)["url"]
    return {
        "url": url,
        "qr_png": qr.png(url),
        "qr_data_uri": qr.data_uri(url),
        "school": visit.organisation,
        "day": visit.date,
    }
