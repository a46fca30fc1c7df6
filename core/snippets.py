"""Snippets that editors change with care: revisions, drafts, locking and the review workflow, as Wagtail has them.

The database row always holds the published version; drafts live in revisions until they are published. So a
page that shows such a snippet shows what was published, and a change reaches every page at once when it is.
"""

from django.contrib.contenttypes.fields import GenericRelation
from django.db import models
from wagtail.models import DraftStateMixin, LockableMixin, RevisionMixin, WorkflowMixin

# Wagtail adds publish, lock and unlock when the snippet is registered; named in the model's permissions so that
# migrations can grant them to the editorial roles.
PERMISSIONS = ("add", "change", "delete", "view", "publish", "lock", "unlock")


class ReviewedSnippet(WorkflowMixin, DraftStateMixin, LockableMixin, RevisionMixin, models.Model):
    # Wagtail's recipe: deleting the snippet deletes its revisions and workflow states too.
    _revisions = GenericRelation("wagtailcore.Revision", related_query_name="%(app_label)s_%(class)s")
    workflow_states = GenericRelation(
        "wagtailcore.WorkflowState",
        content_type_field="base_content_type",
        object_id_field="object_id",
        related_query_name="%(app_label)s_%(class)s",
        for_concrete_model=False,
    )

    class Meta:  # a snippet with a Meta of its own extends this one: `class Meta(ReviewedSnippet.Meta)`
        abstract = True
        default_permissions = PERMISSIONS

    @property
    def revisions(self):
        return self._revisions
