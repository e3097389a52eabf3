"""Consumption analytics in ClickHouse (clickhouse-driver, native protocol)."""

from clickhouse_driver import Client

from rillmark import settings


def client():
    return Client(
        host=settings.CLICKHOUSE_HOST,
        port=settings.CLICKHOUSE_PORT,
        connect_timeout=1,
        send_receive_timeout=2,
    )


def daily_consumption(zone, day):
    rows = client().execute(
        "SELECT meter, sum(litres) FROM readings WHERE zone = %(zone)s AND toDate(ts) = %(day)s GROUP BY meter",
        {"zone": zone, "day": day},
    )
    return dict(rows)


def night_flow(zone):
    rows = client().execute(
        "SELECT min(litres_per_hour) FROM readings WHERE zone = %(zone)s AND toHour(ts) BETWEEN 2 AND 4",
        {"zone": zone},
    )
    return rows[0][0]


def top_consumers(limit=10):
    return client().execute("SELECT account, sum(litres) AS l FROM readings GROUP BY account ORDER BY l DESC LIMIT %(n)s", {"n": limit})
