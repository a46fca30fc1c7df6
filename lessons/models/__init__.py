from .guides import ParentGuideHelpResource, ParentGuidePage, ProfessionalGuidePage
from .help import HelpResource
from .lesson import LessonPage
from .parents import ParentIndexPage
from .presenting import ParentLetterSettings, PresentingSettings
from .review_task import IndependentApprovalTask
from .shared import SharedActivity

__all__ = [
    "HelpResource",
    "IndependentApprovalTask",
    "LessonPage",
    "ParentGuideHelpResource",
    "ParentGuidePage",
    "ParentIndexPage",
    "ParentLetterSettings",
    "PresentingSettings",
    "ProfessionalGuidePage",
    "SharedActivity",
]
