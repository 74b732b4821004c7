"""Build a canonical name list from a corpus: cluster the spellings of capitalised names.

:func:`suggest_names` collects the capitalised names of a corpus (runs of one to three
capitalised words, titles and sentence openers stripped), groups spellings that differ
only in case, spacing, punctuation or diacritics under one *fingerprint*, then links
fingerprints that are near neighbours by edit distance. Neighbours are found through
blocking keys that work for short names too: the phonetic skeleton of a name and every
skeleton with one letter deleted (for one-word names), and the name with one word left out
(for names of several words, whose other words must agree). The most frequent spelling of
a cluster is proposed as canonical; on a tie, the fuller spelling, with diacritics or a
hyphen (``Erdoğan`` over ``Erdogan``, ``Anne-Laure`` over ``Anne Laure``: a plain spelling
is what a scraper makes of the accented one, never the other way). :func:`suggestions_toml`
writes the clusters as a TOML list that :func:`cleantext.namelist.load_names` reads back,
for a person to review.

>>> docs = ["Arthur Mensch founded Mistral AI. Mensch said so.",
...         "Arthur Mensch spoke. Later Mensch and Arthur Mensh left.",
...         "Mr Mensch and Arthur Mensch met DeepSeek and Deepseek staff."]
>>> for cluster in suggest_names(docs):
...     print(cluster.count, cluster.variants)
7 (('Arthur Mensch', 3), ('Mensch', 3), ('Arthur Mensh', 1))
2 (('DeepSeek', 1), ('Deepseek', 1))
>>> load_names_text = suggestions_toml(suggest_names(docs))
>>> from cleantext.namelist import parse_names_toml
>>> parse_names_toml(load_names_text)[0]
NameEntry(canonical='Arthur Mensch', aliases=('Arthur Mensh',), context=(), never=())
"""

from __future__ import annotations

import collections
import itertools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import regex

from cleantext.errors import InputError
from cleantext.io import atomic_write
from cleantext.namelist import NameEntry, dump_names
from cleantext.passes import names_match as nm
from cleantext.passes.names_shapes import _sentence_start, _Unit, _units

__all__ = ["NameCluster", "suggest_names", "suggestions_toml", "write_suggestions"]

# The lower-case last part of a compound: an adjective or a common compound ("London-based",
# "Oscar-winning", "X-ray"); names capitalise each part ("Spider-Man").
_COMPOUND_TAIL = regex.compile(r"(?<=[\p{L}\p{N}'’.])-\p{Ll}[\p{L}'’]*\Z")
# What follows the pronoun "I" (not a Roman numeral): a contraction or a lower-case word.
_PRONOUN_AFTER = regex.compile(r"['’]|[ \t]+\p{Ll}")
_CONTRACTION = regex.compile(r"['’](?:m|s|d|t|ve|ll|re)\Z", regex.IGNORECASE)


@dataclass(frozen=True, slots=True)
class NameCluster:
    """Spellings of one name seen in a corpus: the proposed canonical first, then the
    others, most frequent first.

    ``variants`` holds ``(spelling, count)`` pairs; the first spelling is the proposed
    canonical name (the spelling the corpus writes most, counting a one-word name inside
    longer names too; on a tie, the one with more diacritics and hyphens). ``count`` is the
    number of mentions of all spellings.

    >>> c = NameCluster((("DeepSeek", 5), ("Deep Seek", 2)))
    >>> c.canonical, c.count, c.entry().aliases
    ('DeepSeek', 7, ('Deep Seek',))
    """

    variants: tuple[tuple[str, int], ...]

    @property
    def canonical(self) -> str:
        """The proposed canonical spelling (the most frequent one, or on a tie the fuller)."""
        return self.variants[0][0]

    @property
    def count(self) -> int:
        """Mentions of every spelling together."""
        return sum(n for _, n in self.variants)

    def entry(self, *, aliases: bool = True) -> NameEntry:
        """The cluster as a :class:`~cleantext.namelist.NameEntry` (other spellings as aliases).

        A spelling that is one word of the canonical name (the surname alone) is no alias.
        """
        words = set(self.canonical.split())
        others = tuple(s for s, _ in self.variants[1:] if s not in words) if aliases else ()
        return NameEntry(self.canonical, aliases=others)


def _mentions(text: str, max_tokens: int) -> Iterable[str]:
    """Capitalised names of ``text``: runs of capitalised words, titles and openers dropped."""
    for run in _runs(text, _units(text)):
        name = _run_name(text, run, max_tokens)
        if name is not None:
            yield name


def _runs(text: str, units: Sequence[_Unit]) -> list[list[_Unit]]:
    """The capitalised words of ``text`` in runs, in text order: a word joins the run before
    it when one space stands between them and that run's last word has no possessive.
    """
    runs: list[list[_Unit]] = []
    for u in units:
        last = runs[-1][-1] if runs else None
        if last is not None and last.full_end == last.end and text[last.end : u.start] == " ":
            runs[-1].append(u)
        else:
            runs.append([u])
    return runs


def _run_name(text: str, run: list[_Unit], max_tokens: int) -> str | None:
    """The name that a run of capitalised words spells, or None when it spells none (no
    word left, more than ``max_tokens`` words, a compound, a month, a word, a contraction).
    """
    words = _without_titles(text, run)
    words, tails = _after_compounds(words)
    if words and words[-1].text == "I" and _PRONOUN_AFTER.match(text, words[-1].end):
        # "Overall I think", "Overall I'd say": the pronoun ends no name
        words, tails = words[:-1], tails[:-1]
    if not words or len(words) > max_tokens:
        return None
    spelled = _spelled(text, words, tails[-1])
    if spelled is None or _no_name(spelled, words):
        return None
    return spelled


def _without_titles(text: str, run: list[_Unit]) -> list[_Unit]:
    """The words of ``run`` after the titles ("Mr") and the sentence opener that is an
    ordinary word ("But", "Later") that open it.
    """
    for k, word in enumerate(run):
        f = nm.fold(word.text)
        opener = _sentence_start(text, word.start) and (
            f in nm.openers() or (k == len(run) - 1 and nm.is_word(f))
        )
        if not (f in nm.titles() or opener):
            return run[k:]
    return []


def _after_compounds(words: list[_Unit]) -> tuple[list[_Unit], list[regex.Match[str] | None]]:
    """The words that follow the last compound with a lower-case last part before the last
    word (all of them without one), and for each the match of its lower-case part or None.

    A compound with a lower-case last part is no name: "London-based", "So-called"; the name
    is the words after it ("Port Tolvane-based Norvane"), or the part of the last word before
    its tail ("Nadia Okeke-style", see :func:`_spelled`).
    """
    tails = [_COMPOUND_TAIL.search(w.text) for w in words]
    inner = [k for k, tail in enumerate(tails[:-1]) if tail is not None]
    if inner:
        words, tails = words[inner[-1] + 1 :], tails[inner[-1] + 1 :]
    return words, tails


def _spelled(text: str, words: list[_Unit], tail: regex.Match[str] | None) -> str | None:
    """How ``text`` spells ``words``, up to the lower-case ``tail`` of the last word's
    compound; None for such a compound alone ("X-ray", "Oscar-winning").
    """
    end = words[-1].end
    if tail is not None:
        if len(words) == 1:
            return None
        end = words[-1].start + tail.start()
    return text[words[0].start : end]


def _no_name(spelled: str, words: list[_Unit]) -> bool:
    """Whether the spelling of ``words`` is no name: days, months and single letters only,
    one word that is an ordinary word or in the calendar, or a contraction ("I'm", "You're").
    """
    folds = [nm.fold(w) for w in spelled.split()]
    if all(f in nm.calendar() or len(f) < 2 for f in folds):
        return True
    if len(words) == 1 and (nm.is_word(folds[0]) or folds[0] in nm.calendar()):
        return True
    return any(_CONTRACTION.search(w.text) for w in words)


def _key(name: str) -> str:
    """Fingerprint: case, spacing, punctuation and diacritics folded away."""
    return nm.fold(name)


def _close(a: str, b: str) -> bool:
    """Whether two one-word folds are spellings of one name (length-aware budget).

    Two known given names ("Sean", "Shaun") or places, or two known surnames or given names
    ("Thompson", "Thomson"), are different names, not spellings.
    """
    if not a or not b or a[0] != b[0] or nm.inflected(a, b):
        return False
    if len(a) != len(b) and (a.startswith(b) or b.startswith(a)) and abs(len(a) - len(b)) >= 2:
        return False  # "Williamson" is not "Williams"
    given, places = nm.given_names(), nm.places()
    if (a in given and b in given) or a in places or b in places:
        return False
    surnames = nm.surnames()
    if (a in given or a in surnames) and (b in given or b in surnames):
        return False  # two names of their own: "Johnson" and "Johnston", "Mary" and "Marr"
    n = max(len(a), len(b))
    d = nm.distance(a, b)
    skd = nm.distance(nm.skeleton(a), nm.skeleton(b))
    if n <= 4:
        return d <= 1 and skd == 0
    if n <= 7:
        return d <= 1
    if n <= 10:
        return d <= 1 or (d == 2 and skd == 0)
    return d <= 2 and skd <= 1


def _deletions(s: str) -> set[str]:
    return {s} | {s[:k] + s[k + 1 :] for k in range(len(s))}


class _UnionFind:
    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, x: int) -> int:
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def suggest_names(
    texts: Iterable[str], *, min_count: int = 2, max_tokens: int = 3
) -> list[NameCluster]:
    """Cluster the capitalised names of ``texts`` and propose a canonical spelling for each.

    Parameters
    ----------
    texts:
        the documents of the corpus.
    min_count:
        clusters mentioned fewer times than this are left out.
    max_tokens:
        longest name, in words.

    Returns clusters, most mentioned first, each with its proposed canonical spelling
    first: the most frequent, or on a tie the one with more diacritics and hyphens
    (``Erdoğan``, ``Anne-Laure``). One-word names that are ordinary English words, months
    or days are left out; so are runs longer than ``max_tokens``. One string is not a
    corpus: it is a :class:`TypeError` (pass ``[text]``).

    >>> [c.variants for c in suggest_names(["Open AI and OpenAI.", "OpenAI grew."])]
    [(('OpenAI', 2), ('Open AI', 1))]
    """
    if isinstance(texts, (str, bytes)):
        raise TypeError("suggest_names takes a list of texts, not one string: pass [text]")
    for key, value in (("min_count", min_count), ("max_tokens", max_tokens)):
        if not isinstance(value, int) or isinstance(value, bool) or value < 1:
            raise InputError(f"{key} must be a whole number of 1 or more, not {value!r}")
    # 1. fingerprints: spellings that differ only in case, spacing, punctuation, diacritics
    by_key = _by_fingerprint(_count_mentions(texts, max_tokens))
    keys = sorted(by_key)
    words = {k: _words_of(by_key[k]) for k in keys}
    weights = _weights(keys, by_key, words)
    # 2. neighbours by edit distance, found through blocking keys
    blocks = _blocks(keys, by_key, words)
    out: list[NameCluster] = []
    for members in _linked_groups(keys, words, weights, blocks):
        out.extend(_clusters(members, keys, by_key, words, weights))
    out = _merge_surnames([c for c in out if not _ordinary(c.canonical)])
    out = [c for c in out if c.count >= min_count]
    out.sort(key=lambda c: (-c.count, c.canonical))
    return out


def _count_mentions(texts: Iterable[str], max_tokens: int) -> collections.Counter[str]:
    """How many times ``texts`` mention each spelling of a name (:func:`_mentions`), the
    spellings in the order they are first seen.
    """
    counts: collections.Counter[str] = collections.Counter()
    for text in texts:
        counts.update(_mentions(text, max_tokens))
    return counts


def _by_fingerprint(counts: collections.Counter[str]) -> dict[str, collections.Counter[str]]:
    """The counted spellings grouped by fingerprint (:func:`_key`), in the order of ``counts``.

    >>> _by_fingerprint(collections.Counter({"DeepSeek": 2, "Mistral": 1, "Deep Seek": 1}))
    {'deepseek': Counter({'DeepSeek': 2, 'Deep Seek': 1}), 'mistral': Counter({'Mistral': 1})}
    """
    by_key: dict[str, collections.Counter[str]] = {}
    for spelling, n in counts.items():
        by_key.setdefault(_key(spelling), collections.Counter())[spelling] += n
    return by_key


def _weights(
    keys: Sequence[str],
    by_key: dict[str, collections.Counter[str]],
    words: dict[str, tuple[str, ...]],
) -> dict[str, int]:
    """How much each fingerprint weighs: its mentions, or for a one-word name the mentions of
    its word in every name, if more.
    """
    totals = {k: sum(by_key[k].values()) for k in keys}
    # how often the corpus writes each word, inside longer names too ("Jonathan" in
    # "Jonathan Whitner"): a one-word name weighs that much
    used: collections.Counter[str] = collections.Counter()
    for k in keys:
        for w in set(words[k]):
            used[w] += totals[k]
    return {k: max(totals[k], used[words[k][0]]) if len(words[k]) == 1 else totals[k] for k in keys}


def _blocks(
    keys: Sequence[str],
    by_key: dict[str, collections.Counter[str]],
    words: dict[str, tuple[str, ...]],
) -> dict[tuple[object, ...], list[int]]:
    """The fingerprints (indices into ``keys``, in order) under each blocking key."""
    blocks: dict[tuple[object, ...], list[int]] = {}
    for i, k in enumerate(keys):
        for block in _blocking_keys(k, words[k], by_key[k]):
            blocks.setdefault(block, []).append(i)
    return blocks


def _blocking_keys(
    key: str, toks: tuple[str, ...], spellings: collections.Counter[str]
) -> list[tuple[object, ...]]:
    """The blocking keys of the fingerprint ``key`` (words ``toks``): for one word its phonetic
    skeleton and every skeleton with one letter deleted, for several words the words with one
    left out; none for an acronym.

    >>> spellings = collections.Counter(["Arthur Mensch"])
    >>> _blocking_keys("arthurmensch", ("arthur", "mensch"), spellings)
    [('n', '*', 'mensch'), ('n', 'arthur', '*')]
    """
    top = spellings.most_common(1)[0][0]
    if len(toks) == 1 and top.isupper() and len(key) <= 5:
        return []  # acronyms ("CEO", "DVD") are spelt exactly
    if len(toks) == 1:
        sk = nm.skeleton(key)
        # one consonant apart needs a deletion key; keys under two letters block too much
        return [("1", b) for b in (_deletions(sk) if len(sk) >= 3 else {sk})]
    return [("n", *toks[:pos], "*", *toks[pos + 1 :]) for pos in range(len(toks))]


def _linked_groups(
    keys: Sequence[str],
    words: dict[str, tuple[str, ...]],
    weights: dict[str, int],
    blocks: dict[tuple[object, ...], list[int]],
) -> list[list[int]]:
    """The fingerprints (indices into ``keys``) in groups that links join: two of one block
    that are near neighbours (:func:`_neighbours`), one of them rare next to the other
    (:func:`_rare`). Each group in index order, the groups in the order of their first index.
    """
    uf = _UnionFind(len(keys))
    for block, members in blocks.items():
        for x, y in itertools.combinations(members, 2):
            a, b = keys[x], keys[y]
            if _rare(weights[a], weights[b], len(max(a, b, key=len))) and _neighbours(
                words[a], words[b], block
            ):
                uf.union(x, y)
    groups: dict[int, list[int]] = {}
    for i in range(len(keys)):
        groups.setdefault(uf.find(i), []).append(i)
    return list(groups.values())


def _rare(a: int, b: int, letters: int) -> bool:
    """A misspelling is rare next to its name: two spellings written three times or more
    each are two names ("Tolliver" and "Toliver", "MPs" and "MEPs", "Johnson" and
    "Johansson"), not one; only a long name (``letters``, ten or more) has frequent
    variants, transliterations ("Tolvarskenergas", "Tolvarskenergaz"), a third as
    frequent at most.

    >>> _rare(60, 2, 7), _rare(152, 12, 4), _rare(30, 9, 15)
    (True, False, True)
    """
    low, high = min(a, b), max(a, b)
    return low <= 2 or (letters >= _LONG_NAME and low * 3 <= high)


_LONG_NAME = 10


def _frequent_first(pair: tuple[str, int]) -> tuple[int, int, str]:
    """Sort key of a ``(spelling, count)`` pair: the most frequent first; on a tie the
    fuller spelling (:func:`_fullness`), then by spelling.

    >>> sorted([("Erdogan", 2), ("Erdoğan", 2), ("Erdogan Bey", 3)], key=_frequent_first)
    [('Erdogan Bey', 3), ('Erdoğan', 2), ('Erdogan', 2)]
    """
    return -pair[1], -_fullness(pair[0]), pair[0]


# What a scraper drops from a name and never adds: a letter with a diacritic (or outside
# ASCII: "ø", "ł") and a hyphen or dash.
_FULL_MARK = regex.compile(r"(?![\x00-\x7f])[\p{L}\p{M}]|\p{Pd}")


def _fullness(spelling: str) -> int:
    """How many letters with diacritics and hyphens a spelling writes: of two spellings of
    one name, the plain one is what a scraper made of the fuller one.

    >>> _fullness("Erdoğan"), _fullness("Anne-Laure Lefèvre"), _fullness("Erdogan")
    (1, 2, 0)
    """
    return len(_FULL_MARK.findall(spelling))


def _words_of(spellings: collections.Counter[str]) -> tuple[str, ...]:
    top = spellings.most_common(1)[0][0]
    return tuple(nm.fold(w) for w in top.replace("-", " ").split()) or (nm.fold(top),)


def _neighbours(a: tuple[str, ...], b: tuple[str, ...], block: tuple[object, ...]) -> bool:
    if len(a) != len(b):
        return False
    if len(a) == 1:
        return _close(a[0], b[0])
    diff = [k for k in range(len(a)) if a[k] != b[k]]
    return len(diff) == 1 and _close(a[diff[0]], b[diff[0]])


def _clusters(
    members: list[int],
    keys: Sequence[str],
    by_key: dict[str, collections.Counter[str]],
    words: dict[str, tuple[str, ...]],
    weights: dict[str, int],
) -> list[NameCluster]:
    """Split a linked group so that every spelling stays close to its cluster's canonical:
    the most frequent spelling of the heaviest fingerprint (a one-word name weighs as
    often as the corpus writes it, in longer names too)."""
    order = sorted(members, key=lambda i: (-weights[keys[i]], keys[i]))
    out: list[NameCluster] = []
    left = order
    while left:
        head = left[0]
        mine = [i for i in left if i == head or _neighbours(words[keys[head]], words[keys[i]], ())]
        left = [i for i in left if i not in mine]
        spellings: collections.Counter[str] = collections.Counter()
        for i in mine:
            spellings.update(by_key[keys[i]])
        top = min(by_key[keys[head]].items(), key=_frequent_first)[0]
        rest = sorted(((s, n) for s, n in spellings.items() if s != top), key=_frequent_first)
        out.append(NameCluster(((top, spellings[top]), *rest)))
    return out


def _merge_surnames(clusters: list[NameCluster]) -> list[NameCluster]:
    """Fold a one-word cluster ("Mensch", "Mansh") into the one full name it is the last
    word of ("Arthur Mensch"); left alone when several full names share that word."""
    full: dict[str, list[int]] = {}
    for i, c in enumerate(clusters):
        words = c.canonical.split()
        if len(words) > 1 and nm.fold(words[0]) in nm.given_names() and not words[-1].isupper():
            full.setdefault(nm.fold(words[-1]), []).append(i)
    merged: dict[int, list[tuple[str, int]]] = {}
    dropped: set[int] = set()
    for i, c in enumerate(clusters):
        if " " in c.canonical:
            continue
        owners = full.get(nm.fold(c.canonical), [])
        if len(owners) == 1 and nm.fold(c.canonical) not in nm.given_names():
            merged.setdefault(owners[0], []).extend(c.variants)
            dropped.add(i)
    out = []
    for i, c in enumerate(clusters):
        if i in dropped:
            continue
        if i in merged:
            extra = collections.Counter(dict(merged[i]))
            extra.update(dict(c.variants))
            head = c.variants[0]
            rest = sorted(((s, n) for s, n in extra.items() if s != head[0]), key=_frequent_first)
            c = NameCluster((head, *rest))
        out.append(c)
    return out


def _ordinary(name: str) -> bool:
    """A one-word name that is an ordinary word, a month or a place, not worth listing."""
    if " " in name:
        return False
    f = nm.fold(name)
    return nm.is_word(f) or f in nm.calendar() or f in nm.titles() or f in nm.places()


def _fuller_note(cluster: NameCluster) -> str:
    """A warning for a cluster whose canonical spelling won by count over a fuller one
    (``Muller`` over ``Müller``): as an alias, the fuller spelling would lose its marks
    across the corpus, which the names pass otherwise never takes away.

    >>> _fuller_note(NameCluster((("Muller", 9), ("Müller", 8))))
    "; NOTE 'Müller' writes marks that 'Muller' lacks: swap them if 'Müller' is right"
    >>> _fuller_note(NameCluster((("Müller", 9), ("Muller", 8))))
    ''
    """
    fullness = _fullness(cluster.canonical)
    for spelling, _ in cluster.variants[1:]:
        if _fullness(spelling) > fullness and nm.fold(spelling) == nm.fold(cluster.canonical):
            return (
                f"; NOTE {spelling!r} writes marks that {cluster.canonical!r} lacks: swap them "
                f"if {spelling!r} is right"
            )
    return ""


def suggestions_toml(clusters: Iterable[NameCluster], *, aliases: bool = True) -> str:
    """The TOML text of a reviewable canonical list; each entry notes its spellings and counts.

    >>> print(suggestions_toml([NameCluster((("DeepSeek", 5), ("Deep Seek", 2)))]), end="")
    # Canonical names suggested by `cleantext suggest-names`: review before use.
    # Each entry: the most frequent spelling; other spellings become aliases.
    <BLANKLINE>
    # 7 mentions: DeepSeek (5), Deep Seek (2)
    [[names]]
    canonical = "DeepSeek"
    aliases = ["Deep Seek"]
    """
    items = list(clusters)
    notes = {
        c.canonical: f"{c.count} mentions: "
        + ", ".join(f"{s} ({n})" for s, n in c.variants)
        + _fuller_note(c)
        for c in items
    }
    others = (
        "other spellings become aliases" if aliases else "other spellings are noted, not listed"
    )
    header = (
        "# Canonical names suggested by `cleantext suggest-names`: review before use.\n"
        f"# Each entry: the most frequent spelling; {others}.\n\n"
    )
    return header + dump_names([c.entry(aliases=aliases) for c in items], notes)


def write_suggestions(
    clusters: Iterable[NameCluster], path: str | Path, *, aliases: bool = True
) -> None:
    """Write :func:`suggestions_toml` to ``path`` (UTF-8).

    >>> import pathlib, tempfile
    >>> path = pathlib.Path(tempfile.mkdtemp()) / "names.toml"
    >>> write_suggestions(suggest_names(["Arthur Mensch spoke. Arthur Mensch left."]), path)
    >>> "Arthur Mensch" in path.read_text(encoding="utf-8")
    True
    """
    # the whole list is made before the file is touched, and the file is replaced whole:
    # a list that cannot be written (a lone surrogate) leaves an older file as it was
    atomic_write(path, suggestions_toml(clusters, aliases=aliases).encode("utf-8"))
