"""The depot gateway (HTTP, httplib2) and the road weather stations (a binary protocol over TCP, found through DNS)."""
import json
import socket
import struct

import dns.resolver
import httplib2

from gritline import settings
from gritline.errors import DepotUnavailable, DispatchError


def _http(timeout=2):
    return httplib2.Http(timeout=timeout)


def push_plan(plan, base=None, timeout=2):
    response, body = _http(timeout).request(
        f"{base or settings.DEPOT_URL}/plans", "POST", body=json.dumps(plan), headers={"Content-Type": "application/json"}
    )
    if response.status >= 500:
        raise DepotUnavailable(f"depot gateway answered {response.status}: {body.decode(errors='replace')[:80]}")
    plan = json.loads(body)
    if "accepted" not in plan:
        raise DispatchError(f"depot gateway refused the plan: {response.status} {plan}")
    return plan


def dispatch(gritter, depot, base=None):
    try:
        return push_plan({"gritter": gritter, "depot": depot}, base=base, timeout=1)
    except (OSError, httplib2.HttpLib2Error) as error:
        raise DispatchError(f"could not dispatch gritter {gritter} to depot {depot}") from error


def depot_levels(base=None, timeout=2):
    try:
        response, body = _http(timeout).request(f"{base or settings.DEPOT_URL}/levels")
        payload = json.loads(body)
        return {depot["name"]: depot["tonnes"] for depot in payload["depot"]}
    except Exception as error:
        raise DepotUnavailable("depot gateway unavailable") from error


def resolver(server=None, port=None):
    res = dns.resolver.Resolver(configure=False)
    res.nameservers = [server or settings.DNS_SERVER]
    res.port = port or settings.DNS_PORT
    res.lifetime = 1.0
    return res


def station_address(name, res=None):
    answer = (res or resolver()).resolve(name, "A")
    return answer[0].address


def read_frame(host, port, timeout=1.0):
    """A station frame: sensor id (u16), road surface temperature in centi-degrees (i16), grip (u32)."""
    with socket.create_connection((host, port), timeout=timeout) as conn:
        conn.sendall(b"READ\n")
        data = conn.recv(8)
    sensor, centi, grip = struct.unpack("!HhI", data)
    return {"sensor": sensor, "surface_c": centi / 100, "grip": grip}
