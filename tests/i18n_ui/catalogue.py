"""The translatable text of the public UI, read the way Django renders it, for the catalogue tests.

Every template under templates/ that marks text with {% translate %} or {% blocktranslate %} is compiled by
Django's own engine and its translation nodes are read: the msgid (with `%(name)s` for a blocktranslate
variable, as makemessages writes it), the plural and the context. No xgettext is needed to run the test.
"""

from pathlib import Path

from django.conf import settings
from django.template import Context, engines
from django.templatetags.i18n import BlockTranslateNode, TranslateNode

from curriculum.vocabularies import Goal

LOCALE_DIR = Path(settings.BASE_DIR) / "locale"
TEMPLATE_DIR = Path(settings.BASE_DIR) / "templates"
LANGUAGES = ("en", "ar", "tr", "pl", "uk")  # Dutch is the source language: its text is the msgids

# The public templates around translatable pages: each must mark its text (the others stay Dutch).
PUBLIC_TEMPLATES = (
    "base.html",
    "404.html",
    "500.html",
    "includes/breadcrumbs.html",
    "includes/help_resource.html",
    "home/home_page.html",
    "lessons/parent_guide_page.html",
    "lessons/parent_index_page.html",
    "lessons/pdf/base.html",
    "lessons/pdf/parent_guide.html",
    "visits/visit_page.html",
    "visits/not_found.html",
    "visits/expired.html",
    "visits/throttled.html",
)

# Used by the language switch and the translation notes (the i18n work) before a template of this branch does.
FIXED_MSGIDS = (
    "Kies een taal",
    "Dit is een vertaling van de Nederlandse tekst van %(date)s.",
    "Deze pagina is nog niet vertaald. Hieronder leest u de Nederlandse tekst.",
    "Lees in uw eigen taal",
)


def marked_templates():
    """Names of every template that marks text for translation."""
    return sorted(
        str(path.relative_to(TEMPLATE_DIR))
        for path in TEMPLATE_DIR.rglob("*.html")
        if "translate" in path.read_text(encoding="utf-8")
    )


def template_messages(name):
    """(context, msgid, msgid_plural) of every translation node in one template."""
    template = engines["django"].get_template(name).template
    messages = set()
    for node in template.nodelist.get_nodes_by_type(TranslateNode):
        if node.filter_expression.var.literal is None:
            continue  # {% translate label %}: a variable, translated when it renders (see expected_messages)
        context = node.message_context.resolve(Context()) if node.message_context else None
        messages.add((context, str(node.filter_expression.var.literal), None))
    for node in template.nodelist.get_nodes_by_type(BlockTranslateNode):
        context = node.message_context.resolve(Context()) if node.message_context else None
        singular, _ = node.render_token_list(node.singular)
        plural = node.render_token_list(node.plural)[0] if node.countervar else None
        messages.add((context, singular, plural))
    return messages


def expected_messages():
    """Every message the catalogues must translate: the templates', the goal labels (translated as a variable by
    includes/goal_badge.html and the guide's PDF) and the fixed msgids."""
    messages = set()
    for name in marked_templates():
        messages |= template_messages(name)
    messages |= {(None, label, None) for label in Goal.labels}
    messages |= {(None, msgid, None) for msgid in FIXED_MSGIDS}
    return messages
