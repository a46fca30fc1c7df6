# The small factory-built catalogue of tests/teachers: a site with the leerlijn, and a theme.
from tests.teachers.conftest import site, theme  # noqa: F401
