from deskhive import plans


def test_hot_desk_summary():
    assert "free desk" in plans.describe("hot-desk")


def test_fixed_desk_price():
    assert plans.PLANS["fixed-desk"]["monthly"] == "320.00"
