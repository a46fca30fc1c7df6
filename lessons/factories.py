"""Moved to tests/factories.py (factory-boy is a development dependency). Kept importable only while the demo
loader and bench/catalogue.py still import from here; remove at merge."""

from tests.factories import (  # noqa: F401
    HelpResourceFactory,
    LessonPageFactory,
    ParentGuidePageFactory,
    ProfessionalGuidePageFactory,
    activity,
    default_activities,
    set_many,
)
