"""Login throttling with django-axes: failures are counted per username and per address, in the database.

Every web login passes its request to authenticate(); one without a request (a shell, Django's test client
`login()`) is not a login attempt from outside, so axes' check is skipped for it instead of raising.
"""

from axes.backends import AxesStandaloneBackend


class LoginThrottleBackend(AxesStandaloneBackend):
    def authenticate(self, request, username=None, password=None, **kwargs):
        if request is None:
            return None
        return super().authenticate(request, username=username, password=password, **kwargs)


def normalised_username(request, credentials):
    """'Medewerker ' and 'medewerker' count as one account, as they are one guess."""
    username = (credentials or {}).get("username") or request.POST.get("username", "")
    return username.strip().lower()
