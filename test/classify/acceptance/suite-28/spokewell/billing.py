"""Charges in the billing database (MySQL, through aiomysql)."""
import asyncio

import aiomysql

from spokewell import settings


async def _connect(host, port, timeout):
    return await aiomysql.connect(
        host=host, port=port, user=settings.MYSQL_USER, password=settings.MYSQL_PASSWORD,
        db="billing", connect_timeout=timeout,
    )


async def _execute(sql, args, host, port, timeout):
    conn = await _connect(host, port, timeout)
    try:
        async with conn.cursor() as cursor:
            await cursor.execute(sql, args)
            await conn.commit()
            return cursor.rowcount
    finally:
        conn.close()


def run(sql, args=(), host=None, port=None, timeout=1):
    return asyncio.run(_execute(sql, args, host or settings.MYSQL_HOST, port or settings.MYSQL_PORT, timeout))


def connection(host=None, port=None, timeout=1):
    return asyncio.run(_connect(host or settings.MYSQL_HOST, port or settings.MYSQL_PORT, timeout))


def charge(ride_id, pence, **where):
    return run("INSERT INTO charges (ride_id, pence) VALUES (%s, %s)", (ride_id, pence), **where)
