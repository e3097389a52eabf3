"""Telemetry from the docks arrives over the operations VPN; the listener binds to its interface."""
import socket

import netifaces

from spokewell import settings


def vpn_address(interface=None):
    addresses = netifaces.ifaddresses(interface or settings.TELEMETRY_IFACE)
    return addresses[netifaces.AF_INET][0]["addr"]


def listener(interface=None):
    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    sock.bind((vpn_address(interface), 0))
    return sock


def loopback_address():
    return netifaces.ifaddresses("lo")[netifaces.AF_INET][0]["addr"]
