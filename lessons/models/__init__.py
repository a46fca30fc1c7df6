from .guides import ParentGuideHelpResource, ParentGuidePage, ProfessionalGuidePage
from .help import HelpResource
from .lesson import LessonPage
from .presenting import ParentLetterSettings, PresentingSettings
from .review_task import IndependentApprovalTask

__all__ = [
    "HelpResource",
    "IndependentApprovalTask",
    "LessonPage",
    "ParentGuideHelpResource",
    "ParentGuidePage",
    "ParentLetterSettings",
    "PresentingSettings",
    "ProfessionalGuidePage",
]
