"""A small governed leerlijn built with factories, and accounts per role: for the review tests, without the demo."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from wagtail.models import Page, Site

from lessons.governance import govern_leerlijn
from tests.factories import HomePageFactory, LeerlijnPageFactory, ThemePageFactory


def governed_theme(slug="thema"):
    """A theme below a leerlijn that has the editorial roles and the review workflow (as the admin gives it)."""
    home = HomePageFactory(parent=Page.get_first_root_node(), slug="start")
    Site.objects.filter(is_default_site=True).update(root_page=home)
    leerlijn = LeerlijnPageFactory(parent=home)
    govern_leerlijn(leerlijn)
    return ThemePageFactory(parent=leerlijn, slug=slug)


def account(username, group_name=None, superuser=False):
    model = get_user_model()
    user = model.objects.filter(username=username).first() or model.objects.create_user(
        username, f"{username}@halt.example", "x", is_superuser=superuser, is_staff=superuser
    )
    if group_name:
        user.groups.add(Group.objects.get(name=group_name))
    return user
