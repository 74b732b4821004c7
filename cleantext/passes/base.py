"""What every pass shares: the :class:`Pass` base class and the :class:`Context` it sees.

A pass is a small immutable object with a ``name`` and a :meth:`Pass.propose` method that
returns edits for a text. It never changes the text itself.

>>> from cleantext.passes import NormalizeWhitespace
>>> NormalizeWhitespace().propose("end.   \\n")
[Edit(start=4, end=7, replacement='', rule='whitespace/trailing', note='trailing whitespace')]
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, ClassVar

from cleantext.errors import ConfigError

if TYPE_CHECKING:
    from cleantext.edits import Edit, Result
    from cleantext.pipeline import Pipeline


#: Time budget, in seconds, of one ``regex`` call on one document. Passes give it as
#: ``timeout=PATTERN_TIMEOUT`` to searches whose cost could grow faster than the input;
#: the pipeline turns the ``TimeoutError`` into :class:`cleantext.PatternTimeout` for that
#: document, so hostile input gives a clear error instead of a hang.
PATTERN_TIMEOUT = 20.0


@dataclass(frozen=True, slots=True)
class Context:
    """Evidence from outside the document, shared by every pass of one run.

    ``vocabulary`` holds tokens seen standalone across a batch of documents (see
    :func:`cleantext.clean_many`): a camel-case token in it is a word, not two sentences.
    ``markdown`` says the document is Markdown (the command line sets it for ``.md``
    files): two spaces at the end of a line inside a paragraph are a hard line break there.

    >>> Context(vocabulary=frozenset({"TimeWarner"})).vocabulary
    frozenset({'TimeWarner'})
    """

    vocabulary: frozenset[str] = frozenset()
    markdown: bool = False


EMPTY_CONTEXT = Context()


def check_options(p: Pass) -> None:
    """Refuse a switch or a count of the pass ``p`` given as another type: a string
    ``"false"`` is a true value, ``"2"`` no number (the types a configuration file is
    held to, :data:`cleantext.config.PASS_OPTIONS`; lists and paths are left to the pass).

    >>> from cleantext.passes import NormalizeWhitespace
    >>> NormalizeWhitespace(odd_spaces="no")
    Traceback (most recent call last):
    ...
    cleantext.errors.ConfigError: NormalizeWhitespace(odd_spaces='no'): expected true or false
    """
    from cleantext.config import PASS_OPTIONS, STRINGS  # lazily: the config reads the passes

    for attr, kind in PASS_OPTIONS.get(p.name, {}).items():
        if kind is STRINGS or not hasattr(p, attr):
            continue
        value = getattr(p, attr)
        if not kind.accepts(value):
            raise ConfigError(f"{type(p).__name__}({attr}={value!r}): expected {kind.expected}")


class Pass:
    """Base class of passes. Subclasses are frozen dataclasses that set ``name``.

    ``rules`` lists the rule ids the pass can emit, so that ``--select``/``--ignore`` can
    be checked. Two passes combine with ``|`` into a :class:`~cleantext.Pipeline`.

    >>> from cleantext.passes import FixUnicode, NormalizeWhitespace
    >>> pipe = FixUnicode() | NormalizeWhitespace()
    >>> pipe("caf\\u00c3\\u00a9  \\n")
    'café\\n'
    """

    __slots__ = ()
    name: ClassVar[str] = "pass"
    rules: ClassVar[tuple[str, ...]] = ()

    def propose(self, text: str, context: Context = EMPTY_CONTEXT) -> list[Edit]:
        """Return the edits this pass would make to ``text`` (sorted, non-overlapping)."""
        raise NotImplementedError

    def suggest(self, text: str, context: Context = EMPTY_CONTEXT) -> list[Edit]:
        """Edits this pass is *not* confident enough to make, for review (``check`` shows them).

        Passes that weigh evidence override this; suggestions are never applied. They
        are computed on the same text :meth:`propose` saw and must not overlap each other.
        """
        return []

    def review(self, text: str, context: Context = EMPTY_CONTEXT) -> tuple[list[Edit], list[Edit]]:
        """:meth:`propose` and :meth:`suggest` of ``text`` at once (what the pipeline asks
        for when it collects suggestions). Passes that work both out in one go override it.

        >>> from cleantext.passes import NormalizeWhitespace
        >>> edits, notes = NormalizeWhitespace().review("end.  \\n")
        >>> [e.rule for e in edits], notes
        (['whitespace/trailing'], [])
        """
        return self.propose(text, context), self.suggest(text, context)

    def run(self, text: str, context: Context = EMPTY_CONTEXT) -> Result:
        """Run this pass alone and return a :class:`~cleantext.Result`."""
        from cleantext.pipeline import Pipeline

        return Pipeline([self]).run(text, context=context)

    def __call__(self, text: str) -> str:
        return self.run(text).text

    def __or__(self, other: Pass | Pipeline) -> Pipeline:
        from cleantext.pipeline import Pipeline

        return Pipeline([self]) | other

    def __ror__(self, other: Sequence[Pass]) -> Pipeline:
        from cleantext.pipeline import Pipeline

        return Pipeline([*other, self])
