from spokewell import admin


def test_rebalance_args():
    assert admin.parse(["rebalance", "harbour", "square", "--bikes=3"])["bikes"] == 3


def test_rebalance_dry_run():
    assert admin.parse(["rebalance", "harbour", "square", "--dry-run"])["dry_run"] is True


def test_close_dock_reason():
    assert admin.parse(["close-dock", "harbour"])["reason"] == "maintenance"
