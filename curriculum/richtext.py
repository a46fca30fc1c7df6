import re
from html import unescape

from django.utils.html import escape, strip_tags


def paragraphs(*texts):
    """Plain text paragraphs as the HTML that rich-text fields store."""
    return "".join(f"<p>{escape(text)}</p>" for text in texts if text)


STEP = re.compile(r"(?:^|(?<=[.:?!]\s))(\d{1,2})\.\s+")  # a number that starts a sentence or follows a colon


def numbered_steps(text):
    """(lead-in, [step, ...]) when `text` runs numbered steps together ("Zo doe je het: 1. Stop. 2. Bewaar."), the
    numbers 1, 2, 3, ... in order, each at the start of a sentence or after a colon; else (text, [])."""
    marks = [match for match in STEP.finditer(text)]
    start = next((i for i, match in enumerate(marks) if match.group(1) == "1"), None)
    if start is None:
        return text, []
    run = [marks[start]]
    for match in marks[start + 1 :]:
        if int(match.group(1)) == len(run) + 1:
            run.append(match)
    if len(run) < 2:
        return text, []
    ends = [match.start() for match in run[1:]] + [len(text)]
    steps = [text[match.end() : end].strip() for match, end in zip(run, ends, strict=True)]
    return text[: run[0].start()].strip(), steps


def paragraphs_with_steps(*texts):
    """Like `paragraphs`, but numbered steps written in one paragraph become a real list (<ol>) after their lead-in:
    a screen reader announces the count, and slides and handouts print one step per line."""
    html = []
    for text in texts:
        lead, steps = numbered_steps(text or "")
        html.append(paragraphs(lead))
        if steps:
            html.append("<ol>" + "".join(f"<li>{escape(step)}</li>" for step in steps) + "</ol>")
    return "".join(html)


def plain_text(html):
    """Rich text as readable plain text: blocks separated by a space, entities decoded."""
    spaced = re.sub(r"</(p|li|h\d)>", r" </\1>", html or "")
    return re.sub(r"\s+", " ", unescape(strip_tags(spaced))).strip()
