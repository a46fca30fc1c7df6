"""Django's ModelBackend with the user and their permissions read in one query instead of three.

Every request of a logged-in Halt-medewerker loads the user from the session and asks whether they may see
presenter-only material; Django's backend reads the user, the user's own permissions and their groups'
permissions with a query each. Here `get_user` reads the user row together with the set of their own and their
groups' permissions (one subquery, aggregated into one column), and keeps the set on the user object, as Django
keeps it after its first check. Everything else is as in Django: an inactive user gets no user (and no
permissions), a superuser has all permissions (read when first asked), and the set lives for one request.
"""

from django.contrib.auth import get_user_model
from django.contrib.auth.backends import ModelBackend
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.db import connections, router
from django.db.models import Q

SEPARATOR = " "  # never part of an app label or a codename


def permissions_sql(vendor):
    """The user's row plus `halt_permissions`: their own and their groups' permissions, "app.codename" joined."""
    user_model = get_user_model()
    table = {
        "user": user_model._meta.db_table,
        "permission": Permission._meta.db_table,
        "content_type": ContentType._meta.db_table,
        "user_permissions": user_model.user_permissions.through._meta.db_table,
        "user_groups": user_model.groups.through._meta.db_table,
        "group_permissions": Group.permissions.through._meta.db_table,
    }
    aggregate = "string_agg" if vendor == "postgresql" else "group_concat"
    return (
        f"SELECT u.*, (SELECT {aggregate}(ct.app_label || '.' || p.codename, '{SEPARATOR}')"
        f" FROM {table['permission']} p JOIN {table['content_type']} ct ON ct.id = p.content_type_id"
        f" WHERE p.id IN (SELECT up.permission_id FROM {table['user_permissions']} up WHERE up.user_id = u.id"
        f" UNION SELECT gp.permission_id FROM {table['group_permissions']} gp"
        f" JOIN {table['user_groups']} ug ON ug.group_id = gp.group_id WHERE ug.user_id = u.id)) AS halt_permissions"
        f" FROM {table['user']} u WHERE u.id = %s"
    )


class OneQueryModelBackend(ModelBackend):
    def get_user(self, user_id):
        user_model = get_user_model()
        try:
            pk = user_model._meta.pk.to_python(user_id)
        except ValidationError:
            return None
        database = router.db_for_read(user_model)
        sql = permissions_sql(connections[database].vendor)
        user = next(iter(user_model._default_manager.db_manager(database).raw(sql, [pk])), None)
        if user is None or not self.user_can_authenticate(user):
            return None
        if not user.is_superuser:
            user._perm_cache = set(user.halt_permissions.split(SEPARATOR)) if user.halt_permissions else set()
        del user.halt_permissions
        return user

    def get_all_permissions(self, user_obj, obj=None):
        if not user_obj.is_active or user_obj.is_anonymous or obj is not None:
            return set()
        if not hasattr(user_obj, "_perm_cache"):
            permissions = Permission.objects.all()
            if not user_obj.is_superuser:
                permissions = permissions.filter(Q(user=user_obj) | Q(group__user=user_obj))
            rows = permissions.values_list("content_type__app_label", "codename").order_by()
            user_obj._perm_cache = {f"{app_label}.{codename}" for app_label, codename in rows}
        return user_obj._perm_cache
