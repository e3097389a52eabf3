"""Which networks the calibration rigs and the gateways live on (netaddr), and the depots' time zone."""
from datetime import datetime
from zoneinfo import ZoneInfo

import netaddr
from passlib.context import CryptContext

from coldtrail import settings


def calibration_network():
    return netaddr.IPNetwork(settings.CALIBRATION_NETWORK)


def gateway_allowed(address, networks):
    return any(netaddr.IPAddress(address) in netaddr.IPNetwork(net) for net in networks)


def depot_local_time(epoch):
    return datetime.fromtimestamp(epoch, ZoneInfo(settings.DEPOT_TIMEZONE))


def operator_password_ok(password, stored_hash):
    return CryptContext(schemes=settings.PASSWORD_SCHEMES).verify(password, stored_hash)
