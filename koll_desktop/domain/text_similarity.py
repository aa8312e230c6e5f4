"""Suggested crosswalk links: requirements of two frameworks ranked by how alike their texts are.

Only suggestions: a coordinator accepts or rejects each one; nothing here links anything.

The texts are short Swedish sentences ("Arbetar enligt basala hygienrutiner …"). Each is
turned into a bag of stems:

- **tokens**: lower-case runs of letters (å ä ö and other letters kept, digits and
  punctuation split words), one-letter words and a small list of Swedish stop words dropped;
- **stems**: a light Swedish stemmer strips the longest common inflection suffix (-arna,
  -erna, -heten, -ningen, -er, -en, -a, -s …) as long as at least four letters remain, so
  "hygienrutinerna" and "hygienrutiner" both become "hygienrutin";
- **compound parts**: Swedish writes compounds as one word. A long word whose head occurs on
  its own somewhere in the two frameworks ("hygienrutiner" = "hygien" + "rutiner") also
  counts its parts, at half weight, so it can meet "Hygien och smittskydd".

Pairs are scored by **TF-IDF cosine** over those stems rather than Jaccard: requirement texts
share many generic words ("enskilde", "rutiner", "arbetet", "vanliga"), and Jaccard counts a
shared generic word as much as a shared specific one ("trycksår", "delegering"). Inverse
document frequency, taken over the requirements of both frameworks, lets the rare, telling
words decide the rank, and the cosine keeps long and short texts comparable. Scores are in
[0, 1]; the order is deterministic (score descending, then the two references).

Scoring goes through an inverted index of the second framework, so only pairs that share a
stem are ever touched; 500 × 500 requirements take well under a second in pure Python.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from koll_desktop.domain.library import RequirementRef

MIN_STEM = 4  # a suffix is stripped only if at least this many letters remain
COMPOUND_PART_WEIGHT = 0.5

STOP_WORDS = frozenset({
    "alla", "allt", "andra", "att", "av", "bara", "blir", "bli", "dem", "den", "denna", "deras",
    "dess", "dessa", "det", "detta", "dig", "din", "du", "där", "efter", "eftersom", "ej", "eller",
    "en", "enligt", "er", "ett", "exempel", "fler", "flera", "från", "får", "för", "ha", "har",
    "hur", "här", "hos", "i", "in", "inom", "inte", "ja", "jag", "kan", "kunna", "man", "med",
    "men", "mer", "mest", "mot", "många", "ni", "nu", "när", "och", "också", "om", "oss", "på",
    "samt", "sig", "sin", "sina", "sitt", "själv", "ska", "skall", "skulle", "så", "som", "till",
    "t", "ex", "under", "upp", "ut", "utan", "utifrån", "vad", "var", "vara", "vi", "vid", "vilka",
    "vilken", "vilket", "än", "är", "även", "över",
})

# Longest first is applied; see `stem`.
SUFFIXES = tuple(sorted((
    "ningarna", "ningarnas", "heterna", "hetens", "ningar", "ningen", "ning", "arnas", "ernas",
    "ornas", "arna", "erna", "orna", "ande", "ende", "heten", "het", "ingen", "ingar", "aste",
    "arens", "ens", "ets", "are", "ast", "ar", "er", "or", "en", "et", "an", "na", "a", "e", "s",
), key=lambda s: (-len(s), s)))
_S_ENDING = frozenset("bcdfghjklmnoprtvy")  # a final -s is an ending only after these
_VOWELS = frozenset("aeiouyåäö")
_WORD = re.compile(r"[^\W\d_]+")


@dataclass(frozen=True)
class Suggestion:
    """One suggested link: requirement `a_ref` of the first framework, `b_ref` of the second."""

    a_ref: RequirementRef
    b_ref: RequirementRef
    score: float  # TF-IDF cosine in [0, 1]
    shared_words: tuple[str, ...]  # the words (lower case, as written) behind the score


def tokens(text: str) -> list[str]:
    """Lower-case words of at least two letters, stop words left out."""
    return [w for w in _WORD.findall(text.lower()) if len(w) > 1 and w not in STOP_WORDS]


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A light Swedish stem: the longest known suffix off, keeping at least four letters."""
    word = word.lower()
    for suffix in SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= MIN_STEM:
            if suffix == "s" and word[-2] not in _S_ENDING:
                continue
            return word[: -len(suffix)]
    return word


def _split_compound(word: str, words: frozenset[str], stems: frozenset[str]) -> tuple[str, ...]:
    """The stems of a known head and a tail, longest head first; else ().

    The head must occur on its own in the texts; the tail too, or else look like the start
    of a word (five letters or more, not starting with a vowel: "hygien|rutiner" splits,
    "kommun|ikation" does not)."""
    for cut in range(len(word) - MIN_STEM, MIN_STEM - 1, -1):
        head = word[:cut]
        if head not in words and head not in stems:
            continue
        for tail in (word[cut:], word[cut + 1:] if word[cut] == "s" else ""):  # fog-s
            if len(tail) < MIN_STEM:
                continue
            known = tail in words or stem(tail) in stems
            if known or (len(tail) > MIN_STEM and tail[0] not in _VOWELS):
                return stem(head), stem(tail)
    return ()


class _Doc:
    __slots__ = ("ref", "sources", "terms", "vector")

    def __init__(self, ref: RequirementRef, words: list[str]) -> None:
        self.ref = ref
        self.terms: Counter[str] = Counter()
        self.sources: dict[str, list[str]] = {}  # stem → words that gave it, in text order
        self.vector: dict[str, float] = {}
        for word in words:
            self._add(stem(word), word, 1.0)

    def _add(self, term: str, word: str, weight: float) -> None:
        self.terms[term] += weight
        seen = self.sources.setdefault(term, [])
        if word not in seen:
            seen.append(word)

    def add_compounds(self, words: frozenset[str], stems: frozenset[str]) -> None:
        for word in [w for ws in list(self.sources.values()) for w in ws]:
            if len(word) >= 2 * MIN_STEM:
                for part in _split_compound(word, words, stems):
                    self._add(part, word, COMPOUND_PART_WEIGHT)

    def weigh(self, idf: dict[str, float]) -> None:
        raw = {t: (1.0 + math.log(tf)) * idf[t] if tf >= 1 else tf * idf[t]
               for t, tf in self.terms.items()}
        norm = math.sqrt(sum(v * v for v in raw.values()))
        self.vector = {t: v / norm for t, v in raw.items()} if norm else {}


def _documents(reqs: Iterable[tuple[RequirementRef, str]]) -> list[_Doc]:
    return [_Doc(tuple(ref), tokens(text or "")) for ref, text in reqs]  # type: ignore[arg-type]


def _prepare(docs_a: list[_Doc], docs_b: list[_Doc]) -> None:
    every = docs_a + docs_b
    words = frozenset(w for d in every for ws in d.sources.values() for w in ws)
    stems = frozenset(t for d in every for t in d.terms)
    for doc in every:
        doc.add_compounds(words, stems)
    frequency: Counter[str] = Counter(t for d in every for t in d.terms)
    total = len(every)
    idf = {t: math.log((1 + total) / (1 + df)) + 1.0 for t, df in frequency.items()}
    for doc in every:
        doc.weigh(idf)


def _shared_words(a: _Doc, b: _Doc, shared: list[tuple[float, str]]) -> tuple[str, ...]:
    words: list[str] = []
    for _weight, term in sorted(shared, key=lambda s: (-s[0], s[1])):
        for word in a.sources[term] + b.sources[term]:
            if word not in words:
                words.append(word)
    return tuple(words)


def rank(reqs_a: Iterable[tuple[RequirementRef, str]],
         reqs_b: Iterable[tuple[RequirementRef, str]], *,
         min_score: float = 0.15) -> list[Suggestion]:
    """Every pair scoring at least `min_score`, best first (score, then references)."""
    docs_a, docs_b = _documents(reqs_a), _documents(reqs_b)
    _prepare(docs_a, docs_b)
    postings: dict[str, list[tuple[int, float]]] = {}
    for j, doc in enumerate(docs_b):
        for term, weight in doc.vector.items():
            postings.setdefault(term, []).append((j, weight))
    found: list[Suggestion] = []
    for a in docs_a:
        scores: dict[int, float] = {}
        for term, weight in a.vector.items():
            for j, other in postings.get(term, ()):
                scores[j] = scores.get(j, 0.0) + weight * other
        for j, score in scores.items():
            b = docs_b[j]
            if score < min_score or a.ref == b.ref:
                continue
            shared = [(a.vector[t] * b.vector[t], t) for t in a.vector if t in b.vector]
            found.append(Suggestion(a.ref, b.ref, round(min(score, 1.0), 6),
                                    _shared_words(a, b, shared)))
    found.sort(key=_order)
    return found


def _order(s: Suggestion) -> tuple[float, RequirementRef, RequirementRef]:
    return (-s.score, s.a_ref, s.b_ref)


def linked_pairs(existing_links: Iterable[Any]) -> set[tuple[RequirementRef, RequirementRef]]:
    """Both orientations of every link; a link is a CrosswalkLink or a (ref, ref) pair."""
    pairs: set[tuple[RequirementRef, RequirementRef]] = set()
    for link in existing_links:
        first, second = ((link.from_ref, link.to_ref) if hasattr(link, "from_ref")
                         else (link[0], link[1]))
        pairs.add((tuple(first), tuple(second)))  # type: ignore[arg-type]
        pairs.add((tuple(second), tuple(first)))  # type: ignore[arg-type]
    return pairs


def choose(ranked: Sequence[Suggestion], excluded: Iterable[Any] = (),
           limit: int = 50) -> list[Suggestion]:
    """The first `limit` of already ranked suggestions whose pair is not `excluded`
    (links or (ref, ref) pairs, either orientation)."""
    skip = linked_pairs(excluded)
    chosen: list[Suggestion] = []
    for s in ranked:
        if len(chosen) >= limit:
            break
        if (s.a_ref, s.b_ref) not in skip:
            chosen.append(s)
    return chosen


def suggest(reqs_a: Iterable[tuple[RequirementRef, str]],
            reqs_b: Iterable[tuple[RequirementRef, str]],
            existing_links: Iterable[Any] = (), limit: int = 50,
            min_score: float = 0.15) -> list[Suggestion]:
    """Ranked suggestions between requirements (ref, text) of A and of B, leaving out pairs
    already linked (CrosswalkLink or (ref, ref), either direction); at most `limit`."""
    return choose(rank(reqs_a, reqs_b, min_score=min_score), existing_links, limit)


def requirement_texts(framework: Any) -> list[tuple[RequirementRef, str]]:
    """(ref, text) of every requirement of a domain Framework, in tree order."""
    return [((framework.code, r.code), r.text) for r in framework.requirements]


def segments(text: str, words: Iterable[str]) -> list[tuple[str, bool]]:
    """`text` cut into pieces, each marked True where it is one of `words` (any case):
    what a view needs to highlight the shared words of a suggestion."""
    wanted = {w.lower() for w in words}
    pieces: list[tuple[str, bool]] = []
    last = 0
    for match in _WORD.finditer(text):
        if match.group().lower() in wanted:
            if match.start() > last:
                pieces.append((text[last:match.start()], False))
            pieces.append((match.group(), True))
            last = match.end()
    if last < len(text):
        pieces.append((text[last:], False))
    return pieces
