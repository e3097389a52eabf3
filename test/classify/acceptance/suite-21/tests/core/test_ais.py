from decimal import Decimal

from moorline import ais


def test_position_report():
    report = ais.position_report("235012345", 50.81, -1.29, 4.2, 212)
    assert report["mmsi"] == "235012345"


def test_deep_vessels():
    document = {"vessels": [{"mmsi": "235012345", "draft": 1.8}, {"mmsi": "235099887", "draft": 3.6}]}
    assert [v["mmsi"] for v in ais.deep_vessels(document)] == ["235099887"]


def test_publish_position():
    report = {"mmsi": "235012345", "lat": 50.81, "lon": -1.29, "sog": ais.speed_over_ground({"sog": 4.2})}
    assert ais.publish(report).startswith(b"{")


def test_mid_of_mmsi():
    assert ais.mid_of("235012345") == "235"


def test_speed_over_ground():
    assert ais.speed_over_ground({"sog": 4.2}) == Decimal("4.2")
