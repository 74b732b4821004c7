"""The pipeline: runs passes in order, applies their edits, explains every change.

>>> from cleantext import Pipeline, passes
>>> pipe = Pipeline([passes.StripBoilerplate(), passes.NormalizeWhitespace()])
>>> pipe("Markets fell.\\n\\nADVERTISEMENT\\n\\nShares slid.  \\n")
'Markets fell.\\n\\nShares slid.\\n'
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass

from cleantext.edits import Change, Edit, OffsetMap, Result, apply_edits, check_edits
from cleantext.errors import (
    CleantextError,
    ConfigError,
    InputError,
    NothingSelected,
    PassError,
    PatternTimeout,
    did_you_mean,
)
from cleantext.passes.base import EMPTY_CONTEXT, Context, Pass


def _selector_matches(selector: str, rule: str, pass_name: str) -> bool:
    selector = selector.strip().rstrip("/")
    return selector in ("ALL", rule, pass_name) or rule.startswith(selector + "/")


#: Filters that a pass's edits must all get through: ``(select, ignore)`` pairs.
Scope = tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]


def _lets_through(select: Sequence[str], ignore: Sequence[str], rule: str, pass_name: str) -> bool:
    """Whether an edit of ``rule`` by ``pass_name`` passes one ``select``/``ignore`` filter.

    >>> _lets_through(["unicode"], [], "whitespace/trailing", "whitespace")
    False
    """
    if select and not any(_selector_matches(s, rule, pass_name) for s in select):
        return False
    return not any(_selector_matches(s, rule, pass_name) for s in ignore)


def _check_selectors(selectors: Iterable[str], steps: Iterable[Pass]) -> None:
    """Refuse a ``select`` or ``ignore`` entry that names no rule of the bundled passes
    nor of ``steps``: a typo would otherwise select nothing, or ignore nothing, silently.

    >>> _check_selectors(["whitespace", "names/variant", "ALL"], [])
    >>> _check_selectors(["whitepsace"], [])  # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    cleantext.errors.ConfigError: unknown rule selector 'whitepsace' (did you mean ...
    """
    from cleantext import passes as bundled

    known = [
        (rule, cls.name)
        for cls in (
            bundled.FixUnicode,
            bundled.StripBoilerplate,
            bundled.RepairSentences,
            bundled.NormalizeNames,
            bundled.NormalizeWhitespace,
        )
        for rule in cls.rules
    ]
    known += [(rule, p.name) for p in steps for rule in p.rules]
    for selector in selectors:
        if not isinstance(selector, str):
            raise ConfigError(f"a rule selector is a string, not {selector!r}")
        if any(_selector_matches(selector, rule, name) for rule, name in known):
            continue
        words = sorted({*(name for _, name in known), *(rule for rule, _ in known)})
        hint = did_you_mean(selector.strip(), words)
        raise ConfigError(
            f"unknown rule selector {selector!r}{hint}: select and ignore take ALL, a pass "
            f"name ({', '.join(sorted({name for _, name in known}))}), or a rule such as "
            "'whitespace/trailing'; `cleantext rules` lists them"
        )


def _check_something_selected(
    select: Sequence[str], ignore: Sequence[str], steps: Sequence[Pass]
) -> None:
    """Refuse a ``select`` or ``ignore`` that leaves no rule of ``steps`` to run: the
    pipeline would change nothing, silently (``select=["names"]`` without the names pass,
    which runs only with canonical names; ``ignore=["ALL"]``). A pipeline of no passes
    has nothing to filter.

    >>> from cleantext import passes
    >>> _check_something_selected(["whitespace"], [], [passes.NormalizeWhitespace()])
    >>> _check_something_selected(["names"], [], [passes.NormalizeWhitespace()])
    ... # doctest: +ELLIPSIS
    Traceback (most recent call last):
    ...
    cleantext.errors.NothingSelected: select=['names'] leaves no rule of the passes whitespace ...
    """
    if not (select or ignore) or not steps:
        return
    if any(_lets_through(select, ignore, rule, p.name) for p in steps for rule in p.rules):
        return
    filters = (("select", select), ("ignore", ignore))
    given = " and ".join(f"{key}={list(values)!r}" for key, values in filters if values)
    hint = ""
    if not any(p.name == "names" for p in steps) and any(
        s.strip().rstrip("/").partition("/")[0] == "names" for s in select
    ):
        hint = (
            "; the names pass runs only with canonical names: Pipeline.default(names, ...), "
            "clean(text, names)"
        )
    raise NothingSelected(
        f"{given} {'leave' if select and ignore else 'leaves'} no rule of the passes "
        f"{', '.join(p.name for p in steps)} to run, so the pipeline could change nothing{hint}; "
        "a pass's .rules lists its rules, `cleantext rules` every rule"
    )


def check_text(text: object) -> str:
    """Return ``text`` if it is a ``str``; otherwise raise a helpful :class:`TypeError`.

    >>> check_text(b"bytes")
    Traceback (most recent call last):
    ...
    TypeError: cleantext cleans str, not bytes: decode it first, e.g. data.decode('utf-8')
    """
    if isinstance(text, str):
        return text
    if isinstance(text, (bytes, bytearray, memoryview)):
        raise TypeError(
            f"cleantext cleans str, not {type(text).__name__}: decode it first, "
            "e.g. data.decode('utf-8')"
        )
    raise TypeError(f"cleantext cleans str, not {type(text).__name__}")


@dataclass(frozen=True, slots=True)
class Pipeline:
    """Passes run in order; :meth:`run` returns a :class:`~cleantext.Result`.

    ``select`` keeps only edits whose rule (or pass name, or rule prefix such as
    ``"boilerplate"``) is listed; ``ignore`` drops the listed ones. A pipeline is immutable,
    picklable and safe to share between threads; calling it returns the cleaned text.

    >>> from cleantext import Pipeline, passes
    >>> pipe = Pipeline([passes.NormalizeWhitespace()], ignore=["whitespace/blank-lines"])
    >>> pipe("a \\n\\n\\n\\nb")
    'a\\n\\n\\n\\nb'

    Pipelines compose with ``|``, and each side keeps its filters for its own passes: in
    ``Pipeline.default(select=["unicode"]) | MyPass()`` the default passes make only
    ``unicode`` edits and ``MyPass`` runs as it is. When the two sides filter differently,
    the composed pipeline has no ``select`` or ``ignore`` of its own but ``scopes``: the
    filters of each pass, in order (empty when the sides agree).

    Each pass runs once, which settles real text (cleaning the output again changes
    nothing). ``settle=True`` runs the passes again while a round still changes the text,
    up to :data:`SETTLE_ROUNDS` rounds, the way ``ruff --fix`` does: for a pre-commit hook,
    whose second run must find nothing, on text odd enough that one pass's repair makes
    work for a pass that ran before it. Clean text costs no more; text that had defects
    pays a second round over its cleaned text.
    """

    passes: tuple[Pass, ...]
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    settle: bool = False
    scopes: tuple[Scope, ...] = ()

    def __init__(
        self,
        passes: Iterable[Pass] = (),
        *,
        select: Iterable[str] = (),
        ignore: Iterable[str] = (),
        settle: bool = False,
    ) -> None:
        items = tuple(passes)
        for p in items:
            if not isinstance(p, Pass):
                raise TypeError(
                    f"Pipeline takes passes such as cleantext.passes.FixUnicode(), "
                    f"not {type(p).__name__}"
                )
        object.__setattr__(self, "passes", items)
        object.__setattr__(self, "select", tuple(select))
        object.__setattr__(self, "ignore", tuple(ignore))
        _check_selectors((*self.select, *self.ignore), items)
        _check_something_selected(self.select, self.ignore, items)
        if not isinstance(settle, bool):
            raise TypeError(f"settle must be True or False, not {settle!r}")
        object.__setattr__(self, "settle", settle)
        object.__setattr__(self, "scopes", ())

    @classmethod
    def _scoped(cls, passes: tuple[Pass, ...], scopes: tuple[Scope, ...], settle: bool) -> Pipeline:
        """A pipeline whose passes each have their own filters (see :meth:`__or__`);
        one filter shared by every pass becomes the pipeline's ``select``/``ignore``."""
        if len(set(scopes)) <= 1 and all(len(scope) <= 1 for scope in scopes):
            select, ignore = scopes[0][0] if scopes and scopes[0] else ((), ())
            return cls(passes, select=select, ignore=ignore, settle=settle)
        pipe = cls(passes, settle=settle)
        object.__setattr__(pipe, "scopes", scopes)
        return pipe

    def _pass_scopes(self) -> tuple[Scope, ...]:
        """The filters of each pass: the pipeline's own, then those the pass brought."""
        shared: Scope = ((self.select, self.ignore),) if self.select or self.ignore else ()
        own = self.scopes or ((),) * len(self.passes)
        return tuple(shared + scope for scope in own)

    @classmethod
    def default(cls, names: Sequence[object] | None = None, /, **options: object) -> Pipeline:
        """The default pipeline; ``names`` switches on name normalization.

        Options are keyword-only: ``select`` and ``ignore`` (rule selectors), ``settle``
        (see :class:`Pipeline`), ``keep`` (words :class:`~cleantext.passes.RepairSentences`
        never splits), and one dict of constructor options per pass, named after the pass
        (``unicode``, ``boilerplate``, ``sentences``, ``names``, ``whitespace``), the same
        keys as in the TOML config.
        ``names=`` given as a keyword is the list of names when it is a list, and the
        options of the names pass when it is a dict. Those options are checked even without
        a list (a typo is an error, not a pass that silently does nothing); the ``file`` key
        of a config file's ``[names]`` table is refused here: load the file with
        :func:`cleantext.namelist.load_names` and pass the list. A list given both ways
        raises ``TypeError``, here and in :func:`clean`.

        >>> Pipeline.default(["Arthur Mensch"]).names()
        ['unicode', 'boilerplate', 'sentences', 'names', 'whitespace']
        >>> Pipeline.default(whitespace={"max_blank_lines": 2}).passes[-1].max_blank_lines
        2
        """
        from cleantext import passes as p

        if "names" in options and not isinstance(options["names"], Mapping):
            if names is not None:
                raise TypeError(_TWICE)
            names = options.pop("names")  # type: ignore[assignment]
        select = _strings(options.pop("select", ()), "select")
        ignore = _strings(options.pop("ignore", ()), "ignore")
        keep = _strings(options.pop("keep", ()), "keep")
        settle = options.pop("settle", False)
        per_pass = {name: _options(options.pop(name, None), name) for name in PASS_NAMES}
        if options:
            first = sorted(options)[0]
            hint = did_you_mean(first, [*_DEFAULT_OPTIONS, *PASS_NAMES])
            raise TypeError(
                f"unknown option(s) {', '.join(sorted(options))}{hint}; the default pipeline takes "
                f"{', '.join(_DEFAULT_OPTIONS)} and per-pass dicts {', '.join(PASS_NAMES)}"
            )
        entries = tuple(names or ())
        sentences = dict(per_pass["sentences"])
        sentences["keep"] = (*keep, *_strings(sentences.get("keep", ()), "sentences.keep"))
        sentences.setdefault("names", tuple(_canonical(n) for n in entries))
        steps: list[Pass] = [
            _make(p.FixUnicode, per_pass["unicode"]),
            _make(p.StripBoilerplate, per_pass["boilerplate"]),
            _make(p.RepairSentences, sentences),
        ]
        if "file" in per_pass["names"]:
            raise TypeError(
                "names={'file': ...} is a key of the [names] table of a config file; in Python "
                "load the file and pass its names: Pipeline.default(load_names('names.txt')), "
                "with load_names from cleantext.namelist"
            )
        if entries:
            steps.append(_make(p.NormalizeNames, per_pass["names"], entries))
        elif per_pass["names"]:  # no names pass without names, but a typo is still an error
            _make(p.NormalizeNames, per_pass["names"], ())
        steps.append(_make(p.NormalizeWhitespace, per_pass["whitespace"]))
        return cls(steps, select=select, ignore=ignore, settle=settle)  # type: ignore[arg-type]

    def names(self) -> list[str]:
        """The names of the passes, in order."""
        return [p.name for p in self.passes]

    def enabled(self, rule: str, pass_name: str, step: int | None = None) -> bool:
        """Whether edits of ``rule`` pass the ``select``/``ignore`` filters.

        In a composed pipeline with ``scopes``, those of pass number ``step`` apply too
        (without ``step``: those of any pass named ``pass_name``).
        """
        if not _lets_through(self.select, self.ignore, rule, pass_name):
            return False
        if not self.scopes:
            return True
        if step is not None:
            chains: list[Scope] = [self.scopes[step]]
        else:
            named = zip(self.passes, self.scopes, strict=True)
            chains = [s for p, s in named if p.name == pass_name] or [()]
        return any(all(_lets_through(sel, ign, rule, pass_name) for sel, ign in c) for c in chains)

    def run(
        self, text: str, *, context: Context | None = None, suggestions: bool = False
    ) -> Result:
        """Clean ``text`` and return the :class:`~cleantext.Result` with every change.

        With ``suggestions=True`` the result also lists, in ``.suggestions``, the edits
        that passes found too uncertain to make (for review; never applied).

        >>> from cleantext import Pipeline, passes
        >>> r = Pipeline([passes.NormalizeWhitespace()]).run("x \\n")
        >>> r.text, r.edits[0].rule, r.edits[0].start
        ('x\\n', 'whitespace/trailing', 1)
        """
        original = check_text(text)
        ctx = context or EMPTY_CONTEXT
        maps: list[OffsetMap] = []
        changes: list[Change] = []
        notes: list[Change] = []
        stage = 0
        for _round in range(SETTLE_ROUNDS if self.settle else 1):
            notes = []  # the suggestions of the last round: made on the text as it ends
            changed = False
            for index, step in enumerate(self.passes):
                ordered, maybe = self._propose(
                    index, stage, text, ctx, maps, original if suggestions else None
                )
                notes.extend(maybe)
                if ordered:
                    changes.extend(_explain(e, text, maps, step.name, stage) for e in ordered)
                    text = apply_edits(text, ordered)
                    maps.append(OffsetMap.from_edits(ordered))
                    changed = True
                stage += 1
            if not changed:
                break
        return Result(original, text, tuple(changes), tuple(notes))

    def _propose(
        self,
        index: int,
        stage: int,
        text: str,
        ctx: Context,
        maps: Sequence[OffsetMap],
        original: str | None,
    ) -> tuple[list[Edit], list[Change]]:
        """The edits that pass number ``index`` makes to ``text`` that the filters let
        through, checked and in order, and (given the ``original``, which ``maps`` lead
        back to from ``text``) its suggestions explained against it."""
        step = self.passes[index]
        try:
            if original is not None:
                proposed, maybe = step.review(text, ctx)
            else:
                proposed, maybe = step.propose(text, ctx), []
        except CleantextError:
            raise
        except TimeoutError as exc:
            raise PatternTimeout(
                f"pass {step.name!r} gave up on this document: a pattern ran longer than "
                f"its time budget ({exc}); the input is probably hostile or binary",
                pass_name=step.name,
            ) from exc
        except Exception as exc:
            raise PassError(
                f"pass {step.name!r} failed: {type(exc).__name__}: {exc}", pass_name=step.name
            ) from exc
        if self.select or self.ignore or self.scopes:
            proposed = [e for e in proposed if self.enabled(e.rule, step.name, index)]
        explained = [
            _explain(e, text, maps, step.name, stage, original)
            for e in (check_edits(text, maybe, step.name) if maybe else ())
            if self.enabled(e.rule, step.name, index)
        ]
        return (check_edits(text, proposed, step.name) if proposed else []), explained

    def __call__(self, text: str) -> str:
        return self.run(text).text

    def __or__(self, other: Pass | Pipeline) -> Pipeline:
        """``self`` then ``other``; each side's filters stay with its own passes.

        >>> from cleantext import passes
        >>> pipe = Pipeline.default(select=["unicode"]) | passes.NormalizeWhitespace()
        >>> pipe("caf\\u00c3\\u00a9  \\n")  # the appended pass is not filtered
        'café\\n'
        """
        if isinstance(other, Pass):
            other = Pipeline([other])
        if not isinstance(other, Pipeline):
            return NotImplemented
        passes = (*self.passes, *other.passes)
        settle = self.settle or other.settle
        return Pipeline._scoped(passes, (*self._pass_scopes(), *other._pass_scopes()), settle)

    def __reduce__(self) -> tuple[object, ...]:
        return (_rebuild, (self.passes, self.select, self.ignore, self.settle, self.scopes))


def _explain(
    e: Edit,
    text: str,
    maps: Sequence[OffsetMap],
    pass_name: str,
    stage: int,
    original: str | None = None,
) -> Change:
    """The :class:`Change` for edit ``e`` of ``text``, its span mapped to the original.

    Given the ``original`` (for a suggestion, which no later step rewrites), a span that
    maps onto text an earlier pass rewrote is read as the original wrote it: ``before``
    is the original's text there and ``after`` what the earlier passes and ``e`` make of
    it, so that ``original[start:end] == before`` holds as for the changes.

    >>> from cleantext.edits import OffsetMap
    >>> original = "See\u00c3\u00a9\u00e2\u20ac\u0153Bar"  # "SeeÃ©â€œBar"
    >>> m = OffsetMap.from_edits([Edit(3, 8, "\u00e9\u201c", "unicode/mojibake")])
    >>> fixed = "See\u00e9\u201cBar"  # decoded; then a space suggested after "é"
    >>> c = _explain(Edit(4, 4, " ", "s"), fixed, [m], "s", 1, original)
    >>> c.start, c.end, c.before == original[3:8], c.after
    (3, 8, True, '\u00e9 \u201c')
    """
    start, end = e.start, e.end
    for m in reversed(maps):
        start, end = m.to_old(start, "start"), m.to_old(end, "end")
    end = max(start, end)
    before = text[e.start : e.end]
    after = e.replacement
    if original is not None and original[start:end] != before:
        # the place of the original that earlier passes rewrote: from its start to its
        # end in ``text``, with ``e`` inside
        lo, hi = start, end
        for m in maps:
            lo, hi = m.to_new(lo, "left"), m.to_new(hi, "right")
        lo, hi = min(lo, e.start), max(hi, e.end)
        before, after = original[start:end], text[lo : e.start] + after + text[e.end : hi]
    return Change(e.rule, start, end, before, after, e.note, pass_name, stage, e)


def _rebuild(
    passes: tuple[Pass, ...],
    select: tuple[str, ...],
    ignore: tuple[str, ...],
    settle: bool = False,
    scopes: tuple[Scope, ...] = (),
) -> Pipeline:
    if scopes:
        return Pipeline._scoped(passes, scopes, settle)
    return Pipeline(passes, select=select, ignore=ignore, settle=settle)


#: The most rounds a settling pipeline runs (see :class:`Pipeline`): real text settles in
#: one, the oddest text met so far in two.
SETTLE_ROUNDS = 4


PASS_NAMES = ("unicode", "boilerplate", "sentences", "names", "whitespace")
# The options of Pipeline.default beside the per-pass dicts and the names.
_DEFAULT_OPTIONS = ("select", "ignore", "settle", "keep")

_TWICE = (
    "names given twice: as the argument after the text and as names=; pass the list once "
    "(names= as a dict holds the options of the names pass)"
)


def _canonical(entry: object) -> str:
    return entry if isinstance(entry, str) else str(getattr(entry, "canonical", entry))


def _options(value: object, name: str) -> dict[str, object]:
    if value is None:
        return {}
    if isinstance(value, Mapping):
        return {str(k).replace("-", "_"): v for k, v in value.items()}
    raise TypeError(f"option {name} must be a dict of {name} pass options, not {value!r}")


def _make(factory: Callable[..., Pass], options: dict[str, object], *args: object) -> Pass:
    """Build a pass, turning lists into tuples and unknown options into a clear error.

    >>> from cleantext.passes import NormalizeWhitespace
    >>> try:
    ...     _make(NormalizeWhitespace, {"max_blank_line": 2})
    ... except TypeError as err:
    ...     print(str(err).partition(";")[0])
    NormalizeWhitespace has no option 'max_blank_line' (did you mean 'max_blank_lines'?)
    """
    import dataclasses

    fixed = {k: tuple(v) if isinstance(v, list) else v for k, v in options.items()}
    # the options a caller may pass: init fields (dataclasses.fields leaves out the
    # ClassVars name and rules), not private ones, nor those that ``args`` fill
    init = []
    if isinstance(factory, type) and dataclasses.is_dataclass(factory):
        init = [f.name for f in dataclasses.fields(factory) if f.init]
    known = sorted(n for n in init[len(args) :] if not n.startswith("_"))
    name = getattr(factory, "__name__", factory)
    unknown = sorted(k for k in fixed if k not in known) if known else []
    if unknown:
        raise TypeError(
            f"{name} has no option {unknown[0]!r}{did_you_mean(unknown[0], known)}; "
            f"its options are {', '.join(known)}"
        )
    try:
        return factory(*args, **fixed)
    except TypeError as exc:
        raise TypeError(f"{name}: {exc}; its options are {', '.join(known)}") from exc


def _strings(value: object, what: str) -> tuple[str, ...]:
    if isinstance(value, str):
        return (value,)
    if isinstance(value, Iterable):
        items = tuple(value)
        if all(isinstance(v, str) for v in items):
            return items
    raise TypeError(f"{what} must be a list of strings, not {value!r}")


@functools.lru_cache(maxsize=128)
def _cached_default(names: tuple[object, ...]) -> Pipeline:
    return Pipeline.default(names)


def clean(text: str, names: Sequence[object] | None = None, /, **options: object) -> str:
    """Clean ``text`` with the default pipeline and return the cleaned string.

    ``names`` (canonical names; also the second positional argument) switches on name
    normalization. Options are those of :meth:`Pipeline.default`.

    >>> import cleantext
    >>> cleantext.clean("Shares rose in EuropeHowever, Arthur Mensch said. Mansh smiled.",
    ...                 ["Arthur Mensch"])
    'Shares rose in Europe. However, Arthur Mensch said. Mensch smiled.'
    >>> cleantext.clean("Arthur Marsh and Mansh spoke.", names=["Arthur Mensch"])
    'Arthur Mensch and Mensch spoke.'
    """
    check_text(text)
    if "names" in options and not isinstance(options["names"], Mapping):
        if names is not None:
            raise TypeError(_TWICE)
        names = options.pop("names")  # type: ignore[assignment]
    if isinstance(names, str):
        raise InputError("names must be a list of canonical names, not one string")
    if options:
        return Pipeline.default(names, **options)(text)
    return _cached_default(tuple(names or ()))(text)
