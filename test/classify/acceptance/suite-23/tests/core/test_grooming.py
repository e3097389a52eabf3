from snowgate import grooming


def test_machine_hours():
    assert grooming.machine_hours(12, {"Adventdalen blue": 3.5, "Gruvedalen red": 2.0}) > 0
