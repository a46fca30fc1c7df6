"""A review step that means another person: Wagtail's group approval, minus the author and earlier approvers.

Wagtail's GroupApprovalTask lets any member of its groups approve, so one person could submit a lesson and approve
both steps of the review. Here approving a step is open to a member of the step's groups who did not submit the
page and did not approve an earlier step of the same run (Wagtail's intended extension point: a Task subclass with
its own `get_actions`). The buttons are simply not offered to them; the workflow action view refuses them too,
and so does `on_action` for callers that skip the views.
"""

from django.core.exceptions import PermissionDenied
from wagtail.models import AbstractGroupApprovalTask, TaskState

NOT_YOUR_OWN = "U kunt uw eigen inzending niet goedkeuren: een collega beoordeelt die."
NOT_TWICE = "U keurde een eerdere stap van deze review al goed: de volgende stap is voor een ander."


class IndependentApprovalTask(AbstractGroupApprovalTask):
    def refusal(self, obj, user):
        """Why `user` may not approve this step for `obj` (a Dutch sentence), or None when they may."""
        state = obj.current_workflow_state
        if state is None:
            return None
        if state.requested_by_id == user.pk:
            return NOT_YOUR_OWN
        earlier = state.task_states.filter(status=TaskState.STATUS_APPROVED, finished_by=user).exclude(task=self)
        return NOT_TWICE if earlier.exists() else None

    def get_actions(self, obj, user):
        if self.refusal(obj, user):
            return []
        return super().get_actions(obj, user)

    def on_action(self, task_state, user, action_name, **kwargs):
        if action_name == "approve" and (reason := self.refusal(task_state.workflow_state.content_object, user)):
            raise PermissionDenied(reason)
        return super().on_action(task_state, user, action_name, **kwargs)

    def get_task_states_user_can_moderate(self, user, **kwargs):
        """The dashboard's "awaiting your review": not your own submissions, not a step after one you approved."""
        states = super().get_task_states_user_can_moderate(user, **kwargs)
        approved_by_user = TaskState.objects.filter(status=TaskState.STATUS_APPROVED, finished_by=user)
        return states.exclude(workflow_state__requested_by=user).exclude(
            workflow_state__in=approved_by_user.values("workflow_state")
        )

    @classmethod
    def get_description(cls):
        return "Leden van de gekozen groepen keuren goed, behalve wie indiende of een eerdere stap goedkeurde."

    class Meta:
        verbose_name = "onafhankelijke goedkeuring"
        verbose_name_plural = "onafhankelijke goedkeuringen"
