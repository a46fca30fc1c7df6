"""Going live at the end of the review workflow, and the publishing rules of any page.

The edit form checks the publishing rules when the last step is approved there. An approval from elsewhere
(the dashboard's list of pages to review, the workflow modal) ends the workflow without that form, so Wagtail's
finishing action is replaced (settings: WAGTAIL_FINISH_WORKFLOW_ACTION): it publishes only a page that meets
the rules, and otherwise hands the page back to the editors with the problems as the reviewer's comment.

Wagtail imports this module while `wagtail.models` itself loads, so it imports no models: each page type's
rules are found through its admin form (`base_form_class.page_problems`).
"""

from wagtail.signals import workflow_rejected


def page_problems(page, user):
    """The publishing rules for a page as it would go live (e.g. a revision's object); most types have none."""
    check = getattr(getattr(type(page), "base_form_class", None), "page_problems", None)
    return check(page, user) if check else []


def publish_when_rules_pass(workflow_state, user=None):
    revision = workflow_state.content_object.get_latest_revision()
    problems = page_problems(revision.as_object(), user)
    if problems:
        hand_back(workflow_state, user, problems)
    else:
        revision.publish(user=user)


def hand_back(workflow_state, user, problems):
    """Turn the final approval into "changes requested", with every problem in the comment."""
    task_state = workflow_state.current_task_state.specific
    task_state.status = task_state.STATUS_REJECTED
    task_state.comment = "Niet gepubliceerd, want de publicatieregels zijn niet gehaald. " + " ".join(
        problem.message for problem in problems
    )
    task_state.save(update_fields=["status", "comment"])
    task_state.log_state_change_action(user, "reject")
    workflow_state.status = workflow_state.STATUS_NEEDS_CHANGES
    workflow_state.save(update_fields=["status"])
    workflow_rejected.send(sender=type(workflow_state), instance=workflow_state, user=user)
    # WorkflowState.finish() announces "approved" right after this action. Without a requester on this
    # in-memory copy nobody gets that contradicting e-mail; the database keeps the requester, because only the
    # status was saved above and finish() saves nothing after its action (tested).
    workflow_state.requested_by = None
