import pydantic
import pytest

from lapwater import chemistry

POOLS = ["riverside", "northgate", "castle-baths", "lido", "eastfield", "westmoor", "harbour", "abbey"]


@pytest.mark.parametrize("pool", POOLS)
@pytest.mark.parametrize("chlorine,ph,ok", [(1.0, 7.2, True), (2.0, 7.4, True), (3.0, 7.6, True), (0.9, 7.4, False),
                                            (3.1, 7.4, False), (2.0, 7.1, False), (2.0, 7.7, False)])
def test_safe(pool, chlorine, ph, ok):
    assert chemistry.safe(chemistry.Reading(pool=pool, chlorine=chlorine, ph=ph, temperature=28.0)) is ok


@pytest.mark.parametrize("pool", POOLS)
def test_alarms_for_low_chlorine(pool):
    readings = [chemistry.Reading(pool=pool, chlorine=0.4, ph=7.4, temperature=28.0)]
    assert [a.reason for a in chemistry.alarms(readings)] == ["low chlorine"]


@pytest.mark.parametrize("volume", [250, 500, 1000, 1500])
def test_no_dose_when_above_target(volume):
    assert chemistry.dose_litres(volume, 2.5, 2.0) == 0.0


def test_mean_chlorine_of_the_morning():
    assert chemistry.mean([1.1, 1.2, 1.3]) == 1.2


def test_reading_without_chlorine_probe():
    reading = chemistry.from_probe({"pool": "lido", "ph": 7.4, "temp": 27.5})
    assert not chemistry.safe(reading)


def test_dose_for_the_main_pool(members_bd):
    assert chemistry.dose_litres(1000, 1.0, 2.0) == 8.0
