"""Page privacy (Wagtail's view restrictions) inside the query that lists pages.

Wagtail's `PageQuerySet.public()` first reads every restriction (a query each time it is called) and then
excludes each restricted subtree. A listing that combines several page types called it once per type. Here the
exclusion is a correlated subquery instead: a page is hidden when a restriction's page path is a prefix of its
own path (the page itself or an ancestor is restricted), so any number of listings cost no extra query.
"""

from django.db.models import Exists, OuterRef
from django.db.models.functions import Length, Substr
from wagtail.models import PageViewRestriction


def restricted():
    """An `Exists` that is true for a page (the outer query's row) under any view restriction."""
    return Exists(PageViewRestriction.objects.filter(page__path=Substr(OuterRef("path"), 1, Length("page__path"))))


def public(pages):
    """`pages` (a queryset of pages) without those that a view restriction hides from anonymous visitors."""
    return pages.exclude(restricted())
