"""The demo catalogue: Halt's offer from the brochure "Halt als partner", written for this platform."""

from . import sports_and_professionals, youth_a, youth_b

CATALOGUE = [*youth_a.THEMES, *youth_b.THEMES, *sports_and_professionals.THEMES]
