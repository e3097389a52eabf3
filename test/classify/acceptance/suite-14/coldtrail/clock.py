"""Sensors stamp readings with their own clock; the service checks its own against NTP."""
import ntplib

from coldtrail import settings

MAX_OFFSET_S = 2.0


def clock_offset():
    reply = ntplib.NTPClient().request(settings.NTP_SERVER, port=settings.NTP_PORT, version=4, timeout=1)
    return reply.offset


def reading_skew(sensor_epoch, server_epoch):
    return sensor_epoch - server_epoch
