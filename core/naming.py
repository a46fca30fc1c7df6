"""How a model names itself wherever Django prints it: the admin's lists and choosers, form choices, log lines."""

from django.db import models


class NamedByField(models.Model):
    """`str()` of the model is the value of one of its fields, `named_by`: "name" unless the model says otherwise."""

    named_by = "name"

    class Meta:
        abstract = True

    def __str__(self):
        return str(getattr(self, self.named_by))
