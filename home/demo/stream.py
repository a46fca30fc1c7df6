"""Turn the checked content (`schema` objects) into the raw stream data that lesson and guide StreamFields store."""

from curriculum.richtext import paragraphs_with_steps


def _timed(item, facts):
    return {
        "title": item.title,
        "minutes": item.minutes,
        "goal": item.goal,
        "optional": item.optional,
        "presenter_notes": paragraphs_with_steps(item.presenter_notes),
        "facts": [{"fact": facts[slug].pk} for slug in item.facts],
        "reactive": reactive_variant(item.reactive),
    }


def reactive_variant(variant):
    if variant is None:
        return {}
    return {
        "skip": variant.skip,
        "pupil_text": paragraphs_with_steps(variant.pupil_text) if variant.pupil_text else "",
        "presenter_line": variant.presenter_line,
    }


def incident_protocol_blocks(protocol):
    if protocol is None:
        return []
    parts = ("ask_school", "never_say", "available_after", "referral")
    value = {part: paragraphs_with_steps(getattr(protocol, part)) for part in parts}
    return [{"type": "incident_protocol", "value": value}]


def activity_block(item, facts=None, shared=None):
    """`facts` and `shared`: the loaded legal facts and shared activities by slug, for citations and placements."""
    if item.kind == "shared":
        value = {"activity": shared[item.activity].pk, "minutes": item.minutes, "goal": item.goal}
        return {"type": "shared", "value": value | {"optional": item.optional}}
    facts = facts or {}
    value = _timed(item, facts)
    if item.kind == "activity":
        value |= {
            "pupil_content": paragraphs_with_steps(item.pupil_content),
            "instructions": paragraphs_with_steps(item.instructions),
            "materials": item.material_names,
        }
    elif item.kind == "dilemma":
        value |= {
            "situation": item.situation,
            "options": item.options,
            "discussion_questions": item.discussion_questions,
        }
    elif item.kind == "socratic":
        value |= {"opening_question": item.opening_question, "follow_up_questions": item.follow_up_questions}
    elif item.kind == "quiz":
        value["questions"] = [
            {
                "question": question.question,
                "answers": question.answers,
                "correct": question.correct + 1,  # the block counts answers from 1
                "explanation": question.explanation,
                "facts": [{"fact": facts[slug].pk} for slug in question.facts],
            }
            for question in item.questions
        ]
    return {"type": item.kind, "value": value}


def follow_up_blocks(items):
    return [{"type": "follow_up", "value": {"title": i.title, "text": paragraphs_with_steps(i.text)}} for i in items]


def safe_delivery_blocks(safe, help_resources):
    if not safe:
        return []
    return [
        {
            "type": "safe_delivery",
            "value": {
                "ground_rules": safe.ground_rules,
                "disclosure": paragraphs_with_steps(safe.disclosure),
                "signposting": [help_resources[slug].pk for slug in safe.signposting],
            },
        }
    ]


def fact_blocks(slugs, facts):
    """A guide's 'wet en regels': FactBlocks citing the loaded facts."""
    return [{"type": "fact", "value": {"fact": facts[slug].pk}} for slug in slugs]


def sentence_items(sentences):
    return [{"type": "item", "value": sentence} for sentence in sentences]


def sections(page):
    return [
        {"type": "section", "value": {"heading": section.heading, "text": paragraphs_with_steps(*section.paragraphs)}}
        for section in page.sections
    ]
