"""The plan engine (DESIGN §4): hand-computed examples for every rule, then properties."""

from __future__ import annotations

import random
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from koll_desktop.domain.case import UnitDecision
from koll_desktop.domain.enums import (
    AssessmentStatus,
    Coverage,
    CreditForm,
    FrameworkKind,
    UnitOutcome,
)
from koll_desktop.domain.library import (
    CrosswalkLink,
    Framework,
    MicroCredential,
    Requirement,
    Unit,
)
from koll_desktop.domain.plan_engine import (
    PlanSettings,
    UnitOverride,
    UnitRole,
    ValueSource,
    compare,
    compute_plan,
    covering_micro_credentials,
    remaining_points,
    study_days,
)

MET, PARTLY, NOT_MET, NOT_ASSESSED = (
    AssessmentStatus.MET, AssessmentStatus.PARTLY, AssessmentStatus.NOT_MET,
    AssessmentStatus.NOT_ASSESSED)
FULL, PARTIAL = Coverage.FULL, Coverage.PARTIAL
CREDITED, SUPPLEMENTARY, FULL_COURSE = (
    UnitOutcome.CREDITED, UnitOutcome.SUPPLEMENTARY, UnitOutcome.FULL_COURSE)


# --- builders --------------------------------------------------------------------------------


def unit(code: str, *reqs: str | tuple[str, float], points: int | None = None,
         group: str | None = None, required: bool = True) -> Unit:
    """A unit whose requirements are codes, or (code, weight) pairs."""
    requirements = tuple(
        Requirement(code=r, text=r, id=r) if isinstance(r, str)
        else Requirement(code=r[0], text=r[0], weight=r[1], id=r[0])
        for r in reqs)
    return Unit(code=code, title=f"Kurs {code}", points=points, alternative_group=group,
                required=required, requirements=requirements, id=code)


def framework(code: str, *units: Unit) -> Framework:
    return Framework(code=code, kind=FrameworkKind.LOCAL, title=code, version="1",
                     units=units, id=code)


def link(a: tuple[str, str], b: tuple[str, str], coverage: Coverage = FULL,
         lid: str | None = None) -> CrosswalkLink:
    return CrosswalkLink(a, b, coverage, id=lid or f"{a}-{b}")


def credential(code: str, *refs: tuple[str, str]) -> MicroCredential:
    return MicroCredential(code=code, title=code, requirements=refs, id=code)


STD = framework("EX-USK", unit("A", "A.1", "A.2", "A.3"), unit("B", "B.1", "B.2"))
PKG = framework("VOXABN", unit("OMVOMV01", "O.1", "O.2", "O.3", "O.4", points=100),
                unit("PSKPSY01", "P.1", "P.2", points=50))


def plan(frameworks=(STD, PKG), links=(), statuses=None, **kwargs):
    return compute_plan(tuple(frameworks), tuple(links), statuses or {}, **kwargs)


# --- v(r): direct, derived, none -------------------------------------------------------------


def test_direct_values_met_partly_not_met():
    result = plan(statuses={("EX-USK", "A.1"): MET, ("EX-USK", "A.2"): PARTLY,
                            ("EX-USK", "A.3"): NOT_MET})
    values = [result.value(("EX-USK", c)) for c in ("A.1", "A.2", "A.3")]
    assert [v.value for v in values] == [1.0, 0.5, 0.0]
    assert {v.source for v in values} == {ValueSource.DIRECT}
    assert [v.status for v in values] == [MET, PARTLY, NOT_MET]
    assert [v.met for v in values] == [True, False, False]


def test_unassessed_and_unlinked_is_zero_with_no_source():
    result = plan(statuses={("EX-USK", "A.1"): NOT_ASSESSED})
    for code in ("A.1", "A.2"):
        value = result.value(("EX-USK", code))
        assert (value.value, value.source, value.derived_from) == (0.0, ValueSource.NONE, ())


def test_full_link_derives_the_other_side_and_says_where_from():
    lk = link(("EX-USK", "A.3"), ("VOXABN", "O.1"), FULL, "L1")
    result = plan(links=[lk], statuses={("EX-USK", "A.3"): MET})
    value = result.value(("VOXABN", "O.1"))
    assert (value.value, value.source) == (1.0, ValueSource.DERIVED)
    assert [d.ref for d in value.derived_from] == [("EX-USK", "A.3")]
    assert value.derived_from[0].link_id == "L1"
    assert value.derived_from[0].label == "EX-USK A.3 (full)"


def test_links_are_symmetric():
    lk = link(("EX-USK", "A.3"), ("VOXABN", "O.1"))
    forward = plan(links=[lk], statuses={("EX-USK", "A.3"): PARTLY})
    backward = plan(links=[lk], statuses={("VOXABN", "O.1"): PARTLY})
    assert forward.value(("VOXABN", "O.1")).value == 0.5
    assert backward.value(("EX-USK", "A.3")).value == 0.5
    assert backward.value(("EX-USK", "A.3")).source == ValueSource.DERIVED


def test_partial_link_times_partly_is_a_quarter():
    lk = link(("EX-USK", "A.1"), ("VOXABN", "O.1"), PARTIAL)
    result = plan(links=[lk], statuses={("EX-USK", "A.1"): PARTLY})
    assert result.value(("VOXABN", "O.1")).value == 0.25


def test_partial_factor_is_a_setting():
    lk = link(("EX-USK", "A.1"), ("VOXABN", "O.1"), PARTIAL)
    result = plan(links=[lk], statuses={("EX-USK", "A.1"): MET},
                  settings=PlanSettings(partial_link_factor=0.75))
    assert result.value(("VOXABN", "O.1")).value == 0.75


def test_direct_assessment_wins_over_a_higher_derived_value():
    lk = link(("EX-USK", "A.1"), ("VOXABN", "O.1"))
    result = plan(links=[lk], statuses={("EX-USK", "A.1"): MET, ("VOXABN", "O.1"): NOT_MET})
    value = result.value(("VOXABN", "O.1"))
    assert (value.value, value.source, value.derived_from) == (0.0, ValueSource.DIRECT, ())


def test_not_assessed_status_still_derives():
    lk = link(("EX-USK", "A.1"), ("VOXABN", "O.1"))
    result = plan(links=[lk], statuses={("EX-USK", "A.1"): MET, ("VOXABN", "O.1"): NOT_ASSESSED})
    assert result.value(("VOXABN", "O.1")).source == ValueSource.DERIVED


def test_derived_is_the_maximum_and_lists_only_links_reaching_it():
    links = [link(("EX-USK", "A.1"), ("VOXABN", "O.1"), PARTIAL, "L-partial-met"),  # 0.5
             link(("EX-USK", "A.2"), ("VOXABN", "O.1"), FULL, "L-full-partly"),  # 0.5
             link(("VOXABN", "O.1"), ("EX-USK", "A.3"), FULL, "L-full-met")]  # 1
    statuses = {("EX-USK", "A.1"): MET, ("EX-USK", "A.2"): PARTLY, ("EX-USK", "A.3"): MET}
    value = plan(links=links, statuses=statuses).value(("VOXABN", "O.1"))
    assert value.value == 1.0
    assert [d.link_id for d in value.derived_from] == ["L-full-met"]


def test_ties_list_every_link_sorted_by_ref():
    links = [link(("EX-USK", "A.3"), ("VOXABN", "O.1"), FULL, "L3"),
             link(("EX-USK", "A.1"), ("VOXABN", "O.1"), PARTIAL, "L1")]
    statuses = {("EX-USK", "A.1"): MET, ("EX-USK", "A.3"): PARTLY}
    value = plan(links=links, statuses=statuses).value(("VOXABN", "O.1"))
    assert value.value == 0.5
    assert [d.label for d in value.derived_from] == ["EX-USK A.1 (partial)",
                                                     "EX-USK A.3 (full)"]


def test_derived_from_not_met_is_zero_but_derived():
    lk = link(("EX-USK", "A.1"), ("VOXABN", "O.1"))
    value = plan(links=[lk], statuses={("EX-USK", "A.1"): NOT_MET}).value(("VOXABN", "O.1"))
    assert (value.value, value.source) == (0.0, ValueSource.DERIVED)


def test_derivation_is_one_step_never_chained():
    links = [link(("EX-USK", "A.1"), ("VOXABN", "O.1")),
             link(("VOXABN", "O.1"), ("VOXABN", "O.2"))]
    result = plan(links=links, statuses={("EX-USK", "A.1"): MET})
    assert result.value(("VOXABN", "O.1")).value == 1.0
    assert result.value(("VOXABN", "O.2")).source == ValueSource.NONE


def test_derives_from_a_framework_outside_the_case():
    lk = link(("OTHER", "X.1"), ("VOXABN", "O.1"))
    result = plan(frameworks=[PKG], links=[lk], statuses={("OTHER", "X.1"): MET})
    assert result.value(("VOXABN", "O.1")).value == 1.0
    assert ("OTHER", "X.1") not in result.values


def test_frameworks_without_links_use_direct_values_only():
    result = plan(statuses={("EX-USK", "A.1"): MET})
    assert result.value(("VOXABN", "O.1")).source == ValueSource.NONE
    assert result.unit(("EX-USK", "A")).coverage == pytest.approx(1 / 3)


# --- unit coverage and outcome ---------------------------------------------------------------


def test_coverage_is_weighted():
    fw = framework("F", unit("U", ("r1", 1), ("r2", 2), ("r3", 3), points=100))
    result = plan([fw], statuses={("F", "r1"): MET, ("F", "r2"): PARTLY, ("F", "r3"): NOT_MET})
    # (1×1 + 2×0.5 + 3×0) / 6 = 1/3
    assert result.unit(("F", "U")).coverage == pytest.approx(1 / 3)


def test_all_met_is_credited_as_intyg_by_default():
    statuses = {("VOXABN", c): MET for c in ("P.1", "P.2")}
    result = plan(statuses=statuses).unit(("VOXABN", "PSKPSY01"))
    assert (result.coverage, result.outcome) == (1.0, CREDITED)
    assert result.credit_form == CreditForm.CERTIFICATE
    assert (result.remaining_points, result.weeks, result.to_study) == (0, 0.0, ())


def test_credit_form_setting_prefers_provning():
    statuses = {("VOXABN", c): MET for c in ("P.1", "P.2")}
    result = plan(statuses=statuses, settings=PlanSettings(credit_form=CreditForm.EXAMINATION))
    assert result.unit(("VOXABN", "PSKPSY01")).credit_form == CreditForm.EXAMINATION


def test_partly_covered_is_supplementary_listing_what_to_study():
    statuses = {("VOXABN", "O.1"): MET, ("VOXABN", "O.2"): PARTLY, ("VOXABN", "O.4"): MET}
    result = plan(statuses=statuses).unit(("VOXABN", "OMVOMV01"))
    assert result.coverage == pytest.approx(2.5 / 4)
    assert result.outcome == SUPPLEMENTARY
    assert result.credit_form is None
    assert result.to_study == (("VOXABN", "O.2"), ("VOXABN", "O.3"))
    assert result.remaining_points == 40  # 100 × 0.375 = 37.5 → 40


def test_nothing_covered_is_full_course():
    result = plan().unit(("VOXABN", "OMVOMV01"))
    assert (result.coverage, result.outcome, result.remaining_points) == (0.0, FULL_COURSE, 100)
    assert len(result.to_study) == 4


def test_thresholds_are_settings():
    statuses = {("VOXABN", c): MET for c in ("O.1", "O.2", "O.3")}  # 0.75
    lenient = PlanSettings(credited_threshold=0.75)
    assert plan(statuses=statuses, settings=lenient).unit(("VOXABN", "OMVOMV01")).outcome \
        == CREDITED
    strict = PlanSettings(full_course_threshold=0.8)
    assert plan(statuses=statuses, settings=strict).unit(("VOXABN", "OMVOMV01")).outcome \
        == FULL_COURSE
    assert plan(statuses=statuses).unit(("VOXABN", "OMVOMV01")).outcome == SUPPLEMENTARY


def test_empty_unit_has_zero_coverage_and_is_flagged():
    fw = framework("F", unit("EMPTY", points=100), unit("U", "r1", points=100))
    result = plan([fw], statuses={("F", "r1"): MET})
    empty = result.unit(("F", "EMPTY"))
    assert (empty.coverage, empty.empty, empty.outcome) == (0.0, True, FULL_COURSE)
    assert result.unit(("F", "U")).empty is False


def test_unit_without_points_gets_outcome_but_no_points_or_weeks():
    result = plan(statuses={("EX-USK", "B.1"): MET}).unit(("EX-USK", "B"))
    assert (result.outcome, result.points, result.remaining_points, result.weeks) == (
        SUPPLEMENTARY, None, None, None)
    assert plan().frameworks[0].totals.points_total == 0


# --- points and weeks ------------------------------------------------------------------------


@pytest.mark.parametrize(("points", "coverage", "step", "expected"), [
    (100, 2 / 3, 10, 40),  # 33.3 → 40
    (100, 0.67, 10, 40),  # 33 → 40
    (100, 0.7, 10, 30),  # 30.000000000000004 must stay 30
    (100, 0.75, 10, 30),  # 25 → 30
    (100, 0.75, 25, 25),
    (100, 2 / 3, 25, 50),
    (100, 0.999, 10, 10),  # anything left is at least one step
    (55, 0.05, 10, 55),  # 52.25 → 60, capped at the course's 55 points
])
def test_remaining_points_round_up_to_the_step(points, coverage, step, expected):
    got = remaining_points(points, coverage, SUPPLEMENTARY, PlanSettings(rounding_step=step))
    assert got == expected


def test_remaining_points_follow_the_outcome():
    assert remaining_points(100, 1.0, SUPPLEMENTARY) == 0  # 0 stays 0
    assert remaining_points(100, 0.5, CREDITED) == 0
    assert remaining_points(100, 0.5, FULL_COURSE) == 100
    assert remaining_points(None, 0.5, SUPPLEMENTARY) is None


@pytest.mark.parametrize(("pace", "weeks"), [(100, 2.0), (50, 4.0), (25, 8.0)])
def test_weeks_at_pace(pace, weeks):
    # 40 points left: 20 / 10 / 5 points a week at 100 / 50 / 25 %.
    statuses = {("VOXABN", "O.1"): MET, ("VOXABN", "O.2"): MET, ("VOXABN", "O.3"): PARTLY}
    result = plan(statuses=statuses, settings=PlanSettings(pace_percent=pace))
    omv = result.unit(("VOXABN", "OMVOMV01"))
    assert omv.remaining_points == 40  # 100 × (1 − 2.5/4) = 37.5 → 40
    assert omv.weeks == weeks


def test_total_weeks_follow_pace():
    # 150 points to study (OMV 100 + PSK 50): 7.5 / 15 / 30 weeks.
    weeks = [plan(settings=PlanSettings(pace_percent=p)).totals.weeks for p in (100, 50, 25)]
    assert weeks == [7.5, 15.0, 30.0]
    slow = plan(settings=PlanSettings(pace_percent=25), start=date(2026, 1, 1))
    assert slow.frameworks[1].totals.end_date == date(2026, 7, 30)  # 210 days


def test_study_days_round_up():
    assert study_days(0) == 0
    assert study_days(1) == 7
    assert study_days(3.5) == 25  # 24.5 → 25
    assert study_days(0.1 * 3 * 10 / 3) == 7  # float noise must not add a day


# --- alternatives ----------------------------------------------------------------------------


SVE = framework("P", unit("SVESVE01", "sve1", "sve2", points=100, group="sv1"),
                unit("SVASVA01", "sva1", "sva2", points=100, group="sv1"),
                unit("SAMSAM01a1", "sam1", points=50))


def test_alternative_with_highest_coverage_is_chosen():
    result = plan([SVE], statuses={("P", "sva1"): MET, ("P", "sve1"): PARTLY})
    assert result.unit(("P", "SVASVA01")).role == UnitRole.COUNTED
    not_needed = result.unit(("P", "SVESVE01"))
    assert not_needed.role == UnitRole.ALTERNATIVE_NOT_NEEDED
    assert not_needed.coverage == 0.25  # still computed, just not counted
    totals = result.frameworks[0].totals
    assert totals.points_total == 150
    assert totals.points_to_study == 50 + 50  # SVA 100 × 0.5 → 50, SAM full course 50


def test_alternative_tie_takes_the_first_in_order():
    result = plan([SVE])
    assert result.unit(("P", "SVESVE01")).role == UnitRole.COUNTED
    assert result.unit(("P", "SVASVA01")).role == UnitRole.ALTERNATIVE_NOT_NEEDED


def test_the_counsellors_choice_of_alternative_counts_over_coverage():
    statuses = {("P", "sve1"): MET, ("P", "sve2"): MET}  # Svenska 1 fully covered
    result = plan([SVE], statuses=statuses, chosen=frozenset({("P", "SVASVA01")}))
    assert result.unit(("P", "SVASVA01")).role == UnitRole.COUNTED
    assert result.unit(("P", "SVESVE01")).role == UnitRole.ALTERNATIVE_NOT_NEEDED
    assert result.frameworks[0].totals.points_to_study == 100 + 50  # SVA whole, SAM whole
    other_framework = plan([SVE], statuses=statuses, chosen=frozenset({("Q", "SVASVA01")}))
    assert other_framework.unit(("P", "SVESVE01")).role == UnitRole.COUNTED  # not this one's


def test_optional_units_are_not_counted():
    fw = framework("F", unit("U", "r1", points=100), unit("OPT", "r2", points=100,
                                                           required=False))
    result = plan([fw])
    assert result.unit(("F", "OPT")).role == UnitRole.OPTIONAL
    assert result.frameworks[0].totals.points_total == 100 == fw.total_points


# --- overrides -------------------------------------------------------------------------------


def test_override_keeps_proposal_outcome_and_reason():
    decisions = {("VOXABN", "OMVOMV01"): UnitOverride(CREDITED, "Yrkesbevis från 2019")}
    statuses = {("VOXABN", "O.1"): MET}
    result = plan(statuses=statuses, decisions=decisions)
    omv = result.unit(("VOXABN", "OMVOMV01"))
    assert (omv.proposed, omv.outcome) == (SUPPLEMENTARY, CREDITED)
    assert (omv.overridden, omv.override_reason) == (True, "Yrkesbevis från 2019")
    assert (omv.remaining_points, omv.credit_form) == (0, CreditForm.CERTIFICATE)
    assert result.frameworks[1].totals.credited_points == 100
    untouched = result.unit(("VOXABN", "PSKPSY01"))
    assert (untouched.overridden, untouched.override_reason) == (False, "")


def test_override_to_full_course_counts_all_points():
    decisions = {("VOXABN", "PSKPSY01"): UnitOverride(FULL_COURSE, "Inaktuellt, 15 år sedan")}
    statuses = {("VOXABN", "P.1"): MET, ("VOXABN", "P.2"): MET}
    omv = plan(statuses=statuses, decisions=decisions).unit(("VOXABN", "PSKPSY01"))
    assert (omv.proposed, omv.outcome, omv.remaining_points) == (CREDITED, FULL_COURSE, 50)


def test_override_needs_a_reason_and_accepts_a_stored_decision():
    with pytest.raises(ValueError):
        UnitOverride(CREDITED, "  ")
    stored = UnitDecision(case_id="c", unit_id="u", outcome=FULL_COURSE, reason="Byte av yrke")
    omv = plan(decisions={("EX-USK", "A"): stored}).unit(("EX-USK", "A"))
    assert (omv.outcome, omv.override_reason) == (FULL_COURSE, "Byte av yrke")


# --- totals ----------------------------------------------------------------------------------


def test_totals_per_framework_and_overall_with_end_date():
    other = framework("YP", unit("X", "x1", "x2", points=100))
    statuses = {("VOXABN", "P.1"): MET, ("VOXABN", "P.2"): MET,  # PSK credited, 50
                ("VOXABN", "O.1"): MET, ("VOXABN", "O.2"): MET,  # OMV 50 left
                ("YP", "x1"): MET}  # X 50 left
    result = plan([STD, PKG, other], statuses=statuses, start=date(2026, 1, 5))
    std, pkg, yp = (f.totals for f in result.frameworks)
    assert (std.points_total, std.points_to_study, std.weeks) == (0, 0, 0.0)
    assert std.end_date == date(2026, 1, 5)
    assert (yp.points_total, yp.points_to_study, yp.credited_points) == (100, 50, 0)
    assert (pkg.points_total, pkg.credited_points, pkg.points_to_study) == (150, 50, 50)
    assert pkg.validated_points == 100
    assert pkg.weeks == 2.5
    assert pkg.end_date == date(2026, 1, 23)  # 17.5 days → 18
    overall = result.totals
    assert (overall.points_total, overall.credited_points, overall.points_to_study) == (
        250, 50, 100)
    assert overall.weeks == 5.0
    assert overall.end_date == date(2026, 2, 9)  # 35 days
    assert plan().totals.end_date is None


def test_empty_case_and_empty_framework():
    empty = framework("EMPTY")
    result = plan([empty])
    assert result.frameworks[0].units == ()
    assert (result.totals.points_total, result.totals.weeks) == (0, 0.0)
    assert plan([]).frameworks == ()
    comparison = compare(empty, PKG, [])
    assert (comparison.units, comparison.coverage, comparison.unmatched) == ((), 0.0, ())


def test_output_follows_framework_order():
    result = plan(frameworks=(PKG, STD))
    assert [f.code for f in result.frameworks] == ["VOXABN", "EX-USK"]
    assert [u.ref for u in result.frameworks[0].units] == ["OMVOMV01", "PSKPSY01"]
    assert [r.ref[1] for r in result.frameworks[0].units[0].requirements] == [
        "O.1", "O.2", "O.3", "O.4"]
    assert list(result.values)[:4] == [("VOXABN", c) for c in ("O.1", "O.2", "O.3", "O.4")]


# --- micro-credentials -----------------------------------------------------------------------


def test_micro_credential_earned_through_direct_and_derived():
    lk = link(("EX-USK", "A.1"), ("VOXABN", "O.1"))
    mc = credential("MC1", ("VOXABN", "O.1"), ("EX-USK", "A.2"))
    result = plan(links=[lk], statuses={("EX-USK", "A.1"): MET, ("EX-USK", "A.2"): MET},
                  micro_credentials=[mc])
    (status,) = result.micro_credentials
    assert (status.code, status.earned, status.missing) == ("MC1", True, ())


def test_micro_credential_pending_lists_missing_in_order():
    lk = link(("EX-USK", "A.1"), ("VOXABN", "O.1"), PARTIAL)  # derived 0.5: not met
    mc = credential("MC2", ("VOXABN", "O.2"), ("VOXABN", "O.1"), ("EX-USK", "A.2"),
                    ("NOPE", "Z.9"))
    statuses = {("EX-USK", "A.1"): MET, ("EX-USK", "A.2"): MET, ("VOXABN", "O.2"): PARTLY}
    (status,) = plan(links=[lk], statuses=statuses, micro_credentials=[mc]).micro_credentials
    assert status.earned is False
    assert status.missing == (("VOXABN", "O.2"), ("VOXABN", "O.1"), ("NOPE", "Z.9"))
    assert status.unknown == (("NOPE", "Z.9"),)


def test_micro_credential_with_only_unknown_or_no_refs_is_pending():
    result = plan(micro_credentials=[credential("GHOST", ("NOPE", "Z.9")), credential("NONE")])
    assert [m.earned for m in result.micro_credentials] == [False, False]
    assert [m.code for m in result.micro_credentials] == ["GHOST", "NONE"]


# --- stackability ----------------------------------------------------------------------------


def test_stacking_finds_a_covering_set():
    mc1 = credential("M1", ("VOXABN", "O.1"), ("VOXABN", "O.2"))
    mc2 = credential("M2", ("VOXABN", "O.3"), ("VOXABN", "O.4"), ("EX-USK", "A.1"))
    mc3 = credential("M3", ("VOXABN", "O.2"), ("VOXABN", "O.3"))
    result = covering_micro_credentials("VOXABN", PKG.units[0], [mc1, mc2, mc3])
    assert result.credentials == (mc1, mc2)
    assert (result.uncovered, result.complete) == ((), True)
    assert result.unit_key == ("VOXABN", "OMVOMV01")


def test_stacking_drops_credentials_made_redundant():
    fw = framework("F", unit("U", *(f"r{i}" for i in range(1, 7))))
    big = credential("BIG", *(("F", f"r{i}") for i in (2, 3, 4, 5)))
    left = credential("LEFT", ("F", "r1"), ("F", "r2"), ("F", "r3"))
    right = credential("RIGHT", ("F", "r4"), ("F", "r5"), ("F", "r6"))
    result = covering_micro_credentials("F", fw.units[0], [big, left, right])
    assert result.credentials == (left, right)  # greedy took BIG first; it is redundant


def test_stacking_reports_what_no_credential_covers():
    mc1 = credential("M1", ("VOXABN", "O.1"))
    result = covering_micro_credentials("VOXABN", PKG.units[0], [mc1])
    assert result.credentials == (mc1,)
    assert result.uncovered == (("VOXABN", "O.2"), ("VOXABN", "O.3"), ("VOXABN", "O.4"))
    assert result.complete is False
    assert covering_micro_credentials("VOXABN", PKG.units[0], []).complete is False


# --- comparison ------------------------------------------------------------------------------


CMP_LINKS = (
    link(("EX-USK", "A.1"), ("VOXABN", "O.1"), FULL),
    link(("EX-USK", "A.2"), ("VOXABN", "O.1"), PARTIAL),
    link(("VOXABN", "O.2"), ("EX-USK", "A.2"), PARTIAL),  # the other direction
    link(("VOXABN", "O.3"), ("EX-USK", "Z.404"), FULL),  # A has no Z.404: ignored
    link(("VOXABN", "O.4"), ("OTHER", "X.1"), FULL),  # a third framework: ignored
)


def test_compare_package_by_standard():
    result = compare(PKG, STD, CMP_LINKS)
    omv = result.units[0]
    assert [m.c for m in omv.matches] == [1.0, 0.5, 0.0, 0.0]
    assert omv.coverage == pytest.approx(1.5 / 4)
    assert omv.unmatched == ("O.3", "O.4")
    assert omv.matches[0].matched_by == (("EX-USK", "A.1"),)
    assert omv.matches[1].coverage == PARTIAL
    assert result.units[1].coverage == 0.0
    assert result.unmatched == (("VOXABN", "O.3"), ("VOXABN", "O.4"),
                                ("VOXABN", "P.1"), ("VOXABN", "P.2"))
    assert result.coverage == pytest.approx(1.5 / 6)
    assert (result.framework_code, result.by_code) == ("VOXABN", "EX-USK")


def test_compare_standard_by_package_is_the_other_way():
    result = compare(STD, PKG, CMP_LINKS)
    a = result.units[0]
    assert [m.c for m in a.matches] == [1.0, 0.5, 0.0]  # A.2: best of two partial links
    assert a.matches[1].matched_by == (("VOXABN", "O.1"), ("VOXABN", "O.2"))
    assert a.coverage == pytest.approx(1.5 / 3)
    assert result.units[1].unmatched == ("B.1", "B.2")


def test_compare_uses_weights():
    b = framework("B", unit("U", ("b1", 3), ("b2", 1)))
    a = framework("A", unit("V", "a1"))
    result = compare(b, a, [link(("A", "a1"), ("B", "b1"), PARTIAL)])
    assert result.units[0].coverage == pytest.approx(3 * 0.5 / 4)


def test_compare_with_itself_matches_every_requirement():
    result = compare(PKG, PKG, ())
    assert [u.coverage for u in result.units] == [1.0, 1.0]
    assert result.unmatched == ()
    assert result.units[0].matches[0].matched_by == (("VOXABN", "O.1"),)


# --- settings --------------------------------------------------------------------------------


@pytest.mark.parametrize("bad", [
    {"credited_threshold": 0}, {"credited_threshold": 1.5},
    {"full_course_threshold": 1.0}, {"rounding_step": 0}, {"pace_percent": 0},
    {"partial_link_factor": 2}, {"partly_value": 1.5},
])
def test_bad_settings_are_refused(bad):
    with pytest.raises(ValueError):
        PlanSettings(**bad)


def test_points_per_week_follow_pace():
    assert [PlanSettings(pace_percent=p).points_per_week for p in (100, 50, 25)] == [20, 10, 5]


# --- properties (hypothesis) -----------------------------------------------------------------

WEIGHTS = st.sampled_from([0.5, 1.0, 1.0, 2.0, 3.0])
FOREIGN = [("OTHER", "X.1"), ("OTHER", "X.2")]


@st.composite
def units_strategy(draw, fw_code: str):
    units = []
    for u in range(draw(st.integers(0, 4))):
        reqs = tuple(
            Requirement(code=f"{u}.{i}", text="", weight=draw(WEIGHTS), id=f"{fw_code}{u}.{i}")
            for i in range(draw(st.integers(0, 4))))
        units.append(Unit(
            code=f"U{u}", title=f"U{u}", requirements=reqs, id=f"{fw_code}U{u}",
            points=draw(st.one_of(st.none(), st.integers(1, 30).map(lambda p: p * 10))),
            alternative_group=draw(st.sampled_from([None, None, "G"])),
            required=draw(st.sampled_from([True, True, True, False]))))
    return tuple(units)


@st.composite
def cases(draw):
    frameworks = tuple(framework(code, *draw(units_strategy(code))) for code in ("F1", "F2"))
    refs = [(f.code, r.code) for f in frameworks for r in f.requirements] + FOREIGN
    ref = st.sampled_from(refs)
    links = tuple(
        CrosswalkLink(a, b, c, id=f"L{i}") for i, (a, b, c) in enumerate(
            draw(st.lists(st.tuples(ref, ref, st.sampled_from(Coverage)), max_size=15))))
    statuses = draw(st.dictionaries(ref, st.sampled_from(AssessmentStatus)))
    credentials = tuple(
        MicroCredential(code=f"M{i}", title="", requirements=tuple(rs), id=f"M{i}")
        for i, rs in enumerate(draw(st.lists(st.lists(ref, max_size=4), max_size=4))))
    unit_keys = [(f.code, u.ref) for f in frameworks for u in f.units]
    decisions = {} if not unit_keys else draw(st.dictionaries(
        st.sampled_from(unit_keys),
        st.sampled_from(UnitOutcome).map(lambda o: UnitOverride(o, "motivering")), max_size=2))
    return frameworks, links, statuses, credentials, decisions, refs


def run(case, statuses=None, links=None):
    frameworks, case_links, case_statuses, credentials, decisions, _ = case
    return compute_plan(frameworks, case_links if links is None else links,
                        case_statuses if statuses is None else statuses, decisions,
                        credentials, start=date(2026, 1, 1))


def all_units(result):
    return [u for f in result.frameworks for u in f.units]


@settings(max_examples=100, deadline=None)
@given(cases())
def test_property_coverage_and_values_stay_in_range(case):
    result = run(case)
    for u in all_units(result):
        assert 0.0 <= u.coverage <= 1.0
    assert {v.value for v in result.values.values()} <= {0.0, 0.25, 0.5, 1.0}


@settings(max_examples=100, deadline=None)
@given(cases(), st.data())
def test_property_one_more_met_never_lowers_anything(case, data):
    ref = data.draw(st.sampled_from(case[-1]))
    before = run(case)
    after = run(case, statuses={**case[2], ref: MET})
    for b, a in zip(all_units(before), all_units(after), strict=True):
        assert a.coverage >= b.coverage
    for b, a in zip(before.micro_credentials, after.micro_credentials, strict=True):
        assert a.earned or not b.earned
    assert after.totals.points_to_study <= before.totals.points_to_study or any(
        u.role != v.role for u, v in zip(all_units(before), all_units(after), strict=True))


@settings(max_examples=100, deadline=None)
@given(cases(), st.randoms(use_true_random=False))
def test_property_order_of_links_and_assessments_never_matters(case, rnd: random.Random):
    links = list(case[1])
    rnd.shuffle(links)
    items = list(case[2].items())
    rnd.shuffle(items)
    assert run(case, statuses=dict(items), links=tuple(links)) == run(case)
    reversed_links = tuple(CrosswalkLink(lk.to_ref, lk.from_ref, lk.coverage, id=lk.id)
                           for lk in case[1])
    assert run(case, links=reversed_links) == run(case)  # links are symmetric


@settings(max_examples=300, deadline=None)
@given(st.integers(1, 500), st.floats(0, 1), st.sampled_from([1, 5, 10, 20, 25, 50]))
def test_property_remaining_points_on_the_step_and_within_the_course(points, coverage, step):
    got = remaining_points(points, coverage, SUPPLEMENTARY, PlanSettings(rounding_step=step))
    assert 0 <= got <= points
    assert got % step == 0 or got == points  # the cap, only for points off the step
    if points % step == 0:
        assert got % step == 0
    assert got >= points * (1 - coverage) - 1e-6  # rounded up, never down


@settings(max_examples=100, deadline=None)
@given(cases())
def test_property_remaining_points_in_a_whole_plan(case):
    for u in all_units(run(case)):
        if u.points is None:
            assert u.remaining_points is None
        else:
            assert 0 <= u.remaining_points <= u.points
            assert u.remaining_points % 10 == 0  # generated points are multiples of 10
