"""Make the two-step review mean two other people, and remove Wagtail's default workflow.

- The steps of "Leerlijn: review en publicatie" become IndependentApprovalTasks in place (same task ids, so
  reviews under way keep their history): nobody approves their own submission, nor a step after approving an
  earlier one (lessons/models/review_task.py).
- "Inhoudelijke review" is approved by Curriculumredactie (a colleague who did not write it; the editors are the
  subject experts) and Beheer; "Eindredactie" by Eindredactie and Beheer. Before, Eindredactie did both.
- Wagtail's default "Moderators approval" workflow and its task are deleted when no page was ever reviewed in it.
"""

from django.db import migrations

WORKFLOW_NAME = "Leerlijn: review en publicatie"
APPROVERS = {"Inhoudelijke review": ["Curriculumredactie", "Beheer"], "Eindredactie": ["Eindredactie", "Beheer"]}
WAGTAIL_DEFAULT_WORKFLOW = "Moderators approval"


def convert(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Group = apps.get_model("auth", "Group")
    Task = apps.get_model("wagtailcore", "Task")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    IndependentApprovalTask = apps.get_model("lessons", "IndependentApprovalTask")
    independent_type, _ = ContentType.objects.get_or_create(app_label="lessons", model="independentapprovaltask")

    for task in Task.objects.filter(workflow_tasks__workflow__name=WORKFLOW_NAME, name__in=APPROVERS):
        if not IndependentApprovalTask.objects.filter(pk=task.pk).exists():
            # A child row for the existing task (multi-table inheritance): the task, its states and links stay.
            child = IndependentApprovalTask(task_ptr_id=task.pk, name=task.name, active=task.active)
            child.content_type_id = independent_type.pk
            child.save_base(raw=True)
            old = GroupApprovalTask.objects.filter(pk=task.pk)
            if old.exists():
                GroupApprovalTask.groups.through.objects.filter(groupapprovaltask_id=task.pk).delete()
                schema_editor.execute(f"DELETE FROM {GroupApprovalTask._meta.db_table} WHERE task_ptr_id = %s", [task.pk])
        Task.objects.filter(pk=task.pk).update(content_type=independent_type)
        IndependentApprovalTask.objects.get(pk=task.pk).groups.set(Group.objects.filter(name__in=APPROVERS[task.name]))

    remove_wagtail_default_workflow(apps)


def convert_back(apps, schema_editor):
    """Back to Wagtail's GroupApprovalTasks (same ids and groups), so that 0006 can drop its table."""
    ContentType = apps.get_model("contenttypes", "ContentType")
    Task = apps.get_model("wagtailcore", "Task")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    IndependentApprovalTask = apps.get_model("lessons", "IndependentApprovalTask")
    group_type, _ = ContentType.objects.get_or_create(app_label="wagtailcore", model="groupapprovaltask")
    for task in IndependentApprovalTask.objects.all():
        groups = list(task.groups.all())
        child = GroupApprovalTask(task_ptr_id=task.pk, name=task.name, active=task.active)
        child.content_type_id = group_type.pk
        child.save_base(raw=True)
        GroupApprovalTask.objects.get(pk=task.pk).groups.set(groups)
        task.groups.clear()
        table = IndependentApprovalTask._meta.db_table
        schema_editor.execute(f"DELETE FROM {table} WHERE task_ptr_id = %s", [task.pk])
        Task.objects.filter(pk=task.pk).update(content_type=group_type)


def remove_wagtail_default_workflow(apps):
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowState = apps.get_model("wagtailcore", "WorkflowState")
    TaskState = apps.get_model("wagtailcore", "TaskState")
    Task = apps.get_model("wagtailcore", "Task")
    for workflow in Workflow.objects.filter(name=WAGTAIL_DEFAULT_WORKFLOW):
        if WorkflowState.objects.filter(workflow=workflow).exists():
            continue  # pages were reviewed in it: keep their history (0003 switched it off)
        tasks = list(Task.objects.filter(workflow_tasks__workflow=workflow))
        workflow.delete()
        for task in tasks:
            if not task.workflow_tasks.exists() and not TaskState.objects.filter(task=task).exists():
                task.delete()


class Migration(migrations.Migration):
    dependencies = [("lessons", "0006_independent_approval_task"), ("lessons", "0003_governance")]
    operations = [migrations.RunPython(convert, convert_back)]
