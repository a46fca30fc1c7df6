"""'Te herzien' because of the law: pages that cite a legal fact published after the page was, and facts and
help resources (phone numbers) past their review-by date.

Nothing is stored: a page is flagged while a fact it cites was published later than the page itself, so
republishing the page after checking it clears the flag. This joins the review-due panel on the admin dashboard
(lessons/wagtail_hooks.py).
"""

import datetime
from dataclasses import dataclass

from django.conf import settings
from wagtail.admin.ui.components import Component
from wagtail.models import Page

from curriculum.facts import citing_pages
from curriculum.models import LegalFact
from lessons.models import HelpResource
from lessons.review import DUE_SOON_DAYS, today


@dataclass
class ChangedFactItem:
    page: Page
    facts: list  # the facts changed since the page was last published


def pages_with_changed_facts():
    """Live pages citing a fact that was published after them, by title."""
    facts = {fact.pk: fact for fact in LegalFact.objects.filter(live=True, last_published_at__isnull=False)}
    flagged = {}
    for fact_pk, pages in citing_pages(facts.values(), Page.objects.live().specific()).items():
        fact = facts[fact_pk]
        for page in pages:
            if page.last_published_at is None or page.last_published_at < fact.last_published_at:
                flagged.setdefault(page.pk, ChangedFactItem(page, [])).facts.append(fact)
    return sorted(
        flagged.values(), key=lambda item: (item.page.last_published_at or datetime.datetime.min, item.page.title)
    )


def due_for_review(items, then_by, on=None):
    """(item, days left) for the `items` (a queryset of a model with `review_by`) past their review-by date or due
    within DUE_SOON_DAYS, the most urgent first, then by `then_by`."""
    on = on or today()
    soon = on + datetime.timedelta(days=DUE_SOON_DAYS)
    due = items.filter(review_by__lte=soon).order_by("review_by", then_by)
    return [(item, (item.review_by - on).days) for item in due]


def facts_due_for_review(on=None):
    return due_for_review(LegalFact.objects.all(), "slug", on)


def help_resources_due_for_review(on=None):
    """A wrong phone number is a safety issue: help resources are reviewed like facts. The Dutch rows only: a
    translation holds only the `when` text; its number and review date are the Dutch row's."""
    return due_for_review(HelpResource.objects.filter(locale__language_code=settings.LANGUAGE_CODE), "name", on)


class FactReviewPanel(Component):
    name = "fact_review"
    template_name = "lessons/admin/fact_review_panel.html"
    order = 231  # right after the review-due panel

    def get_context_data(self, parent_context):
        return {
            "pages": pages_with_changed_facts(),
            "facts": facts_due_for_review(),
            "help_resources": help_resources_due_for_review(),
            "days": DUE_SOON_DAYS,
        }
