import pytest

from seatline import db

pytestmark = pytest.mark.chaos


@pytest.fixture
def reporting(settings):
    engine = db.engine_for(settings.reporting_database_url, settings)
    yield engine
    engine.dispose()


def test_nightly_sales_report(reporting):
    with reporting.connect() as conn:
        assert db.sales_by_event(conn) is not None

