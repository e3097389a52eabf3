"""JUnit reports, billing, toolchains, build logs, summaries."""
from datetime import datetime
from pathlib import Path

from buildyard import reports

TWO_CASES = """<testsuite name="app"><testcase name="test_a"/><testcase name="test_b"><failure message="boom"/></testcase></testsuite>"""
ONE_CASE = """<testsuite name="app"><testcase name="test_only"><failure message="boom"/></testcase></testsuite>"""


def test_junit_cases():
    assert reports.junit_cases(TWO_CASES) == [("test_a", "passed"), ("test_b", "failed")]


def test_junit_single_case():
    assert reports.junit_cases(ONE_CASE) == [("test_only", "failed")]


def test_billable_minutes_round_up():
    assert reports.billable_minutes("12.2") == 13


def test_newest_toolchain():
    assert reports.newest(["1.9.4", "1.10.0", "1.8.2"]) == "1.10.0"


def test_git_version_on_macos_agent():
    assert reports.git_version("git version 2.39.3 (Apple Git-146)") == "2"


def test_build_summary_json(tmp_path):
    build = {"number": 41, "workspace": Path(tmp_path), "result": "passed"}
    assert '"number": 41' in reports.summary(build)


def test_repository_from_scp_url():
    assert reports.repository("git@forge.internal:team/app.git") == "forge.internal"


def test_repository_from_https_url():
    assert reports.repository("https://forge.internal/team/app.git") == "forge.internal"


def test_started_label_in_german():
    assert reports.started_label(datetime(2026, 12, 3, 9, 30), "de_DE.UTF-8").startswith("Donnerstag")


def test_decode_log_with_progress_bar():
    data = b"Downloading \xe2\x96\x88\xe2\x96\x88 50%\r\nunpacking\xff\xfe layers\n"
    assert "unpacking" in reports_decode(data)


def reports_decode(data):
    from buildyard import steps

    return steps.decode_log(data)


def test_log_line():
    assert reports.log_line(0, "start").endswith("] start")
