from .guides import ParentGuideHelpResource, ParentGuidePage, ProfessionalGuidePage
from .help import HelpResource
from .lesson import LessonPage
from .presenting import PresentingSettings
from .shared import SharedActivity

__all__ = [
    "HelpResource",
    "LessonPage",
    "ParentGuideHelpResource",
    "ParentGuidePage",
    "PresentingSettings",
    "ProfessionalGuidePage",
    "SharedActivity",
]
