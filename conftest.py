"""Root pytest configuration: doctests run over the package, except the entry-point module.

Hypothesis runs with fresh random examples on every local run, so that new inputs keep
being tried. CI (``.ci/run`` sets ``HYPOTHESIS_PROFILE=ci``) derandomizes them: the same
examples on every build, so that a red build is a real regression, never a lucky draw; what
random runs find is fixed and kept as an explicit test case.
"""

import os

from hypothesis import settings

collect_ignore = ["cleantext/__main__.py"]

settings.register_profile("ci", derandomize=True, print_blob=True)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))
