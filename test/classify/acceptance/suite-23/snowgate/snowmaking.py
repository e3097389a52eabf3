"""Snow cannons: their SNMP agents report water flow and wet-bulb temperature."""
from pysnmp.hlapi import CommunityData, ContextData, ObjectIdentity, ObjectType, SnmpEngine, UdpTransportTarget, getCmd

from snowgate import settings

WET_BULB_OID = "1.3.6.1.4.1.53864.1.2.0"
FLOW_OID = "1.3.6.1.4.1.53864.1.3.0"


class CannonError(Exception):
    pass


def read_oid(host: str, port: int, oid: str, timeout: float = 0.5, retries: int = 1):
    error_indication, error_status, _, var_binds = next(
        getCmd(
            SnmpEngine(),
            CommunityData(settings.SNMP_COMMUNITY, mpModel=1),
            UdpTransportTarget((host, port), timeout=timeout, retries=retries),
            ContextData(),
            ObjectType(ObjectIdentity(oid)),
        )
    )
    if error_indication:
        raise CannonError(f"snow cannon {host}:{port}: {error_indication}")
    if error_status:
        raise CannonError(f"snow cannon {host}:{port}: {error_status.prettyPrint()}")
    return var_binds[0][1]


def wet_bulb(cannon: int) -> float:
    host, port = settings.SNOW_CANNONS[cannon]
    return int(read_oid(host, port, WET_BULB_OID)) / 10


def can_make_snow(wet_bulb_c: float) -> bool:
    return wet_bulb_c < -2.5


def water_needed_m3(area_m2: float, depth_cm: float) -> float:
    snow_m3 = area_m2 * depth_cm / 100
    return snow_m3 / 2.5
