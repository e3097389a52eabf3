from wavecrest import announce


def test_frequency_spoken():
    assert announce.spoken_frequency("104.6").endswith("point six") or announce.spoken_frequency("104.6")


def test_frequency_spoken_in_english():
    assert announce.spoken_frequency("104.6", lang="en") == "one hundred and four point six"


def test_minutes_past():
    assert announce.minutes_past(20) == "twenty past"


def test_prize_amount():
    assert announce.prize_amount(250) == "two hundred and fifty pounds sterling"
