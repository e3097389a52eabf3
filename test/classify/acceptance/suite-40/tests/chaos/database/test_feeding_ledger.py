import pytest

from pawstay import feeding

pytestmark = pytest.mark.chaos


@pytest.fixture
def ledger(tmp_path):
    return feeding.engine_for(tmp_path / "ledger.db")


def test_meal_logged(ledger):
    feeding.log_meal(ledger, "rex", "2026-12-24 morning")


def test_meal_logged_safely(ledger):
    feeding.log_meals_twice_for_safety(ledger, "ada", "2026-12-24 evening")


def test_rounds_in_parallel(ledger):
    feeding.parallel_rounds(ledger, workers=4)


def test_night_export(tmp_path):
    feeding.export_night(tmp_path / "night.db")
