"""Readings go to InfluxDB, one point per sensor sample."""
from influxdb import InfluxDBClient

from coldtrail import settings


def client(host=None, port=None):
    return InfluxDBClient(host or settings.INFLUX_HOST, port or settings.INFLUX_PORT, settings.INFLUX_USER,
                          settings.INFLUX_PASSWORD, settings.INFLUX_DB, timeout=2, retries=1)


def write_readings(readings, influx=None):
    influx = influx or client()
    points = [{"measurement": "reefer", "tags": {"device": r["device"]}, "time": r["at"],
               "fields": {"temp_c": float(r["temp_c"])}} for r in readings]
    influx.write_points(points, time_precision="s")
    return len(points)


def latest_temperature(device, influx=None):
    influx = influx or client()
    result = influx.query(f"SELECT last(temp_c) FROM reefer WHERE device = '{device}'")
    points = list(result.get_points())
    return points[0]["last"] if points else None


def archive_client():
    return client(host=settings.ARCHIVE_INFLUX_HOST, port=8086)
