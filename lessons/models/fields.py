"""Model fields that the lesson app's pages and snippets build the same way."""

from wagtail import blocks
from wagtail.fields import StreamField

from lessons.blocks import FactBlock


def sentence_list(label, help_text):
    return StreamField([("item", blocks.CharBlock(label=label))], verbose_name=label, help_text=help_text)


def legal_facts_field():
    """The legal facts a guide cites from the register, shown under 'Wat zegt de wet?'."""
    return StreamField(
        [("fact", FactBlock())],
        blank=True,
        verbose_name="wet en regels",
        help_text="Wetsfeiten uit het register; typ wetten en leeftijden niet zelf over.",
    )


def one_block_field(name, block, verbose_name, help_text):
    """A section of one block or none. Models have no StructBlock field, so a stream of at most one block stands in
    for it: a lesson's safe-delivery section and incident protocol, a shared activity's reactive variant."""
    return StreamField([(name, block)], blank=True, max_num=1, verbose_name=verbose_name, help_text=help_text)
