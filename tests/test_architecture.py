"""Dependencies between the apps run one way (README, "Layout"): core ← curriculum ← lessons ← {search, visits} ←
home. A module may import its own app and the apps below it, never one above it or beside it.

The check reads the source with `ast`, so an import inside a function counts as much as one at the top.
"""

import ast
from pathlib import Path

import pytest
from django.conf import settings

ROOT = Path(settings.BASE_DIR)
LAYERS = {"core": 0, "curriculum": 1, "lessons": 2, "search": 3, "visits": 3, "home": 4}


def project_imports(path):
    """The project apps that the module at `path` imports (by the first part of each imported name)."""
    tree = ast.parse(path.read_text(), filename=str(path))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.add(node.module)
    return {name.split(".")[0] for name in names} & set(LAYERS)


def app_modules():
    for app in LAYERS:
        for path in sorted((ROOT / app).rglob("*.py")) if (ROOT / app).exists() else []:
            yield app, path


def violations():
    found = []
    for app, path in app_modules():
        for imported in project_imports(path):
            if imported != app and LAYERS[imported] >= LAYERS[app]:
                found.append(f"{path.relative_to(ROOT)} imports {imported}")
    return found


def test_no_app_imports_one_above_or_beside_it():
    assert violations() == []


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("from lessons.models import LessonPage", {"lessons"}),
        ("import search.engine", {"search"}),
        ("def f():\n    from home.models import HomePage", {"home"}),
        ("from . import blocks\nfrom django.db import models", set()),
    ],
)
def test_the_check_sees_every_kind_of_import(tmp_path, source, expected):
    module = tmp_path / "module.py"
    module.write_text(source)
    assert project_imports(module) == expected
