"""The build history in MySQL."""
import pytest

from buildyard import jobs

pytestmark = pytest.mark.chaos


@pytest.fixture
def history():
    connection = jobs.history()
    yield connection
    connection.close()


def test_record_passed_build(history):
    jobs.record_build(history, "default", 41, "passed")


def test_record_failed_build(history):
    jobs.record_build(history, "default", 42, "failed")


def test_builds_of_pipeline(history):
    with history.cursor() as cursor:
        cursor.execute("SELECT count(*) FROM builds WHERE pipeline = %s", ("default",))
        assert cursor.fetchone()[0] >= 0
