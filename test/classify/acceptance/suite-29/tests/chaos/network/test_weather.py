"""Road weather stations: found through DNS, read over TCP."""
import socket
import struct
import threading
import time

import dns.message
import dns.rcode
import dns.rrset
import pytest

from gritline import gateway, settings

pytestmark = pytest.mark.chaos


@pytest.fixture
def dns_stub():
    """A nameserver for the gritline.internal zone."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    sock.bind(("127.0.0.1", 0))
    zone = {"weather.gritline.internal.": "127.0.0.1", "station-14.gritline.internal.": "127.0.0.1"}

    def serve():
        while True:
            try:
                data, peer = sock.recvfrom(4096)
            except OSError:
                return
            query = dns.message.from_wire(data)
            response = dns.message.make_response(query)
            name = query.question[0].name.to_text()
            if name in zone:
                response.answer.append(dns.rrset.from_text(name, 60, "IN", "A", zone[name]))
            else:
                response.set_rcode(dns.rcode.NXDOMAIN)
            sock.sendto(response.to_wire(), peer)

    threading.Thread(target=serve, daemon=True).start()
    yield gateway.resolver("127.0.0.1", sock.getsockname()[1])
    sock.close()


def test_station_resolves():
    assert gateway.station_address("station-14.gritline.internal") == "127.0.0.1"


def test_weather_host_resolves():
    assert gateway.station_address("weather.gritline.internal") == "127.0.0.1"


def test_configured_weather_host(dns_stub):
    assert gateway.station_address(settings.WEATHER_HOST, dns_stub) == "127.0.0.1"


def test_stub_station_resolves(dns_stub):
    assert gateway.station_address("station-14.gritline.internal", dns_stub) == "127.0.0.1"


@pytest.mark.flaky(reruns=2)
def test_read_frame(tcp_stub):
    def station(conn):
        conn.recv(16)
        frame = struct.pack("!HhI", 14, -215, 61)
        conn.sendall(frame[:4])
        time.sleep(0.05)
        conn.sendall(frame[4:])
    stub = tcp_stub(station)
    assert gateway.read_frame("127.0.0.1", stub.port) == {"sensor": 14, "surface_c": -2.15, "grip": 61}
