"""Authoring checks for the demo catalogue data, runnable without Django.

Usage: python curriculum/demo/check_catalogue.py curriculum/demo/catalogue/youth_a.py
"""

import runpy
import sys

GOALS = {"kennis", "bewustwording", "handelingsperspectief"}
AGE_BANDS = {"po-groep-7-8", "vo-onderbouw", "vo-bovenbouw", "mbo", "jongvolwassenen"}
SETTINGS = {"school", "sportvereniging", "wijk"}
USES = {"proactief", "reactief", "beide"}
OFFER_TYPES = {"voorlichting", "training", "interventie", "traject"}
KINDS = {"activity", "dilemma", "socratic", "quiz"}
GUIDANCE = {"geweld", "seksuele-inhoud", "criminaliteit", "wapens", "discriminatie", "zelfbeschadiging", "vuurwerk"}
HELP = {
    "veilig-thuis",
    "helpwanted",
    "meld-misdaad-anoniem",
    "fier",
    "113-zelfmoordpreventie",
    "slachtofferhulp",
    "kindertelefoon",
    "opvoedinformatie",
    "fraudehelpdesk",
    "politie",
    "discriminatie-meldpunt",
}


def lesson_problems(lesson):
    problems = []
    activities = lesson["activities"]
    if len(activities) < 4:
        problems.append("fewer than 4 activities")
    if sum(a["minutes"] for a in activities) != lesson["duration"]:
        problems.append("activity minutes do not add up to the duration")
    if {a["goal"] for a in activities} != GOALS:
        problems.append("activities do not serve all three goals")
    if set(lesson["goals"]) != GOALS:
        problems.append("goals must phrase kennis, bewustwording and handelingsperspectief")
    if not set(lesson["age_bands"]) <= AGE_BANDS or not lesson["age_bands"]:
        problems.append("unknown or missing age band")
    if not set(lesson["settings"]) <= SETTINGS or lesson["use"] not in USES:
        problems.append("unknown setting or use")
    if lesson["offer_type"] not in OFFER_TYPES or not set(lesson["content_guidance"]) <= GUIDANCE:
        problems.append("unknown offer type or content guidance")
    if any(a["kind"] not in KINDS for a in activities):
        problems.append("unknown activity kind")
    safe = lesson.get("safe_delivery")
    if safe and not set(safe["signposting"]) <= HELP:
        problems.append("unknown help resource in signposting")
    return problems


def catalogue_problems(themes):
    problems = []
    for theme in themes:
        slugs = {lesson["slug"] for lesson in theme["lessons"]}
        for lesson in theme["lessons"]:
            problems += [f"{lesson['slug']}: {p}" for p in lesson_problems(lesson)]
        guide = theme.get("parent_guide")
        if guide:
            if not set(guide["accompanies"]) <= slugs:
                problems.append(f"{theme['slug']}: parent guide accompanies an unknown lesson")
            if not set(guide["help"]) <= HELP:
                problems.append(f"{theme['slug']}: parent guide names an unknown help resource")
    return problems


if __name__ == "__main__":
    found = []
    for path in sys.argv[1:]:
        found += catalogue_problems(runpy.run_path(path)["THEMES"])
    print("\n".join(found) or "ok")
    sys.exit(1 if found else 0)
