"""Orders against the PostgreSQL of the dispatch database (docker compose service `db`)."""

import pytest
import pytest_asyncio

from hotbox import db

pytestmark = [pytest.mark.chaos, pytest.mark.asyncio]


@pytest_asyncio.fixture
async def pg():
    conn = await db.connect()
    transaction = conn.transaction()
    await transaction.start()
    yield conn
    await transaction.rollback()
    await conn.close()


async def test_insert_order_returns_id(pg):
    assert await db.insert_order(pg, "pizzeria-uno", 2150) > 0


async def test_order_total_is_stored_in_cents(pg):
    order_id = await db.insert_order(pg, "pizzeria-uno", 2150)
    assert await pg.fetchval("SELECT total_cents FROM orders WHERE id = $1", order_id) == 2150


async def test_orders_listed_newest_first(pg):
    await db.insert_order(pg, "pizzeria-uno", 1000)
    await db.insert_order(pg, "berlin-doner", 1200)
    rows = await pg.fetch("SELECT restaurant FROM orders ORDER BY placed_at DESC LIMIT 2")
    assert [row["restaurant"] for row in rows] == ["berlin-doner", "pizzeria-uno"]


async def test_status_defaults_to_placed(pg):
    order_id = await db.insert_order(pg, "sushi-lisboa", 3100)
    assert await pg.fetchval("SELECT status FROM orders WHERE id = $1", order_id) == "placed"


async def test_courier_assignment_is_recorded(pg):
    order_id = await db.insert_order(pg, "sushi-lisboa", 3100)
    await pg.execute("UPDATE orders SET courier_id = 7 WHERE id = $1", order_id)
    assert await pg.fetchval("SELECT courier_id FROM orders WHERE id = $1", order_id) == 7


async def test_cancelled_orders_keep_their_total(pg):
    order_id = await db.insert_order(pg, "berlin-doner", 1800)
    await pg.execute("UPDATE orders SET status = 'cancelled' WHERE id = $1", order_id)
    assert await pg.fetchval("SELECT total_cents FROM orders WHERE id = $1", order_id) == 1800
