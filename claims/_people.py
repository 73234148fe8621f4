"""The people a text names, for a subject that is a pronoun (private to ``claims.context``).
Takes the text; resolves 她/他 at a position to the person named last before it.

Split from ``claims._clause`` so that each module stays readable; built only when a clause's
subject is a pronoun (few texts have one). The cues (,女 / 同志) come from ``context.toml``.
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

import regex

from claims import _prefilter
from claims.vocab import ContextWords

# A name ends right before a person cue, or opens the title.
_HAN_RUN_END = regex.compile(r"\p{Han}+$")  # the Chinese characters ending a stretch
_TITLE_NAME = regex.compile(r"\s*(\p{Han}{2,4})[:：]")  # 李峥嵘:以“微博之力”… (the first line)


@lru_cache(maxsize=4)
def _person_cue(cues: tuple[str, ...]) -> regex.Pattern[str]:
    """A person cue (,女 / 同志) right after a Chinese character: a name may stand before it."""
    alt = "|".join(regex.escape(c) for c in sorted(cues, key=len, reverse=True))
    return regex.compile(rf"(?<=\p{{Han}})(?:{alt})")


@lru_cache(maxsize=4)
def _cue_prefilters(cues: tuple[str, ...]) -> tuple[_prefilter.Prefilter, ...]:
    """Where a person cue may start (claims._prefilter): the cues themselves, in stdlib re."""
    return ((re.compile(_prefilter.literal_first(_prefilter.literals(cues))), 0),)


def _cues(text: str, cues: tuple[str, ...]) -> list[regex.Match[str]]:
    """``_person_cue(cues).finditer(text)``, tried only where a cue starts."""
    if not cues or not all(cues):  # an empty cue matches everywhere: the plain scan
        return list(_person_cue(cues).finditer(text))
    return _prefilter.finditer(_person_cue(cues), _cue_prefilters(cues), text, at_start=False)


def _mentions(text: str, names: set[str]) -> list[tuple[int, str]]:
    """Where ``names`` stand in ``text`` (start, name), as a scan for their alternation
    finds them: the leftmost, the longest there, then on after it. Found with str.find, not
    a pattern compiled for each text's names."""
    hits = []
    for name in names:
        i = text.find(name)
        while i >= 0:
            hits.append((i, -len(name), name))
            i = text.find(name, i + 1)
    hits.sort()
    out: list[tuple[int, str]] = []
    end = 0
    for i, _, name in hits:
        if i >= end:
            out.append((i, name))
            end = i + len(name)
    return out


class _People:
    """The people a text names, for resolving 她/他 (built only when a pronoun is a subject).

    A person is a 2-4 character name before a person cue (李峥嵘,女 / 李峥嵘同志) or at the
    start of the title before a colon (李峥嵘:以“微博之力”…). A pronoun resolves to the latest
    mention of a person before it in its paragraph, else to the title's person; otherwise it
    stays (no guessing).
    """

    def __init__(self, text: str, words: ContextWords) -> None:
        names = set()
        for m in _cues(text, words.person_cues):
            # the name is the whole run of 2-4 Chinese characters before the cue
            # (a run of 5 fills the window: longer than a name, 他说李峥嵘同志, so refused)
            run = _HAN_RUN_END.search(text, max(0, m.start() - 5), m.start())
            if run and 2 <= len(run.group()) <= 4:
                names.add(run.group())
        title = _TITLE_NAME.match(text)
        self.title = title.group(1) if title else None
        if self.title:
            names.add(self.title)
        self.mentions = _mentions(text, names)
        self.starts = [m[0] for m in self.mentions]

    def __bool__(self) -> bool:
        return bool(self.mentions)

    def resolve(self, pos: int, paragraph_start: int) -> str | None:
        """The person a pronoun at ``pos`` refers to, or ``None``."""
        i = bisect.bisect_left(self.starts, pos) - 1
        if i >= 0 and self.mentions[i][0] >= paragraph_start:
            return self.mentions[i][1]
        return self.title
