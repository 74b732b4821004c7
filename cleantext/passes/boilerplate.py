"""PLACEHOLDER: StripBoilerplate is being written; it proposes no edits yet."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from cleantext.edits import Edit
from cleantext.passes.base import EMPTY_CONTEXT, Context, Pass


@dataclass(frozen=True, slots=True)
class StripBoilerplate(Pass):
    """PLACEHOLDER."""

    name: ClassVar[str] = "boilerplate"
    keep: tuple[str, ...] = ()
    names: tuple[str, ...] = ()

    def propose(self, text: str, context: Context = EMPTY_CONTEXT) -> list[Edit]:
        return []
