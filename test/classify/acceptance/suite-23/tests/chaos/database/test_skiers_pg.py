import pytest

from snowgate import skiers

pytestmark = pytest.mark.chaos


def test_history_of_new_skier(skier_db):
    assert skiers.pass_history(skier_db, 1) == []


def test_history_in_day_order(skier_db):
    history = skiers.pass_history(skier_db, 2)
    assert [row[1] for row in history] == sorted(row[1] for row in history)


def test_history_of_season_holder(skier_db):
    assert len(skiers.pass_history(skier_db, 3)) >= 1


def test_history_survives_reconnect(skier_db):
    skier_db.close()
    assert skiers.pass_history(skiers.connect(), 4) is not None


def test_history_of_unknown_skier(skier_db):
    assert skiers.pass_history(skier_db, -1) == []
