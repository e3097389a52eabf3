"""Vehicle telemetry (position, battery) in Cassandra."""
from cassandra.cluster import Cluster

from . import settings


def session():
    cluster = Cluster(settings.CASSANDRA_HOSTS, port=settings.CASSANDRA_PORT, connect_timeout=1, protocol_version=4)
    return cluster.connect("telemetry")


def last_positions(vehicle_id, limit=10):
    rows = session().execute(
        "SELECT ts, lat, lon FROM positions WHERE vehicle_id = %s LIMIT %s", (vehicle_id, limit)
    )
    return list(rows)


def battery_history(vehicle_id):
    return list(session().execute("SELECT ts, soc FROM battery WHERE vehicle_id = %s", (vehicle_id,)))
