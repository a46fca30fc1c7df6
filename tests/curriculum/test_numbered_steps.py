"""Numbered steps written in one paragraph ("1. Ga er niet zelf op af. 2. Zorg dat je veilig bent.") become a real
list when the content files are loaded: slides and handouts show one step per line."""

import re
from types import SimpleNamespace

import pytest

from curriculum.richtext import numbered_steps, paragraphs_with_steps
from home.demo import stream
from home.demo.content import read_content
from home.demo.schema import Vocabulary


def test_steps_after_a_lead_in_become_an_ordered_list():
    html = paragraphs_with_steps("Wat doe je? 1. Ga er niet zelf op af. 2. Zorg dat je veilig bent. 3. Bel 112.")
    assert html == (
        "<p>Wat doe je?</p><ol><li>Ga er niet zelf op af.</li><li>Zorg dat je veilig bent.</li><li>Bel 112.</li></ol>"
    )


def test_numbers_inside_a_sentence_or_out_of_order_stay_text():
    assert numbered_steps("Op 1. januari en bij artikel 2. lees je het.") == (
        "Op 1. januari en bij artikel 2. lees je het.",
        [],
    )
    assert numbered_steps("Kies: 1. Ja. 3. Nee.")[1] == []
    assert paragraphs_with_steps("Geen lijst.") == "<p>Geen lijst.</p>"


class AnyFact(dict):
    """No database: every cited fact is a stand-in (citations don't matter here)."""

    def __missing__(self, slug):
        return SimpleNamespace(pk=0)

    def __bool__(self):
        return True


ANY_FACT = AnyFact()
RUN_TOGETHER = re.compile(r"<p>[^<]*(^|[.:?!]\s)1\.\s[^<]*[.:?!]\s2\.\s", re.M)


@pytest.mark.demo
def test_no_loaded_activity_runs_numbered_steps_together():
    content = read_content(Vocabulary())
    found = []
    for theme in content.themes:
        for lesson in theme.lessons:
            for item in lesson.activities:
                if item.kind == "activity":
                    html = str(stream.activity_block(item, facts=ANY_FACT)["value"])
                    if RUN_TOGETHER.search(html):
                        found.append(f"{lesson.slug}: {item.title}")
    assert found == []
