"""gunicorn's configuration file, read from the working directory (`make serve`, bench/serve.py, production):
only hooks here; workers, bind address and timeouts come from the command line.

Each worker warms WeasyPrint as soon as it has loaded the site (core/pdf.py), so that the first lesson-plan PDF
after a start or a worker restart takes as long as any other. PDF_WARM_UP=0 switches it off (bench/run.py
measures the first PDF both ways).
"""

import os


def post_worker_init(worker):
    if os.environ.get("PDF_WARM_UP", "1") != "0":
        from core.pdf import warm_up_in_background  # Django is set up only now, in the worker

        warm_up_in_background()
