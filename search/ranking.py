"""Relevance ranking on SQLite in one pass over the full-text index.

Wagtail's database backend on SQLite (modelsearch 1.3) orders results by a correlated subquery that runs the
full-text MATCH again for every matching row: quadratic in the number of matches. A word that occurs in every
lesson ("groep") takes seconds at 5,000 lessons, and so does each autocomplete keystroke that matches many
titles. Here the same BM25 expression is computed for all matches in one query, and the page ids are sorted by
it in Python, in the backend's own order (score, then newest id first).

This uses the backend's query compiler and its building blocks, which are not public API. If they change,
`ranked_ids` returns None and the caller falls back to the backend's own (slow but correct) ordering;
tests/robustness/test_query_counts.py checks that both orders agree on the demo catalogue.
"""

import logging

logger = logging.getLogger(__name__)

try:
    from modelsearch.backends.database.sqlite.query import MatchExpression, normalize
    from modelsearch.backends.database.sqlite.sqlite import SQLiteFTSIndexEntry, SQLiteSearchResults
    from modelsearch.query import MatchAll, Not
    from modelsearch.utils import get_descendants_content_types_pks
except (ImportError, LookupError):  # not SQLite (no FTS model), or modelsearch moved them: own ordering
    SQLiteSearchResults = None


def ranked_ids(results):
    """Page ids of `results` (a backend's search or autocomplete results) by relevance, or None."""
    if SQLiteSearchResults is None or not isinstance(results, SQLiteSearchResults):
        return None
    try:
        compiler = results.query_compiler
        query = normalize(compiler.query)
        if isinstance(query, MatchAll | Not) or not compiler.order_by_relevance:
            return None
        config = compiler.get_config(results.backend)
        search_query = compiler.build_search_query(query, config)
        match = MatchExpression(compiler.fields or compiler.FTS_TABLE_FIELDS, search_query)
        entries = SQLiteFTSIndexEntry.objects.filter(match).filter(
            index_entry__content_type__in=get_descendants_content_types_pks(compiler.queryset.model)
        )
        scored = entries.annotate(score=compiler._build_rank_expression(compiler.get_search_vectors(), config))
        scores = {}
        for object_id, score in scored.values_list("index_entry__object_id", "score"):
            scores.setdefault(str(object_id), score)
        matching = compiler.queryset.filter(pk__in=entries.values_list("index_entry__object_id", flat=True))
        ids = list(matching.order_by().values_list("pk", flat=True))
    except Exception:
        logger.warning("One-pass SQLite ranking failed; using the backend's own ordering", exc_info=True)
        return None
    return sorted(ids, key=lambda pk: (scores.get(str(pk), 0.0), -pk))
