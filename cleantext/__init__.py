"""cleantext: repair scraped news articles, and explain every change.

>>> import cleantext
>>> cleantext.clean("ADVERTISEMENT\\n\\nThe euro rose in EuropeHowever, the pound fell.")
'The euro rose in Europe. However, the pound fell.'
"""

from cleantext import passes
from cleantext.batch import Failure, clean_many, iter_clean
from cleantext.edits import Change, Edit, Result, apply_edits, replay
from cleantext.errors import CleantextError, ConfigError, InputError, PassError, PatternTimeout
from cleantext.passes.base import Context
from cleantext.pipeline import Pipeline, clean

__version__ = "0.1.0"

__all__ = [
    "Change",
    "CleantextError",
    "ConfigError",
    "Context",
    "Edit",
    "Failure",
    "InputError",
    "PassError",
    "PatternTimeout",
    "Pipeline",
    "Result",
    "__version__",
    "apply_edits",
    "clean",
    "clean_many",
    "iter_clean",
    "passes",
    "replay",
]
