"""Follow-up codes like HALT-7KQ4-MX: short, unguessable, and unambiguous to read aloud or type.

The alphabet leaves out 0/O, 1/I/L (and U/V, easily confused in handwriting): 29 symbols. Six random
symbols give 29**6 ≈ 595 million codes, against ~8,000 visits a year; with guessing throttled (visits/throttle.py)
a guesser needs millions of tries for one hit. Codes are typed case-insensitively and with or without dashes.
"""

import re
import secrets

ALPHABET = "23456789ABCDEFGHJKMNPQRSTWXYZ"
PREFIX = "HALT"
GROUPS = (4, 2)
CODE_LENGTH = len(PREFIX) + 1 + GROUPS[0] + 1 + GROUPS[1]  # HALT-7KQ4-MX
CODE_PATTERN = re.compile(rf"^{PREFIX}-[{ALPHABET}]{{{GROUPS[0]}}}-[{ALPHABET}]{{{GROUPS[1]}}}$")


def new_code():
    symbols = "".join(secrets.choice(ALPHABET) for _ in range(sum(GROUPS)))
    return f"{PREFIX}-{symbols[: GROUPS[0]]}-{symbols[GROUPS[0] :]}"


def normalise(text):
    """The canonical form of a typed code ('halt 7kq4mx' -> 'HALT-7KQ4-MX'), or '' when it cannot be one."""
    compact = re.sub(r"[\s-]", "", str(text or "")).upper()[:40]
    if compact.startswith(PREFIX):
        compact = compact[len(PREFIX) :]
    if len(compact) != sum(GROUPS):
        return ""
    code = f"{PREFIX}-{compact[: GROUPS[0]]}-{compact[GROUPS[0] :]}"
    return code if CODE_PATTERN.match(code) else ""
