import json
import re

from django import template
from django.utils.html import format_html
from django.utils.safestring import mark_safe

from core.hosts import absolute_page_url, iso_duration
from curriculum.vocabularies import Audience, Goal

register = template.Library()

# Inside <script> the HTML parser looks for "</script", "<!--" and "<script" whatever the type: escaped as Django's
# json_script escapes them, no title or summary can end the data block or hide the rest of the page.
SCRIPT_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


def json_ld_script(data):
    payload = json.dumps({k: v for k, v in data.items() if v}, ensure_ascii=False).translate(SCRIPT_ESCAPES)
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(payload))


def learning_resource(page, request, audience, role):
    """What every offer with a duration shares: a schema.org LearningResource on the host the visitor asked."""
    return {
        "@context": "https://schema.org",
        "@type": "LearningResource",
        "name": page.title,
        "description": page.summary,
        "inLanguage": "nl",
        "url": absolute_page_url(page, request),
        "learningResourceType": page.get_offer_type_display(),
        "timeRequired": iso_duration(page.duration) if page.duration else None,
        "audience": {"@type": "EducationalAudience", "educationalRole": role, "audienceType": audience.label},
        "publisher": {"@type": "Organization", "name": "Stichting Halt"},
    }


@register.simple_tag(takes_context=True)
def lesson_json_ld(context, page):
    """schema.org LearningResource metadata, with Edurep levels so that catalogues can place the lesson."""
    bands = list(page.age_bands.all())
    levels = [level for band in bands for level in band.edurep_levels.all()]
    data = learning_resource(page, context.get("request"), Audience.JONGEREN, "student")
    data["typicalAgeRange"] = f"{min(b.min_age for b in bands)}-{max(b.max_age for b in bands)}" if bands else None
    data["educationalLevel"] = [
        {"@type": "DefinedTerm", "name": level.name, "url": level.uri, "inDefinedTermSet": "Edurep"} for level in levels
    ]
    data["teaches"] = [text for _code, _label, text in page.goals]
    return json_ld_script(data)


@register.simple_tag(takes_context=True)
def professional_json_ld(context, page):
    """The same for a training or voorlichting for professionals (e.g. Herstelcirkel), for teachers and staff."""
    data = learning_resource(page, context.get("request"), Audience.PROFESSIONALS, "teacher")
    data["audience"]["audienceType"] = f"{Audience.PROFESSIONALS.label}: {page.audience_description}"
    return json_ld_script(data)


@register.filter
def goal_label(code):
    return Goal(code).label if code in Goal.values else code


@register.filter
def get_item(mapping, key):
    return mapping.get(key, "")


@register.filter
def page_type_label(page):
    return page.specific_class._meta.verbose_name.capitalize() if page.specific_class else ""


@register.filter
def display_url(url):
    """A URL as people say it: without scheme, www. and trailing slash."""
    return re.sub(r"^https?://(www\.)?", "", url or "").rstrip("/")


@register.simple_tag
def citation(page, block, fact):
    """On a lesson page: "first" where an activity cites `fact` (a FactBlock value) first, "again" where an earlier
    activity showed it already. "" on slides, handouts and other pages, where each activity stands alone."""
    first = getattr(page, "first_citations", None)
    if not first or not fact or not fact.get("fact") or not getattr(block, "id", None):
        return ""
    return "again" if first.get(fact["fact"].pk, block.id) != block.id else "first"
