from tests.facts.conftest import theme  # noqa: F401  (the small tree of our own, as the default site)
