"""Due dates in the library's time zone."""

from datetime import date, datetime, timedelta, timezone

from lendwell import calendar, loans


def test_due_date_is_three_weeks_later():
    assert loans.due_date(date(2026, 11, 2)) == date(2026, 11, 23)


def test_loan_across_the_clocks_going_back_is_due_at_closing_time():
    due = calendar.due_at(datetime(2026, 10, 14, 11, 30))
    assert due.astimezone(timezone.utc) == datetime(2026, 11, 4, 20, 0, tzinfo=timezone.utc)


def test_overdue_loan_is_flagged():
    due_at = datetime(2026, 11, 4, 20, 0, tzinfo=timezone.utc)
    assert loans.is_overdue(due_at)


def test_loan_due_at_the_end_of_november_can_be_renewed():
    assert calendar.renewal_window_open(date(2026, 11, 30), date.today())


def test_renewal_window_closed_a_week_before():
    assert not calendar.renewal_window_open(date(2026, 12, 4), date(2026, 12, 4) - timedelta(days=7))
