from tests.facts.conftest import theme  # noqa: F401  (the small tree of our own, as the default site)
from tests.fixtures.caches import caches_on  # noqa: F401  (the caches as deployed)
