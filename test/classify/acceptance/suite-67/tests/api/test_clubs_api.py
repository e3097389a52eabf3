from racebib import core


def test_club_registered():
    core.register_club("Harriers of the Long Road")
    assert core.clubs()
