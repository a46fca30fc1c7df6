"""Django's ModelBackend with a user's permissions read in one query instead of two.

Every request of a logged-in Halt-medewerker asks whether they may see presenter-only material, and Django's
backend reads the user's own permissions and their groups' permissions with a query each. The same set comes
from one query over both relations; everything else (inactive users have none, superusers have all, the set is
kept on the user object for the rest of the request) is as in Django.
"""

from django.contrib.auth.backends import ModelBackend
from django.contrib.auth.models import Permission
from django.db.models import Q


class OneQueryModelBackend(ModelBackend):
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
