"""Routes below a page (Wagtail's RoutablePageMixin) whose view lives in the module that owns the feature:
presenting in lessons/presenter.py, the parent letter in lessons/letters.py, the parent meeting in lessons/meeting.py.
"""

from wagtail.contrib.routable_page.models import path


def page_route(pattern, name, view):
    """A page method routed at `pattern` (named `name` for `reverse_subpage`) that answers with `view(request, page)`.
    Assign it in the page class: `prepare_route = page_route("voorbereiden/", "prepare", presenter.prepare)`."""

    @path(pattern, name=name)
    def route(page, request):
        return view(request, page)

    return route
