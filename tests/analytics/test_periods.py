"""Months, fiscal quarters and fiscal years: names, bounds, neighbours, ranges."""

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kamdesk.analytics.periods import (
    Period,
    PeriodKind,
    fiscal_year_first_day,
    fiscal_year_name,
    parse_period,
    period_of,
    period_span,
    periods_between,
)

D = dt.date
MONTH, QUARTER, YEAR = PeriodKind.MONTH, PeriodKind.QUARTER, PeriodKind.YEAR


def test_a_month_is_a_calendar_month_whatever_the_fiscal_year():
    january = parse_period("2027-01", fiscal_year_start=4)
    assert (january.kind, january.start, january.end) == (MONTH, D(2027, 1, 1), D(2027, 2, 1))
    assert january.last_day == D(2027, 1, 31)
    assert parse_period("2028-02").last_day == D(2028, 2, 29)  # leap year
    assert period_of(D(2027, 12, 31), MONTH).name == "2027-12"


def test_with_a_january_start_quarters_and_years_are_calendar_ones():
    q1 = parse_period("2027-Q1")
    assert (q1.start, q1.end) == (D(2027, 1, 1), D(2027, 4, 1))
    assert parse_period("2027-Q4").start == D(2027, 10, 1)
    year = parse_period("2027")
    assert (year.start, year.last_day) == (D(2027, 1, 1), D(2027, 12, 31))
    assert period_of(D(2027, 5, 17), QUARTER).name == "2027-Q2"


def test_an_april_fiscal_year_is_named_after_the_year_it_starts_in():
    # April 2027 – March 2028: nine of its twelve months are in 2027.
    fy = parse_period("2027", fiscal_year_start=4)
    assert (fy.start, fy.last_day) == (D(2027, 4, 1), D(2028, 3, 31))
    # January–March 2027 is the last quarter of the fiscal year that began in April 2026.
    quarter = period_of(D(2027, 3, 5), QUARTER, fiscal_year_start=4)
    assert (quarter.name, quarter.start) == ("2026-Q4", D(2027, 1, 1))
    assert parse_period("2027-Q1", 4).start == D(2027, 4, 1)


def test_an_october_fiscal_year_is_named_after_the_year_it_ends_in():
    # October 2026 – September 2027: nine months in 2027.
    fy = period_of(D(2026, 11, 15), YEAR, fiscal_year_start=10)
    assert (fy.name, fy.start, fy.last_day) == ("2027", D(2026, 10, 1), D(2027, 9, 30))
    assert period_of(D(2026, 11, 15), QUARTER, 10).name == "2027-Q1"


def test_a_july_fiscal_year_split_six_and_six_is_named_after_the_year_it_ends_in():
    fy = parse_period("2027", fiscal_year_start=7)
    assert (fy.start, fy.last_day) == (D(2026, 7, 1), D(2027, 6, 30))
    assert fiscal_year_name(D(2026, 7, 1)) == 2027
    assert fiscal_year_name(D(2026, 6, 1)) == 2026


def test_fiscal_year_first_day():
    assert fiscal_year_first_day(D(2027, 3, 31), 4) == D(2026, 4, 1)
    assert fiscal_year_first_day(D(2027, 4, 1), 4) == D(2027, 4, 1)
    assert fiscal_year_first_day(D(2027, 1, 1)) == D(2027, 1, 1)


@pytest.mark.parametrize(
    "text", ["2027-13", "2027-00", "2027-Q5", "2027-Q0", "27", "2027-1", "2027-H1", "", "Q1"]
)
def test_parse_period_refuses_what_is_not_a_month_quarter_or_year(text):
    with pytest.raises(ValueError):
        parse_period(text)


def test_parse_period_refuses_a_non_text_and_a_bad_fiscal_start():
    with pytest.raises(ValueError):
        parse_period(2027)
    for bad in (0, 13, True):
        with pytest.raises(ValueError):
            parse_period("2027", fiscal_year_start=bad)


def test_parse_period_ignores_surrounding_spaces():
    assert parse_period(" 2027-Q2 ").name == "2027-Q2"


def test_a_period_must_start_where_its_kind_starts():
    with pytest.raises(ValueError):
        Period(D(2027, 1, 15), MONTH)
    with pytest.raises(ValueError):
        Period(D(2027, 2, 1), QUARTER)  # a calendar quarter starts in Jan, Apr, Jul or Oct
    with pytest.raises(ValueError):
        Period(D(2027, 1, 1), YEAR, fiscal_year_start=4)
    assert Period(D(2027, 2, 1), QUARTER, fiscal_year_start=5).name == "2026-Q4"


def test_previous_and_next_cross_year_boundaries():
    assert parse_period("2027-01").previous().name == "2026-12"
    assert parse_period("2027-Q1").previous().name == "2026-Q4"
    assert parse_period("2026-Q4").next().name == "2027-Q1"
    assert parse_period("2027").previous().name == "2026"
    assert parse_period("2027-03").shifted(-14).name == "2026-01"


def test_containment_of_days_and_of_periods():
    q1 = parse_period("2027-Q1")
    assert q1.contains(D(2027, 1, 1)) and q1.contains(D(2027, 3, 31))
    assert not q1.contains(D(2027, 4, 1)) and not q1.contains(D(2026, 12, 31))
    assert dt.datetime(2027, 3, 31, 23, 59) in q1
    assert parse_period("2027-02") in q1
    assert parse_period("2027-04") not in q1
    assert q1 in parse_period("2027")
    assert parse_period("2027") not in q1


def test_sub_periods_and_months():
    year = parse_period("2027", 4)
    assert [p.name for p in year.sub_periods()] == ["2027-Q1", "2027-Q2", "2027-Q3", "2027-Q4"]
    assert [p.name for p in parse_period("2027-Q2").sub_periods()] == [
        "2027-04",
        "2027-05",
        "2027-06",
    ]
    assert parse_period("2027-05").sub_periods() == ()
    months = year.month_periods()
    assert (len(months), months[0].name, months[-1].name) == (12, "2027-04", "2028-03")


def test_periods_between_lists_every_period_the_range_touches():
    names = [p.name for p in periods_between(D(2026, 11, 30), D(2027, 4, 1), QUARTER)]
    assert names == ["2026-Q4", "2027-Q1", "2027-Q2"]
    months = periods_between(D(2027, 1, 31), D(2027, 3, 1), MONTH)
    assert [p.name for p in months] == ["2027-01", "2027-02", "2027-03"]
    assert periods_between(D(2027, 3, 1), D(2027, 2, 1), MONTH) == []


def test_period_span_runs_from_first_to_last():
    span = period_span(parse_period("2026-11"), parse_period("2027-02"))
    assert [p.name for p in span] == ["2026-11", "2026-12", "2027-01", "2027-02"]
    assert period_span(parse_period("2027-02"), parse_period("2027-01")) == []
    with pytest.raises(ValueError):
        period_span(parse_period("2027-01"), parse_period("2027-Q1"))


# -- properties -------------------------------------------------------------------------------

days = st.dates(min_value=D(1990, 1, 1), max_value=D(2200, 12, 31))
kinds = st.sampled_from(list(PeriodKind))
fiscal_starts = st.integers(1, 12)


@given(days, kinds, fiscal_starts)
def test_a_period_name_parses_back_to_the_same_period(day, kind, start):
    period = period_of(day, kind, start)
    assert parse_period(period.name, start) == period


@given(days, kinds, fiscal_starts)
def test_a_day_lies_in_its_period_and_periods_tile_without_gaps(day, kind, start):
    period = period_of(day, kind, start)
    assert period.contains(day)
    assert period.next().start == period.end
    assert period.previous().next() == period
    assert sum(1 for month in period.month_periods()) == {MONTH: 1, QUARTER: 3, YEAR: 12}[kind]


@given(days, fiscal_starts)
def test_a_fiscal_year_is_named_after_a_year_holding_at_least_half_its_months(day, start):
    year = period_of(day, YEAR, start)
    named = int(year.name)
    assert sum(1 for m in year.month_periods() if m.start.year == named) >= 6
