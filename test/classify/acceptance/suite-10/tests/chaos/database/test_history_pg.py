"""A courier's order history, read through a connection pool."""

from datetime import datetime, timezone

import pytest

from hotbox import db

pytestmark = pytest.mark.chaos


def test_history_query_without_filters():
    sql, args = db.history_query()
    assert "WHERE" not in sql and args == []


@pytest.mark.parametrize("courier_id,since,expected", [
    (7, None, "courier_id = $1"),
    (None, datetime(2026, 11, 1, tzinfo=timezone.utc), "placed_at >= $1"),
    (7, datetime(2026, 11, 1, tzinfo=timezone.utc), "courier_id = $1 AND placed_at >= $2"),
])
def test_history_query_numbers_its_arguments(courier_id, since, expected):
    sql, _ = db.history_query(courier_id, since)
    assert expected in sql


@pytest.mark.asyncio
async def test_history_for_a_courier():
    pool = await db.pool()
    async with pool.acquire() as conn:
        sql, args = db.history_query(courier_id=7)
        rows = await conn.fetch(sql, *args)
    assert all(row["total_cents"] > 0 for row in rows)


@pytest.mark.asyncio
async def test_history_since_a_date():
    pool = await db.pool()
    sql, args = db.history_query(since=datetime(2026, 11, 1, tzinfo=timezone.utc))
    rows = await pool.fetch(sql, *args)
    assert isinstance(rows, list)
