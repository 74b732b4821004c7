"""A short article to set furniture in, for the StripBoilerplate tests, written for them.

>>> story = Story("Title", "First.", "Second.", "Last.")
>>> story.between("Advertisement")
'Title\\n\\nFirst.\\n\\nAdvertisement\\n\\nSecond.\\n\\nLast.\\n'
>>> story.cleaned
'Title\\n\\nFirst.\\n\\nSecond.\\n\\nLast.\\n'
"""

from __future__ import annotations

from dataclasses import dataclass

from cleantext.passes import StripBoilerplate

STRIP = StripBoilerplate()


@dataclass(frozen=True)
class Story:
    """A title and three paragraphs of prose, with no furniture."""

    title: str
    before: str
    after: str
    ending: str

    @property
    def cleaned(self) -> str:
        """The story as it should come out: no furniture."""
        return f"{self.title}\n\n{self.before}\n\n{self.after}\n\n{self.ending}\n"

    def between(self, block: str) -> str:
        """The story with ``block`` as a paragraph between its first two."""
        return f"{self.title}\n\n{self.before}\n\n{block}\n\n{self.after}\n\n{self.ending}\n"

    def at_end(self, block: str) -> str:
        """The story with ``block`` as its last paragraph."""
        return f"{self.title}\n\n{self.before}\n\n{self.after}\n\n{self.ending}\n\n{block}\n"


def assert_unchanged(text: str) -> None:
    """``text`` comes back byte for byte, and no change is proposed."""
    assert STRIP(text) == text
    assert STRIP.propose(text) == []
