"""Turn the catalogue's plain data into the raw stream data that lesson StreamFields store."""

from curriculum.richtext import paragraphs


def _timed(item):
    return {
        "title": item["title"],
        "minutes": item["minutes"],
        "goal": item["goal"],
        "optional": item.get("optional", False),
        "presenter_notes": paragraphs(item.get("presenter_notes", "")),
    }


def activity_block(item):
    kind = item["kind"]
    value = _timed(item)
    if kind == "activity":
        value |= {
            "pupil_content": paragraphs(item["pupil_content"]),
            "instructions": paragraphs(item["instructions"]),
            "materials": item.get("materials", []),
        }
    elif kind == "dilemma":
        value |= {
            "situation": item["situation"],
            "options": item["options"],
            "discussion_questions": item.get("discussion_questions", []),
        }
    elif kind == "socratic":
        value |= {"opening_question": item["opening_question"], "follow_up_questions": item["follow_up_questions"]}
    elif kind == "quiz":
        value["questions"] = [
            {
                "question": question["question"],
                "answers": question["answers"],
                "correct": question["correct"] + 1,
                "explanation": question.get("explanation", ""),
            }
            for question in item["questions"]
        ]
    else:
        raise ValueError(f"Unknown activity kind {kind!r} in {item['title']!r}")
    return {"type": kind, "value": value}


def follow_up_blocks(items):
    return [{"type": "follow_up", "value": {"title": i["title"], "text": paragraphs(i["text"])}} for i in items]


def safe_delivery_blocks(safe, help_resources):
    if not safe:
        return []
    return [
        {
            "type": "safe_delivery",
            "value": {
                "ground_rules": safe["ground_rules"],
                "disclosure": paragraphs(safe["disclosure"]),
                "signposting": [help_resources[slug].pk for slug in safe["signposting"]],
            },
        }
    ]


def sentence_items(sentences):
    return [{"type": "item", "value": sentence} for sentence in sentences]
