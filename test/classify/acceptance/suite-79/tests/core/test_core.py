import datetime

from kilnyard import core


def test_firing_cost_to_the_cent():
    assert core.firing_cost(12.5, 0.347) == 4.34


def test_firing_cost_whole_euros():
    assert core.firing_cost(40, 0.25) == 10.0


def test_kiln_share_rounded():
    assert core.kiln_share(30, 0.41, 4) == 3.1


def test_kiln_share_even_split():
    assert core.kiln_share(40, 0.5, 4) == 5.0


def test_glaze_mix_fills_bucket():
    assert core.glaze_mix(0.1, 0.2) == 0.3


def test_batches_keep_every_piece():
    pieces = ["bowl", "cup", "plate", "jug", "vase", "tile", "lid"]
    assert core.batches(pieces, 3) == [["bowl", "cup", "plate"], ["jug", "vase", "tile"], ["lid"]]


def test_batches_even():
    assert core.batches([1, 2, 3, 4], 2) == [[1, 2], [3, 4]]


def test_cone_numbers():
    assert core.cones() == list(range(1, 10))


def test_cone_at_exact_temperature():
    assert core.cone_for(1222) == 6


def test_cone_below_first():
    assert core.cone_for(900) is None


def test_next_firing_day_skips_weekend():
    friday = datetime.date(2026, 11, 27)
    assert core.next_firing_day(friday) == datetime.date(2026, 11, 30)


def test_next_firing_day_midweek():
    assert core.next_firing_day(datetime.date(2026, 11, 24)) == datetime.date(2026, 11, 25)


def test_shrink():
    assert core.shrink(200, 12) == 176.0


def test_cooling_hours():
    assert core.cooling_hours(1240) == 8
