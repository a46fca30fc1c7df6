"""Dutch for the embedded search: stems and stop words.

PostgreSQL's `dutch` text search configuration stems words and drops stop words by itself. SQLite's FTS5 knows no
Dutch, so there "gedragen" would not find "gedrag" and "de" would match every page. So on SQLite every catalogue
page also indexes the Dutch stems of its words (`stems_of`, through `CATALOGUE_INDEX_FIELDS` in
curriculum/facets.py), and a query is reduced to the stems of its meaningful words before it is searched.

Snowball's Porter-style Dutch stemmer (`dutch_porter`) is the algorithm PostgreSQL's `dutch` configuration uses;
Snowball 3's newer `dutch` stemmer strips prefixes ("geweld" becomes "wel") and would find far too much. The stop
words are the `stop-words` package's Dutch list (106 function words: de, het, een, en, niet, ...).
"""

import functools
import re

import pyphen
import snowballstemmer
from django.db import connection
from stop_words import get_stop_words

WORD = re.compile(r"\w+", re.UNICODE)


@functools.cache
def stop_words():
    return frozenset(get_stop_words("dutch"))


@functools.cache
def _stemmer():
    return snowballstemmer.stemmer("dutch_porter")


def stem(word):
    return _stemmer().stemWord(word.lower())


def stems_of(text):
    """The stems of the words in `text` that differ from the word itself, once each: what the index lacks."""
    words = {word.lower() for word in WORD.findall(text or "")}
    return " ".join(sorted({stem(word) for word in words} - words))


def meaningful_words(query):
    """The query's words without stop words: "de" alone would match every page, so it finds nothing."""
    return [word for word in query.split() if word.lower() not in stop_words()]


def database_needs_stems():
    """Only SQLite: PostgreSQL stems with its own `dutch` configuration and Elasticsearch with its analyzer."""
    return connection.vendor == "sqlite"


SOFT_HYPHEN = "\u00ad"
LONG_WORD = 10  # shorter words never need a break in a narrow cell


@functools.cache
def _hyphenator():
    return pyphen.Pyphen(lang="nl_NL")


def hyphenate(text):
    """Soft hyphens at the Dutch syllable breaks of long words ("Handelings-perspectief"), so a narrow box breaks a
    word where a Dutch reader expects it. CSS `hyphens: auto` would do this, but only in a browser that has a Dutch
    hyphenation dictionary, and Chromium on Linux has none: it broke "Handelingspers/pectief" anywhere."""
    return WORD.sub(
        lambda match: _hyphenator().inserted(match[0], hyphen=SOFT_HYPHEN) if len(match[0]) >= LONG_WORD else match[0],
        str(text),
    )
