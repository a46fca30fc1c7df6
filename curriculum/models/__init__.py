from .facts import LegalFact
from .pages import LeerlijnPage, ThemePage
from .taxonomy import AgeBand, ContentGuidance, EdurepLevel, Setting

__all__ = ["AgeBand", "ContentGuidance", "EdurepLevel", "LeerlijnPage", "LegalFact", "Setting", "ThemePage"]
