"""Exception types: every error cleantext raises derives from :class:`CleantextError`.

>>> from cleantext.errors import CleantextError, InputError
>>> issubclass(InputError, CleantextError)
True
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable


class CleantextError(Exception):
    """Base class of every error cleantext raises.

    ``pass_name`` and ``position`` say where the error happened, when known.

    >>> err = CleantextError("bad edit", pass_name="boilerplate", position=12)
    >>> str(err)
    'bad edit (pass boilerplate, at offset 12)'
    """

    def __init__(self, message: str, *, pass_name: str | None = None, position: int | None = None):
        self.message = message
        self.pass_name = pass_name
        self.position = position
        super().__init__(message)

    def __str__(self) -> str:
        where = []
        if self.pass_name is not None:
            where.append(f"pass {self.pass_name}")
        if self.position is not None:
            where.append(f"at offset {self.position}")
        return f"{self.message} ({', '.join(where)})" if where else self.message


class InputError(CleantextError, ValueError):
    """The input cannot be cleaned as given (wrong type, undecodable bytes, malformed record).

    >>> isinstance(InputError("bad"), ValueError)
    True
    """


class PassError(CleantextError):
    """A pass failed or proposed edits that cannot be applied (a bug in that pass).

    >>> str(PassError("edits overlap", pass_name="names", position=4))
    'edits overlap (pass names, at offset 4)'
    """


class ConfigError(CleantextError, ValueError):
    """A configuration file or option is invalid; the message names the key.

    >>> str(ConfigError("cleantext.toml: colour: unknown key"))
    'cleantext.toml: colour: unknown key'
    """


class NothingSelected(ConfigError):
    """``select`` and ``ignore`` leave no rule of a pipeline's passes to run: such a
    pipeline could change nothing, which is a mistake rather than a way to switch it off.

    >>> issubclass(NothingSelected, ConfigError)
    True
    """


class PatternTimeout(CleantextError):
    """A pattern ran longer than its time budget on one document (hostile input).

    >>> PatternTimeout("gave up", pass_name="sentences").pass_name
    'sentences'
    """


def did_you_mean(word: str, known: Iterable[str]) -> str:
    """``" (did you mean 'KEY'?)"`` for the known word closest to the mistyped ``word``, or
    an empty string when none is close: the hint of every "unknown option" message.

    >>> did_you_mean("ignor", ["ignore", "select"]), did_you_mean("zzz", ["ignore"])
    (" (did you mean 'ignore'?)", '')
    """
    close = difflib.get_close_matches(word, sorted(known), n=1)
    return f" (did you mean {close[0]!r}?)" if close else ""
