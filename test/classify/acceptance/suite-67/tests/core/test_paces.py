import datetime
from decimal import Decimal

import pytest

from racebib import core


@pytest.mark.parametrize("seconds,km,pace", [
    (1500, 5, "5:00"), (3000, 10, "5:00"), (2400, 10, "4:00"), (1200, 5, "4:00"), (3600, 12, "5:00"),
    (1800, 6, "5:00"), (330, 1, "5:30"), (360, 1, "6:00"), (420, 1, "7:00"), (2700, 9, "5:00"),
])
def test_pace_per_km(seconds, km, pace):
    assert core.pace_per_km(seconds, km) == pace


def test_marathon_pace_three_thirty():
    assert core.pace_per_km(12600, core.MARATHON_KM) == "4:59"


@pytest.mark.parametrize("seconds,shown", [
    (0, "0:00:00"), (59, "0:00:59"), (60, "0:01:00"), (3599, "0:59:59"), (3600, "1:00:00"),
    (7805, "2:10:05"), (9120, "2:32:00"), (12600, "3:30:00"), (16420, "4:33:40"), (21599, "5:59:59"),
])
def test_finish_time(seconds, shown):
    assert core.finish_time(seconds) == shown


@pytest.mark.parametrize("age,category", [
    (17, "MU20"), (19, "MU20"), (20, "MSEN"), (25, "MSEN"), (39, "MSEN"), (40, "M40"), (44, "M40"),
    (45, "M45"), (52, "M50"), (67, "M65"), (71, "M70"), (80, "M80"),
])
def test_age_category(age, category):
    assert core.age_category(age) == category


@pytest.mark.parametrize("base,fee", [("55.00", Decimal("55.00")), ("45", Decimal("45.00")), ("0", Decimal("0.00"))])
def test_entry_fee(base, fee):
    assert core.entry_fee(base) == fee


def test_entry_fee_early_bird():
    assert core.entry_fee("60.00", early_bird=True) == Decimal("51.00")


def test_entry_fee_charity_place():
    assert core.entry_fee("60.00", charity=True) == Decimal("0.00")


@pytest.mark.parametrize("wave,minutes", [(1, 0), (2, 12), (3, 24), (4, 36), (5, 48), (6, 60)])
def test_start_time(wave, minutes):
    gun = datetime.datetime(2027, 4, 25, 9, 0, tzinfo=datetime.timezone.utc)
    assert core.start_time(wave) - gun == datetime.timedelta(minutes=minutes)


def test_first_wave_starts_before_half_past():
    assert core.start_time(1) < datetime.datetime(2027, 4, 25, 9, 30)


@pytest.mark.parametrize("predicted,name", [
    (2 * 3600, "A"), (2.9 * 3600, "A"), (3.2 * 3600, "B"), (3.7 * 3600, "C"), (4.5 * 3600, "D"), (5.5 * 3600, "E"),
    (6 * 3600, "E"), (3.49 * 3600, "B"), (3.99 * 3600, "C"), (4.99 * 3600, "D"),
])
def test_corral(predicted, name):
    assert core.corral(predicted) == name


@pytest.mark.parametrize("km,miles", [(5, 3.11), (10, 6.21), (42.195, 26.22), (1.609344, 1.0), (0, 0.0)])
def test_km_to_miles(km, miles):
    assert core.km_to_miles(km) == miles


def test_half_marathon_in_miles():
    assert core.km_to_miles(21.0975) == 13.2
