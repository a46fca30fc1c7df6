"""Elasticsearch 8 settings for when ELASTICSEARCH_URL is set: Wagtail's backend with a Dutch analyzer.

Imported by the settings module, so it must not touch Django models.
"""

import os

DUTCH_ANALYSIS = {
    "settings": {
        "analysis": {
            "filter": {
                "dutch_stop": {"type": "stop", "stopwords": "_dutch_"},
                "dutch_stemmer": {"type": "stemmer", "language": "dutch"},
            },
            "analyzer": {
                # Text fields without an analyzer of their own (all of Wagtail's SearchFields) use "default".
                "default": {
                    "type": "custom",
                    "tokenizer": "standard",
                    "filter": ["lowercase", "asciifolding", "dutch_stop", "dutch_stemmer"],
                },
            },
        }
    }
}


def elasticsearch_backend_settings(url):
    return {
        "BACKEND": "wagtail.search.backends.elasticsearch8",
        "URLS": [url],
        "INDEX_PREFIX": os.environ.get("ELASTICSEARCH_INDEX_PREFIX", "halt_leerlijn_"),
        "TIMEOUT": int(os.environ.get("ELASTICSEARCH_TIMEOUT", "5")),
        "OPTIONS": {"max_retries": 0},
        "INDEX_SETTINGS": DUTCH_ANALYSIS,
    }
