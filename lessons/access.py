"""Who counts as a presenter: logged-in staff with the permission to see presenter-only material."""

PRESENTER_PERMISSION = "lessons.view_presenter_material"


def is_presenter(user):
    return bool(user and user.is_authenticated and user.has_perm(PRESENTER_PERMISSION))
