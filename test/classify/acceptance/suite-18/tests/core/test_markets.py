from oddsmill.markets import MARKETS


def test_football_margin():
    assert MARKETS["football"]["margin"] == "0.05"
