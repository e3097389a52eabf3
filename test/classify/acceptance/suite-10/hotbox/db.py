"""Orders in PostgreSQL through asyncpg."""

import asyncpg

from hotbox.settings import load


async def connect(dsn=None):
    return await asyncpg.connect(dsn or load().database_dsn, timeout=2)


async def pool(dsn=None):
    return await asyncpg.create_pool(dsn or load().database_dsn, min_size=1, max_size=4, timeout=2)


async def insert_order(conn, restaurant, total_cents):
    return await conn.fetchval(
        "INSERT INTO orders (restaurant, total_cents) VALUES ($1, $2) RETURNING id", restaurant, total_cents)


def history_query(courier_id=None, since=None):
    clauses, args = [], []
    if courier_id is not None:
        args.append(courier_id)
        clauses.append(f"courier_id = ${len(args)}")
    if since is not None:
        args.append(since)
        clauses.append(f"placed_at >= ${len(args)}")
    where = f" WHERE {' AND '.join(clauses)}" if clauses else ""
    return f"SELECT id, restaurant, total_cents FROM orders{where} ORDER BY placed_at DESC", args
