"""One form of address per parent guide: the reader is "u" or "je" throughout, never both.

A parent guide speaks to the parent. Its conversation starters are questions for the child (always "je"), and
quoted speech is what someone else says, so both are left out. Generic "je" ("een mes maakt je niet veiliger")
counts: to a parent addressed as "u" it reads as a switch, so a guide in "u" says "niemand" or "iemand" instead.

Only text addressed to the parent is judged. Two things on a guide page speak to the child and are shown as such,
so they stay out: the legal facts (the register's statements, worded for pupils, shown under "Dit vertellen we uw
kind in de les:") and help resources marked "voor jongeren" (shown under "Voor uw kind:"). Help resources for
parents are snippets with their own check (home/demo/schema.HelpResource): their "u" matches the guide's.
"""

import re
from dataclasses import dataclass

FORMS = {
    "u": {"u", "uw", "uzelf"},
    "je": {"je", "jij", "jou", "jouw", "jezelf"},
}
TO_THE_CHILD = {"conversation_starters"}  # fields of readability.guide_texts that address the child
# Quoted speech: 'Wat vond je ervan?' or “...”; an apostrophe inside a word (foto's, euro's) is no quote.
QUOTED = re.compile(r"“[^”]*”|‘[^’]*’|\"[^\"]*\"|(?<!\w)'[^']*'(?!\w)")
WORD = re.compile(r"[^\W\d_]+")


def forms_in(text):
    """The forms of address ("u", "je") that `text` uses outside quoted speech."""
    words = {word.lower() for word in WORD.findall(QUOTED.sub(" ", text or ""))}
    return {form for form, form_words in FORMS.items() if words & form_words}


@dataclass
class Address:
    forms: set  # the forms used in the whole guide
    examples: dict  # form -> the first sentence-like text that uses it, to show an editor where

    @property
    def mixed(self):
        return len(self.forms) > 1

    def summary(self):
        if not self.forms:
            return "Aanspreekvorm: geen."
        if self.mixed:
            where = "; ".join(f"“{form}” in “{text}”" for form, text in self.examples.items())
            return f"Aanspreekvorm gemengd: {where}."
        return f"Aanspreekvorm: {next(iter(self.forms))}."


def guide_address(texts):
    """Judge a guide's texts given as {field name: [text, ...]} (lessons.readability.guide_texts)."""
    forms, examples = set(), {}
    for name, values in texts.items():
        if name in TO_THE_CHILD:
            continue
        for text in values:
            for form in forms_in(text):
                forms.add(form)
                examples.setdefault(form, " ".join(str(text).split()))
    return Address(forms, examples)
