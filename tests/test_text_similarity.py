"""Suggested crosswalk links from the likeness of requirement texts (pure, no Qt, no SQL)."""

from __future__ import annotations

import random

import pytest

from koll_desktop.domain.enums import Coverage
from koll_desktop.domain.library import CrosswalkLink
from koll_desktop.domain.text_similarity import (
    Suggestion,
    rank,
    segments,
    stem,
    suggest,
    tokens,
)

A = [(("EX", "1"), "Arbetar enligt basala hygienrutiner och klädregler."),
     (("EX", "2"), "Mäter och rapporterar puls, blodtryck och andning."),
     (("EX", "3"), "Hanterar nycklar enligt lokala rutiner.")]
B = [(("YP", "1"), "Basala hygienrutiner och smittskydd"),
     (("YP", "2"), "Vitala parametrar: puls, blodtryck och andning"),
     (("YP", "3"), "Matsmältning, näringsupptag och utsöndring"),
     (("YP", "4"), "Svenska språkets uppbyggnad")]


def test_tokens_are_lower_case_swedish_words_without_stop_words():
    assert tokens("Arbetar ENLIGT basala hygienrutiner, t.ex. 3 gånger/dag (ÅÄÖ-test).") == [
        "arbetar", "basala", "hygienrutiner", "gånger", "dag", "åäö", "test"]


@pytest.mark.parametrize("forms", [
    ("hygienrutinerna", "hygienrutiner", "hygienrutinen"),
    ("provtagning", "provtagningen", "provtagningar"),
    ("funktionsnedsättning", "funktionsnedsättningar"),
    ("sjuksköterska", "sjuksköterskan", "sjuksköterskor"),
    ("patient", "patienter", "patienterna", "patientens"),
    ("säkerhet", "säkerheten"),
    ("process", "processer"),
])
def test_the_stemmer_maps_inflected_forms_together(forms):
    assert len({stem(f) for f in forms}) == 1, {f: stem(f) for f in forms}


def test_stems_keep_at_least_four_letters():
    assert stem("hygienrutinerna") == "hygienrutin"
    assert stem("vården") == "vård" and stem("vårdare") == "vård"
    assert stem("bad") == "bad" and stem("arna") == "arna"


def test_an_obviously_related_pair_ranks_above_unrelated_ones():
    ranked = rank(A, B, min_score=0.0)
    best = {s.a_ref: s for s in reversed(ranked)}  # the best suggestion per A requirement
    assert best[("EX", "1")].b_ref == ("YP", "1")
    assert best[("EX", "2")].b_ref == ("YP", "2")
    hygiene = best[("EX", "1")]
    assert hygiene.score > 0.3
    assert set(hygiene.shared_words) == {"hygienrutiner", "basala"}
    assert all(s.b_ref not in {("YP", "3"), ("YP", "4")} for s in ranked)
    assert all(0.0 < s.score <= 1.0 for s in ranked)


def test_a_compound_meets_its_parts():
    ranked = rank([(("EX", "1"), "Arbetar enligt basala hygienrutiner.")],
                  [(("YP", "1"), "Hygien och smittskydd"),
                   (("YP", "2"), "Planering av måltider")], min_score=0.0)
    assert [s.b_ref for s in ranked] == [("YP", "1")]
    assert ranked[0].shared_words == ("hygienrutiner", "hygien")


def test_suggestions_exclude_existing_links_either_way():
    every = suggest(A, B, min_score=0.0)
    assert (("EX", "1"), ("YP", "1")) in {(s.a_ref, s.b_ref) for s in every}
    links = [CrosswalkLink(("EX", "1"), ("YP", "1"), Coverage.FULL),
             (("YP", "2"), ("EX", "2"))]  # a pair stored the other way round
    left = {(s.a_ref, s.b_ref) for s in suggest(A, B, links, min_score=0.0)}
    assert (("EX", "1"), ("YP", "1")) not in left and (("EX", "2"), ("YP", "2")) not in left
    assert left == {(s.a_ref, s.b_ref) for s in every} - {(("EX", "1"), ("YP", "1")),
                                                          (("EX", "2"), ("YP", "2"))}


def test_min_score_and_limit():
    assert all(s.score >= 0.3 for s in suggest(A, B, min_score=0.3))
    assert len(suggest(A, B, min_score=0.0, limit=1)) == 1
    assert suggest(A, [], min_score=0.0) == [] and suggest([], B) == []
    assert suggest([(("EX", "9"), "")], [(("YP", "9"), "och i på")], min_score=0.0) == []


def test_order_is_deterministic_score_then_references():
    same = [(("EX", "2"), "Trycksår"), (("EX", "1"), "Trycksår")]
    other = [(("YP", "2"), "Trycksår"), (("YP", "1"), "Trycksår")]
    got = suggest(same, other, min_score=0.0)
    assert [(s.a_ref[1], s.b_ref[1]) for s in got] == [("1", "1"), ("1", "2"), ("2", "1"),
                                                       ("2", "2")]
    shuffled_a, shuffled_b = A[::-1], B[::-1]
    assert suggest(shuffled_a, shuffled_b, min_score=0.0) == suggest(A, B, min_score=0.0)


def test_a_requirement_is_never_suggested_with_itself():
    both = [*A, (("EX", "4"), "Basala hygienrutiner vid vård")]
    got = {(s.a_ref, s.b_ref) for s in suggest(both, both, min_score=0.0)}
    assert (("EX", "1"), ("EX", "4")) in got
    assert all(a != b for a, b in got)


def test_500_by_500_gives_a_ranked_limited_list():
    words = ["vård", "omsorg", "hygien", "smittskydd", "trycksår", "delegering", "läkemedel",
             "dokumentation", "bemötande", "kommunikation", "demenssjukdom", "rehabilitering",
             "förflyttning", "nutrition", "sekretess", "rapportering", "hjärt", "lungräddning",
             "anhöriga", "etik"]
    rng = random.Random(3)

    def reqs(prefix):
        return [((prefix, str(i)), " ".join(rng.choices(words, k=6))) for i in range(500)]

    got = suggest(reqs("A"), reqs("B"), limit=50)
    assert len(got) == 50 and all(isinstance(s, Suggestion) for s in got)
    assert [s.score for s in got] == sorted((s.score for s in got), reverse=True)


def test_segments_mark_the_shared_words_for_highlighting():
    assert segments("Basala hygienrutiner, basala.", ["basala"]) == [
        ("Basala", True), (" hygienrutiner, ", False), ("basala", True), (".", False)]
    assert segments("Ingen träff", []) == [("Ingen träff", False)]
