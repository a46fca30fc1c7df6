"""'Herzien vóór': which lessons and guides are overdue for review, or due soon."""

import datetime
from dataclasses import dataclass

from django.db.models import TextChoices
from django.utils import timezone

from lessons.models import LessonPage, ParentGuidePage, ProfessionalGuidePage

DUE_SOON_DAYS = 30
REVIEWED_TYPES = (LessonPage, ParentGuidePage, ProfessionalGuidePage)


class ReviewStatus(TextChoices):
    OVERDUE = "verlopen", "Te laat: herzien vóór is voorbij"
    DUE_SOON = "binnenkort", f"Binnen {DUE_SOON_DAYS} dagen"
    LATER = "later", f"Over meer dan {DUE_SOON_DAYS} dagen"
    NONE = "geen", "Geen datum"


def today():
    return timezone.localdate()


def review_status_filter(status, on=None):
    """Keyword arguments for `.filter()` that select pages with this review status."""
    on = on or today()
    soon = on + datetime.timedelta(days=DUE_SOON_DAYS)
    return {
        ReviewStatus.OVERDUE: {"review_by__lt": on},
        ReviewStatus.DUE_SOON: {"review_by__gte": on, "review_by__lte": soon},
        ReviewStatus.LATER: {"review_by__gt": soon},
        ReviewStatus.NONE: {"review_by__isnull": True},
    }[status]


@dataclass
class DueItem:
    page: object
    review_by: datetime.date
    days: int  # negative: days overdue

    @property
    def overdue(self):
        return self.days < 0

    @property
    def when(self):
        if self.days < 0:
            return f"{-self.days} dag{'en' if self.days != -1 else ''} te laat"
        if self.days == 0:
            return "vandaag"
        return f"over {self.days} dag{'en' if self.days != 1 else ''}"


def due_for_review(on=None):
    """Lessons and guides to review: overdue or due within DUE_SOON_DAYS, the most urgent first."""
    on = on or today()
    soon = on + datetime.timedelta(days=DUE_SOON_DAYS)
    items = []
    for model in REVIEWED_TYPES:
        for page in model.objects.filter(review_by__lte=soon):
            items.append(DueItem(page, page.review_by, (page.review_by - on).days))
    return sorted(items, key=lambda item: (item.review_by, item.page.title))
