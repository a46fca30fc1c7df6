"""The public register of legal facts (/wet-en-regels/) and where each fact is cited.

"Where used" is Wagtail's reference index: every save of a page records the snippets its StreamFields choose, so
the citing pages are one query away for any number of facts, with no bookkeeping of our own.
"""

from collections import defaultdict

from django.contrib.contenttypes.models import ContentType
from django.shortcuts import render
from wagtail.models import Page, ReferenceIndex

from core.privacy import public
from curriculum.models import LegalFact


def citing_pages(facts, pages=None):
    """{fact pk: [page, ...]} for the pages in `pages` (default: every page) that cite each fact, by title."""
    facts = list(facts)
    references = ReferenceIndex.objects.filter(
        to_content_type=ContentType.objects.get_for_model(LegalFact),
        to_object_id__in=[str(fact.pk) for fact in facts],
        base_content_type=ContentType.objects.get_for_model(Page),
    ).values_list("to_object_id", "object_id")
    by_page = defaultdict(set)
    for fact_id, page_id in references:
        by_page[int(page_id)].add(int(fact_id))
    pages = (pages if pages is not None else Page.objects.all()).filter(pk__in=by_page).order_by("title")
    cited = defaultdict(list)
    for page in pages:
        for fact_id in sorted(by_page[page.pk]):
            cited[fact_id].append(page)
    return cited


def facts_cited_by(page):
    """The published legal facts `page` cites (its live version, as the reference index has it), in order."""
    fact_ids = ReferenceIndex.objects.filter(
        base_content_type=ContentType.objects.get_for_model(Page),
        object_id=str(page.pk),
        to_content_type=ContentType.objects.get_for_model(LegalFact),
    ).values_list("to_object_id", flat=True)
    return LegalFact.objects.filter(live=True, pk__in=[int(pk) for pk in fact_ids]).order_by("law", "article", "slug")


def legal_facts(request):
    """Every published fact with its source and the public pages that cite it."""
    facts = list(LegalFact.objects.filter(live=True).order_by("law", "article", "slug"))
    cited = citing_pages(facts, public(Page.objects.live()))
    rows = [(fact, cited.get(fact.pk, [])) for fact in facts]
    return render(request, "curriculum/legal_facts.html", {"rows": rows})
