"""Moved to tests/factories.py (factory-boy is a development dependency). Kept importable only while the demo
loader and bench/catalogue.py still import from here; remove at merge."""

from tests.factories import AgeBandFactory, LeerlijnPageFactory, SettingFactory, ThemePageFactory  # noqa: F401
