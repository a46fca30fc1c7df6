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


def fact_references(facts=None, pages=None):
    """(page id, fact id) pairs from Wagtail's reference index: which page cites which legal fact, optionally only
    for these facts and/or these pages. One query."""
    references = ReferenceIndex.objects.filter(
        base_content_type=ContentType.objects.get_for_model(Page),
        to_content_type=ContentType.objects.get_for_model(LegalFact),
    )
    if facts is not None:
        references = references.filter(to_object_id__in=[str(fact.pk) for fact in facts])
    if pages is not None:
        references = references.filter(object_id__in=[str(page.pk) for page in pages])
    return [(int(page_id), int(fact_id)) for page_id, fact_id in references.values_list("object_id", "to_object_id")]


def citing_pages(facts, pages=None):
    """{fact pk: [page, ...]} for the pages in `pages` (default: every page) that cite each fact, by title."""
    by_page = defaultdict(set)
    for page_id, fact_id in fact_references(facts=list(facts)):
        by_page[page_id].add(fact_id)
    pages = (pages if pages is not None else Page.objects.all()).filter(pk__in=by_page).order_by("title")
    cited = defaultdict(list)
    for page in pages:
        for fact_id in sorted(by_page[page.pk]):
            cited[fact_id].append(page)
    return cited


def facts_cited_by(page):
    """The published legal facts `page` cites (its live version, as the reference index has it), in order."""
    fact_ids = [fact_id for _, fact_id in fact_references(pages=[page])]
    return LegalFact.objects.filter(live=True, pk__in=fact_ids).order_by("law", "article", "slug")


def legal_facts(request):
    """Every published fact with its source and the public pages that cite it."""
    facts = list(LegalFact.objects.filter(live=True).order_by("law", "article", "slug"))
    cited = citing_pages(facts, public(Page.objects.live()))
    rows = [(fact, cited.get(fact.pk, [])) for fact in facts]
    return render(request, "curriculum/legal_facts.html", {"rows": rows})
