"""Walking content as plain data (a content file read as YAML, a block's stream data): every string with its path."""


def strings(node, skip=frozenset(), path=""):
    """(path, text) for every string in nested dicts and lists, leaving out the values of the keys in `skip`; the
    path as the content's error messages write it, e.g. `.lessons[0].summary`."""
    if isinstance(node, dict):
        for key, value in node.items():
            if key not in skip:
                yield from strings(value, skip, f"{path}.{key}")
    elif isinstance(node, list):
        for number, value in enumerate(node):
            yield from strings(value, skip, f"{path}[{number}]")
    elif isinstance(node, str):
        yield path, node
