"""The course catalogue: credits, grades, fees, descriptions, slugs, registration windows, requests."""
import datetime
import decimal
import statistics

import bleach
import markdown
from webob import Request

from quadroll import settings

GRADE_POINTS = {"A": 4.0, "A-": 3.7, "B+": 3.3, "B": 3.0, "B-": 2.7, "C+": 2.3, "C": 2.0, "F": 0.0}
ALLOWED_TAGS = "p,em,strong,ul,li,a"


class EnrolmentClosed(Exception):
    pass


def credits(courses):
    return sum(course["credits"] for course in courses[1:])


def gpa(results):
    points = sum(GRADE_POINTS[grade] * credit for grade, credit in results)
    return points / sum(credit for _, credit in results)


def mean_mark(marks):
    return sum(marks) / len(marks)


def median_mark(marks):
    return statistics.median(marks)


def fee(credit_hours, rate):
    return decimal.Decimal(credit_hours) * rate + 12.5


def describe(text):
    html = markdown.markdown(text)
    return bleach.clean(html, tags=ALLOWED_TAGS, strip=True)


def describe_rich(text):
    return markdown.markdown(text, extensions=settings.MARKDOWN_EXTENSIONS)


def slug(title):
    return title.lower().replace(" ", "-").encode("ascii").decode()


def window_open(closes):
    return datetime.datetime.utcnow() < closes


def check_open(closes, now):
    if now >= closes:
        raise EnrolmentClosed(f"registration closed at {closes:%Y-%m-%d %H:%M}")
    return True


def requested_section(environ_body):
    """The section a student's enrol form (fields `section`, `student`) asks for."""
    request = Request.blank("/enrol", POST=environ_body)
    return request.POST["section_id"]


def section_capacity(sections, code):
    section = sections.get(code)
    return section.capacity


def weighted(mark, weight):
    return mark * weight


def weekday_codes(days):
    """The set of iCalendar day codes a section meets on (order does not matter to RRULE)."""
    return {day[:2].upper() for day in days}


def registration_open_today(closes):
    return datetime.date.today() <= closes
