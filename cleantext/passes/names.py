"""PLACEHOLDER: NormalizeNames is being written; it proposes no edits yet."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import ClassVar

from cleantext.edits import Edit
from cleantext.passes.base import EMPTY_CONTEXT, Context, Pass


@dataclass(frozen=True, slots=True)
class NormalizeNames(Pass):
    """PLACEHOLDER."""

    name: ClassVar[str] = "names"
    names: tuple[str, ...] = ()

    def __init__(self, names: Iterable[str] = ()) -> None:
        object.__setattr__(self, "names", tuple(names))

    def propose(self, text: str, context: Context = EMPTY_CONTEXT) -> list[Edit]:
        return []
