from .guides import ParentGuideHelpResource, ParentGuidePage, ProfessionalGuidePage
from .help import HelpResource
from .lesson import LessonPage

__all__ = ["HelpResource", "LessonPage", "ParentGuideHelpResource", "ParentGuidePage", "ProfessionalGuidePage"]
