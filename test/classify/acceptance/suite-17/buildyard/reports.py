"""Test reports a build produces (JUnit XML), durations, billable minutes, toolchain versions, build logs."""
import json
import locale
import re
from datetime import datetime
from decimal import Decimal, ROUND_HALF_UP

import rfc3986
import ujson
import xmltodict
from rfc3986 import validators


def junit_cases(xml):
    """The test cases of a JUnit report, as (name, outcome) pairs."""
    suite = xmltodict.parse(xml)["testsuite"]
    cases = []
    for case in suite["testcase"]:
        outcome = "failed" if "failure" in case else "passed"
        cases.append((case["@name"], outcome))
    return cases


def duration(seconds):
    minutes, seconds = divmod(int(seconds), 60)
    return f"{minutes}m{seconds:02d}s"


def billable_minutes(text):
    """Agent time as the agents report it ("12.5"), rounded up to whole minutes for billing."""
    return Decimal(text).quantize(Decimal("1"), rounding=ROUND_HALF_UP)


def newest(versions):
    return max(versions)


def git_version(output):
    return re.match(r"git version (\d+)\.(\d+)", output).group(1)


def summary(build):
    return json.dumps(build)


def parse_status(body):
    return ujson.loads(body)


def repository(url):
    uri = rfc3986.uri_reference(url)
    validators.Validator().require_presence_of("scheme", "host").check_validity_of("host").validate(uri)
    return uri.host


def started_label(when, language):
    locale.setlocale(locale.LC_TIME, language)
    return when.strftime("%A %d %B %Y %H:%M")


def log_line(stamp, message):
    return f"[{datetime.fromtimestamp(stamp).isoformat(timespec='seconds')}] {message}"
