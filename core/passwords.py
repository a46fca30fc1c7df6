"""Password rules in Dutch.

Django 5.2 rephrased the minimum-length message and its Dutch translation lags behind, so a medewerker choosing a
new password read "This password is too short" between Dutch messages. The site and the admin are Dutch.
"""

from django.contrib.auth.password_validation import MinimumLengthValidator


class DutchMinimumLengthValidator(MinimumLengthValidator):
    def get_error_message(self):
        return f"Dit wachtwoord is te kort. Het moet minstens {self.min_length} tekens hebben."

    def get_help_text(self):
        return f"Je wachtwoord moet minstens {self.min_length} tekens hebben."
