import asyncio
import sqlite3

import pytest

from bidlark import campaigns

pytestmark = pytest.mark.chaos


@pytest.fixture
def campaign_db():
    conn = campaigns.connect()
    yield conn
    conn.close()


def test_active_campaigns_for_seat(campaign_db):
    assert campaigns.active_campaigns(campaign_db, 4471)


def test_paused_campaign_is_not_active(campaign_db):
    ids = [row[0] for row in campaigns.active_campaigns(campaign_db, 4471)]
    assert "paused-spring-sale" not in ids


def test_bid_cpm_is_positive(campaign_db):
    assert all(row[2] > 0 for row in campaigns.active_campaigns(campaign_db, 4471))


def test_unknown_seat_has_no_campaigns(campaign_db):
    assert campaigns.active_campaigns(campaign_db, 1) == []


def test_ledger_sums_spend(ledger):
    ledger.add_campaign("c1", 10_000_000)
    ledger.spend("c1", 250_000)
    ledger.spend("c1", 125_000)
    assert ledger.spent("c1") == 375_000


def test_win_settles_reservation(ledger):
    ledger.add_campaign("c1", 10_000_000)
    ledger.settle_win("c1", 410_000)
    assert ledger.spent("c1") == 0


def test_nightly_snapshot_is_readable(ledger, tmp_path):
    ledger.add_campaign("c1", 10_000_000)
    for _ in range(400):
        ledger.spend("c1", 1_000)
    copy = ledger.snapshot(tmp_path / "snapshot.sqlite")
    with sqlite3.connect(copy) as conn:
        assert conn.execute("SELECT COUNT(*) FROM spend").fetchone()[0] == 400


def test_import_campaign_with_creatives(ledger):
    ledger.import_campaign("c9", 1_000_000, ["cr-1", "cr-2"])
    assert ledger.spent("c9") == 0


def test_bid_log_after_migration(tmp_path):
    path = tmp_path / "bids.sqlite"
    asyncio.run(campaigns.migrate(path))
    asyncio.run(campaigns.log_bid(path, "req-1", 0.42))
