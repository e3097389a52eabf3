from spokewell import feeds

FINISHED = {"ride_id": "r-1", "bike": 4411, "start_dock": "harbour", "end_dock": "square", "minutes": 18}
IN_PROGRESS = {"ride_id": "r-2", "bike": 4412, "start_dock": "square", "end_dock": None, "minutes": None}


def test_parse_finished_ride():
    assert feeds.parse_rides([FINISHED])[0].minutes == 18


def test_parse_feed_with_ride_in_progress():
    assert len(feeds.parse_rides([FINISHED, IN_PROGRESS])) == 2


def test_total_minutes_of_feed():
    record = {"ride_id": "r-3", "bike": 4413, "start_dock": "depot", "minutes": 7}
    assert feeds.total_minutes([FINISHED, record]) == 25
