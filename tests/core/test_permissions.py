"""core/permissions.py: the same permissions as Django's ModelBackend, in one query."""

import pytest
from django.contrib.auth.backends import ModelBackend
from django.contrib.auth.models import AnonymousUser, Group, Permission, User

from core.permissions import OneQueryModelBackend

pytestmark = pytest.mark.django_db


def fresh(user):
    return User.objects.get(pk=user.pk)  # no permission set kept on the object


@pytest.fixture
def accounts():
    own = Permission.objects.get(codename="view_presenter_material")
    group = Group.objects.create(name="Testgroep")
    group.permissions.add(Permission.objects.get(codename="add_user"))
    both = User.objects.create_user("beide")
    both.user_permissions.add(own)
    both.groups.add(group, Group.objects.get(name="Halt-medewerker"))
    only_group = User.objects.create_user("groep")
    only_group.groups.add(group)
    inactive = User.objects.create_user("inactief", is_active=False)
    inactive.user_permissions.add(own)
    return [both, only_group, inactive, User.objects.create_user("niets"), User.objects.create_superuser("baas")]


def test_the_same_permissions_as_djangos_backend(accounts):
    for user in accounts:
        assert OneQueryModelBackend().get_all_permissions(fresh(user)) == ModelBackend().get_all_permissions(
            fresh(user)
        ), user.username
    assert OneQueryModelBackend().get_all_permissions(AnonymousUser()) == set()
    assert "lessons.view_presenter_material" in OneQueryModelBackend().get_all_permissions(fresh(accounts[0]))
    assert "auth.add_user" in OneQueryModelBackend().get_all_permissions(fresh(accounts[1]))


def test_one_query_once_per_request(accounts, django_assert_num_queries):
    user = fresh(accounts[0])
    with django_assert_num_queries(1):
        assert user.has_perm("lessons.view_presenter_material")
        assert user.has_perm("auth.add_user")
        assert not user.has_perm("auth.delete_user")


def test_the_session_user_comes_with_the_same_permissions_in_one_query(accounts, django_assert_num_queries):
    """`get_user` (every request with a login) reads the user and their permissions together."""
    for user in accounts:
        if not user.is_active:
            assert OneQueryModelBackend().get_user(user.pk) is None, "an inactive user is logged out, as in Django"
            continue
        expected = ModelBackend().get_all_permissions(fresh(user))
        with django_assert_num_queries(1):
            loaded = OneQueryModelBackend().get_user(str(user.pk))  # the session keeps the id as text
            assert loaded == user and loaded.get_username() == user.get_username()
            if not user.is_superuser:
                assert loaded.get_all_permissions() == expected, user.username
        assert loaded.get_all_permissions() == expected, user.username  # a superuser's: all, read when asked
    assert OneQueryModelBackend().get_user(10**9) is None
    assert OneQueryModelBackend().get_user("geen-getal") is None
