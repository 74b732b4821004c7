"""Cost of NormalizeNames as the canonical list grows: 10 names against 10,000, same text.

Not a test: prints a small table. Run from the repo root:

    python benchmarks/bench_names.py [--words 20000] [--repeat 7]

The index is built once per list (and cached); the per-document cost should stay flat,
because every step looks names up by token or blocking key instead of looping over the list.
"""

from __future__ import annotations

import argparse
import random
import statistics
import time

from cleantext.passes import NormalizeNames
from cleantext.resources import load_list

BASE = [
    "Arthur Mensch",
    "Guillaume Lample",
    "Timothée Lacroix",
    "Sundar Pichai",
    "Thomas Müller",
    "DeepSeek",
    "OpenAI",
    "Mistral AI",
    "WeWork",
    "Ngozi Okonjo-Iweala",
]

PARAGRAPHS = [
    "Arthur Mensch, who co-founded Mistral AI in Paris, said on Tuesday that the company "
    "would open an office in London. Mansh told reporters that Deepseek and Open AI were "
    "moving fast, but that Mistral AI had its own plan.",
    "Guillaume Lample and Timothee Lacroix built the first models. Lampel said the team "
    "had grown to two hundred people; Mr Lacroix added that hiring would continue in March.",
    "Analysts at the bank were cautious. Shares of WeWork fell again, and Thomas Muller, a "
    "fund manager in Munich, said investors were nervous. Muller's fund sold its stake.",
    "Sundar Pichai spoke at a conference in Geneva, where Ngozi Okonjo-Iweala warned about "
    "trade. Pichia said the company would invest more in Europe; Okonjo-Iwela agreed.",
    "The weather in March was mild, and the marsh near the river flooded twice. Mark Davies, "
    "a local farmer, said the council should act. Manish Kumar, an engineer, disagreed.",
]


def synthetic_names(n: int, seed: int = 7) -> list[str]:
    """``n`` invented full names and products (given names from the bundled list)."""
    rng = random.Random(seed)
    given = list(load_list("names_given.txt"))
    onsets = [
        "b",
        "br",
        "c",
        "ch",
        "d",
        "f",
        "g",
        "h",
        "k",
        "l",
        "m",
        "n",
        "p",
        "r",
        "s",
        "sh",
        "st",
        "t",
        "v",
        "w",
        "z",
    ]
    vowels = ["a", "e", "i", "o", "u", "ai", "ea", "ou"]
    codas = ["", "n", "r", "s", "l", "ck", "nd", "rt", "sk", "tz", "ll", "m"]
    out: set[str] = set(BASE)
    while len(out) < n:
        surname = "".join(
            rng.choice(onsets) + rng.choice(vowels) + rng.choice(codas)
            for _ in range(rng.randint(2, 3))
        ).capitalize()
        if rng.random() < 0.1:
            out.add(surname + rng.choice(["Tech", "AI", "Labs", "Soft"]))
        else:
            out.add(f"{rng.choice(given)} {surname}")
    return sorted(out)[:n] if n < len(BASE) else [*BASE, *sorted(out - set(BASE))][:n]


def article(words: int) -> str:
    paras: list[str] = []
    count = 0
    k = 0
    while count < words:
        p = PARAGRAPHS[k % len(PARAGRAPHS)]
        paras.append(p)
        count += len(p.split())
        k += 1
    return "\n\n".join(paras) + "\n"


def timed(fn: object, repeat: int) -> float:
    runs = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()  # type: ignore[operator]
        runs.append(time.perf_counter() - t0)
    return statistics.median(runs)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--words", type=int, default=20000, help="length of the test text")
    ap.add_argument("--repeat", type=int, default=7, help="runs per measurement (median)")
    args = ap.parse_args()
    text = article(args.words)
    rows = []
    base_cost = None
    for n in (10, 1000, 10000):
        names = synthetic_names(n)
        t0 = time.perf_counter()
        fix = NormalizeNames(names)
        build = time.perf_counter() - t0
        edits = fix.propose(text)
        cost = timed(lambda fix=fix: fix.propose(text), args.repeat)
        base_cost = base_cost or cost
        rows.append((n, build, cost, cost / base_cost, len(edits)))
    print(f"text: {len(text.split()):,} words, {len(text):,} characters")
    print(f"{'names':>7} | {'index build':>11} | {'propose':>9} | {'vs 10':>6} | edits")
    print("-" * 52)
    for n, build, cost, ratio, edits in rows:
        print(
            f"{n:>7,} | {build * 1000:>9.1f}ms | {cost * 1000:>7.1f}ms | {ratio:>5.2f}x | {edits}"
        )


if __name__ == "__main__":
    main()
