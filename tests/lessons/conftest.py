"""Fixtures of the lesson tests that work on the small catalogue (tests/factories.py)."""

import pytest

from lessons.governance import BEHEER
from tests.fixtures.caches import caches_on  # noqa: F401  (the caches as deployed)


@pytest.fixture
def lesson(catalogue, users):
    """The catalogue's first lesson: VO onderbouw, proactief and reactief, in the governed leerlijn."""
    return catalogue.lesson


@pytest.fixture
def beheerder(users):
    """A Beheer member who is not a superuser: may publish everything, but is not Eindredactie."""
    account = users["beheerder"]
    assert not account.is_superuser and account.groups.filter(name=BEHEER).exists()
    return account
