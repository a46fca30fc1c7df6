"""The checks a parent guide in the content files must pass, as the loader and `load_demo --check` report them:
the B1 check (lessons/readability.py) and one form of address (lessons/address.py)."""

from lessons.address import guide_address
from lessons.readability import analyse


def guide_texts(guide):
    """A content file's parent guide (home/demo/schema.ParentGuide) as {form field: [text, ...]}, the shape the
    checks read from a ParentGuidePage (lessons.readability.guide_texts)."""
    return {
        "intro": [guide.intro],
        "learned_kennis": [guide.learned.kennis],
        "learned_bewustwording": [guide.learned.bewustwording],
        "learned_handelingsperspectief": [guide.learned.handelingsperspectief],
        "conversation_starters": list(guide.conversation_starters),
        "what_you_can_do": list(guide.what_you_can_do),
        "meeting": [guide.meeting],
    }


def check_guide(guide):
    """(readability report, address) of a content file's parent guide."""
    texts = guide_texts(guide)
    return analyse(texts), guide_address(texts)


def guide_summary(guide):
    readability, address = check_guide(guide)
    return f"{readability.summary()} {address.summary()}"
