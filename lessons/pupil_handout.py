"""The pupil handout as a public PDF, for teachers without an account.

It shows what pupils see on the screen and nothing else: the handout template renders the activities' pupil-facing
content only (templates/lessons/pdf/pupil_content.html), and this view leaves out what the presenter's handout adds
from the safe-delivery section (the signposting, presenter-only). Its help block lists every published help
resource written for young people instead, so no lesson's signposting shows. The whole lesson is printed: choices
for a class are a presenter's business (lessons/presenter.py).
"""

from django.http import QueryDict
from django.views.decorators.http import require_safe

from core import pdf
from lessons.models.help import HelpResource
from lessons.presenter import Selection


@require_safe
def public_handout_pdf(request, lesson):
    context = {
        "page": lesson,
        "self": lesson,
        "is_presenter": False,
        "selection": Selection(lesson, QueryDict()),
        "help_resources": HelpResource.for_pupils(),
    }
    return pdf.render_pdf_response(request, "lessons/pdf/handout.html", context, f"{lesson.slug}-handout.pdf")
